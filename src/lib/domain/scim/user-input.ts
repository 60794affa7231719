import { hasControlCharacters, isEmailAddress } from '../org-fields';
import { parsePatchPath, scimBoolean } from './filter';
import { ENTERPRISE_USER_SCHEMA, ScimError, USER_SCHEMA } from './schemas';

/** What Rapport keeps of a SCIM User: everything a PUT sets and a PATCH changes. */
export type ScimUserState = {
	userName: string;
	externalId: string | null;
	displayName: string | null;
	givenName: string | null;
	familyName: string | null;
	email: string | null;
	active: boolean;
	locale: string | null;
	employeeNumber: string | null;
	/** The department's name as the provider sends it; null for none. */
	department: string | null;
	/** The manager's SCIM id (a person id); null for none. */
	managerId: string | null;
};

type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value of an operation without a path: an object of attributes, or a ScimError. */
export function pathlessValue(value: unknown): Json {
	if (!isObject(value)) {
		throw new ScimError(400, 'An operation without "path" needs an object value.', 'invalidValue');
	}
	return value;
}

function text(value: unknown, attribute: string, max = 500): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value !== 'string') {
		throw new ScimError(400, `"${attribute}" must be a string.`, 'invalidValue');
	}
	if (value.length > max) {
		throw new ScimError(400, `"${attribute}" is longer than ${max} characters.`, 'invalidValue');
	}
	if (hasControlCharacters(value)) {
		throw new ScimError(400, `"${attribute}" contains a control character.`, 'invalidValue');
	}
	return value.trim() === '' ? null : value.trim();
}

/** The person's name as Rapport keeps it: display name, else given and family name, else userName. */
export function personName(state: ScimUserState): string {
	const parts = [state.givenName, state.familyName].filter(Boolean).join(' ');
	return state.displayName ?? (parts || state.userName);
}

/** The address people sign in with: the primary (or work, or first) email, else an email-like userName. */
export function personEmail(state: ScimUserState): string {
	const email = state.email ?? (isEmailAddress(state.userName) ? state.userName : null);
	if (!email) {
		throw new ScimError(400, 'A user needs an email address (emails or userName).', 'invalidValue');
	}
	return email;
}

function pickEmail(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (!Array.isArray(value)) throw new ScimError(400, '"emails" must be an array.', 'invalidValue');
	const entries = value.filter(isObject);
	const chosen =
		entries.find((e) => e.primary === true || e.primary === 'True' || e.primary === 'true') ??
		entries.find((e) => typeof e.type === 'string' && e.type.toLowerCase() === 'work') ??
		entries[0];
	return chosen ? text(chosen.value, 'emails.value', 254) : null;
}

function managerValue(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'string') return value;
	// Entra ID has sent the manager as a one-element list of references.
	if (Array.isArray(value) && value.length <= 1) return managerValue(value[0]);
	if (isObject(value)) return text(value.value, 'manager.value', 100);
	throw new ScimError(400, '"manager" must be an id or {"value": id}.', 'invalidValue');
}

/** A full User resource (POST, PUT) read into Rapport's state; unknown attributes are ignored. */
export function parseUserResource(body: unknown): ScimUserState {
	if (!isObject(body)) throw new ScimError(400, 'The body must be a JSON object.', 'invalidSyntax');
	const userName = text(body.userName, 'userName', 254);
	if (!userName) throw new ScimError(400, '"userName" is required.', 'invalidValue');
	const name = body.name === undefined || body.name === null ? {} : body.name;
	if (!isObject(name)) throw new ScimError(400, '"name" must be an object.', 'invalidValue');
	const enterprise = body[ENTERPRISE_USER_SCHEMA] ?? {};
	if (!isObject(enterprise)) {
		throw new ScimError(400, 'The enterprise extension must be an object.', 'invalidValue');
	}
	return {
		userName,
		externalId: text(body.externalId, 'externalId'),
		displayName:
			text(body.displayName, 'displayName', 200) ?? text(name.formatted, 'name.formatted', 200),
		givenName: text(name.givenName, 'name.givenName', 200),
		familyName: text(name.familyName, 'name.familyName', 200),
		email: pickEmail(body.emails),
		active:
			body.active === undefined || body.active === null ? true : scimBoolean(body.active, 'active'),
		locale:
			text(body.preferredLanguage, 'preferredLanguage', 35) ?? text(body.locale, 'locale', 35),
		employeeNumber: text(enterprise.employeeNumber, 'employeeNumber', 64),
		department: text(enterprise.department, 'department', 120),
		managerId: managerValue(enterprise.manager)
	};
}

type Operation = { op: 'add' | 'replace' | 'remove'; path: string | null; value: unknown };

export function parsePatchOperations(body: unknown): Operation[] {
	if (!isObject(body) || !Array.isArray(body.Operations)) {
		throw new ScimError(400, 'A PATCH body needs an "Operations" array.', 'invalidSyntax');
	}
	if (body.Operations.length > 1000) {
		throw new ScimError(400, 'At most 1000 operations per request.', 'tooMany');
	}
	return body.Operations.map((raw) => {
		if (!isObject(raw) || typeof raw.op !== 'string') {
			throw new ScimError(400, 'Each operation needs an "op".', 'invalidSyntax');
		}
		const op = raw.op.toLowerCase();
		if (op !== 'add' && op !== 'replace' && op !== 'remove') {
			throw new ScimError(400, `"${raw.op}" is not add, replace or remove.`, 'invalidSyntax');
		}
		if (raw.path !== undefined && typeof raw.path !== 'string') {
			throw new ScimError(400, '"path" must be a string.', 'invalidPath');
		}
		return { op, path: raw.path ?? null, value: raw.value };
	});
}

/** Applies one attribute's new value (null: removed) to the state. */
function setAttribute(state: ScimUserState, attribute: string, sub: string | null, value: unknown) {
	const key = attribute.toLowerCase();
	const enterprise = `${ENTERPRISE_USER_SCHEMA}:`.toLowerCase();
	const core = `${USER_SCHEMA}:`.toLowerCase();
	const plain = key.startsWith(core) ? key.slice(core.length) : key;
	if (plain.startsWith(enterprise)) {
		const field = plain.slice(enterprise.length);
		if (field === 'department') state.department = text(value, 'department', 120);
		else if (field === 'employeenumber') state.employeeNumber = text(value, 'employeeNumber', 64);
		else if (field === 'manager')
			state.managerId = sub ? managerValue({ value }) : managerValue(value);
		return;
	}
	if (plain === ENTERPRISE_USER_SCHEMA.toLowerCase()) {
		if (!isObject(value))
			throw new ScimError(400, 'The enterprise extension must be an object.', 'invalidValue');
		for (const [k, v] of Object.entries(value))
			setAttribute(state, `${ENTERPRISE_USER_SCHEMA}:${k}`, null, v);
		return;
	}
	switch (plain) {
		case 'username': {
			const userName = text(value, 'userName', 254);
			if (!userName) throw new ScimError(400, '"userName" cannot be removed.', 'mutability');
			state.userName = userName;
			return;
		}
		case 'externalid':
			state.externalId = text(value, 'externalId');
			return;
		case 'displayname':
			state.displayName = text(value, 'displayName', 200);
			return;
		case 'name': {
			if (sub) return setAttribute(state, `name.${sub}`, null, value);
			const name = value ?? {};
			if (!isObject(name)) throw new ScimError(400, '"name" must be an object.', 'invalidValue');
			for (const [k, v] of Object.entries(name)) setAttribute(state, `name.${k}`, null, v);
			return;
		}
		case 'name.givenname':
			state.givenName = text(value, 'name.givenName', 200);
			state.displayName = null;
			return;
		case 'name.familyname':
			state.familyName = text(value, 'name.familyName', 200);
			state.displayName = null;
			return;
		case 'name.formatted':
			state.displayName = text(value, 'name.formatted', 200);
			return;
		case 'emails':
			state.email = sub
				? text(value, 'emails.value', 254)
				: pickEmail(Array.isArray(value) ? value : [value]);
			return;
		case 'active':
			if (value === null) throw new ScimError(400, '"active" cannot be removed.', 'mutability');
			state.active = scimBoolean(value, 'active');
			return;
		case 'preferredlanguage':
		case 'locale':
			state.locale = text(value, attribute, 35);
			return;
		default:
			// Attributes Rapport does not keep (phone numbers, titles…) are accepted and ignored.
			return;
	}
}

/** The state after a PATCH (RFC 7644 §3.5.2), or a ScimError for an operation that makes no sense. */
export function applyUserPatch(current: ScimUserState, body: unknown): ScimUserState {
	const state = { ...current };
	for (const operation of parsePatchOperations(body)) {
		const value = operation.op === 'remove' ? null : operation.value;
		if (operation.path === null) {
			if (operation.op === 'remove') {
				throw new ScimError(400, 'A remove needs a "path".', 'noTarget');
			}
			for (const [k, v] of Object.entries(pathlessValue(value))) {
				const [attribute, sub] = splitDotted(k);
				setAttribute(state, attribute, sub, v);
			}
			continue;
		}
		const path = parsePatchPath(operation.path, [ENTERPRISE_USER_SCHEMA, USER_SCHEMA]);
		setAttribute(state, path.attribute, path.sub, value);
	}
	return state;
}

function splitDotted(key: string): [string, string | null] {
	if (key.toLowerCase().startsWith('urn:')) return [key, null];
	const dot = key.indexOf('.');
	return dot < 0 ? [key, null] : [key.slice(0, dot), key.slice(dot + 1)];
}
