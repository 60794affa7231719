import type { Db } from '../db';
import { orgHeatmap, type GroupCells, type Heatmap } from '../analytics/heatmap';
import {
	internalServiceMatrix,
	internalServiceReceived,
	type ServiceMatrix
} from '../analytics/matrix';
import { departmentHealth } from '../analytics/health';
import type { RoundEntry } from '../analytics/department-and-round-lists';
import type { RoundRef } from '../analytics/analytics-result';
import { findRoundTables, withoutKeeping } from '../gate/round-tables';
import { isShown, type Cell } from '../gate/cells';
import type { DriverValue, EnpsValue, ServiceValue } from '../analytics/cell-values';
import type { ExportPlan } from './plan';
import {
	DETRACTOR_UP_TO,
	FAVOURABLE_FROM,
	LIKERT_MIN,
	PROMOTER_FROM,
	SCALE_MIN
} from '../../domain/measures';
import type { ChangeCounts } from '../../domain/significance';

// One round's figures for an export, read through the same gated modules as the read API
// (heatmap, internal service matrix, department health), so an export shows what the API shows.

export type RoundFigures = {
	round: RoundRef;
	/** The publication the figures were read from. */
	publishedAt: string;
	heatmap: Heatmap;
	/** Only when the plan includes internal service or the matrix. */
	matrix: ServiceMatrix | null;
};

/**
 * A figure's headline number and, where the measure has one, its mean; with the counts behind it,
 * for testing whether a change is more than noise.
 */
export type Figure = {
	value: number | null;
	mean: number | null;
	counts?: ChangeCounts;
	/** Answers per scale point (1–5 or 0–10), for the distributions. */
	histogram?: readonly number[];
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Favourable answers of a 1–5 histogram, or promoters and detractors of a 0–10 one. */
function countsOf(histogram: readonly number[], kind: ChangeCounts['kind']): ChangeCounts {
	const n = sum(histogram);
	if (kind === 'share') {
		return { kind, hits: sum(histogram.slice(FAVOURABLE_FROM - LIKERT_MIN)), n };
	}
	return {
		kind,
		promoters: sum(histogram.slice(PROMOTER_FROM - SCALE_MIN)),
		detractors: sum(histogram.slice(0, DETRACTOR_UP_TO - SCALE_MIN + 1)),
		n
	};
}

/** A round's gated figures for the plan's subtree; null when the round cannot be read. */
export async function roundFigures(
	db: Db,
	plan: ExportPlan,
	round: RoundEntry
): Promise<RoundFigures | null> {
	// The matrix's rows only when it is asked for; internal NPS received needs its margins only.
	const service = plan.contents.has('matrix')
		? internalServiceMatrix
		: plan.contents.has('internal_service')
			? internalServiceReceived
			: null;
	// An export reads each round once: it does not keep them in the dashboards' cache.
	return withoutKeeping(async () => {
		// Looked up once: the heatmap and the matrix below read the tables found here.
		const found = await findRoundTables(db, round.id);
		if (!found.ok) return null;
		const heatmap = await orgHeatmap(db, round.id, plan.scope);
		if (!heatmap.ok) return null;
		const matrix = service ? await service(db, round.id, plan.scope) : null;
		return {
			round: heatmap.data.round,
			publishedAt: found.tables.round.publishedAt!,
			heatmap: heatmap.data,
			matrix: matrix?.ok ? matrix.data : null
		};
	});
}

// Rounds read ahead of the one being written: the database reads the next rounds while the
// server formats this one, and memory holds a few rounds' figures, whatever the period.
const READ_AHEAD = 2;

/** Every round of the plan in turn, in order, with the next few read meanwhile. */
export function eachRound(db: Db, plan: ExportPlan): AsyncGenerator<RoundFigures> {
	return eachRoundRead(plan, (round) => roundFigures(db, plan, round));
}

/** What `read` gives for every round of the plan, in order, the next few read meanwhile. */
export async function* eachRoundRead<T>(
	plan: ExportPlan,
	read: (round: RoundEntry) => Promise<T | null>
): AsyncGenerator<T> {
	const pending: Promise<T | null>[] = [];
	let next = 0;
	const readAhead = () => {
		while (next < plan.rounds.length && pending.length <= READ_AHEAD) {
			const reading = read(plan.rounds[next++]);
			// Awaited in turn below; until then a failure must not count as unhandled.
			reading.catch(() => {});
			pending.push(reading);
		}
	};
	readAhead();
	while (pending.length > 0) {
		const result = await pending.shift()!;
		readAhead();
		if (result !== null) yield result;
	}
}

/** All rounds' figures at once, for the workbook and the report (a subtree's, not raw data). */
export async function allRounds(db: Db, plan: ExportPlan): Promise<RoundFigures[]> {
	const list: RoundFigures[] = [];
	for await (const figures of eachRound(db, plan)) list.push(figures);
	return list;
}

/** The measures a plan's contents ask for, among those a round asked. */
export function plannedMeasures(plan: ExportPlan, measures: readonly string[]): string[] {
	return measures.filter((m) =>
		m === 'enps' ? plan.contents.has('enps') : plan.contents.has('drivers')
	);
}

/** A score's headline number and mean: eNPS's score (no mean), a driver's favourable share. */
export function scoreNumbers(v: DriverValue | EnpsValue): Pick<Figure, 'value' | 'mean'> {
	return 'score' in v ? { value: v.score, mean: null } : { value: v.favourable, mean: v.mean };
}

export function scoreFigure(cell: Cell<DriverValue | EnpsValue>): Cell<Figure> {
	if (!isShown(cell)) return cell;
	const v = cell.value;
	const counts = countsOf(v.histogram, 'score' in v ? 'net_promoter' : 'share');
	return { value: { ...scoreNumbers(v), counts, histogram: v.histogram }, n: cell.n };
}

export function participationFigure(group: GroupCells): Cell<Figure> {
	const cell = group.participation;
	if (!isShown(cell)) return cell;
	const { rate, responded, invited } = cell.value;
	const counts: ChangeCounts = { kind: 'share', hits: responded, n: invited };
	return { value: { value: rate, mean: null, counts }, n: cell.n };
}

export function serviceFigure(cell: Cell<ServiceValue>): Cell<Figure> {
	if (!isShown(cell)) return cell;
	const { internalNps, mean, histogram } = cell.value;
	const counts = countsOf(histogram, 'net_promoter');
	return { value: { value: internalNps, mean, counts }, n: cell.n };
}

/** The root department's subtree row, or the company row for a company-wide export. */
export function rootGroup(plan: ExportPlan, heatmap: Heatmap): GroupCells | null {
	if (!plan.root) return heatmap.company;
	return (
		heatmap.rows.find((r) => r.departmentId === plan.root!.id && r.scope === 'subtree') ?? null
	);
}

/** Comments of the latest round: the subtree's (or each top department's), HR only. */
export async function latestComments(
	db: Db,
	plan: ExportPlan,
	latest: RoundFigures
): Promise<{ department: string; cell: Cell<string[]> }[]> {
	if (!plan.contents.has('comments') || plan.by.role !== 'hr') return [];
	const ids = plan.root
		? [plan.root.id]
		: latest.heatmap.rows
				.filter((r) => r.depth === 0 && r.scope === 'subtree')
				.map((r) => r.departmentId);
	const list: { department: string; cell: Cell<string[]> }[] = [];
	for (const id of ids) {
		const health = await departmentHealth(db, id, latest.round.id);
		if (health.ok)
			list.push({
				department: plan.paths.get(id) ?? health.data.department.name,
				cell: health.data.comments
			});
	}
	return list;
}
