import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../db';
import { SAFE_CSV_CAST } from '../../../domain/csv-cells';
import { IMPORT_COLUMNS } from '../../../domain/org-import/types';
import { loadOrgSnapshot } from './snapshot';

/**
 * The active organisation in the import's own format: edited and imported back, it changes only
 * what was edited.
 */
export async function exportOrgCsv(db: Db): Promise<string> {
	const org = await loadOrgSnapshot(db);
	const byId = new Map(org.departments.map((d) => [d.id, d]));
	const codes = new Set(org.departments.map((d) => d.code.toLowerCase()));
	const names = new Map<string, string>();
	const reference = (id: string): string => {
		const known = names.get(id);
		if (known) return known;
		const d = byId.get(id)!;
		let value: string;
		if (d.parentId === null) {
			// A bare value is read as a code first, so a top-level name that is also a code goes by code.
			value =
				codes.has(d.name.toLowerCase()) && d.code.toLowerCase() !== d.name.toLowerCase()
					? d.code
					: d.name;
		} else {
			value = `${reference(d.parentId)}/${d.name}`;
		}
		names.set(id, value);
		return value;
	};
	const heads = new Map<string, string[]>();
	for (const h of org.heads.filter((h) => !byId.get(h.departmentId)?.archived)) {
		heads.set(h.personId, [...(heads.get(h.personId) ?? []), reference(h.departmentId)]);
	}
	const rows = org.people
		.filter((p) => p.active && p.departmentId)
		.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email))
		.map((p) => [
			p.employeeId ?? '',
			p.email,
			p.name,
			reference(p.departmentId as string),
			(heads.get(p.id) ?? []).sort().join(';'),
			p.locale,
			p.role
		]);
	return (
		'\ufeff' +
		stringify([[...IMPORT_COLUMNS], ...rows], {
			...SAFE_CSV_CAST,
			record_delimiter: 'windows'
		})
	);
}
