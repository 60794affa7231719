import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db';
import type { JsonValue } from '../../db/schema';
import { recordAudit } from '../../audit/log';
import { recordChanges } from '../../audit/changes';
import type { DepartmentRef, ImportPlan, PersonValues } from '../../../domain/org-import/types';
import { chunked } from '../../db/transaction';

export type ImportResult = {
	departmentsCreated: number;
	departmentsMoved: number;
	peopleCreated: number;
	peopleUpdated: number;
	peopleMoved: number;
	peopleReactivated: number;
	peopleDeactivated: number;
};

export function totalChanges(result: ImportResult): number {
	return Object.values(result).reduce((sum, n) => sum + n, 0);
}

type Context = { actorId: string; importId: string; deactivateMissing: boolean };

/**
 * Writes a checked plan in batches: departments level by level (the closure triggers need each
 * parent first), moves, people, heads, deactivations, each followed by its audit entries. Runs in
 * the caller's transaction, so a failure anywhere leaves nothing behind.
 */
export async function writePlan(
	trx: Transaction<Database>,
	plan: ImportPlan,
	context: Context
): Promise<ImportResult> {
	const by = { actorId: context.actorId, importId: context.importId };

	const ids = await createDepartments(trx, plan);
	const idOf = (ref: DepartmentRef | null) => (ref === null ? null : (ids.get(ref) ?? ref));
	await recordAudit(
		trx,
		plan.newDepartments.map((d) => ({
			...by,
			action: 'department.created',
			entityType: 'department',
			entityId: idOf(d.ref),
			entityLabel: d.path,
			after: {
				name: d.name,
				code: d.code,
				kind: 'internal',
				parent: d.parentRef ? plan.paths[d.parentRef] : null
			}
		}))
	);

	await moveDepartments(trx, plan, idOf);
	const parentOf = (path: string) =>
		path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
	await recordChanges(
		trx,
		plan.moves.map((m) => ({
			...by,
			action: 'department.moved',
			entityType: 'department',
			entityId: m.id,
			entityLabel: m.toPath,
			before: { parent: parentOf(m.fromPath), path: m.fromPath },
			after: { parent: parentOf(m.toPath), path: m.toPath }
		}))
	);

	const view = (v: PersonValues): JsonValue => ({
		employeeId: v.employeeId,
		email: v.email,
		name: v.name,
		department: v.departmentRef ? (plan.paths[v.departmentRef] ?? null) : null,
		locale: v.locale,
		role: v.role,
		active: v.active,
		headOf: v.headOf.map((ref) => plan.paths[ref] ?? ref).sort()
	});

	const personIds = new Map<string, string>();
	for (const chunk of chunked(plan.creates, 1000)) {
		const rows = await trx
			.insertInto('people')
			.values(
				chunk.map(({ values: v }) => ({
					employee_id: v.employeeId,
					email: v.email,
					name: v.name,
					department_id: idOf(v.departmentRef),
					locale: v.locale,
					role: v.role
				}))
			)
			.returning(['id', 'email'])
			.execute();
		for (const row of rows) personIds.set(row.email.toLowerCase(), row.id);
	}
	await recordAudit(
		trx,
		plan.creates.map((c) => ({
			...by,
			action: 'person.created',
			entityType: 'person',
			entityId: personIds.get(c.values.email.toLowerCase()) ?? null,
			entityLabel: c.values.name,
			after: view(c.values)
		}))
	);

	for (const chunk of chunked(plan.updates, 1000)) {
		const values = chunk.map(
			({ id, after: v }) =>
				sql`(${id}::uuid, ${v.employeeId}::text, ${v.email}::text, ${v.name}::text, ${idOf(v.departmentRef)}::uuid, ${v.locale}::text, ${v.role}::text, ${v.active}::boolean)`
		);
		await sql`
			update people as p set employee_id = v.employee_id, email = v.email, name = v.name,
				department_id = v.department_id, locale = v.locale, role = v.role, active = v.active,
				department_since = case
					when p.department_id is distinct from v.department_id or not p.active then now()
					else p.department_since
				end,
				updated_at = now()
			from (values ${sql.join(values)}) as v(id, employee_id, email, name, department_id, locale, role, active)
			where p.id = v.id`.execute(trx);
	}
	const leaving = plan.updates.filter((u) => u.before.active && !u.after.active).map((u) => u.id);
	await signOut(trx, leaving);
	await recordChanges(
		trx,
		plan.updates.map((u) => ({
			...by,
			action: 'person.updated',
			entityType: 'person',
			entityId: u.id,
			entityLabel: u.after.name,
			before: view(u.before),
			after: view(u.after)
		}))
	);

	const headChanges = [
		...plan.creates
			.filter((c) => c.values.headOf.length > 0)
			.map((c) => ({
				id: personIds.get(c.values.email.toLowerCase()) as string,
				headOf: c.values.headOf
			})),
		...plan.updates
			.filter((u) => u.changes.some((c) => c.field === 'headOf'))
			.map((u) => ({ id: u.id, headOf: u.after.headOf }))
	];
	for (const chunk of chunked(headChanges, 1000)) {
		await trx
			.deleteFrom('department_heads')
			.where(
				'person_id',
				'in',
				chunk.map((h) => h.id)
			)
			.execute();
		const rows = chunk.flatMap((h) =>
			h.headOf.map((ref) => ({ person_id: h.id, department_id: idOf(ref) as string }))
		);
		if (rows.length > 0) await trx.insertInto('department_heads').values(rows).execute();
	}

	let deactivated = 0;
	if (context.deactivateMissing) {
		for (const chunk of chunked(plan.notInFile, 1000)) {
			const ids = chunk.map((p) => p.id);
			const result = await trx
				.updateTable('people')
				.set({ active: false, updated_at: new Date() })
				.where('id', 'in', ids)
				.where('active', '=', true)
				.executeTakeFirst();
			deactivated += Number(result.numUpdatedRows);
			await signOut(trx, ids);
		}
		await recordChanges(
			trx,
			plan.notInFile.map((p) => ({
				...by,
				action: 'person.deactivated',
				entityType: 'person',
				entityId: p.id,
				entityLabel: p.name,
				before: { active: true },
				after: { active: false }
			}))
		);
	}

	const has = (u: ImportPlan['updates'][number], field: string) =>
		u.changes.some((c) => c.field === field);
	return {
		departmentsCreated: plan.newDepartments.length,
		departmentsMoved: plan.moves.length,
		peopleCreated: plan.creates.length,
		peopleUpdated: plan.updates.length,
		peopleMoved: plan.updates.filter((u) => has(u, 'department')).length,
		peopleReactivated: plan.updates.filter((u) => u.after.active && !u.before.active).length,
		peopleDeactivated: deactivated + leaving.length
	};
}

/** Ends the sessions and pending password resets of people who are no longer active. */
async function signOut(trx: Transaction<Database>, personIds: string[]) {
	for (const ids of chunked(personIds, 1000)) {
		await trx.deleteFrom('sessions').where('person_id', 'in', ids).execute();
		await trx
			.deleteFrom('password_reset_tokens')
			.where('person_id', 'in', ids)
			.where('used_at', 'is', null)
			.execute();
	}
}

async function createDepartments(trx: Transaction<Database>, plan: ImportPlan) {
	const ids = new Map<DepartmentRef, string>();
	let pending = plan.newDepartments;
	while (pending.length > 0) {
		// A level at a time: those whose parent exists already or was made in an earlier round.
		const ready = pending.filter(
			(d) => d.parentRef === null || !d.parentRef.startsWith('new:') || ids.has(d.parentRef)
		);
		if (ready.length === 0) throw new Error('import plan: new departments form a loop');
		for (const chunk of chunked(ready, 1000)) {
			const rows = await trx
				.insertInto('departments')
				.values(
					chunk.map((d) => ({
						code: d.code,
						name: d.name,
						parent_id: d.parentRef === null ? null : (ids.get(d.parentRef) ?? d.parentRef)
					}))
				)
				.returning(['id', 'code'])
				.execute();
			const byCode = new Map(rows.map((r) => [r.code.toLowerCase(), r.id]));
			for (const d of chunk) ids.set(d.ref, byCode.get(d.code.toLowerCase()) as string);
		}
		pending = pending.filter((d) => !ids.has(d.ref));
	}
	return ids;
}

/**
 * Parents are set in order of the final depth: then a department's new parent already hangs
 * where it will end up, so no intermediate step can look like a cycle to the database.
 */
async function moveDepartments(
	trx: Transaction<Database>,
	plan: ImportPlan,
	idOf: (ref: DepartmentRef | null) => string | null
) {
	const depth = (path: string) => path.split('/').length;
	const ordered = [...plan.moves].sort((a, b) => depth(a.toPath) - depth(b.toPath));
	for (const move of ordered) {
		await trx
			.updateTable('departments')
			.set({ parent_id: idOf(move.toParentRef) })
			.where('id', '=', move.id)
			.execute();
	}
}
