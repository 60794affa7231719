import type { Db } from '../db';
import { COMPANY, departmentsOfGroup, subtreeKey } from '../../domain/reporting-groups';
import { roundCorrelation } from '../../domain/measures';
import { mapCell, type Cell } from '../gate/cells';
import { MIN_CORRELATION_N } from '../gate/gated-table';
import { changesSince, type Change } from './changes';
import { analyticsScope, canSee, type Viewer } from './access';
import {
	listDepartmentEntries,
	listRoundEntries,
	type DepartmentEntry
} from './department-and-round-lists';
import { groupCells, orgHeatmap, type GroupCells, type Heatmap } from './heatmap';
import {
	CONSUMER_LEVELS,
	internalServiceMatrix,
	internalServiceReceived,
	shownShare,
	type ConsumerLevel,
	type ServiceMatrix
} from './matrix';
import { roundRef, type AnalyticsResult, type RoundRef } from './analytics-result';
import { findClosedRound, type ClosedRound } from './round-data';
import { findRoundTables, type RoundTables } from '../gate/round-tables';

// What the dashboard pages show beyond the single-purpose read models: the company view (HR)
// and the results every employee sees. Everything here is made of gated cells.

export type Thresholds = { kScores: number; kComments: number };
export type DriverImpact = {
	minimumN: number;
	drivers: Record<string, Cell<{ r: number | null }>>;
};

async function impactOf(tables: RoundTables, key: string): Promise<DriverImpact> {
	const drivers: DriverImpact['drivers'] = {};
	for (const [driver, table] of await tables.impact()) {
		drivers[driver] = table.cell(key, (stat) => ({
			r: stat.r === null ? null : roundCorrelation(stat.r)
		}));
	}
	return { minimumN: MIN_CORRELATION_N, drivers };
}

/** Beyond this many consumer departments the company view shows the matrix for a subtree only. */
export const MATRIX_MAX_CONSUMERS = 40;

export type CompanyView = {
	round: RoundRef;
	k: Thresholds;
	/** The department whose subtree the view is narrowed to, or null for the whole company. */
	subtree: { id: string; name: string } | null;
	/** The company row, or the subtree's own row when narrowed. */
	total: GroupCells;
	heatmap: Heatmap;
	/**
	 * The matrix rows of the departments in view, or none (only what each provider received) when
	 * there are more than MATRIX_MAX_CONSUMERS of them: past that a grid is unreadable, and its
	 * tens of thousands of cells would make the page megabytes long.
	 */
	matrix: ServiceMatrix;
	/** Departments in view when their matrix rows were left out, else null. */
	matrixRowsOmitted: number | null;
	/** Per driver, Pearson r with eNPS over the company's (or the subtree's) respondents. */
	driverImpact: DriverImpact;
};

/**
 * The company view of a closed round for HR: the heatmap, the internal service matrix and driver
 * impact, for the whole company or narrowed to one department's subtree. The matrix's rows are
 * the consumer level asked for, else whichever level shows the larger share of its cells.
 */
export async function companyView(
	db: Db,
	roundId: string,
	subtreeId: string | null,
	consumers: ConsumerLevel | null = null
): Promise<AnalyticsResult<CompanyView>> {
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return found;
	const { tables } = found;
	if (subtreeId !== null && !tables.tree.parent.has(subtreeId)) {
		return { ok: false, reason: 'not_in_round' };
	}
	// The same for every HR reader: made once per subtree and level while the round is kept.
	return tables.derived(`company|${subtreeId ?? ''}|${consumers ?? ''}`, () =>
		makeCompanyView(db, tables, subtreeId, consumers)
	);
}

async function makeCompanyView(
	db: Db,
	tables: RoundTables,
	subtreeId: string | null,
	consumers: ConsumerLevel | null
): Promise<AnalyticsResult<CompanyView>> {
	const roundId = tables.round.id;
	const key = subtreeId === null ? COMPANY : subtreeKey(subtreeId);
	const inView = new Set(departmentsOfGroup(tables.tree, key));
	const omitRows = inView.size > MATRIX_MAX_CONSUMERS;
	const all = { kind: 'all' } as const;
	const inViewOnly = (m: ServiceMatrix): ServiceMatrix => ({
		...m,
		rows: m.rows.filter((r) => inView.has(r.consumer.id))
	});
	const levels = consumers ? [consumers] : CONSUMER_LEVELS;
	const [heatmap, ...matrices] = await Promise.all([
		orgHeatmap(db, roundId, all),
		...(omitRows
			? [internalServiceReceived(db, roundId, all)]
			: levels.map((level) =>
					internalServiceMatrix(db, roundId, all, { rows: true, consumers: level })
				))
	]);
	if (!heatmap.ok) return heatmap;
	let matrix: ServiceMatrix | null = null;
	for (const result of matrices) {
		if (!result.ok) return result;
		const candidate = inViewOnly(result.data);
		if (!matrix || shownShare(candidate) > shownShare(matrix)) matrix = candidate;
	}
	const [participation, scores] = await Promise.all([tables.participation(), tables.scores()]);
	const subtreeRow = heatmap.data.rows.find((r) => r.departmentId === subtreeId);
	return {
		ok: true,
		data: {
			round: roundRef(tables.round),
			k: thresholdsOf(tables.round),
			subtree: subtreeRow ? { id: subtreeRow.departmentId, name: subtreeRow.name } : null,
			total: groupCells(key, participation, scores),
			heatmap: {
				...heatmap.data,
				rows: heatmap.data.rows.filter((r) => inView.has(r.departmentId))
			},
			matrix: matrix!,
			matrixRowsOmitted: omitRows ? inView.size : null,
			driverImpact: await impactOf(tables, key)
		}
	};
}

export type CompanyResults = {
	round: RoundRef;
	k: Thresholds;
	/** How many answered; its n is the number invited. */
	responses: Cell<number>;
	changes: Record<string, Change | null>;
} & GroupCells;

/** The company-wide results of the latest closed round, which everyone signed in may see. */
export async function latestCompanyResults(db: Db): Promise<CompanyResults | null> {
	for (const entry of await listRoundEntries(db, 'closed')) {
		const found = await findRoundTables(db, entry.id);
		if (!found.ok) continue;
		const { tables } = found;
		const [participation, scores] = await Promise.all([tables.participation(), tables.scores()]);
		const cells = groupCells(COMPANY, participation, scores);
		return {
			round: roundRef(tables.round),
			k: thresholdsOf(tables.round),
			responses: mapCell(cells.participation, (p) => p.responded),
			changes: await changesSince(db, tables, null),
			...cells
		};
	}
	return null;
}

function thresholdsOf(round: ClosedRound): Thresholds {
	return { kScores: round.kScores, kComments: round.kComments };
}

/** The anonymity thresholds a closed round was rolled up with, to say what a hidden cell means. */
export async function roundThresholds(db: Db, roundId: string): Promise<Thresholds | null> {
	const found = await findClosedRound(db, roundId);
	return found.status === 'closed' ? thresholdsOf(found.round) : null;
}

export type DepartmentChoice = { id: string; name: string; depth: number };
export type RoundChoice = { id: string; programmeId: string; opensOn: string; closesOn: string };

/**
 * What a reader can pick on a dashboard: the closed rounds (latest first) and the departments
 * whose results they may see, as a tree (parents before children).
 */
export async function dashboardChoices(
	db: Db,
	viewer: Viewer
): Promise<{ rounds: RoundChoice[]; departments: DepartmentChoice[] }> {
	const scope = await analyticsScope(db, viewer);
	const rounds = (await listRoundEntries(db, 'closed')).map(({ status: _, ...round }) => round);
	const all = await listDepartmentEntries(db);
	const children = new Map<string | null, DepartmentEntry[]>();
	const ids = new Set(all.map((d) => d.id));
	for (const d of all) {
		const parent = d.parentId && ids.has(d.parentId) ? d.parentId : null;
		children.set(parent, [...(children.get(parent) ?? []), d]);
	}
	const departments: DepartmentChoice[] = [];
	const visit = (parent: string | null, depth: number) => {
		const below = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
		for (const d of below) {
			if (scope && canSee(scope, d.id)) departments.push({ id: d.id, name: d.name, depth });
			visit(d.id, depth + 1);
		}
	};
	visit(null, 0);
	return { rounds, departments };
}
