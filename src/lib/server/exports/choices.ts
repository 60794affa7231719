import type { Db } from '../db';
import { PERIOD_PRESETS, presetPeriod } from '../../domain/periods';
import type { AnalyticsScope, Viewer } from '../analytics/access';
import { listRoundEntries, type RoundEntry } from '../analytics/department-and-round-lists';
import { listAuditEntries } from '../audit/log';
import { listDepartmentChoices, type DepartmentChoice } from '../org/departments';
import { CONTENT_LABELS, EXPORT_CONTENTS, type ExportContent } from './request';

// What the exports form offers a person: the periods (closed rounds), the departments they may
// export and the contents they may include.

export type ExportChoices = {
	rounds: RoundEntry[];
	departments: DepartmentChoice[];
	/** HR may export the whole company. */
	allowCompany: boolean;
	contents: { value: ExportContent; label: string }[];
};

export async function exportChoices(
	db: Db,
	viewer: Viewer,
	scope: AnalyticsScope
): Promise<ExportChoices> {
	const all = await listDepartmentChoices(db);
	const departments = scope.kind === 'all' ? all : all.filter((d) => scope.departmentIds.has(d.id));
	// Heads see their subtrees relative to the top department they head.
	const shift = departments.length ? Math.min(...departments.map((d) => d.depth)) : 0;
	const offered = EXPORT_CONTENTS.filter((c) => c !== 'comments' || viewer.role === 'hr');
	return {
		rounds: await listRoundEntries(db, 'closed'),
		departments: departments.map((d) => ({ ...d, depth: d.depth - shift })),
		allowCompany: scope.kind === 'all',
		contents: offered.map((value) => ({ value, label: CONTENT_LABELS[value] }))
	};
}

/** The person's latest exports, from the audit log. */
export async function recentExports(db: Db, personId: string) {
	const entries = await listAuditEntries(db, { entityType: 'export', actorId: personId, limit: 5 });
	return entries.slice(0, 5).map((e) => ({ id: e.id, at: e.at, label: e.entityLabel }));
}

/** The period presets the form offers, each with the days it stands for today. */
export function periodChoices(today: string) {
	return PERIOD_PRESETS.map((value) => {
		const period = presetPeriod(value, today);
		return { value, key: period.key, from: period.from, to: period.to };
	});
}
