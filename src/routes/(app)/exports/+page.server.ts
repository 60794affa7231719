import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { analyticsScope } from '$lib/server/analytics/access';
import { exportChoices, recentExports } from '$lib/server/exports/choices';
import { periodChoices } from '$lib/server/exports/choices';
import { FORM_DEFAULT_CONTENTS, parseExportRequest, todayUtc } from '$lib/server/exports/request';
import { i18n } from '$lib/i18n';
import type { PageServerLoad } from './$types';

// The form that chooses an export. It posts to ./download; when that finds a problem it comes
// back here with the same fields and `check`, and the problems are shown beside the fields.
export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requireUser();
	const { t } = i18n(locals.locale);
	const scope = await analyticsScope(getDb(), user);
	if (!scope) {
		error(403, { code: 'forbidden', message: t.exports.forbidden });
	}
	const choices = await exportChoices(getDb(), user, scope);
	const params = url.searchParams;
	let errors: Record<string, string> = {};
	if (params.has('check')) {
		const parsed = parseExportRequest(params, undefined, t.serverMessages.exports);
		if (!parsed.ok) errors = parsed.errors;
		else if (
			!choices.rounds.some(
				(r) =>
					(!parsed.request.from || r.opensOn >= parsed.request.from) &&
					(!parsed.request.to || r.opensOn <= parsed.request.to)
			)
		) {
			const field = parsed.request.period ? 'period' : 'from';
			errors = { [field]: t.exports.noRoundInPeriod };
		}
	}
	const requested = params.get('department') ?? '';
	const department = choices.departments.some((d) => d.id === requested)
		? requested
		: choices.allowCompany
			? ''
			: (choices.departments[0]?.id ?? '');
	const contents = params.getAll('contents');
	return {
		choices,
		periods: periodChoices(todayUtc()),
		values: {
			format: params.get('format') ?? 'pdf',
			period: params.get('period') ?? 'custom',
			from: params.get('from') ?? '',
			to: params.get('to') ?? '',
			department,
			contents: contents.length ? contents : FORM_DEFAULT_CONTENTS,
			paper: params.get('paper') ?? 'a4',
			language: params.get('language') === 'es' ? 'es' : 'en',
			dialect: params.get('dialect') === 'semicolon' ? 'semicolon' : 'comma',
			// Spreadsheets need the BOM to read UTF-8: ticked until someone unticks it.
			bom: params.has('check') ? params.get('bom') === 'on' : true
		},
		errors,
		recent: await recentExports(getDb(), user.id)
	};
};
