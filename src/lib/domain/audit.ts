import type { I18n } from '../i18n';

/** How audit log entries read to people: action names, field names, before → after. */

/**
 * Every action the audit log records. The catalogues label each one (the type makes a new action
 * without a label in every language fail to compile).
 */
export type AuditAction =
	| 'department.created'
	| 'department.updated'
	| 'department.moved'
	| 'department.archived'
	| 'department.restored'
	| 'department.service_providers_set'
	| 'person.created'
	| 'person.updated'
	| 'person.deactivated'
	| 'person.reactivated'
	| 'person.hr_granted'
	| 'person.hr_revoked'
	| 'person.head_added'
	| 'person.head_removed'
	| 'person.reset_link_created'
	| 'person.password_set'
	| 'person.password_changed'
	| 'person.language_changed'
	| 'person.survey_link_shown'
	| 'person.manager_changed'
	| 'import.applied'
	| 'api_key.created'
	| 'api_key.revoked'
	| 'external_metrics.uploaded'
	| 'external_metrics.received'
	| 'export.downloaded'
	| 'identity.settings_changed'
	| 'scim.request'
	| 'focus_area.created'
	| 'focus_area.removed'
	| 'action.created'
	| 'action.updated'
	| 'conversation.reply'
	| 'conversation.hide'
	| 'story.hide'
	| 'programme.round_opened'
	| 'programme.round_closed'
	| 'programme.paused'
	| 'programme.resumed'
	| 'programme.ended'
	| 'report_schedule.created'
	| 'report_schedule.updated'
	| 'report_schedule.deleted'
	| 'report.sent';

/** The action's label; an action the log holds but this version no longer knows, as it is. */
export function auditActionLabel(action: string, { t }: I18n): string {
	return (t.audit.actions as Record<string, string | undefined>)[action] ?? action;
}

export function auditFieldLabel(field: string, { t }: I18n): string {
	return t.audit.fields[field] ?? field;
}

function formatValue(value: unknown, i18n: I18n): string {
	const { t, f } = i18n;
	if (value === null || value === undefined || value === '') return '—';
	if (typeof value === 'boolean') return value ? t.audit.yes : t.audit.no;
	if (Array.isArray(value))
		return value.length ? value.map((v) => formatValue(v, i18n)).join('; ') : '—';
	if (typeof value === 'object') return JSON.stringify(value);
	const text = String(value);
	if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(text)) return f.dateTime(text);
	return t.audit.values[text] ?? text;
}

export type AuditChange = { field: string; label: string; from: string | null; to: string | null };

/**
 * The fields that differ between before and after (all of after for a creation, all of before for
 * a removal), in the order they first appear, in the reader's language.
 */
export function auditChanges(before: unknown, after: unknown, i18n: I18n): AuditChange[] {
	const b = isRecord(before) ? before : null;
	const a = isRecord(after) ? after : null;
	const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
	const changes: AuditChange[] = [];
	for (const field of fields) {
		const from = b && field in b ? formatValue(b[field], i18n) : null;
		const to = a && field in a ? formatValue(a[field], i18n) : null;
		if (b && a && from === to) continue;
		changes.push({
			field,
			label: auditFieldLabel(field, i18n),
			from: b ? from : null,
			to: a ? to : null
		});
	}
	return changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
