import { correlationVerdict, type CorrelationVerdict } from '../../../domain/significance';
import { CHAIN_INTERNAL_LABEL, type ChainSection } from '../chain';
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

/** What the interval allows one to say, in words. */
export function verdictWords(verdict: CorrelationVerdict): string {
	switch (verdict) {
		case 'inconclusive':
			return 'Not enough evidence yet: the interval is too wide (or the departments too few) to say whether the two go together.';
		case 'positive':
			return 'The two go together: the interval lies above zero.';
		case 'negative':
			return 'The two go opposite ways: the interval lies below zero.';
		case 'no_clear_relation':
			return 'No clear relation: the interval spans zero.';
	}
}

function scatter(doc: Doc, section: ChainSection) {
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
	doc.text(printable(CHAIN_INTERNAL_LABEL), left, top + PLOT.height + 14, {
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
		.text(printable(`${section.label} (vertical)`), textLeft, top, { width });
	const lines = [
		`Departments: ${s.n}${s.unitsWithheld ? ` (${s.unitsWithheld} outside this export, not shown)` : ''}`,
		...(s.enough
			? [
					`r = ${s.r}${s.ci95 ? `, 95% interval ${s.ci95[0]} to ${s.ci95[1]}` : ''}, n = ${s.n}`,
					verdictWords(correlationVerdict(s.ci95, s.n))
				]
			: [`Fewer than ${s.minimumUnits} departments: no correlation is given.`]),
		...(s.spearman !== null ? [`Spearman rho = ${s.spearman}`] : []),
		...(s.quartiles
			? [
					`Top quarter ${s.quartiles.top} vs bottom quarter ${s.quartiles.bottom} (gap ${s.quartiles.gap})`
				]
			: []),
		'Dot size: respondents. Dashed: fit weighted by respondents.'
	];
	doc.font(FONT).fontSize(8.5).fillColor(COLOURS.text);
	for (const text of lines) doc.text(printable(text), textLeft, doc.y + 3, { width });
	doc.x = doc.page.margins.left;
	doc.y = top + PLOT.height + 30;
}

function lagTable(doc: Doc, section: ChainSection) {
	const rows = section.lagged.filter((l) => l.lagged);
	if (rows.length === 0) return;
	ensureSpace(doc, 20 + rows.length * 28);
	doc
		.font(BOLD)
		.fontSize(9.5)
		.fillColor(COLOURS.text)
		.text('Lagged: change within departments over time', doc.page.margins.left, doc.y);
	doc.moveDown(0.2);
	for (const lagged of rows) {
		const { forward, reverse } = lagged.lagged!;
		const fmt = (f: typeof forward) =>
			f.r === null
				? 'too few pairs'
				: `r = ${f.r}${f.ci95 ? ` (${f.ci95[0]} to ${f.ci95[1]})` : ''}, n = ${f.n}` +
					(correlationVerdict(f.ci95, f.n) === 'inconclusive' ? ': not enough evidence yet' : '');
		paragraph(
			doc,
			`Internal support now -> ${section.label} ${lagged.lag} month(s) later: ${fmt(forward)}`,
			{ size: 8.5 }
		);
		paragraph(
			doc,
			`${section.label} now -> internal support ${lagged.lag} month(s) later: ${fmt(reverse)}`,
			{ size: 8.5 }
		);
	}
}

export function chainPages(doc: Doc, plan: ExportPlan, sections: ChainSection[], text: ReportText) {
	if (!plan.contents.has('service_chain')) return;
	newPage(doc);
	heading(doc, text.headings.chain);
	paragraph(
		doc,
		'Do the departments that are served well by their colleagues serve their customers well? Each dot is a ' +
			"department: its internal support received and its customers' satisfaction, averaged over the months " +
			'of this period in which both exist. Only departments whose internal figure passed the anonymity ' +
			'threshold count. Correlation is not causation.',
		{ size: 9, colour: COLOURS.muted }
	);
	if (sections.length === 0) {
		paragraph(doc, 'No external satisfaction figures in this period.');
		return;
	}
	for (const section of sections) {
		ensureSpace(doc, PLOT.height + 160);
		doc
			.font(BOLD)
			.fontSize(12)
			.fillColor(COLOURS.text)
			.text(printable(`Internal support and ${section.label}`), doc.page.margins.left, doc.y);
		doc.moveDown(0.3);
		if (section.sameMonth.units.length > 0) scatter(doc, section);
		else paragraph(doc, 'No department of this export has both figures in the period.');
		lagTable(doc, section);
		doc.moveDown(0.8);
	}
}
