import { isOneOf } from '../../one-of';

/** What a column of an HR system's export can mean to Rapport. */
export const MAPPED_FIELDS = [
	'employee_id',
	'email',
	'full_name',
	'first_name',
	'last_name',
	'department',
	'department_path',
	'division',
	'manager_name',
	'manager_email',
	'manager_id',
	'status',
	'locale',
	'customer_facing',
	'head_of',
	'role'
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export const FIELD_LABELS: Record<MappedField, string> = {
	employee_id: 'Employee id',
	email: 'Work email',
	full_name: 'Full name',
	first_name: 'First name',
	last_name: 'Last name',
	department: 'Department',
	department_path: 'Department path (Parent/Child)',
	division: 'Division or parent unit',
	manager_name: 'Manager, by name',
	manager_email: 'Manager, by email',
	manager_id: 'Manager, by employee id',
	status: 'Employment status',
	locale: 'Language',
	customer_facing: 'Customer-facing flag',
	head_of: 'Heads these departments',
	role: 'Rapport role (employee or hr)'
};

export function isMappedField(value: unknown): value is MappedField {
	return isOneOf(MAPPED_FIELDS, value);
}

/** A column's meaning, or null for a column the import does not use. */
export type ColumnMapping = (MappedField | null)[];

/** Headers compared without case, spaces or punctuation: "Email - Primary Work" = "Email_-_Primary_Work". */
export function headerKey(header: string): string {
	return header
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/#/g, 'number')
		.replace(/[^a-z0-9]+/g, '');
}

/**
 * What a mapping is missing for the import to work: an email, a name (full, or first and last)
 * and a department (or its path).
 */
export function missingFields(mapping: ColumnMapping): ('email' | 'name' | 'department')[] {
	const has = (f: MappedField) => mapping.includes(f);
	const missing: ('email' | 'name' | 'department')[] = [];
	if (!has('email')) missing.push('email');
	if (!has('full_name') && !(has('first_name') && has('last_name'))) missing.push('name');
	if (!has('department') && !has('department_path')) missing.push('department');
	return missing;
}

/** Fields that at most one column may have. */
export function duplicateFields(mapping: ColumnMapping): MappedField[] {
	const seen = new Set<MappedField>();
	const twice = new Set<MappedField>();
	for (const field of mapping) {
		if (field === null) continue;
		if (seen.has(field)) twice.add(field);
		seen.add(field);
	}
	return [...twice];
}
