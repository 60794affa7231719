import { error, fail } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { i18n } from '$lib/i18n';
import { listAuditEntries } from '$lib/server/audit/log';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { listDepartmentChoices } from '$lib/server/org/departments';
import { orgForms } from '$lib/server/org/forms';
import { createPasswordResetLink, pendingResetLinkExpiry } from '$lib/server/org/password-reset';
import { getPersonProfile } from '$lib/server/org/people';
import {
	setDepartmentHead,
	setHrRole,
	setPersonActive,
	updatePersonDetails
} from '$lib/server/org/people-admin';
import type { SessionUser } from '$lib/server/auth/session';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function notFound(locale: string): never {
	error(404, { message: i18n(locale).t.org.person.notFound });
}

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const user = requireRole('hr');
	if (!isUuid(params.id)) notFound(locals.locale);
	const db = getDb();
	const person = await getPersonProfile(db, params.id);
	if (!person) notFound(locals.locale);
	const [choices, resetLinkExpiresAt, history] = await Promise.all([
		listDepartmentChoices(db),
		pendingResetLinkExpiry(db, params.id),
		listAuditEntries(db, { entityType: 'person', entityId: params.id, limit: 10 })
	]);
	const departments = choices.map((c) => ({ value: c.id, label: c.path.replaceAll('/', ' › ') }));
	const headed = new Set(person.headOf.map((h) => h.id));
	return {
		person,
		isSelf: person.id === user.id,
		created: url.searchParams.has('created'),
		departments,
		headOptions: departments.filter((d) => !headed.has(d.value)),
		resetLinkExpiresAt,
		history: history.slice(0, 10),
		moreHistory: history.length > 10
	};
};

/** A status or role change's outcome, keyed to the section of the page it came from. */
function outcome(
	locale: string,
	section: string,
	result: { ok: true } | { ok: false; message: string } | null,
	saved: string
) {
	if (!result) notFound(locale);
	if (!result.ok) return fail(400, { form: section, message: result.message });
	return { form: section, saved };
}

/** Makes the person head of the department the form names (true), or no longer (false). */
async function changeHeadship(
	{ request, params, locals }: RequestEvent,
	user: SessionUser,
	head: boolean
) {
	const { t } = i18n(locals.locale);
	const parsed = parseForm(orgForms(t.serverMessages).head, await request.formData());
	if (!parsed.ok) return fail(400, { form: 'heads', message: parsed.errors.departmentId });
	const result = await setDepartmentHead(
		getDb(),
		user.id,
		params.id,
		parsed.data.departmentId,
		head,
		t.serverMessages
	);
	const saved = head ? t.org.person.savedHeadAdded : t.org.person.savedHeadRemoved;
	return outcome(locals.locale, 'heads', result, saved);
}

export const actions: Actions = {
	update: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const parsed = parseForm(orgForms(words).person, await request.formData());
		if (!parsed.ok)
			return fail(400, { form: 'details', values: parsed.values, errors: parsed.errors });
		const result = await updatePersonDetails(getDb(), user.id, params.id, parsed.data, words);
		if (!result) notFound(locals.locale);
		if (!result.ok)
			return fail(400, { form: 'details', values: parsed.data, errors: result.errors });
		return { form: 'details', saved: i18n(locals.locale).t.org.saved };
	},
	deactivate: async ({ params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const result = await setPersonActive(getDb(), user.id, params.id, false, t.serverMessages);
		return outcome(locals.locale, 'status', result, t.org.person.savedDeactivated);
	},
	reactivate: async ({ params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const result = await setPersonActive(getDb(), user.id, params.id, true, t.serverMessages);
		return outcome(locals.locale, 'status', result, t.org.person.savedReactivated);
	},
	grantHr: async ({ params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const result = await setHrRole(getDb(), user.id, params.id, true, t.serverMessages);
		return outcome(locals.locale, 'role', result, t.org.person.savedHrGranted);
	},
	revokeHr: async ({ params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const result = await setHrRole(getDb(), user.id, params.id, false, t.serverMessages);
		return outcome(locals.locale, 'role', result, t.org.person.savedHrRevoked);
	},
	addHead: (event) => changeHeadship(event, requireRole('hr'), true),
	removeHead: (event) => changeHeadship(event, requireRole('hr'), false),
	resetLink: async ({ params, url, locals }) => {
		const user = requireRole('hr');
		const result = await createPasswordResetLink(
			getDb(),
			user.id,
			params.id,
			new Date(),
			i18n(locals.locale).t.serverMessages
		);
		if (!result) notFound(locals.locale);
		if (!result.ok) return fail(400, { form: 'password', message: result.message });
		return {
			form: 'password',
			resetLink: `${url.origin}/reset-password/${result.token}`,
			expiresAt: result.expiresAt
		};
	}
};
