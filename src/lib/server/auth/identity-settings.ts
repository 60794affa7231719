import type { Db } from '../db';
import { recordChange } from '../audit/changes';
import { inTransaction } from '../db/transaction';
import { seal, unseal } from './secret-box';

const SECRET_PURPOSE = 'oidc-client-secret';

/** The provider Rapport signs people in with, from the environment or from HR's settings. */
export type OidcProvider = {
	issuer: string;
	clientId: string;
	clientSecret: string | null;
	displayName: string;
	source: 'environment' | 'settings';
};

export type IdentitySettings = {
	provider: OidcProvider | null;
	/** Passwords are refused for everyone but the break-glass account. */
	ssoOnly: boolean;
	allowUnknownPeople: boolean;
	breakGlassPersonId: string | null;
	/** What HR typed, for the settings form (the secret only as "stored or not"). */
	stored: { issuer: string; clientId: string; displayName: string; secretStored: boolean };
};

export function providerFromEnv(env: NodeJS.ProcessEnv = process.env): OidcProvider | null {
	const issuer = env.OIDC_ISSUER?.trim();
	const clientId = env.OIDC_CLIENT_ID?.trim();
	if (!issuer || !clientId) return null;
	return {
		issuer,
		clientId,
		clientSecret: env.OIDC_CLIENT_SECRET?.trim() || null,
		displayName: env.OIDC_DISPLAY_NAME?.trim() || 'single sign-on',
		source: 'environment'
	};
}

export async function getIdentitySettings(
	db: Db,
	env: NodeJS.ProcessEnv = process.env
): Promise<IdentitySettings> {
	const row = await db
		.selectFrom('identity_settings')
		.selectAll()
		.where('id', '=', 1)
		.executeTakeFirst();
	const stored = {
		issuer: row?.oidc_issuer ?? '',
		clientId: row?.oidc_client_id ?? '',
		displayName: row?.oidc_display_name ?? '',
		secretStored: Boolean(row?.oidc_client_secret)
	};
	const fromSettings: OidcProvider | null =
		row?.oidc_issuer && row.oidc_client_id
			? {
					issuer: row.oidc_issuer,
					clientId: row.oidc_client_id,
					clientSecret: row.oidc_client_secret
						? unseal(row.oidc_client_secret, SECRET_PURPOSE)
						: null,
					displayName: row.oidc_display_name || 'single sign-on',
					source: 'settings'
				}
			: null;
	const provider = providerFromEnv(env) ?? fromSettings;
	return {
		provider,
		// Without a provider nobody could sign in at all: "SSO only" waits for one.
		ssoOnly: Boolean(row?.sso_only && provider),
		allowUnknownPeople: row?.allow_unknown_people ?? false,
		breakGlassPersonId: row?.break_glass_person_id ?? null,
		stored
	};
}

export type IdentitySettingsInput = {
	issuer: string | null;
	clientId: string | null;
	/** A new secret; null keeps the stored one, '' removes it. */
	clientSecret: string | null;
	displayName: string | null;
	ssoOnly: boolean;
	allowUnknownPeople: boolean;
	breakGlassPersonId: string | null;
};

export async function saveIdentitySettings(db: Db, actorId: string, input: IdentitySettingsInput) {
	await inTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('identity_settings')
			.selectAll()
			.where('id', '=', 1)
			.executeTakeFirst();
		const secret =
			input.clientSecret === null
				? (before?.oidc_client_secret ?? null)
				: input.clientSecret === ''
					? null
					: seal(input.clientSecret, SECRET_PURPOSE);
		const values = {
			oidc_issuer: input.issuer,
			oidc_client_id: input.clientId,
			oidc_client_secret: secret,
			oidc_display_name: input.displayName,
			sso_only: input.ssoOnly,
			allow_unknown_people: input.allowUnknownPeople,
			break_glass_person_id: input.breakGlassPersonId,
			updated_at: new Date()
		};
		await trx
			.insertInto('identity_settings')
			.values({ id: 1, ...values })
			.onConflict((oc) => oc.column('id').doUpdateSet(values))
			.execute();
		const view = (r: Partial<typeof values> | undefined) => ({
			issuer: r?.oidc_issuer ?? null,
			clientId: r?.oidc_client_id ?? null,
			displayName: r?.oidc_display_name ?? null,
			clientSecret: r?.oidc_client_secret ? 'stored' : null,
			ssoOnly: r?.sso_only ?? false,
			allowUnknownPeople: r?.allow_unknown_people ?? false,
			breakGlass: r?.break_glass_person_id ?? null
		});
		const secretChanged = input.clientSecret !== null && input.clientSecret !== '';
		const [b, a] = [view(before), view(values)];
		// A new secret reads 'replaced', never like the one before, so it is always logged.
		await recordChange(trx, {
			actorId,
			action: 'identity.settings_changed',
			entityType: 'identity',
			entityId: null,
			entityLabel: 'Single sign-on',
			before: b,
			after: secretChanged ? { ...a, clientSecret: 'replaced' } : a
		});
	});
}

/** Who may be the break-glass account: active HR people, by name. */
export async function breakGlassCandidates(db: Db) {
	return db
		.selectFrom('people')
		.select(['id', 'name', 'email'])
		.where('role', '=', 'hr')
		.where('active', '=', true)
		.orderBy('name')
		.execute();
}
