import type { ExportedStories } from '../stories';
import type { ExportPlan } from '../plan';
import type { ReportText } from './catalogue';
import { COLOURS, ensureSpace, heading, newPage, paragraph, type Doc } from './layout';

const LISTED = 40;

/** A section on service stories: the latest round's counts, then the latest stories. */
export function storyPages(
	doc: Doc,
	plan: ExportPlan,
	exported: ExportedStories,
	text: ReportText
) {
	const words = text.stories;
	newPage(doc);
	heading(doc, words.heading);
	const latest = plan.rounds.at(-1);
	const counts = exported.counts.filter((c) => c.round.id === latest?.id && c.count > 0);
	const period = counts[0]?.period ?? exported.counts.at(-1)?.period;
	paragraph(doc, period ? words.intro(period.from, period.to) : words.noRound, {
		colour: COLOURS.muted
	});
	for (const row of counts) {
		paragraph(doc, `${plan.paths.get(row.departmentId) ?? ''}: ${row.count}`);
	}
	if (counts.length === 0) paragraph(doc, words.none);
	for (const story of exported.stories.slice(0, LISTED)) {
		ensureSpace(doc, 90);
		heading(doc, `${story.departmentName} · ${story.colleagueName ?? story.whoHelped}`, 11);
		paragraph(doc, words.happened(story.whatHappened));
		paragraph(doc, words.meant(story.customerImpact));
		paragraph(doc, `${story.authorName ?? words.anonymous} · ${story.toldOn}`, {
			colour: COLOURS.muted,
			size: 9
		});
	}
	if (exported.stories.length > LISTED) {
		paragraph(doc, words.more(exported.stories.length - LISTED), {
			colour: COLOURS.muted
		});
	}
}
