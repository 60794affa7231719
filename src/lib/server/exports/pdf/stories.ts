import type { ExportedStories } from '../stories';
import type { ExportPlan } from '../plan';
import { COLOURS, ensureSpace, heading, newPage, paragraph, type Doc } from './layout';

const LISTED = 40;

/** A section on service stories: the latest round's counts, then the latest stories. */
export function storyPages(doc: Doc, plan: ExportPlan, exported: ExportedStories) {
	newPage(doc);
	heading(doc, 'Service stories');
	const latest = plan.rounds.at(-1);
	const counts = exported.counts.filter((c) => c.round.id === latest?.id && c.count > 0);
	const period = counts[0]?.period ?? exported.counts.at(-1)?.period;
	paragraph(
		doc,
		period
			? `Stories colleagues told to thank a department, ${period.from} to ${period.to}:`
			: 'No round in this export.',
		{ colour: COLOURS.muted }
	);
	for (const row of counts) {
		paragraph(doc, `${plan.paths.get(row.departmentId) ?? ''}: ${row.count}`);
	}
	if (counts.length === 0) paragraph(doc, 'No stories in this period.');
	for (const story of exported.stories.slice(0, LISTED)) {
		ensureSpace(doc, 90);
		heading(doc, `${story.departmentName} · ${story.colleagueName ?? story.whoHelped}`, 11);
		paragraph(doc, `What happened: ${story.whatHappened}`);
		paragraph(doc, `What it meant for a customer: ${story.customerImpact}`);
		paragraph(doc, `${story.authorName ?? 'Anonymous'} · ${story.toldOn}`, {
			colour: COLOURS.muted,
			size: 9
		});
	}
	if (exported.stories.length > LISTED) {
		paragraph(doc, `${exported.stories.length - LISTED} more in the spreadsheet export.`, {
			colour: COLOURS.muted
		});
	}
}
