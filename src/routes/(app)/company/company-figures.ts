import type { ChartValue, HiddenValue } from '$lib/components/charts/types';
import type { Cell } from '$lib/components/dashboard/figures';
import type { SuppressionReason } from '$lib/domain/suppression-reasons';
import type { ConsumerLevel } from '$lib/domain/reporting-groups';
import type { CompanyView } from '$lib/server/analytics/dashboards';
import type { GroupCells } from '$lib/server/analytics/heatmap';

// The company view as the page draws it. Everything a page's load returns is written into the
// HTML a second time for hydration; at 200 departments the gated cells with their counts and
// distributions made that copy a third of the page and most of the time it took to make. Here
// each figure is what the charts and tables show: the number, null where there is none, or the
// reason it is hidden. A hidden figure is one shared object per reason, which the page's data
// writes once and refers to thereafter.

/** A department's row of the heatmap: the measures in order, then participation. */
export type HeatRow = {
	id: string;
	name: string;
	depth: number;
	/** 'subtree': the department and everything below it; 'direct': its own members only. */
	scope: 'subtree' | 'direct';
	/** Its own members are pooled into the group above (their direct row is always hidden). */
	pooled: boolean;
	values: ChartValue[];
};

export type MatrixFigures = {
	consumers: ConsumerLevel;
	/** Providers somebody rated, each with its internal NPS from everyone. */
	providers: { id: string; code: string; name: string; everyone: ChartValue }[];
	/** Per consumer, its internal NPS for each provider above, in their order, and over all. */
	rows: { id: string; name: string; values: ChartValue[]; total: ChartValue }[];
	total: ChartValue;
	/** Departments in view when their rows were left out, else null. */
	rowsOmitted: number | null;
};

export type CompanyFigures = {
	k: number;
	subtree: { id: string; name: string } | null;
	/** The key figures on top: responses, eNPS and internal NPS of the company or subtree. */
	total: {
		participation: Cell<{ invited: number; responded: number; rate: number | null }>;
		enps: Cell<{ score: number }> | null;
		internalNps: Cell<{ internalNps: number }>;
	};
	/** The heatmap's measures (its columns before participation). */
	measures: string[];
	/** The company's (or the subtree's) row, in the order of `measures` then participation. */
	top: ChartValue[];
	rows: HeatRow[];
	matrix: MatrixFigures;
	impact: { minimumN: number; drivers: { driver: string; value: ChartValue }[] };
};

/** Figures made into chart values, a hidden one shared per reason. */
function chartValues() {
	const hidden = new Map<SuppressionReason, HiddenValue>();
	const hide = (reason: SuppressionReason) => {
		let value = hidden.get(reason);
		if (!value) hidden.set(reason, (value = { suppressed: reason }));
		return value;
	};
	const value = <T>(cell: Cell<T> | undefined, pick: (v: T) => number | null): ChartValue =>
		!cell ? null : 'value' in cell ? pick(cell.value) : hide(cell.reason);
	const slim = <T, U>(cell: Cell<T>, pick: (v: T) => U): Cell<U> =>
		'value' in cell
			? { value: pick(cell.value), n: cell.n }
			: { suppressed: true, reason: cell.reason };
	return { value, slim };
}

// A kept round's company view is one object per subtree and level (gate/round-tables.ts): its
// figures are made once too.
const made = new WeakMap<CompanyView, CompanyFigures>();

/** The company view reduced to what its page shows, hidden figures and their reasons included. */
export function companyFigures(view: CompanyView): CompanyFigures {
	let figures = made.get(view);
	if (!figures) made.set(view, (figures = figuresOf(view)));
	return figures;
}

function figuresOf(view: CompanyView): CompanyFigures {
	const { value, slim } = chartValues();
	const measures = view.heatmap.measures;
	const heatValues = (group: GroupCells): ChartValue[] => [
		...measures.map((m) => value(group.cells[m], (v) => ('score' in v ? v.score : v.favourable))),
		value(group.participation, (v) => v.rate)
	];
	const nps = (cell: Cell<{ internalNps: number }> | undefined) =>
		value(cell, (v) => v.internalNps);
	const matrix = view.matrix;
	// Providers nobody rated would be columns of hidden cells only: they are left out.
	const providers = matrix.providers.filter((p) => matrix.received[p.id]);
	const enps = view.total.cells.enps;
	return {
		k: view.k.kScores,
		subtree: view.subtree,
		total: {
			participation: slim(view.total.participation, ({ invited, responded, rate }) => ({
				invited,
				responded,
				rate
			})),
			enps: enps ? slim(enps, (v) => ({ score: 'score' in v ? v.score : 0 })) : null,
			internalNps: slim(matrix.total, (v) => ({ internalNps: v.internalNps }))
		},
		measures,
		top: heatValues(view.total),
		rows: view.heatmap.rows.map((r) => ({
			id: r.departmentId,
			name: r.name,
			depth: r.depth,
			scope: r.scope,
			pooled: r.ownMembersPooled,
			values: heatValues(r)
		})),
		matrix: {
			consumers: matrix.consumers,
			providers: providers.map((p) => ({
				id: p.id,
				code: p.code,
				name: p.name,
				everyone: nps(matrix.received[p.id])
			})),
			rows: matrix.rows.map((r) => ({
				id: r.consumer.id,
				name: r.consumer.name,
				values: providers.map((p) => nps(r.cells[p.id])),
				total: nps(r.total)
			})),
			total: nps(matrix.total),
			rowsOmitted: view.matrixRowsOmitted
		},
		impact: {
			minimumN: view.driverImpact.minimumN,
			drivers: Object.entries(view.driverImpact.drivers).map(([driver, cell]) => ({
				driver,
				value: value(cell, (v) => v.r)
			}))
		}
	};
}
