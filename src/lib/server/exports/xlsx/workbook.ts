import ExcelJS from 'exceljs';
import type { Db } from '../../db';
import { isShown } from '../../privacy/cells';
import { chainSections } from '../chain';
import { allRounds, latestComments, type RoundFigures } from '../figures';
import { describePlan, methodNotes } from '../method';
import type { ExportPlan } from '../plan';
import { keyFigures, measureUnit } from '../summary';
import { writeFigure, writeHeader } from './cells';
import { addChainSheet } from './chain';
import { addCommentsSheet, addMatrixSheet } from './matrix';
import { addHeatmapSheet, addTrendsSheet } from './tables';
import { exportedStories } from '../stories';
import { addStoriesSheet } from './stories';

// The workbook: summary, heatmap, trends, service matrix, service chain, comments (HR), method
// and anonymity.

function addSummarySheet(workbook: ExcelJS.Workbook, plan: ExportPlan, rounds: RoundFigures[]) {
	const sheet = workbook.addWorksheet('Summary');
	sheet.getCell('A1').value = 'Rapport: engagement and internal service';
	sheet.getCell('A1').font = { bold: true, size: 15 };
	const about = describePlan(plan);
	about.forEach(([label, text], i) => {
		sheet.getCell(`A${2 + i}`).value = label;
		sheet.getCell(`A${2 + i}`).font = { bold: true };
		sheet.getCell(`B${2 + i}`).value = text;
	});
	const top = 3 + about.length;
	const withCompany = plan.root !== null;
	writeHeader(
		sheet,
		top,
		[
			'Measure',
			'Unit',
			'Latest',
			'Latest round',
			'n',
			'Previous',
			'Previous round',
			'Change',
			...(withCompany ? ['Company, latest'] : [])
		],
		[30, 18, 12, 14, 10, 12, 14, 10, 16]
	);
	sheet.views = [{ state: 'frozen', ySplit: top }];
	keyFigures(plan, rounds).forEach((figure, i) => {
		const row = sheet.getRow(top + 1 + i);
		row.getCell(1).value = figure.label;
		row.getCell(2).value = measureUnit(figure.measure);
		writeFigure(row.getCell(3), figure.latest.cell, plan.k.scores);
		row.getCell(4).value = figure.latest.round.opensOn;
		writeFigure(row.getCell(5), figure.latest.cell, plan.k.scores, 'n');
		if (figure.previous) {
			writeFigure(row.getCell(6), figure.previous.cell, plan.k.scores);
			row.getCell(7).value = figure.previous.round.opensOn;
		} else {
			row.getCell(6).value = 'no earlier round';
		}
		const change = row.getCell(8);
		if (figure.change !== null) {
			change.value = figure.change;
			change.numFmt = '+0.0;−0.0;0.0';
		} else
			change.value = figure.previous && isShown(figure.previous.cell) ? '—' : 'no change shown';
		if (withCompany) writeFigure(row.getCell(9), figure.company, plan.k.scores);
	});
}

function addMethodSheet(workbook: ExcelJS.Workbook, plan: ExportPlan) {
	const sheet = workbook.addWorksheet('Method and anonymity');
	sheet.getColumn(1).width = 28;
	sheet.getColumn(2).width = 110;
	let r = 1;
	for (const note of methodNotes(plan)) {
		const row = sheet.getRow(r++);
		row.getCell(1).value = note.heading;
		row.getCell(1).font = { bold: true };
		row.getCell(2).value = note.text;
		row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
		row.getCell(1).alignment = { vertical: 'top' };
	}
	r++;
	for (const [label, text] of describePlan(plan)) {
		sheet.getRow(r++).values = [label, text];
	}
}

/** The workbook as the bytes of an .xlsx file. */
export async function buildWorkbook(db: Db, plan: ExportPlan): Promise<Buffer> {
	const rounds = await allRounds(db, plan);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Rapport';
	workbook.created = plan.createdAt;
	addSummarySheet(workbook, plan, rounds);
	const latest = rounds.at(-1);
	if (latest) {
		addHeatmapSheet(workbook, plan, latest);
		addTrendsSheet(workbook, plan, rounds);
		if (plan.contents.has('matrix')) addMatrixSheet(workbook, plan, latest);
		addChainSheet(workbook, plan, await chainSections(db, plan));
		addCommentsSheet(workbook, plan, latest, await latestComments(db, plan, latest));
	}
	addStoriesSheet(workbook, plan, await exportedStories(db, plan));
	addMethodSheet(workbook, plan);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
