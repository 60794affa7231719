import { formatDateTime } from './dates';

/** How audit log entries read to people: action names, field names, before → after. */

export const AUDIT_ACTION_LABELS: Record<string, string> = {
	'department.created': 'Department created',
	'department.updated': 'Department changed',
	'department.moved': 'Department moved',
	'department.archived': 'Department archived',
	'department.restored': 'Department restored',
	'person.created': 'Person added',
	'person.updated': 'Person changed',
	'person.deactivated': 'Person deactivated',
	'person.reactivated': 'Person reactivated',
	'person.hr_granted': 'HR role granted',
	'person.hr_revoked': 'HR role revoked',
	'person.head_added': 'Made department head',
	'person.head_removed': 'No longer department head',
	'person.reset_link_created': 'Password-reset link created',
	'person.password_set': 'Password set from a reset link',
	'person.password_changed': 'Password changed by its owner',
	'person.language_changed': 'Language changed by its owner',
	'import.applied': 'CSV import applied',
	'api_key.created': 'API key created',
	'api_key.revoked': 'API key revoked',
	'external_metrics.uploaded': 'External satisfaction uploaded',
	'external_metrics.received': 'External satisfaction received by API',
	'export.downloaded': 'Results exported',
	'person.survey_link_shown': 'Survey link shown to HR',
	'person.manager_changed': 'Manager changed',
	'person.signed_in_sso': 'Signed in through single sign-on for the first time',
	'identity.settings_changed': 'Single sign-on settings changed',
	'scim.request': 'Change received by SCIM',
	'focus_area.created': 'Focus area chosen',
	'focus_area.removed': 'Focus area removed',
	'action.created': 'Action added',
	'action.updated': 'Action changed',
	'programme.round_opened': 'Round opened by hand',
	'programme.round_closed': 'Round closed by hand',
	'programme.paused': 'Programme paused',
	'programme.resumed': 'Programme resumed',
	'programme.ended': 'Programme ended'
};

const FIELD_LABELS: Record<string, string> = {
	employeeId: 'Employee id',
	title: 'Action',
	owner: 'Owner',
	dueOn: 'Due',
	status: 'Status',
	notes: 'Notes',
	email: 'Email',
	name: 'Name',
	department: 'Department',
	locale: 'Language',
	role: 'Role',
	active: 'Active',
	headOf: 'Head of',
	code: 'Code',
	kind: 'Kind',
	parent: 'Parent',
	path: 'Path',
	archived: 'Archived',
	expiresAt: 'Expires',
	fileName: 'File',
	rows: 'Rows',
	deactivateMissing: 'Full import',
	departmentsCreated: 'Departments created',
	departmentsMoved: 'Departments moved',
	peopleCreated: 'People added',
	peopleUpdated: 'People changed',
	peopleMoved: 'People moved',
	peopleReactivated: 'People reactivated',
	peopleDeactivated: 'People deactivated',
	prefix: 'Key starts with',
	scopes: 'Scopes',
	revoked: 'Revoked',
	inserted: 'Figures added',
	updated: 'Figures replaced',
	unchanged: 'Figures unchanged',
	metrics: 'Metrics',
	periods: 'Periods',
	source: 'Source',
	apiKey: 'API key',
	format: 'Format',
	from: 'From',
	to: 'To',
	subject: 'Departments',
	contents: 'Contents',
	rounds: 'Rounds',
	via: 'Through',
	programme: 'Programme',
	invitation: 'Invitation',
	message: 'Outbox message',
	manager: 'Manager',
	method: 'Request',
	resource: 'Resource',
	issuer: 'Provider',
	clientId: 'Client id',
	clientSecret: 'Client secret',
	displayName: 'Button label',
	ssoOnly: 'Single sign-on only',
	allowUnknownPeople: 'Accounts for unknown people',
	breakGlass: 'Break-glass account'
};

const VALUE_LABELS: Record<string, string> = {
	customer_facing: 'customer-facing',
	internal: 'internal',
	hr: 'HR',
	employee: 'employee'
};

export function auditActionLabel(action: string): string {
	return AUDIT_ACTION_LABELS[action] ?? action;
}

export function auditFieldLabel(field: string): string {
	return FIELD_LABELS[field] ?? field;
}

function formatValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (Array.isArray(value)) return value.length ? value.map(formatValue).join('; ') : '—';
	if (typeof value === 'object') return JSON.stringify(value);
	const text = String(value);
	if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(text)) return formatDateTime(text);
	return VALUE_LABELS[text] ?? text;
}

export type AuditChange = { field: string; label: string; from: string | null; to: string | null };

/**
 * The fields that differ between before and after (all of after for a creation, all of before for
 * a removal), in the order they first appear.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
	const b = isRecord(before) ? before : null;
	const a = isRecord(after) ? after : null;
	const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
	const changes: AuditChange[] = [];
	for (const field of fields) {
		const from = b && field in b ? formatValue(b[field]) : null;
		const to = a && field in a ? formatValue(a[field]) : null;
		if (b && a && from === to) continue;
		changes.push({
			field,
			label: auditFieldLabel(field),
			from: b ? from : null,
			to: a ? to : null
		});
	}
	return changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
