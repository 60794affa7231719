import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { recordAudit, type AuditEntry } from '../../src/lib/server/audit/log';

// The demo's organisation is written in bulk (demo-org.ts); these are the entries HR's pages
// would have left setting it up, so that the audit log shows what a real one looks like.

/** Audit entries for the demo's departments, people, roles, heads and leavers, by HR. */
export async function recordDemoSetUp(db: Kysely<Database>): Promise<number> {
	const hr = await db
		.selectFrom('people')
		.select('id')
		.where('email', '=', 'hr@demo.test')
		.executeTakeFirstOrThrow();
	const departments = await db
		.selectFrom('departments')
		.select(['id', 'code', 'name', 'parent_id', 'kind'])
		.orderBy('created_at')
		.orderBy('code')
		.execute();
	const byId = new Map(departments.map((d) => [d.id, d]));
	const pathOf = (id: string | null): string | null => {
		const department = id ? byId.get(id) : undefined;
		if (!department) return null;
		const parent = pathOf(department.parent_id);
		return parent ? `${parent}/${department.name}` : department.name;
	};
	const people = await db
		.selectFrom('people')
		.select(['id', 'employee_id', 'email', 'name', 'department_id', 'locale', 'role', 'active'])
		.orderBy('employee_id')
		.execute();
	const heads = await db
		.selectFrom('department_heads')
		.select(['person_id', 'department_id'])
		.execute();
	const nameOf = new Map(people.map((p) => [p.id, p.name]));

	const entries: AuditEntry[] = [
		...departments.map((d): AuditEntry => ({
			actorId: hr.id,
			action: 'department.created',
			entityType: 'department',
			entityId: d.id,
			entityLabel: pathOf(d.id) ?? d.name,
			after: { code: d.code, name: d.name, parent: pathOf(d.parent_id), kind: d.kind }
		})),
		...people.map((p): AuditEntry => ({
			actorId: hr.id,
			action: 'person.created',
			entityType: 'person',
			entityId: p.id,
			entityLabel: p.name,
			after: {
				employeeId: p.employee_id,
				email: p.email,
				name: p.name,
				department: pathOf(p.department_id),
				locale: p.locale,
				role: 'employee',
				active: true
			}
		})),
		...heads.map((h): AuditEntry => ({
			actorId: hr.id,
			action: 'person.head_added',
			entityType: 'person',
			entityId: h.person_id,
			entityLabel: nameOf.get(h.person_id) ?? '',
			after: { headOf: pathOf(h.department_id) }
		})),
		...people
			.filter((p) => p.role === 'hr' && p.email !== 'hr@demo.test')
			.map((p): AuditEntry => ({
				actorId: hr.id,
				action: 'person.hr_granted',
				entityType: 'person',
				entityId: p.id,
				entityLabel: p.name,
				before: { role: 'employee' },
				after: { role: 'hr' }
			})),
		...people
			.filter((p) => !p.active)
			.map((p): AuditEntry => ({
				actorId: hr.id,
				action: 'person.deactivated',
				entityType: 'person',
				entityId: p.id,
				entityLabel: p.name,
				before: { active: true },
				after: { active: false }
			}))
	];
	await db.transaction().execute((trx) => recordAudit(trx, entries));
	return entries.length;
}
