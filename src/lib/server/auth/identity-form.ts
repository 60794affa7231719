import { z } from 'zod';
import { hasControlCharacters } from '../../domain/org-fields';

const optionalText = (max: number, tooLong: string) =>
	z
		.string()
		.trim()
		.max(max, tooLong)
		.refine((s) => !hasControlCharacters(s), 'This contains a line break or a control character.')
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

export const identitySettingsForm = z.object({
	issuer: optionalText(500, 'Use at most 500 characters.').refine(
		(s) => s === null || isProviderUrl(s),
		'Enter the issuer URL, starting with https:// (for example https://login.example.com).'
	),
	clientId: optionalText(300, 'Use at most 300 characters.'),
	clientSecret: z
		.string()
		.max(1000, 'Use at most 1000 characters.')
		.optional()
		.transform((s) => (s ? s : null)),
	displayName: optionalText(60, 'Use at most 60 characters.'),
	ssoOnly: z.literal('on').optional(),
	allowUnknownPeople: z.literal('on').optional(),
	breakGlassPersonId: z
		.string()
		.optional()
		.transform((s) => (s ? s : null))
});
