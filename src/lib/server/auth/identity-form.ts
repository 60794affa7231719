import { z } from 'zod';
import { hasControlCharacters } from '../../domain/org-fields';
import type { Messages } from '../../i18n';

const optionalText = (t: Messages, max: number) =>
	z
		.string()
		.trim()
		.max(max, t.settings.errors.atMost(max))
		.refine((s) => !hasControlCharacters(s), t.settings.errors.controlCharacter)
		.transform((s) => (s === '' ? null : s));

function isProviderUrl(value: string): boolean {
	try {
		const url = new URL(value);
		const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
		return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
	} catch {
		return false;
	}
}

/** The sign-in settings form, its messages in the reader's language. */
export function identitySettingsForm(t: Messages) {
	return z.object({
		issuer: optionalText(t, 500).refine(
			(s) => s === null || isProviderUrl(s),
			t.settings.errors.issuerUrl
		),
		clientId: optionalText(t, 300),
		clientSecret: z
			.string()
			.max(1000, t.settings.errors.atMost(1000))
			.optional()
			.transform((s) => (s ? s : null)),
		displayName: optionalText(t, 60),
		ssoOnly: z.literal('on').optional(),
		allowUnknownPeople: z.literal('on').optional(),
		breakGlassPersonId: z
			.string()
			.optional()
			.transform((s) => (s ? s : null))
	});
}
