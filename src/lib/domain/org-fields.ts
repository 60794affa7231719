import { z } from 'zod';
import { isOneOf } from './one-of';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../i18n/server-words';

/** The rules for the fields of departments and people, shared by the pages and the CSV import. */

export type Role = 'employee' | 'hr';
export const ROLES: readonly Role[] = ['employee', 'hr'];

/** A person as the organisation pages, the import and the API know them. */
export type Person = {
	id: string;
	employeeId: string | null;
	email: string;
	name: string;
	departmentId: string | null;
	locale: string;
	role: Role;
	active: boolean;
};

export const MAX_EMAIL_LENGTH = 254;
export const MAX_PERSON_NAME_LENGTH = 200;
export const MAX_EMPLOYEE_ID_LENGTH = 64;
export const MAX_DEPARTMENT_NAME_LENGTH = 120;
export const MAX_DEPARTMENT_CODE_LENGTH = 32;

const DEPARTMENT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const emailSchema = z.email();

/** Line breaks, tabs, NUL and other C0/C1 controls: never part of a name, code or address. */
export function hasControlCharacters(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
	}
	return false;
}

/** The text less its control characters: what a search for it can usefully look for. */
export function withoutControlCharacters(value: string): string {
	return [...value].filter((c) => !hasControlCharacters(c)).join('');
}

// Bidirectional marks, embeddings, overrides and isolates, and zero-width spaces: they make a name
// read differently from what it is (or look like another name) without being visible. The
// zero-width (non-)joiners U+200C and U+200D stay allowed: Persian and Indic names need them.
const INVISIBLE_FORMATTING = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Right-to-left overrides, zero-width spaces and joiners and other invisible formatting. */
export function hasInvisibleFormatting(value: string): boolean {
	return INVISIBLE_FORMATTING.test(value);
}

/** The words of a field's problems; English for the import's report and the APIs. */
export type FieldWords = ServerWords['fields'];
const ENGLISH: FieldWords = ENGLISH_SERVER_WORDS.fields;

export function isEmailAddress(value: string): boolean {
	return value.length <= MAX_EMAIL_LENGTH && emailSchema.safeParse(value).success;
}

export function emailProblem(email: string, w: FieldWords = ENGLISH): string | null {
	if (email === '') return w.enterEmail;
	if (email.length > MAX_EMAIL_LENGTH) return w.atMost(MAX_EMAIL_LENGTH);
	if (!isEmailAddress(email)) return w.notEmail(email);
	return null;
}

export function personNameProblem(name: string, w: FieldWords = ENGLISH): string | null {
	if (name === '') return w.enterName;
	if (name.length > MAX_PERSON_NAME_LENGTH) return w.atMost(MAX_PERSON_NAME_LENGTH);
	if (hasControlCharacters(name)) return w.nameControl;
	if (hasInvisibleFormatting(name)) return w.invisible;
	return null;
}

export function employeeIdProblem(id: string, w: FieldWords = ENGLISH): string | null {
	if (id.length > MAX_EMPLOYEE_ID_LENGTH) return w.atMost(MAX_EMPLOYEE_ID_LENGTH);
	if (hasControlCharacters(id)) return w.employeeIdControl;
	return null;
}

export function departmentNameProblem(name: string, w: FieldWords = ENGLISH): string | null {
	if (name === '') return w.enterDepartmentName;
	if (name.length > MAX_DEPARTMENT_NAME_LENGTH) return w.atMost(MAX_DEPARTMENT_NAME_LENGTH);
	// "/" separates levels and ";" separates departments in the CSV import.
	if (/[/;]/.test(name)) return w.departmentNameSeparators;
	if (hasControlCharacters(name)) return w.nameControl;
	if (hasInvisibleFormatting(name)) return w.invisible;
	return null;
}

export function departmentCodeProblem(code: string, w: FieldWords = ENGLISH): string | null {
	if (code === '') return w.enterCode;
	if (code.length > MAX_DEPARTMENT_CODE_LENGTH) return w.atMost(MAX_DEPARTMENT_CODE_LENGTH);
	if (!DEPARTMENT_CODE.test(code)) return w.codeCharacters;
	return null;
}

/** A canonical BCP 47 tag (`en`, `es-MX`), or null when the value is not one. */
export function normaliseLocale(value: string): string | null {
	if (
		value.length === 0 ||
		value.length > 35 ||
		!/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(value)
	) {
		return null;
	}
	try {
		return Intl.getCanonicalLocales(value.replaceAll('_', '-'))[0] ?? null;
	} catch {
		return null;
	}
}

/** `employee` or `hr`, whatever the case, or null. */
export function parseRole(value: string): Role | null {
	const folded = value.trim().toLowerCase();
	return isOneOf(ROLES, folded) ? folded : null;
}

/** An upper-case code made from a name (“Customer Success” → CUSTOMER-SUCCESS), not yet taken. */
export function suggestDepartmentCode(name: string, isTaken: (code: string) => boolean): string {
	const base =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toUpperCase()
			.replace(/[^A-Z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, MAX_DEPARTMENT_CODE_LENGTH - 4)
			.replace(/-+$/, '') || 'DEPT';
	if (!isTaken(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!isTaken(candidate)) return candidate;
	}
}
