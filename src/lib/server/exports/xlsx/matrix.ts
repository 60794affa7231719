import type { Workbook } from 'exceljs';
import { isShown, type Cell } from '../../gate/cells';
import { serviceFigure, type RoundFigures } from '../figures';
import type { ExportPlan } from '../plan';
import { suppressionText } from '../../../domain/suppression-reasons';
import {
	NO_FIGURE,
	colourScale,
	columnLetter,
	markHidden,
	writeFigure,
	writeHeader
} from './cells';

// The internal service matrix of the latest round, and the comments (HR only).

export function addMatrixSheet(workbook: Workbook, plan: ExportPlan, latest: RoundFigures) {
	const matrix = latest.matrix;
	if (!matrix) return;
	const sheet = workbook.addWorksheet('Service matrix');
	const shownProviders = new Set(matrix.rows.flatMap((r) => Object.keys(r.cells)));
	const providers = matrix.providers.filter((p) => shownProviders.has(p.id));
	sheet.getCell('A1').value =
		`Internal service matrix, round of ${latest.round.opensOn} to ${latest.round.closesOn}: ` +
		'internal NPS (−100 to 100) given by each consumer department (rows, own members) to each provider (columns)';
	sheet.getCell('A1').font = { bold: true };
	writeHeader(
		sheet,
		2,
		[
			'Consumer \\ provider',
			...providers.map((p) => plan.paths.get(p.id) ?? p.name),
			'All providers'
		],
		[40, ...providers.map(() => 14), 14]
	);
	matrix.rows.forEach((row, i) => {
		const line = sheet.getRow(3 + i);
		line.getCell(1).value = plan.paths.get(row.consumer.id) ?? row.consumer.name;
		providers.forEach((p, j) => {
			const cell = row.cells[p.id];
			if (cell === undefined) line.getCell(j + 2).value = NO_FIGURE;
			else writeFigure(line.getCell(j + 2), serviceFigure(cell), plan.k.scores);
		});
		const total = line.getCell(providers.length + 2);
		if (row.total) writeFigure(total, serviceFigure(row.total), plan.k.scores);
		else total.value = NO_FIGURE;
	});
	const received = sheet.getRow(3 + matrix.rows.length);
	received.getCell(1).value = 'Everyone who rated them';
	received.getCell(1).font = { bold: true };
	providers.forEach((p, j) => {
		const cell = matrix.received[p.id];
		if (cell === undefined) received.getCell(j + 2).value = NO_FIGURE;
		else writeFigure(received.getCell(j + 2), serviceFigure(cell), plan.k.scores);
	});
	writeFigure(received.getCell(providers.length + 2), serviceFigure(matrix.total), plan.k.scores);
	const last = 3 + matrix.rows.length;
	colourScale(sheet, `B3:${columnLetter(providers.length + 2)}${last}`, -100, 100);
	sheet.getCell(`A${last + 2}`).value =
		'"—": outside what this export covers. The gate decides each cell with all others of the round, ' +
		'so rows and columns never reveal a hidden cell by subtraction.';
}

export function addCommentsSheet(
	workbook: Workbook,
	plan: ExportPlan,
	latest: RoundFigures,
	comments: { department: string; cell: Cell<string[]> }[]
) {
	if (!plan.contents.has('comments') || plan.by.role !== 'hr') return;
	const sheet = workbook.addWorksheet('Comments');
	writeHeader(sheet, 1, ['Department', 'Comment'], [36, 110]);
	sheet.getCell('A1').value = 'Department';
	let r = 2;
	for (const { department, cell } of comments) {
		if (!isShown(cell)) {
			const row = sheet.getRow(r++);
			row.getCell(1).value = department;
			markHidden(row.getCell(2), suppressionText(cell.reason, plan.k.comments));
			continue;
		}
		if (cell.value.length === 0)
			sheet.getRow(r++).values = [department, 'No comments in this round.'];
		for (const text of cell.value) {
			const row = sheet.getRow(r++);
			row.values = [department, text];
			row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
		}
	}
	sheet.getCell(`A${r + 1}`).value =
		`Open comments of the round of ${latest.round.opensOn} to ${latest.round.closesOn}, in random order, undated.`;
}
