import type { Db } from '../../db';
import type { ChangeTest } from '../../../domain/significance';
import { suppressionText, type SuppressionReason } from '../../../domain/suppression-reasons';
import { isShown, type Cell } from '../../privacy/cells';
import { allRounds, latestComments, type Figure, type RoundFigures } from '../figures';
import { describePlan, methodNotes } from '../method';
import { planPeriod, planSubject, type ExportPlan } from '../plan';
import { keyFigures, type KeyFigure } from '../summary';
import { chainSections } from '../chain';
import { chainPages } from './chain';
import { trendPages } from './charts';
import { heatmapPages, matrixPages } from './grids';
import {
	BOLD,
	COLOURS,
	FONT,
	addFooters,
	contentWidth,
	createDocument,
	ensureSpace,
	finish,
	heading,
	hiddenMark,
	newPage,
	paragraph,
	printable,
	reasonLegend,
	type Doc
} from './layout';
import { actionPages } from './actions';
import { actionExportRows } from '../actions';
import { exportedStories } from '../stories';
import { storyPages } from './stories';

// The PDF trend report: cover, key figures and what changed, driver trends, heatmap, internal
// service matrix, service chain, comments (HR, if chosen), method and anonymity.

function cover(doc: Doc, plan: ExportPlan) {
	const { from, to } = planPeriod(plan);
	doc.rect(0, 0, doc.page.width, 200).fill(COLOURS.primary);
	doc.font(BOLD).fontSize(12).fillColor('#ffffff').text('RAPPORT', doc.page.margins.left, 60);
	doc
		.font(BOLD)
		.fontSize(26)
		.text('Engagement and internal service', doc.page.margins.left, 90, {
			width: contentWidth(doc)
		});
	doc
		.font(FONT)
		.fontSize(13)
		.text(printable(`${planSubject(plan)} · ${from} to ${to}`), doc.page.margins.left, 150, {
			width: contentWidth(doc)
		});
	doc.y = 240;
	for (const [label, text] of describePlan(plan)) {
		doc
			.font(BOLD)
			.fontSize(10)
			.fillColor(COLOURS.text)
			.text(label, doc.page.margins.left, doc.y, { continued: false });
		doc
			.font(FONT)
			.fontSize(10)
			.fillColor(COLOURS.text)
			.text(printable(text), { width: contentWidth(doc) });
		doc.moveDown(0.6);
	}
	doc.moveDown(1);
	paragraph(
		doc,
		`Every figure passed Rapport's privacy gate: nothing about fewer than ${plan.k.scores} respondents is shown, ` +
			'and a hidden figure cannot be worked out from the others. The last page says how the figures are made.',
		{ size: 9, colour: COLOURS.muted }
	);
}

const fmt = (cell: Cell<Figure> | null, k: number) =>
	cell === null
		? '-'
		: isShown(cell)
			? cell.value.value === null
				? '-'
				: cell.value.value.toFixed(1)
			: hiddenMark(cell.reason, k);
const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

/** "significant (two-proportion z-test, 95%, n 45 -> 60)" and the like. */
export function changeVerdict(test: ChangeTest): string {
	const n = `n ${test.n.before} -> ${test.n.after}`;
	return test.significant
		? `significant at 95% (${test.test}, ${n})`
		: `within noise, not significant at 95% (${test.test}, ${n})`;
}

function whatChanged(figures: KeyFigure[]): string[] {
	const moved = figures
		.filter((f) => f.change !== null && f.change !== 0)
		.sort(
			(a, b) =>
				Number(b.test?.significant ?? false) - Number(a.test?.significant ?? false) ||
				Math.abs(b.change!) - Math.abs(a.change!)
		);
	const lines = moved
		.filter((f) => f.test?.significant)
		.slice(0, 4)
		.map(
			(f) =>
				`${f.label} ${f.change! > 0 ? 'rose' : 'fell'} by ${Math.abs(f.change!).toFixed(1)} points ` +
				`(${f.previous!.round.opensOn} to ${f.latest.round.opensOn}): ${changeVerdict(f.test!)}.`
		);
	const noise = moved.filter((f) => !f.test?.significant);
	if (noise.length) {
		const list = noise
			.map(
				(f) =>
					`${f.label} ${signed(f.change!)} (${f.test ? `n ${f.test.n.before} -> ${f.test.n.after}` : 'untested'})`
			)
			.join('; ');
		lines.push(
			lines.length
				? `Other changes are within noise, not significant at 95%: ${list}.`
				: `No change is significant at 95%; all are within noise: ${list}.`
		);
	}
	return lines;
}

function keyFigurePage(doc: Doc, plan: ExportPlan, rounds: readonly RoundFigures[]) {
	newPage(doc);
	heading(doc, 'Key figures and what changed');
	const figures = keyFigures(plan, rounds);
	const columns = [
		'Measure',
		'Latest',
		'n',
		'Previous',
		'Change',
		'95% test',
		...(plan.root ? ['Company'] : [])
	];
	const widths = [140, 60, 45, 60, 55, 70, 65];
	const left = doc.page.margins.left;
	const row = (cells: string[], bold: boolean) => {
		ensureSpace(doc, 20);
		const y = doc.y;
		let x = left;
		cells.forEach((text, i) => {
			doc
				.font(bold ? BOLD : FONT)
				.fontSize(9.5)
				.fillColor(COLOURS.text);
			doc.text(printable(text), x, y, {
				width: widths[i] - 6,
				align: i === 0 ? 'left' : 'right',
				lineBreak: false
			});
			x += widths[i];
		});
		doc.y = y + 18;
		doc
			.save()
			.lineWidth(0.4)
			.strokeColor(COLOURS.grid)
			.moveTo(left, doc.y - 4)
			.lineTo(x, doc.y - 4)
			.stroke()
			.restore();
	};
	row(columns, true);
	const reasons = new Set<SuppressionReason>();
	for (const f of figures) {
		for (const cell of [f.latest.cell, f.previous?.cell, f.company]) {
			if (cell && !isShown(cell)) reasons.add(cell.reason);
		}
		const n = isShown(f.latest.cell)
			? String(f.latest.cell.n)
			: hiddenMark(f.latest.cell.reason, plan.k.scores);
		row(
			[
				f.label,
				fmt(f.latest.cell, plan.k.scores),
				n,
				f.previous ? fmt(f.previous.cell, plan.k.scores) : '-',
				f.change === null ? '-' : signed(f.change),
				f.test ? (f.test.significant ? 'significant' : 'noise') : '-',
				...(plan.root ? [fmt(f.company, plan.k.scores)] : [])
			],
			false
		);
	}
	doc.moveDown(0.5);
	paragraph(
		doc,
		'Latest: the latest round that asked the measure; Previous: the one before it. Drivers: % favourable; ' +
			'eNPS and internal NPS: -100 to 100; participation: % responded. 95% test: a change is called ' +
			'significant when a two-sided test at 95% rejects "no change" (two-proportion z-test for shares, ' +
			'z-test on the difference of two NPS for eNPS and internal NPS; the rounds taken as independent ' +
			'samples); otherwise it is noise. ' +
			reasonLegend(reasons, plan.k.scores),
		{ size: 8.5, colour: COLOURS.muted }
	);
	const changes = whatChanged(figures);
	doc.moveDown(0.5);
	doc.font(BOLD).fontSize(12).fillColor(COLOURS.text).text('What changed', left, doc.y);
	doc.moveDown(0.3);
	for (const line of changes.length
		? changes
		: ['No figure that can be compared changed since the previous round.']) {
		paragraph(doc, `- ${line}`);
	}
}

function commentPages(
	doc: Doc,
	plan: ExportPlan,
	comments: { department: string; cell: Cell<string[]> }[],
	latest: RoundFigures
) {
	if (!plan.contents.has('comments') || plan.by.role !== 'hr') return;
	newPage(doc);
	heading(doc, 'Comments');
	paragraph(
		doc,
		`Open comments of the round of ${latest.round.opensOn} to ${latest.round.closesOn}, in random order, undated.`,
		{
			size: 9,
			colour: COLOURS.muted
		}
	);
	for (const { department, cell } of comments) {
		ensureSpace(doc, 40);
		doc
			.font(BOLD)
			.fontSize(11)
			.fillColor(COLOURS.text)
			.text(printable(department), doc.page.margins.left, doc.y);
		doc.moveDown(0.3);
		if (!isShown(cell)) {
			paragraph(doc, `Hidden: ${suppressionText(cell.reason, plan.k.comments)}.`, {
				colour: COLOURS.muted
			});
			continue;
		}
		if (cell.value.length === 0)
			paragraph(doc, 'No comments in this round.', { colour: COLOURS.muted });
		for (const text of cell.value) {
			ensureSpace(doc, 24);
			paragraph(doc, `"${text}"`, { size: 9.5 });
		}
	}
}

function methodPage(doc: Doc, plan: ExportPlan) {
	newPage(doc);
	heading(doc, 'Method and anonymity');
	for (const note of methodNotes(plan)) {
		ensureSpace(doc, 60);
		doc
			.font(BOLD)
			.fontSize(11)
			.fillColor(COLOURS.text)
			.text(note.heading, doc.page.margins.left, doc.y);
		doc.moveDown(0.2);
		paragraph(doc, note.text);
	}
}

/** The report as the bytes of a PDF file. */
export async function buildPdf(db: Db, plan: ExportPlan): Promise<Buffer> {
	const rounds = await allRounds(db, plan);
	const doc = createDocument(plan.request.paper, `Rapport: ${planSubject(plan)}`, plan.by.name);
	cover(doc, plan);
	const latest = rounds.at(-1);
	if (latest) {
		keyFigurePage(doc, plan, rounds);
		newPage(doc);
		trendPages(doc, plan, rounds);
		heatmapPages(doc, plan, latest);
		matrixPages(doc, plan, latest);
		chainPages(doc, plan, await chainSections(db, plan));
		commentPages(doc, plan, await latestComments(db, plan, latest), latest);
	}
	actionPages(doc, await actionExportRows(db, plan));
	storyPages(doc, plan, await exportedStories(db, plan));
	methodPage(doc, plan);
	addFooters(doc, planSubject(plan));
	return finish(doc);
}
