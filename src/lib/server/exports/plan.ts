import type { Db } from '../db';
import { analyticsScope, type AnalyticsScope, type Viewer } from '../analytics/access';
import {
	departmentLabels,
	listRoundEntries,
	type RoundEntry
} from '../analytics/department-and-round-lists';
import { departmentPaths, isWithinSubtrees, subtreeDepartmentIds } from '../org/departments';
import { K_SCORES_FLOOR, K_COMMENTS_FLOOR } from '../gate/gated-table';
import { getProgramme } from '../surveys/programmes';
import type { ExportContent, ExportRequest } from './request';

// The shared "export plan": which rounds, which departments and which contents an export holds,
// decided once so that the CSV, the workbook and the report show the same thing.

export type ExportPlan = {
	request: ExportRequest;
	/** Closed rounds whose first day lies in the period, oldest first. */
	rounds: RoundEntry[];
	/** The subtree exported, or null for the whole company. */
	root: { id: string; code: string; name: string; path: string } | null;
	/** What the read modules may show: the subtree (or everything for the company). */
	scope: AnalyticsScope;
	/** Department id → its path, for every department in the subtree. */
	paths: Map<string, string>;
	contents: ReadonlySet<ExportContent>;
	/** The anonymity thresholds of the rounds' programmes, for the method notes. */
	k: { scores: number; comments: number };
	/** Who asks: a person, or (id null) an API key, which reads as HR does. */
	by: { id: string | null; name: string; role: string };
	createdAt: Date;
};

export type PlanFailure = 'forbidden' | 'unknown_department' | 'no_rounds';
export type PlanResult = { ok: true; plan: ExportPlan } | { ok: false; reason: PlanFailure };

export type Exporter = Viewer & { id: string | null; name: string };

/**
 * Plans an export for a person. HR may export any subtree or the whole company; a department
 * head only the subtrees they head. Comments are for HR only and are dropped for anyone else.
 */
export async function planExport(
	db: Db,
	exporter: Exporter,
	request: ExportRequest,
	now = new Date()
): Promise<PlanResult> {
	const viewerScope = await analyticsScope(db, exporter);
	if (!viewerScope) return { ok: false, reason: 'forbidden' };
	const departmentId = request.department;
	let root: ExportPlan['root'] = null;
	let scope: AnalyticsScope = { kind: 'all' };
	if (departmentId === null) {
		if (viewerScope.kind !== 'all') return { ok: false, reason: 'forbidden' };
	} else {
		const label = (await departmentLabels(db, [departmentId])).get(departmentId);
		if (!label) return { ok: false, reason: 'unknown_department' };
		if (
			viewerScope.kind !== 'all' &&
			!(await isWithinSubtrees(db, departmentId, exporter.headOf))
		) {
			return { ok: false, reason: 'forbidden' };
		}
		const ids = await subtreeDepartmentIds(db, [departmentId]);
		scope = { kind: 'departments', departmentIds: new Set(ids) };
		const path = (await departmentPaths(db, [departmentId])).get(departmentId) ?? label.name;
		root = { id: departmentId, code: label.code, name: label.name, path };
	}
	const rounds = (await listRoundEntries(db, 'closed'))
		.filter(
			(r) =>
				(!request.from || r.opensOn >= request.from) && (!request.to || r.opensOn <= request.to)
		)
		.reverse();
	if (rounds.length === 0) return { ok: false, reason: 'no_rounds' };
	const contents = new Set(request.contents);
	if (exporter.role !== 'hr') contents.delete('comments');
	const k = { scores: K_SCORES_FLOOR, comments: K_COMMENTS_FLOOR };
	for (const programmeId of new Set(rounds.map((r) => r.programmeId))) {
		const programme = await getProgramme(db, programmeId);
		if (!programme) continue;
		k.scores = Math.max(k.scores, programme.kScores);
		k.comments = Math.max(k.comments, programme.kComments);
	}
	const ids = scope.kind === 'all' ? null : [...scope.departmentIds];
	const paths = ids ? await departmentPaths(db, ids) : await allPaths(db);
	return {
		ok: true,
		plan: {
			request: { ...request, contents: [...contents] },
			rounds,
			root,
			scope,
			paths,
			contents,
			k,
			by: { id: exporter.id, name: exporter.name, role: exporter.role },
			createdAt: now
		}
	};
}

async function allPaths(db: Db): Promise<Map<string, string>> {
	const ids = await db.selectFrom('departments').select('id').execute();
	return departmentPaths(
		db,
		ids.map((r) => r.id)
	);
}

/** The name of what was exported: a department's path, or the company. */
export function planSubject(plan: ExportPlan): string {
	return plan.root ? plan.root.path : 'Whole company';
}

/** The period as days: the first round's first day to the last round's closing day. */
export function planPeriod(plan: ExportPlan): { from: string; to: string } {
	return { from: plan.rounds[0].opensOn, to: plan.rounds[plan.rounds.length - 1].closesOn };
}

/** A file name such as rapport-customer-support-2025-01-01-2026-10-30.csv */
export function planFileName(plan: ExportPlan, extension: string): string {
	const subject = (plan.root?.code ?? 'company').toLowerCase().replace(/[^a-z0-9]+/g, '-');
	const { from, to } = planPeriod(plan);
	return `rapport-${subject}-${from}-${to}.${extension}`;
}
