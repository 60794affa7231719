import { SUPPRESSION_REASONS, type SuppressionReason } from '../../../domain/suppression-reasons';
import { isShown } from '../../gate/cells';
import type { RoundFigures } from '../figures';
import type { ExportPlan } from '../plan';
import {
	INTERNAL_NPS,
	companySeries,
	measureLabel,
	reportedMeasures,
	seriesOf,
	type Point
} from '../summary';
import {
	BOLD,
	COLOURS,
	FONT,
	ITALIC,
	contentWidth,
	ensureSpace,
	heading,
	hiddenMark,
	paragraph,
	printable,
	reasonEntries,
	type Doc
} from './layout';
import { measureName, type ReportText } from './catalogue';
import { formatNumber } from './numbers';

function unitOf(text: ReportText, measure: string): string {
	if (measure === 'participation') return text.units.participation;
	return measure === 'enps' || measure === INTERNAL_NPS ? text.units.score : text.units.favourable;
}

// Driver trends as vector line charts: the exported subtree round by round, the company beside
// it; a hidden figure is a gap: the line breaks, a grey band covers the round, and the reason's
// mark sits at the top of the band (never a point on the axis, which would read as a value).

const CHART_HEIGHT = 150;
const GAP = 18;

function rangeOf(measure: string): [number, number] {
	return measure === 'enps' || measure === INTERNAL_NPS ? [-100, 100] : [0, 100];
}

/** The grey band of a round whose figure is hidden, with the reason's mark at its top. */
function hiddenGap(
	doc: Doc,
	label: string,
	x: number,
	plot: { top: number; height: number },
	band: number
) {
	doc
		.save()
		.rect(x - band / 2, plot.top, band, plot.height)
		.fill(COLOURS.suppressed)
		.restore();
	doc.font(ITALIC).fontSize(6).fillColor(COLOURS.muted);
	doc.text(label, x - 12, plot.top + 2, { width: 24, align: 'center', lineBreak: false });
}

/** The reasons for which any round of the subtree's series hides a figure, in the list's order. */
function hiddenReasons(plan: ExportPlan, rounds: readonly RoundFigures[], measures: string[]) {
	const found = new Set<SuppressionReason>();
	for (const measure of measures) {
		for (const point of seriesOf(plan, rounds, measure)) {
			if (!isShown(point.cell)) found.add(point.cell.reason);
		}
	}
	return SUPPRESSION_REASONS.filter((reason) => found.has(reason));
}

function drawSeries(
	doc: Doc,
	points: Point[],
	x: (i: number) => number,
	y: (v: number) => number,
	colour: string,
	dashed: boolean
) {
	let drawing = false;
	doc
		.save()
		.lineWidth(dashed ? 1 : 1.8)
		.strokeColor(colour);
	if (dashed) doc.dash(3, { space: 2 });
	points.forEach((point, i) => {
		const value = isShown(point.cell) ? point.cell.value.value : null;
		if (value === null) {
			if (drawing) doc.stroke();
			drawing = false;
			return;
		}
		if (drawing) doc.lineTo(x(i), y(value));
		else doc.moveTo(x(i), y(value));
		drawing = true;
	});
	if (drawing) doc.stroke();
	doc.undash();
	if (!dashed) {
		points.forEach((point, i) => {
			if (isShown(point.cell) && point.cell.value.value !== null) {
				doc.circle(x(i), y(point.cell.value.value), 1.8).fill(colour);
			}
		});
	}
	doc.restore();
}

function chart(
	doc: Doc,
	plan: ExportPlan,
	rounds: readonly RoundFigures[],
	measure: string,
	left: number,
	top: number,
	width: number,
	text: ReportText
) {
	const own = seriesOf(plan, rounds, measure);
	const company = plan.root ? companySeries(rounds, measure) : [];
	const ids = rounds.map((r) => r.round.id).filter((id) => own.some((p) => p.round.id === id));
	const [low, high] = rangeOf(measure);
	const plot = { left: left + 26, top: top + 28, width: width - 32, height: CHART_HEIGHT - 52 };
	const x = (i: number) =>
		plot.left + (ids.length < 2 ? plot.width / 2 : (i / (ids.length - 1)) * plot.width);
	const y = (v: number) => plot.top + plot.height - ((v - low) / (high - low)) * plot.height;
	doc
		.font(BOLD)
		.fontSize(9.5)
		.fillColor(COLOURS.text)
		.text(printable(measureName(text, measure, measureLabel(measure))), left, top, {
			width,
			lineBreak: false
		});
	const last = own.at(-1);
	const latest = !last
		? '-'
		: !isShown(last.cell)
			? text.hiddenValue(hiddenMark(last.cell.reason, plan.k.scores, text))
			: last.cell.value.value === null
				? '-'
				: formatNumber(text, last.cell.value.value);
	doc
		.font(FONT)
		.fontSize(8)
		.fillColor(COLOURS.muted)
		.text(printable(`${unitOf(text, measure)} · ${text.latestValue(latest)}`), left, top + 12, {
			width,
			lineBreak: false
		});
	doc.save().lineWidth(0.5).strokeColor(COLOURS.grid);
	for (const tick of [low, (low + high) / 2, high]) {
		doc
			.moveTo(plot.left, y(tick))
			.lineTo(plot.left + plot.width, y(tick))
			.stroke();
		doc
			.font(FONT)
			.fontSize(6.5)
			.fillColor(COLOURS.muted)
			.text(String(tick), left, y(tick) - 3, { width: 22, align: 'right', lineBreak: false });
	}
	doc.restore();
	const aligned = (points: Point[]) =>
		ids.map(
			(id) =>
				points.find((p) => p.round.id === id) ?? {
					round: own[0].round,
					cell: { suppressed: true as const, reason: 'not_asked' as const }
				}
		);
	const mine = aligned(own);
	const band = Math.min(14, Math.max(4, plot.width / Math.max(1, ids.length - 1) / 2));
	mine.forEach((p, i) => {
		if (!isShown(p.cell)) {
			hiddenGap(doc, hiddenMark(p.cell.reason, plan.k.scores, text), x(i), plot, band);
		}
	});
	if (company.length) drawSeries(doc, aligned(company), x, y, COLOURS.company, true);
	drawSeries(doc, mine, x, y, COLOURS.primary, false);
	if (own.length) {
		const first = own[0].round.opensOn;
		const end = own[own.length - 1].round.opensOn;
		doc.font(FONT).fontSize(6.5).fillColor(COLOURS.muted);
		doc.text(first, plot.left - 10, plot.top + plot.height + 4, { lineBreak: false });
		doc.text(end, plot.left + plot.width - 34, plot.top + plot.height + 4, { lineBreak: false });
	}
}

export function trendPages(
	doc: Doc,
	plan: ExportPlan,
	rounds: readonly RoundFigures[],
	text: ReportText
) {
	const measures = reportedMeasures(plan, rounds);
	if (measures.length === 0) return;
	heading(doc, text.headings.trends);
	const reasons = hiddenReasons(plan, rounds, measures);
	paragraph(
		doc,
		text.trendsCaption(
			plan.root?.path ?? null,
			reasons.length ? reasonEntries(reasons, plan.k.scores, text) : null
		),
		{ size: 9, colour: COLOURS.muted }
	);
	const width = (contentWidth(doc) - GAP) / 2;
	for (let i = 0; i < measures.length; i += 2) {
		ensureSpace(doc, CHART_HEIGHT);
		const top = doc.y;
		const left = doc.page.margins.left;
		chart(doc, plan, rounds, measures[i], left, top, width, text);
		if (measures[i + 1]) {
			chart(doc, plan, rounds, measures[i + 1], left + width + GAP, top, width, text);
		}
		doc.x = left;
		doc.y = top + CHART_HEIGHT;
	}
}
