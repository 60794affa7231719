import { change } from '../../domain/measures';
import { testChange, type ChangeTest } from '../../domain/significance';
import { DRIVER_LABELS, LIKERT_DRIVERS, type Driver } from '../../domain/questions';
import type { GroupCells } from '../analytics/heatmap';
import type { RoundRef } from '../analytics/analytics-result';
import { isShown, type Cell } from '../gate/cells';
import {
	participationFigure,
	plannedMeasures,
	rootGroup,
	scoreFigure,
	serviceFigure,
	type Figure,
	type RoundFigures
} from './figures';
import type { ExportPlan } from './plan';

// Key figures and what changed, for the summary sheet and the report's first page: the
// exported subtree's latest figure of each measure beside the latest earlier one (drivers rotate,
// so "earlier" is the latest earlier round that asked the measure).

export const INTERNAL_NPS = 'internal_nps_received';

export function measureLabel(measure: string): string {
	if (measure === 'participation') return 'Participation';
	if (measure === INTERNAL_NPS) return 'Internal NPS received';
	return DRIVER_LABELS[measure as Driver] ?? measure;
}

/** How a measure's headline reads: its unit. */
export function measureUnit(measure: string): string {
	if (measure === 'participation') return '% responded';
	if (measure === 'enps' || measure === INTERNAL_NPS) return 'score, −100 to 100';
	return '% favourable';
}

export type Point = { round: RoundRef; cell: Cell<Figure> };

export type KeyFigure = {
	measure: string;
	label: string;
	latest: Point;
	previous: Point | null;
	/** Latest minus previous, when both are shown. */
	change: number | null;
	/** Whether the change is more than noise at 95%, when there is a change to test. */
	test: ChangeTest | null;
	company: Cell<Figure> | null;
};

/** A measure's figure for a group of a round, or null when the round did not ask it. */
export function groupFigure(
	figures: RoundFigures,
	group: GroupCells,
	measure: string,
	providerId: string | null
): Cell<Figure> | null {
	if (measure === 'participation') return participationFigure(group);
	if (measure === INTERNAL_NPS) {
		if (!figures.matrix) return null;
		if (providerId === null) return serviceFigure(figures.matrix.total);
		const cell = figures.matrix.received[providerId];
		return cell ? serviceFigure(cell) : null;
	}
	const cell = group.cells[measure];
	return cell ? scoreFigure(cell) : null;
}

/** The measures a plan reports, in order, among those its rounds asked. */
export function reportedMeasures(plan: ExportPlan, rounds: readonly RoundFigures[]): string[] {
	const asked = new Set(rounds.flatMap((r) => r.heatmap.measures));
	const order = [...LIKERT_DRIVERS, 'enps'];
	const measures: string[] = [];
	if (plan.contents.has('participation')) measures.push('participation');
	measures.push(
		...plannedMeasures(
			plan,
			order.filter((m) => asked.has(m))
		)
	);
	if (plan.contents.has('internal_service') && rounds.some((r) => r.matrix)) {
		measures.push(INTERNAL_NPS);
	}
	return measures;
}

/** The subtree's series of one measure, oldest first, over the rounds that asked it. */
export function seriesOf(
	plan: ExportPlan,
	rounds: readonly RoundFigures[],
	measure: string
): Point[] {
	const points: Point[] = [];
	for (const figures of rounds) {
		const group = rootGroup(plan, figures.heatmap);
		if (!group) continue;
		const cell = groupFigure(figures, group, measure, plan.root?.id ?? null);
		if (cell) points.push({ round: figures.round, cell });
	}
	return points;
}

export function companySeries(rounds: readonly RoundFigures[], measure: string): Point[] {
	const points: Point[] = [];
	for (const figures of rounds) {
		const cell = groupFigure(figures, figures.heatmap.company, measure, null);
		if (cell) points.push({ round: figures.round, cell });
	}
	return points;
}

export function keyFigures(plan: ExportPlan, rounds: readonly RoundFigures[]): KeyFigure[] {
	const list: KeyFigure[] = [];
	for (const measure of reportedMeasures(plan, rounds)) {
		const points = seriesOf(plan, rounds, measure);
		const latest = points.at(-1);
		if (!latest) continue;
		const previous = points.at(-2) ?? null;
		const decimals = 1;
		const delta =
			previous &&
			isShown(latest.cell) &&
			isShown(previous.cell) &&
			latest.cell.value.value !== null &&
			previous.cell.value.value !== null
				? change(latest.cell.value.value, previous.cell.value.value, decimals)
				: null;
		const before = previous && isShown(previous.cell) ? previous.cell.value.counts : undefined;
		const after = isShown(latest.cell) ? latest.cell.value.counts : undefined;
		const test = delta !== null && before && after ? testChange(before, after) : null;
		const companyPoint = companySeries(rounds, measure).find((p) => p.round.id === latest.round.id);
		list.push({
			measure,
			label: measureLabel(measure),
			latest,
			previous,
			change: delta,
			test,
			company: plan.root && measure !== INTERNAL_NPS ? (companyPoint?.cell ?? null) : null
		});
	}
	return list;
}
