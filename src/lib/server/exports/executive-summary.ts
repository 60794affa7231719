import { correlationVerdict } from '../../domain/significance';
import { isLikertDriver } from '../../domain/questions';
import { isShown } from '../gate/cells';
import type { ActionExportRow } from './actions';
import type { ChainSection } from './service-chain-sections';
import type { PeriodMatrix } from './period-matrix';
import { measureName, type ReportText } from './pdf/catalogue';
import { formatNumber, formatStatistic } from './pdf/numbers';
import { INTERNAL_NPS, type KeyFigure } from './summary';

// The executive summary: a few sentences in words, each made from figures the gate showed and
// the report prints further on. Nothing here reads the database.

export type SummaryInput = {
	figures: KeyFigure[];
	rounds: number;
	matrix: PeriodMatrix | null;
	chain: ChainSection[];
	actions: ActionExportRow[] | null;
	k: number;
	/** The whole company, rather than a department's subtree. */
	whole: boolean;
};

const one = (text: ReportText, value: number) => formatNumber(text, value);
const signed = (text: ReportText, value: number) =>
	value > 0 ? `+${one(text, value)}` : one(text, value);

function label(text: ReportText, figure: KeyFigure): string {
	return measureName(text, figure.measure, figure.label);
}

function participation(text: ReportText, input: SummaryInput): string | null {
	const figure = input.figures.find((f) => f.measure === 'participation');
	if (!figure) return null;
	const cell = figure.latest.cell;
	if (!isShown(cell)) return text.summary.participationHidden(text.reasons[cell.reason](input.k));
	const counts = cell.value.counts;
	if (!counts || counts.kind !== 'share' || cell.value.value === null) return null;
	return text.summary.participation(
		one(text, cell.value.value),
		counts.hits,
		counts.n,
		input.rounds
	);
}

function drivers(text: ReportText, input: SummaryInput): string[] {
	const shown = input.figures
		.filter((f) => isLikertDriver(f.measure))
		.flatMap((f) =>
			isShown(f.latest.cell) && f.latest.cell.value.value !== null
				? [{ figure: f, value: f.latest.cell.value.value, n: f.latest.cell.n }]
				: []
		)
		.sort((a, b) => b.value - a.value || a.figure.measure.localeCompare(b.figure.measure));
	const lines: string[] = [];
	const best = shown[0];
	const worst = shown.at(-1);
	if (best)
		lines.push(text.summary.strongest(label(text, best.figure), one(text, best.value), best.n));
	if (worst && worst !== best) {
		lines.push(text.summary.weakest(label(text, worst.figure), one(text, worst.value), worst.n));
	}
	const enps = input.figures.find((f) => f.measure === 'enps');
	if (enps && isShown(enps.latest.cell) && enps.latest.cell.value.value !== null) {
		lines.push(text.summary.enps(one(text, enps.latest.cell.value.value), enps.latest.cell.n));
	}
	return lines;
}

function changes(text: ReportText, input: SummaryInput): string {
	const tested = input.figures.filter((f) => f.test && f.change !== null);
	const real = tested.filter((f) => f.test!.significant);
	if (real.length === 0) return text.summary.noSignificantChange(tested.length);
	const list = real
		.map(
			(f) =>
				`${label(text, f)} ${signed(text, f.change!)} (n ${f.test!.n.before} -> ${f.test!.n.after})`
		)
		.join('; ');
	return text.summary.significantChanges(list);
}

function internalService(text: ReportText, input: SummaryInput): string[] {
	const lines: string[] = [];
	const received = input.figures.find((f) => f.measure === INTERNAL_NPS);
	if (received) {
		const cell = received.latest.cell;
		lines.push(
			isShown(cell) && cell.value.value !== null
				? text.summary.internalService(one(text, cell.value.value), cell.n, input.whole)
				: text.summary.internalServiceHidden(
						isShown(cell) ? '-' : text.reasons[cell.reason](input.k)
					)
		);
	}
	if (input.matrix && input.matrix.asked > 0) {
		lines.push(
			text.summary.matrixShown(input.matrix.shown, input.matrix.asked, input.matrix.rounds)
		);
	}
	for (const section of input.chain) {
		const s = section.sameMonth;
		if (!s.enough || s.r === null || !s.ci95) {
			lines.push(text.summary.chainTooFew(section.label, s.n));
			continue;
		}
		const verdict = text.summary.verdicts[correlationVerdict(s.ci95, s.n)];
		lines.push(
			text.summary.chain(
				section.label,
				formatStatistic(text, s.r),
				formatStatistic(text, s.ci95[0]),
				formatStatistic(text, s.ci95[1]),
				s.n,
				verdict
			)
		);
	}
	return lines;
}

function actions(text: ReportText, rows: ActionExportRow[]): string {
	const areas = new Set(rows.map((r) => `${r.department}|${r.round}|${r.focus}`));
	if (areas.size === 0) return text.summary.noActions;
	const withAction = rows.filter((r) => r.action);
	const byStatus = new Map<string, number>();
	for (const row of withAction) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
	const statusWords: Record<string, (n: number) => string> = {
		Planned: text.summary.status.planned,
		'In progress': text.summary.status.in_progress,
		Done: text.summary.status.done,
		Dropped: text.summary.status.dropped
	};
	const list = [...byStatus]
		.map(([status, n]) => statusWords[status]?.(n) ?? `${n} ${status}`)
		.join(', ');
	const overdue = withAction.filter((r) => r.overdue).length;
	return text.summary.actions(areas.size, withAction.length, list || '-', overdue);
}

/** The summary's paragraphs: participation, drivers, changes, internal service, actions. */
export function executiveSummary(text: ReportText, input: SummaryInput): string[][] {
	const sections: string[][] = [];
	const first = [participation(text, input), ...drivers(text, input)].filter(
		(line): line is string => line !== null
	);
	if (first.length) sections.push(first);
	sections.push([changes(text, input)]);
	const service = internalService(text, input);
	if (service.length) sections.push(service);
	if (input.actions) sections.push([actions(text, input.actions)]);
	return sections;
}
