import { fail } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { i18n } from '$lib/i18n';
import { requireRole } from '$lib/server/auth/guards';
import { identitySettingsForm } from '$lib/server/auth/identity-form';
import {
	breakGlassCandidates,
	getIdentitySettings,
	providerFromEnv,
	saveIdentitySettings
} from '$lib/server/auth/identity-settings';
import { getDb } from '$lib/server/db';
import { formValues, parseForm, type FieldErrors } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const db = getDb();
	const settings = await getIdentitySettings(db);
	const env = providerFromEnv();
	return {
		stored: settings.stored,
		fromEnvironment: env ? { issuer: env.issuer, clientId: env.clientId } : null,
		ssoOnly: settings.ssoOnly,
		allowUnknownPeople: settings.allowUnknownPeople,
		breakGlassPersonId: settings.breakGlassPersonId,
		candidates: await breakGlassCandidates(db),
		redirectUri: `${url.origin}/login/sso/callback`,
		signOutRedirectUri: `${url.origin}/login`,
		scimBase: `${url.origin}/scim/v2`
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const db = getDb();
		const formData = await request.formData();
		const values = refill(formValues(formData));
		const parsed = parseForm(identitySettingsForm(t), formData);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		const input = parsed.data;
		const errors: FieldErrors = {};
		const configured = providerFromEnv() ?? (input.issuer && input.clientId ? input : null);
		if ((input.issuer === null) !== (input.clientId === null) && !providerFromEnv()) {
			errors[input.issuer ? 'clientId' : 'issuer'] = t.settings.errors.both;
		}
		const candidates = await breakGlassCandidates(db);
		const breakGlass = input.breakGlassPersonId;
		if (
			breakGlass !== null &&
			!(isUuid(breakGlass) && candidates.some((c) => c.id === breakGlass))
		) {
			errors.breakGlassPersonId = t.settings.errors.activeHr;
		}
		if (input.ssoOnly) {
			if (!configured) errors.ssoOnly = t.settings.errors.providerFirst;
			else if (breakGlass === null) {
				errors.breakGlassPersonId = t.settings.errors.breakGlass;
			}
		}
		if (Object.keys(errors).length > 0) return fail(400, { errors, values });
		await saveIdentitySettings(db, user.id, {
			issuer: input.issuer,
			clientId: input.clientId,
			clientSecret: input.clientSecret,
			displayName: input.displayName,
			ssoOnly: Boolean(input.ssoOnly),
			allowUnknownPeople: Boolean(input.allowUnknownPeople),
			breakGlassPersonId: breakGlass
		});
		return { saved: true };
	}
};

/** What the form shows again after a refusal: everything but the secret. */
function refill(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(values).filter(([name]) => name !== 'clientSecret'));
}
