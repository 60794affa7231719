import type { I18n } from '../i18n';
import type { Messages } from '../i18n/locales/en';

/** How audit log entries read to people: action names, field names, before → after. */

/**
 * Every action the audit log records: the English catalogue's labels name them, and every other
 * language is typed against it, so an action recorded without a label in each fails to compile.
 */
export type AuditAction = keyof Messages['audit']['actions'];

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
