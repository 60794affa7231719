import type { Db } from '../db';
import { normaliseLocale } from '../../domain/org-fields';
import { findPersonByEmail } from '../org/people';
import { createPerson } from '../org/people-admin';
import type { IdentitySettings } from './identity-settings';
import type { VerifiedIdentity } from './oidc';
import { createSession, generateSessionToken } from './session';

export type SsoRefusal = 'no_email' | 'unverified_email' | 'unknown_person' | 'inactive';

export type SsoSignIn =
	{ ok: true; token: string; expiresAt: Date } | { ok: false; reason: SsoRefusal };

/**
 * Finds the person the provider vouched for by verified email (case-insensitive), creates them
 * only when HR allows unknown people, and opens a Rapport session that remembers the ID token for
 * signing out of the provider later.
 */
export async function signInWithIdentity(
	db: Db,
	settings: IdentitySettings,
	identity: VerifiedIdentity,
	now = new Date()
): Promise<SsoSignIn> {
	if (!identity.email) return { ok: false, reason: 'no_email' };
	if (!identity.emailVerified) return { ok: false, reason: 'unverified_email' };
	let person = await findPersonByEmail(db, identity.email);
	if (!person) {
		if (!settings.allowUnknownPeople) return { ok: false, reason: 'unknown_person' };
		const created = await createPerson(db, null, {
			name: identity.name ?? identity.email,
			email: identity.email,
			employeeId: null,
			departmentId: null,
			locale: (identity.locale && normaliseLocale(identity.locale)) || 'en'
		});
		if (!created.ok) return { ok: false, reason: 'unknown_person' };
		person = await findPersonByEmail(db, identity.email);
		if (!person) return { ok: false, reason: 'unknown_person' };
	}
	if (!person.active) return { ok: false, reason: 'inactive' };
	const token = generateSessionToken();
	const session = await createSession(db, token, person.id, now);
	await db
		.insertInto('sso_sessions')
		.values({ session_id: session.id, id_token: identity.idToken })
		.execute();
	return { ok: true, token, expiresAt: session.expiresAt };
}

/** The ID token of a session opened through the provider, for its sign-out; null otherwise. */
export async function ssoIdToken(db: Db, sessionId: string): Promise<string | null> {
	const row = await db
		.selectFrom('sso_sessions')
		.select('id_token')
		.where('session_id', '=', sessionId)
		.executeTakeFirst();
	return row?.id_token ?? null;
}

/** Whether a password may be used for this email: always, unless "SSO only" is on. */
export async function passwordAllowedFor(db: Db, settings: IdentitySettings, email: string) {
	if (!settings.ssoOnly) return true;
	if (!settings.breakGlassPersonId) return false;
	const person = await findPersonByEmail(db, email);
	return person?.id === settings.breakGlassPersonId && person.role === 'hr';
}
