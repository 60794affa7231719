import type { Db } from '../db';
import type { DepartmentKind, RoundStatus } from '../db/schema';
import { listDepartments } from '../org/departments';
import { isoDay } from '../../domain/dates';

export type DepartmentEntry = {
	id: string;
	code: string;
	name: string;
	parentId: string | null;
	kind: DepartmentKind;
};

export type RoundEntry = {
	id: string;
	programmeId: string;
	opensOn: string;
	closesOn: string;
	status: RoundStatus;
};

/** The active departments, as the API lists them. */
export async function listDepartmentEntries(db: Db): Promise<DepartmentEntry[]> {
	return (await listDepartments(db)).map((d) => ({
		id: d.id,
		code: d.code,
		name: d.name,
		parentId: d.parentId,
		kind: d.kind
	}));
}

/** Rounds, latest first; a closed round's closing day is when it actually closed. */
export async function listRoundEntries(db: Db, status?: RoundStatus): Promise<RoundEntry[]> {
	let query = db
		.selectFrom('pulse_rounds')
		.select([
			'id',
			'programme_id as programmeId',
			'opens_at as opensAt',
			'closes_at as closesAt',
			'closed_at as closedAt',
			'status'
		])
		.orderBy('opens_at', 'desc')
		.orderBy('id');
	if (status) query = query.where('status', '=', status);
	return (await query.execute()).map((r) => ({
		id: r.id,
		programmeId: r.programmeId,
		opensOn: isoDay(r.opensAt),
		closesOn: isoDay(r.closedAt ?? r.closesAt),
		status: r.status
	}));
}

/** Names of departments by id, as they are called today. */
export async function departmentLabels(
	db: Db,
	ids: readonly string[]
): Promise<Map<string, { code: string; name: string; kind: DepartmentKind }>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('departments')
		.select(['id', 'code', 'name', 'kind'])
		.where('id', 'in', ids)
		.execute();
	return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name, kind: r.kind }]));
}
