import { addPerson } from '../helpers/org-writes';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import {
	getIdentitySettings,
	saveIdentitySettings,
	type IdentitySettingsInput
} from '../../src/lib/server/auth/identity-settings';
import type { VerifiedIdentity } from '../../src/lib/server/auth/oidc';
import { invalidateSession, sessionIdFromToken } from '../../src/lib/server/auth/session';
import {
	passwordAllowedFor,
	signInWithIdentity,
	ssoIdToken
} from '../../src/lib/server/auth/sso-sign-in';
import { findPersonByEmail } from '../../src/lib/server/org/people';
import { setPersonActive } from '../../src/lib/server/org/people-admin';

const db = useTestDatabase();
const NO_ENV = {};
let hrId: string;

const settings: IdentitySettingsInput = {
	issuer: 'https://login.example.com',
	clientId: 'rapport',
	clientSecret: 'top-secret-value',
	displayName: 'Example',
	ssoOnly: false,
	allowUnknownPeople: false,
	breakGlassPersonId: null
};

function identity(email: string | null, extra: Partial<VerifiedIdentity> = {}): VerifiedIdentity {
	return {
		subject: 'sub-1',
		email,
		emailVerified: true,
		name: 'From Provider',
		locale: 'es',
		idToken: 'header.payload.signature',
		...extra
	};
}

beforeAll(async () => {
	hrId = (await addPerson(db(), { email: 'hr@sso.test', name: 'Hana HR', role: 'hr' })).id;
	await addPerson(db(), { email: 'Known.Person@sso.test', name: 'Known Person' });
});

describe('identity settings', () => {
	it('keep the client secret encrypted, never shown back, and kept when left empty', async () => {
		await saveIdentitySettings(db(), hrId, settings);
		const row = await db().selectFrom('identity_settings').selectAll().executeTakeFirstOrThrow();
		expect(row.oidc_client_secret).not.toContain('top-secret-value');
		const read = await getIdentitySettings(db(), NO_ENV);
		expect(read.provider).toMatchObject({ clientSecret: 'top-secret-value', source: 'settings' });
		expect(JSON.stringify(read.stored)).not.toContain('top-secret-value');

		await saveIdentitySettings(db(), hrId, { ...settings, clientSecret: null, displayName: 'Ex' });
		expect((await getIdentitySettings(db(), NO_ENV)).provider?.clientSecret).toBe(
			'top-secret-value'
		);
		const audit = await listAuditEntries(db(), { entityType: 'identity' });
		expect(audit.map((e) => e.action)).toEqual([
			'identity.settings_changed',
			'identity.settings_changed'
		]);
		expect(JSON.stringify(audit)).not.toContain('top-secret-value');
	});

	it('take the provider from the environment first', async () => {
		const read = await getIdentitySettings(db(), {
			OIDC_ISSUER: 'https://env.example.com',
			OIDC_CLIENT_ID: 'from-env',
			OIDC_CLIENT_SECRET: 'env-secret'
		});
		expect(read.provider).toMatchObject({
			issuer: 'https://env.example.com',
			source: 'environment'
		});
	});
});

describe('signing in with a verified identity', () => {
	it('matches a known person by email, case-insensitively, and remembers the ID token', async () => {
		const current = await getIdentitySettings(db(), NO_ENV);
		const result = await signInWithIdentity(db(), current, identity('known.person@SSO.test'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const sessionId = sessionIdFromToken(result.token);
		expect(await ssoIdToken(db(), sessionId)).toBe('header.payload.signature');
		await invalidateSession(db(), sessionId);
		expect(await ssoIdToken(db(), sessionId)).toBeNull();
	});

	it('refuses unknown people, unverified emails, missing emails and deactivated people', async () => {
		const current = await getIdentitySettings(db(), NO_ENV);
		const refusal = async (i: VerifiedIdentity) => {
			const result = await signInWithIdentity(db(), current, i);
			return result.ok ? 'signed in' : result.reason;
		};
		expect(await refusal(identity('nobody@sso.test'))).toBe('unknown_person');
		expect(await findPersonByEmail(db(), 'nobody@sso.test')).toBeUndefined();
		expect(await refusal(identity('known.person@sso.test', { emailVerified: false }))).toBe(
			'unverified_email'
		);
		expect(await refusal(identity(null))).toBe('no_email');
		const leaver = await addPerson(db(), { email: 'leaver@sso.test', name: 'Leaver' });
		await setPersonActive(db(), hrId, leaver.id, false);
		expect(await refusal(identity('leaver@sso.test'))).toBe('inactive');
	});

	it('creates an account for someone unknown only when HR allows it, through the audited path', async () => {
		await saveIdentitySettings(db(), hrId, {
			...settings,
			clientSecret: null,
			allowUnknownPeople: true
		});
		const current = await getIdentitySettings(db(), NO_ENV);
		const result = await signInWithIdentity(db(), current, identity('new.joiner@sso.test'));
		expect(result.ok).toBe(true);
		const person = await findPersonByEmail(db(), 'new.joiner@sso.test');
		expect(person).toMatchObject({
			name: 'From Provider',
			locale: 'es',
			role: 'employee',
			password_hash: null
		});
		const audit = await listAuditEntries(db(), { entityType: 'person', entityId: person!.id });
		expect(audit.map((e) => e.action)).toEqual(['person.created']);
	});
});

describe('"SSO only"', () => {
	it('allows a password only for the break-glass HR account', async () => {
		await saveIdentitySettings(db(), hrId, {
			...settings,
			clientSecret: null,
			ssoOnly: true,
			breakGlassPersonId: hrId
		});
		const current = await getIdentitySettings(db(), NO_ENV);
		expect(current.ssoOnly).toBe(true);
		expect(await passwordAllowedFor(db(), current, 'HR@sso.test')).toBe(true);
		expect(await passwordAllowedFor(db(), current, 'known.person@sso.test')).toBe(false);
		expect(await passwordAllowedFor(db(), current, 'nobody@sso.test')).toBe(false);
	});

	it('waits for a provider: without one, passwords keep working', async () => {
		await saveIdentitySettings(db(), hrId, {
			...settings,
			issuer: null,
			clientId: null,
			clientSecret: null,
			ssoOnly: true,
			breakGlassPersonId: hrId
		});
		const current = await getIdentitySettings(db(), NO_ENV);
		expect(current.ssoOnly).toBe(false);
		expect(await passwordAllowedFor(db(), current, 'known.person@sso.test')).toBe(true);
	});
});
