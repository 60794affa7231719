import type { Workbook } from 'exceljs';
import type { ExportedStories } from '../stories';
import type { ExportPlan } from '../plan';
import { writeHeader } from './cells';

/** The "Stories" sheet: counts per round and department, then every story of the period. */
export function addStoriesSheet(workbook: Workbook, plan: ExportPlan, exported: ExportedStories) {
	const sheet = workbook.addWorksheet('Stories');
	writeHeader(
		sheet,
		1,
		['Department', 'Round opens', 'Stories from', 'Stories to', 'Stories'],
		[40, 14, 14, 14, 10]
	);
	let r = 2;
	for (const row of exported.counts) {
		sheet.getRow(r++).values = [
			plan.paths.get(row.departmentId) ?? '',
			row.round.opensOn,
			row.period.from,
			row.period.to,
			row.count
		];
	}
	r += 1;
	const titles = ['Department', 'Told on', 'Who helped', 'Colleague', 'What happened'];
	const head = sheet.getRow(r++);
	head.values = [...titles, 'What it meant for a customer', 'Told by'];
	head.font = { bold: true };
	for (const story of exported.stories) {
		const row = sheet.getRow(r++);
		row.values = [
			plan.paths.get(story.departmentId) ?? story.departmentName,
			story.toldOn,
			story.whoHelped,
			story.colleagueName ?? '',
			story.whatHappened,
			story.customerImpact,
			story.authorName ?? 'Anonymous'
		];
		row.alignment = { wrapText: true, vertical: 'top' };
	}
	if (exported.stories.length === 0) sheet.getRow(r).values = ['No stories in this period.'];
}
