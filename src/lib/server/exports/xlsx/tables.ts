import type { Workbook } from 'exceljs';
import type { GroupCells, HeatmapRow } from '../../analytics/heatmap';
import type { RoundFigures } from '../figures';
import type { ExportPlan } from '../plan';
import { INTERNAL_NPS, groupFigure, measureLabel, reportedMeasures } from '../summary';
import { NO_FIGURE, colourScale, columnLetter, writeDay, writeFigure, writeHeader } from './cells';

// The heatmap (latest round, every department of the subtree) and the trends (every round).

type Group = {
	label: string;
	path: string;
	group: string;
	cells: GroupCells;
	providerId: string | null;
};

export function groupsOf(plan: ExportPlan, figures: RoundFigures): Group[] {
	const rowGroup = (row: HeatmapRow): Group => ({
		label: `${'   '.repeat(row.depth)}${row.name}${row.scope === 'direct' ? ' (own members)' : ''}`,
		path: plan.paths.get(row.departmentId) ?? row.name,
		group: row.scope === 'direct' ? 'own members' : 'subtree',
		cells: row,
		providerId: row.scope === 'subtree' ? row.departmentId : null
	});
	return [
		{
			label: 'Whole company',
			path: 'Whole company',
			group: 'company',
			cells: figures.heatmap.company,
			providerId: null
		},
		...figures.heatmap.rows.map(rowGroup)
	];
}

/** Internal NPS belongs to a department as a provider: shown on its subtree row only. */
function figureFor(figures: RoundFigures, group: Group, measure: string) {
	if (measure === INTERNAL_NPS && group.group === 'own members') return undefined;
	if (measure === INTERNAL_NPS && group.group === 'company')
		return groupFigure(figures, group.cells, measure, null);
	return groupFigure(figures, group.cells, measure, group.providerId);
}

export function addHeatmapSheet(workbook: Workbook, plan: ExportPlan, latest: RoundFigures) {
	const sheet = workbook.addWorksheet('Heatmap');
	const measures = reportedMeasures(plan, [latest]);
	sheet.getCell('A1').value =
		`Heatmap, round of ${latest.round.opensOn} to ${latest.round.closesOn}`;
	sheet.getCell('A1').font = { bold: true, size: 13 };
	sheet.getCell('A2').value =
		'Driver columns: % favourable. eNPS and internal NPS: −100 to 100. Participation: % responded.';
	writeHeader(
		sheet,
		3,
		['Department', ...measures.map((m) => measureLabel(m)), 'Respondents'],
		[42, ...measures.map(() => 14), 13]
	);
	const groups = groupsOf(plan, latest);
	groups.forEach((group, i) => {
		const row = sheet.getRow(4 + i);
		row.getCell(1).value = group.label;
		if (group.group === 'company') row.getCell(1).font = { bold: true };
		measures.forEach((m, j) => {
			const cell = figureFor(latest, group, m);
			if (cell === undefined) row.getCell(j + 2).value = NO_FIGURE;
			else writeFigure(row.getCell(j + 2), cell, plan.k.scores);
		});
		const responses = group.cells.participation;
		writeFigure(
			row.getCell(measures.length + 2),
			'value' in responses
				? { value: { value: responses.value.responded, mean: null }, n: responses.n }
				: responses,
			plan.k.scores
		);
		row.getCell(measures.length + 2).numFmt = '#,##0';
	});
	const last = 3 + groups.length;
	measures.forEach((m, j) => {
		const col = columnLetter(j + 2);
		const [low, high] = m === 'enps' || m === INTERNAL_NPS ? [-100, 100] : [0, 100];
		colourScale(sheet, `${col}4:${col}${last}`, low, high);
	});
}

export function addTrendsSheet(
	workbook: Workbook,
	plan: ExportPlan,
	rounds: readonly RoundFigures[]
) {
	const sheet = workbook.addWorksheet('Trends');
	const measures = reportedMeasures(plan, rounds);
	const titles = ['Department', 'Group', 'Round opens', 'Round closes'];
	const means = measures.filter((m) => !['participation', 'enps'].includes(m));
	writeHeader(
		sheet,
		1,
		[
			...titles,
			...measures.map((m) => measureLabel(m)),
			...means.map((m) => `${measureLabel(m)}: mean`),
			'Respondents'
		],
		[40, 13, 12, 12, ...measures.map(() => 13), ...means.map(() => 13), 12]
	);
	sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
	let r = 2;
	// Department by department, each over time, so a filter on one department reads as its trend.
	const order = rounds.length
		? groupsOf(plan, rounds[rounds.length - 1]).map((g) => `${g.path}|${g.group}`)
		: [];
	const byKey = new Map<string, { figures: RoundFigures; group: Group }[]>();
	for (const figures of rounds) {
		for (const group of groupsOf(plan, figures)) {
			const key = `${group.path}|${group.group}`;
			if (!byKey.has(key)) {
				byKey.set(key, []);
				if (!order.includes(key)) order.push(key);
			}
			byKey.get(key)!.push({ figures, group });
		}
	}
	for (const key of order) {
		for (const { figures, group } of byKey.get(key) ?? []) {
			const row = sheet.getRow(r++);
			row.values = [group.path, group.group];
			writeDay(row.getCell(3), figures.round.opensOn);
			writeDay(row.getCell(4), figures.round.closesOn);
			measures.forEach((m, j) => {
				const cell = figureFor(figures, group, m);
				if (cell === undefined) row.getCell(5 + j).value = NO_FIGURE;
				else writeFigure(row.getCell(5 + j), cell, plan.k.scores);
			});
			means.forEach((m, j) => {
				const cell = figureFor(figures, group, m);
				const target = row.getCell(5 + measures.length + j);
				if (cell === undefined) target.value = NO_FIGURE;
				else writeFigure(target, cell, plan.k.scores, 'mean');
			});
			const p = group.cells.participation;
			const target = row.getCell(5 + measures.length + means.length);
			if ('value' in p) {
				target.value = p.value.responded;
				target.numFmt = '#,##0';
			} else writeFigure(target, p, plan.k.scores);
		}
	}
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 4 + measures.length } };
}
