import ExcelJS from 'exceljs';
import type { Db } from '../../db';
import { chainSections } from '../service-chain-sections';
import { allRounds, latestComments, type RoundFigures } from '../figures';
import { describePlan, methodNotes } from '../method';
import type { ExportPlan } from '../plan';
import { keyFigures, measureUnit } from '../summary';
import { NO_FIGURE, setUpPrinting, writeDay, writeFigure, writeHeader } from './cells';
import { addDictionarySheet } from './dictionary';
import { addChainSheet } from './service-chain-sheet';
import { addCommentsSheet, addMatrixSheet } from './matrix';
import { addHeatmapSheet, addTrendsSheet } from './tables';
import { addActionsSheet } from './actions';
import { actionExportRows } from '../actions';
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
			'Change at 95%',
			'Test (n before → after)',
			...(withCompany ? ['Company, latest'] : [])
		],
		[30, 18, 12, 14, 10, 12, 14, 10, 14, 44, 16]
	);
	sheet.views = [{ state: 'frozen', ySplit: top }];
	keyFigures(plan, rounds).forEach((figure, i) => {
		const row = sheet.getRow(top + 1 + i);
		row.getCell(1).value = figure.label;
		row.getCell(2).value = measureUnit(figure.measure);
		writeFigure(row.getCell(3), figure.latest.cell, plan.k.scores);
		writeDay(row.getCell(4), figure.latest.round.opensOn);
		writeFigure(row.getCell(5), figure.latest.cell, plan.k.scores, 'n');
		if (figure.previous) {
			writeFigure(row.getCell(6), figure.previous.cell, plan.k.scores);
			writeDay(row.getCell(7), figure.previous.round.opensOn);
		} else {
			row.getCell(6).value = 'no earlier round';
		}
		const change = row.getCell(8);
		if (figure.change !== null) {
			change.value = figure.change;
			change.numFmt = '+0.0;−0.0;0.0';
		} else change.value = NO_FIGURE;
		const { test } = figure;
		row.getCell(9).value = test ? (test.significant ? 'significant' : 'noise') : NO_FIGURE;
		row.getCell(10).value = test ? `${test.test} (${test.n.before} → ${test.n.after})` : NO_FIGURE;
		if (withCompany) writeFigure(row.getCell(11), figure.company, plan.k.scores);
	});
}

const METHOD_TEXT_WIDTH = 90;
const POINTS_PER_LINE = 15;

/**
 * Heading and text side by side, the text wrapped. Neither Excel nor LibreOffice grows a row to
 * fit wrapped text written by a library, so each row is given the height its lines need.
 */
function addMethodSheet(workbook: ExcelJS.Workbook, plan: ExportPlan) {
	const sheet = workbook.addWorksheet('Method and anonymity');
	sheet.getColumn(1).width = 26;
	sheet.getColumn(2).width = METHOD_TEXT_WIDTH;
	let r = 1;
	const notes = [
		...methodNotes(plan),
		{
			heading: `"${NO_FIGURE}" in a table`,
			text: 'No figure exists there (the measure is not part of that table or group), which is not the same as a hidden figure. Hidden figures are always a grey cell that says why.'
		},
		...describePlan(plan).map(([heading, text]) => ({ heading, text }))
	];
	for (const note of notes) {
		const row = sheet.getRow(r++);
		row.getCell(1).value = note.heading;
		row.getCell(1).font = { bold: true };
		row.getCell(1).alignment = { vertical: 'top', wrapText: true };
		row.getCell(2).value = note.text;
		row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
		const lines = Math.max(
			Math.ceil(note.text.length / (METHOD_TEXT_WIDTH * 0.95)),
			Math.ceil(note.heading.length / 24)
		);
		row.height = lines * POINTS_PER_LINE + 4;
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
	addActionsSheet(workbook, await actionExportRows(db, plan));
	addStoriesSheet(workbook, plan, await exportedStories(db, plan));
	addMethodSheet(workbook, plan);
	addDictionarySheet(workbook);
	for (const sheet of workbook.worksheets) setUpPrinting(sheet, plan.request.paper);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
