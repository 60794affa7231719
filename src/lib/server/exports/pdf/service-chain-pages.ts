import { correlationVerdict } from '../../../domain/significance';
import type { ChainSection } from '../service-chain-sections';
import { formatStatistic } from './numbers';
import type { ExportPlan } from '../plan';
import {
	BOLD,
	COLOURS,
	FONT,
	contentWidth,
	ensureSpace,
	heading,
	newPage,
	paragraph,
	printable,
	type Doc
} from './layout';
import type { ReportText } from './catalogue';

// The service chain: a scatter of departments (internal support received against the external
// metric) with the weighted fit, and the lagged correlations both ways.

const PLOT = { width: 300, height: 150 };

/** At least this many points on each axis, so that one or two departments are not magnified. */
const MIN_SPAN = 20;

function bounds(values: number[]): [number, number] {
	const low = Math.min(...values);
	const high = Math.max(...values);
	const pad = Math.max(MIN_SPAN - (high - low), (high - low) * 0.2) / 2;
	return [Math.floor(low - pad), Math.ceil(high + pad)];
}

function scatter(doc: Doc, section: ChainSection, text: ReportText) {
	const num = (v: number) => formatStatistic(text, v);
	const s = section.sameMonth;
	const left = doc.page.margins.left + 30;
	const top = doc.y + 4;
	const units = s.units;
	const [x0, x1] = bounds(units.map((u) => u.internal));
	const [y0, y1] = bounds(units.map((u) => u.external));
	const x = (v: number) => left + ((v - x0) / (x1 - x0)) * PLOT.width;
	const y = (v: number) => top + PLOT.height - ((v - y0) / (y1 - y0)) * PLOT.height;
	doc
		.save()
		.lineWidth(0.6)
		.strokeColor(COLOURS.grid)
		.rect(left, top, PLOT.width, PLOT.height)
		.stroke()
		.restore();
	doc.font(FONT).fontSize(7).fillColor(COLOURS.muted);
	doc.text(String(x0), left - 4, top + PLOT.height + 4, { lineBreak: false });
	doc.text(String(x1), left + PLOT.width - 10, top + PLOT.height + 4, { lineBreak: false });
	doc.text(String(y0), left - 28, top + PLOT.height - 4, {
		width: 24,
		align: 'right',
		lineBreak: false
	});
	doc.text(String(y1), left - 28, top - 3, { width: 24, align: 'right', lineBreak: false });
	doc.text(printable(text.chain.internalAxis), left, top + PLOT.height + 14, {
		width: PLOT.width,
		align: 'center',
		lineBreak: false
	});
	if (s.slope !== null && s.intercept !== null) {
		// Cut at the box: a line that leaves it must not run along its edge.
		doc
			.save()
			.rect(left, top, PLOT.width, PLOT.height)
			.clip()
			.lineWidth(1)
			.strokeColor(COLOURS.company)
			.dash(4, { space: 3 })
			.moveTo(x(x0), y(s.intercept + s.slope * x0))
			.lineTo(x(x1), y(s.intercept + s.slope * x1))
			.stroke()
			.undash()
			.restore();
	}
	for (const unit of units) {
		const radius = Math.min(6, 2 + Math.sqrt(unit.respondents) / 2);
		doc
			.save()
			.fillOpacity(0.75)
			.circle(x(unit.internal), y(unit.external), radius)
			.fill(COLOURS.primary)
			.restore();
		doc
			.font(FONT)
			.fontSize(6.5)
			.fillColor(COLOURS.text)
			.text(printable(unit.code), x(unit.internal) + radius + 1, y(unit.external) - 3, {
				lineBreak: false
			});
	}
	const textLeft = left + PLOT.width + 20;
	const width = doc.page.margins.left + contentWidth(doc) - textLeft;
	doc
		.font(BOLD)
		.fontSize(9)
		.fillColor(COLOURS.text)
		.text(printable(text.chain.vertical(section.label)), textLeft, top, { width });
	const words = text.chain;
	const lines = [
		words.departments(s.n, s.unitsWithheld),
		...(s.enough && s.r !== null
			? [
					words.correlation(
						num(s.r),
						s.ci95 ? words.interval(num(s.ci95[0]), num(s.ci95[1])) : null,
						s.n
					),
					words.verdicts[correlationVerdict(s.ci95, s.n)]
				]
			: [words.tooFew(s.minimumUnits)]),
		...(s.spearman !== null ? [words.spearman(num(s.spearman))] : []),
		...(s.quartiles
			? [words.quartiles(num(s.quartiles.top), num(s.quartiles.bottom), num(s.quartiles.gap))]
			: []),
		words.dots
	];
	doc.font(FONT).fontSize(8.5).fillColor(COLOURS.text);
	for (const line of lines) doc.text(printable(line), textLeft, doc.y + 3, { width });
	const textEnd = doc.y + 6;
	doc.x = doc.page.margins.left;
	doc.y = Math.max(top + PLOT.height + 30, textEnd);
}

function lagTable(doc: Doc, section: ChainSection, text: ReportText) {
	const num = (v: number) => formatStatistic(text, v);
	const rows = section.lagged.filter((l) => l.lagged);
	if (rows.length === 0) return;
	ensureSpace(doc, 20 + rows.length * 28);
	doc
		.font(BOLD)
		.fontSize(9.5)
		.fillColor(COLOURS.text)
		.text(text.chain.lagged, doc.page.margins.left, doc.y);
	doc.moveDown(0.2);
	for (const lagged of rows) {
		const { forward, reverse } = lagged.lagged!;
		const fmt = (f: typeof forward) =>
			f.r === null
				? text.chain.tooFewPairs
				: `r = ${num(f.r)}${f.ci95 ? ` (${text.chain.interval(num(f.ci95[0]), num(f.ci95[1]))})` : ''}, n = ${f.n}` +
					(correlationVerdict(f.ci95, f.n) === 'inconclusive' ? text.chain.notEnough : '');
		paragraph(doc, text.chain.forward(section.label, lagged.lag, fmt(forward)), { size: 8.5 });
		paragraph(doc, text.chain.reverse(section.label, lagged.lag, fmt(reverse)), { size: 8.5 });
	}
}

export function chainPages(doc: Doc, plan: ExportPlan, sections: ChainSection[], text: ReportText) {
	if (!plan.contents.has('service_chain')) return;
	newPage(doc);
	heading(doc, text.headings.chain);
	paragraph(doc, text.chain.intro, { size: 9, colour: COLOURS.muted });
	if (sections.length === 0) {
		paragraph(doc, text.chain.noExternal);
		return;
	}
	for (const section of sections) {
		ensureSpace(doc, PLOT.height + 160);
		doc
			.font(BOLD)
			.fontSize(12)
			.fillColor(COLOURS.text)
			.text(printable(text.chain.internalAnd(section.label)), doc.page.margins.left, doc.y);
		doc.moveDown(0.3);
		if (section.sameMonth.units.length > 0) scatter(doc, section, text);
		else paragraph(doc, text.chain.noDepartment);
		lagTable(doc, section, text);
		doc.moveDown(0.8);
	}
}
