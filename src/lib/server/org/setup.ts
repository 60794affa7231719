import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db';
import { hashPassword } from '../auth/password';
import { recordAudit } from '../audit/log';
import { findPersonByEmail, getPerson, hasActiveHr, type Person } from './people';
import { createPerson } from './people-admin';

export type FirstHrResult = { ok: true; person: Person } | { ok: false; reason: 'already_set_up' };

/** Creates the first HR account; refuses once any active HR person exists (even in a race). */
export async function createFirstHrAccount(
	db: Kysely<Database>,
	input: { name: string; email: string; password: string; organisationName?: string }
): Promise<FirstHrResult> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		await sql`select pg_advisory_xact_lock(hashtext('rapport:first-hr'))`.execute(trx);
		if (await hasActiveHr(trx)) return { ok: false, reason: 'already_set_up' } as const;
		if (input.organisationName?.trim()) {
			await trx
				.updateTable('org_settings')
				.set({ name: input.organisationName.trim() })
				.where('id', '=', 1)
				.execute();
		}
		const existing = await findPersonByEmail(trx, input.email);
		if (existing) {
			await trx
				.updateTable('people')
				.set({
					role: 'hr',
					active: true,
					password_hash: passwordHash,
					name: input.name.trim(),
					...(existing.active ? {} : { department_since: new Date() })
				})
				.where('id', '=', existing.id)
				.execute();
			const person = (await getPerson(trx, existing.id)) as Person;
			await recordAudit(trx, {
				actorId: person.id,
				action: 'person.hr_granted',
				entityType: 'person',
				entityId: person.id,
				entityLabel: person.name,
				before: { role: existing.role },
				after: { role: 'hr' }
			});
			return { ok: true, person } as const;
		}
		const created = await createPerson(trx, null, {
			email: input.email.trim(),
			name: input.name.trim(),
			employeeId: null,
			departmentId: null,
			locale: 'en',
			role: 'hr',
			passwordHash
		});
		// The set-up form checked the fields already; a refusal here is a broken invariant.
		if (!created.ok) throw new Error(`first HR account refused: ${JSON.stringify(created.errors)}`);
		return { ok: true, person: created.person } as const;
	});
}

/** The anonymity thresholds a new pulse programme starts from. */
export async function getDefaultThresholds(
	db: Kysely<Database>
): Promise<{ k_scores: number; k_comments: number }> {
	return db.selectFrom('org_settings').select(['k_scores', 'k_comments']).executeTakeFirstOrThrow();
}

export async function getOrganisationName(db: Kysely<Database>): Promise<string> {
	const row = await db.selectFrom('org_settings').select('name').executeTakeFirst();
	return row?.name ?? 'Rapport';
}
