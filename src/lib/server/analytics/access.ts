import type { Db } from '../db';
import type { Role } from '../db/schema';
import { subtreeDepartmentIds } from '../org/departments';

/**
 * Whose results a person may see (PRODUCT.md promise 6): HR everything; a department head the
 * subtrees they head today, plus company-wide figures; anyone else nothing.
 */
export type AnalyticsScope =
	{ kind: 'all' } | { kind: 'departments'; departmentIds: ReadonlySet<string> };

export type Viewer = { role: Role; headOf: readonly string[] };

export async function analyticsScope(db: Db, viewer: Viewer): Promise<AnalyticsScope | null> {
	if (viewer.role === 'hr') return { kind: 'all' };
	if (viewer.headOf.length === 0) return null;
	return {
		kind: 'departments',
		departmentIds: new Set(await subtreeDepartmentIds(db, viewer.headOf))
	};
}

export function canSee(scope: AnalyticsScope, departmentId: string): boolean {
	return scope.kind === 'all' || scope.departmentIds.has(departmentId);
}
