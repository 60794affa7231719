import type { ChangeTest } from '../../../domain/significance';
import type { SuppressionReason } from '../../../domain/suppression-reasons';
import { isShown, type Cell } from '../../gate/cells';
import type { Figure } from '../figures';
import { planPeriod, type ExportPlan } from '../plan';
import type { KeyFigure } from '../summary';
import { CONTENT_LABELS } from '../request';
import { measureName, type ReportText } from './catalogue';
import { formatNumber } from './numbers';
import {
	BOLD,
	COLOURS,
	FONT,
	contentWidth,
	ensureSpace,
	heading,
	hiddenMark,
	newPage,
	paragraph,
	printable,
	type Doc
} from './layout';

// The report's first pages: the cover, the executive summary in words, and the key figures with
// every change marked significant or not at 95%.

export function reportSubject(plan: ExportPlan, text: ReportText): string {
	return plan.root ? plan.root.path : text.wholeCompany;
}

/** The period as the report names it: "Q3 2026 (2026-07-01 to 2026-09-30)" or the rounds' days. */
export function reportPeriod(plan: ExportPlan, text: ReportText): string {
	const period = plan.request.period;
	if (period) return `${text.period(period.key)} (${text.range(period.from, period.to)})`;
	const { from, to } = planPeriod(plan);
	return text.range(from, to);
}

export function cover(doc: Doc, plan: ExportPlan, text: ReportText) {
	const left = doc.page.margins.left;
	doc.rect(0, 0, doc.page.width, 200).fill(COLOURS.primary);
	doc.font(BOLD).fontSize(12).fillColor('#ffffff').text('RAPPORT', left, 60);
	doc
		.font(BOLD)
		.fontSize(26)
		.text(text.title, left, 90, { width: contentWidth(doc) });
	doc
		.font(FONT)
		.fontSize(13)
		.text(printable(`${reportSubject(plan, text)} · ${reportPeriod(plan, text)}`), left, 150, {
			width: contentWidth(doc)
		});
	doc.y = 240;
	const labels = text.planLabels;
	const about: [string, string][] = [
		[labels.departments, plan.root ? text.subtreeOf(plan.root.path) : text.wholeCompany],
		[labels.period, `${reportPeriod(plan, text)}, ${text.closedRounds(plan.rounds.length)}`],
		[
			labels.contents,
			[...plan.contents].map((c) => text.contents[c] ?? CONTENT_LABELS[c]).join(', ')
		],
		[labels.preparedBy, `${plan.by.name}, ${text.dateTime(plan.createdAt)}`]
	];
	for (const [label, value] of about) {
		doc.font(BOLD).fontSize(10).fillColor(COLOURS.text).text(label, left, doc.y);
		doc
			.font(FONT)
			.fontSize(10)
			.text(printable(value), { width: contentWidth(doc) });
		doc.moveDown(0.6);
	}
	doc.moveDown(1);
	paragraph(doc, text.gateNote(plan.k.scores), { size: 9, colour: COLOURS.muted });
}

export function summaryPage(doc: Doc, text: ReportText, sections: string[][]) {
	newPage(doc);
	heading(doc, text.headings.summary);
	for (const section of sections) {
		for (const line of section) paragraph(doc, line, { size: 10.5 });
		doc.moveDown(0.3);
	}
	paragraph(doc, text.summary.testNote, { size: 8.5, colour: COLOURS.muted });
}

const signed = (text: ReportText, n: number) =>
	n > 0 ? `+${formatNumber(text, n)}` : formatNumber(text, n);

/** "significant at 95% (two-proportion z-test, n 45 -> 60)" and the like. */
export function changeVerdict(text: ReportText, test: ChangeTest): string {
	return text.verdict(
		test.significant,
		text.testNames[test.test] ?? test.test,
		test.n.before,
		test.n.after
	);
}

function whatChanged(text: ReportText, figures: KeyFigure[]): string[] {
	const moved = figures
		.filter((f) => f.change !== null && f.change !== 0)
		.sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!));
	const name = (f: KeyFigure) => measureName(text, f.measure, f.label);
	const lines = moved
		.filter((f) => f.test?.significant)
		.map(
			(f) =>
				`${text.changeLine(name(f), f.change! > 0, formatNumber(text, Math.abs(f.change!)), f.previous!.round.opensOn, f.latest.round.opensOn)}: ${changeVerdict(text, f.test!)}.`
		);
	const noise = moved.filter((f) => !f.test?.significant);
	if (noise.length) {
		const list = noise
			.map(
				(f) =>
					`${name(f)} ${signed(text, f.change!)} (${f.test ? `n ${f.test.n.before} -> ${f.test.n.after}` : text.untested})`
			)
			.join('; ');
		lines.push(lines.length ? text.otherNoise(list) : text.allNoise(list));
	}
	return lines;
}

export function keyFigurePage(doc: Doc, plan: ExportPlan, text: ReportText, figures: KeyFigure[]) {
	newPage(doc);
	heading(doc, text.headings.keyFigures);
	const c = text.columns;
	const columns = [c.measure, c.latest, c.n, c.previous, c.change, c.test];
	if (plan.root) columns.push(c.company);
	const widths = [140, 60, 45, 60, 55, 75, 65];
	const left = doc.page.margins.left;
	const k = plan.k.scores;
	const fmt = (cell: Cell<Figure> | null) =>
		cell === null
			? '-'
			: isShown(cell)
				? cell.value.value === null
					? '-'
					: formatNumber(text, cell.value.value)
				: hiddenMark(cell.reason, k, text);
	const row = (cells: string[], bold: boolean) => {
		ensureSpace(doc, 20);
		const y = doc.y;
		let x = left;
		cells.forEach((value, i) => {
			doc
				.font(bold ? BOLD : FONT)
				.fontSize(9.5)
				.fillColor(COLOURS.text)
				.text(printable(value), x, y, {
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
			: hiddenMark(f.latest.cell.reason, k, text);
		const values = [
			measureName(text, f.measure, f.label),
			fmt(f.latest.cell),
			n,
			f.previous ? fmt(f.previous.cell) : '-',
			f.change === null ? '-' : signed(text, f.change),
			f.test ? (f.test.significant ? text.significant : text.noise) : '-'
		];
		if (plan.root) values.push(fmt(f.company));
		row(values, false);
	}
	doc.moveDown(0.5);
	const legend = [...reasons]
		.map((r) => `${hiddenMark(r, k, text)} = ${text.reasons[r](k)}`)
		.join('; ');
	paragraph(doc, `${text.keyFigureNote}${legend ? ` ${legend}.` : ''}`, {
		size: 8.5,
		colour: COLOURS.muted
	});
	doc.moveDown(0.5);
	doc.font(BOLD).fontSize(12).fillColor(COLOURS.text).text(text.headings.whatChanged, left, doc.y);
	doc.moveDown(0.3);
	const changes = whatChanged(text, figures);
	for (const line of changes.length ? changes : [text.nothingChanged]) paragraph(doc, `- ${line}`);
}
