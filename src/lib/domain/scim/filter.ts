import { hasControlCharacters } from '../org-fields';
import { ScimError } from './schemas';

/** The one kind of filter provisioning clients send: `attribute eq "value"`. */
export type EqualityFilter = { attribute: string; value: string };

const EQUALITY = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

export function parseEqualityFilter(
	filter: string | null,
	attributes: readonly string[]
): EqualityFilter | null {
	if (filter === null || filter.trim() === '') return null;
	const match =
		filter.length <= 1000 && !hasControlCharacters(filter) ? EQUALITY.exec(filter) : null;
	if (!match) {
		throw new ScimError(
			400,
			'Only filters of the form attribute eq "value" are supported.',
			'invalidFilter'
		);
	}
	const attribute = attributes.find((a) => a.toLowerCase() === match[1].toLowerCase());
	if (!attribute) {
		throw new ScimError(
			400,
			`Filtering by "${match[1]}" is not supported; use one of ${attributes.join(', ')}.`,
			'invalidFilter'
		);
	}
	return { attribute, value: match[2].replace(/\\(.)/g, '$1') };
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 200;

/** RFC 7644 §3.4.2.4: 1-based startIndex (below 1 reads as 1), count ≥ 0 (capped). */
export function parsePagination(params: URLSearchParams): { startIndex: number; count: number } {
	const integer = (name: string, fallback: number) => {
		const raw = params.get(name);
		if (raw === null || raw.trim() === '') return fallback;
		const n = Number(raw);
		if (!Number.isInteger(n)) {
			throw new ScimError(400, `"${name}" must be an integer.`, 'invalidValue');
		}
		return n;
	};
	return {
		startIndex: Math.max(1, integer('startIndex', 1)),
		count: Math.min(MAX_PAGE_SIZE, Math.max(0, integer('count', DEFAULT_PAGE_SIZE)))
	};
}

/**
 * A PATCH path as clients send it: a plain or schema-prefixed attribute
 * (`urn:…:enterprise:2.0:User:department`), a sub-attribute (`name.givenName`), or a
 * multi-valued attribute with a value filter (`members[value eq "id"]`, `emails[type eq "work"].value`).
 */
export type PatchPath = {
	attribute: string;
	sub: string | null;
	valueFilter: EqualityFilter | null;
};

export function parsePatchPath(path: string, schemas: readonly string[]): PatchPath {
	let rest = path.trim();
	for (const schema of schemas) {
		if (rest.toLowerCase().startsWith(schema.toLowerCase() + ':')) {
			rest = `${schema}:${rest.slice(schema.length + 1)}`;
			const attribute = rest.slice(schema.length + 1);
			const [first, sub] = attribute.split('.', 2);
			return { attribute: `${schema}:${first}`, sub: sub ?? null, valueFilter: null };
		}
	}
	const match = /^([A-Za-z][\w-]*)(?:\[([^\]]*)\])?(?:\.([A-Za-z][\w-]*))?$/.exec(rest);
	if (!match)
		throw new ScimError(400, `"${path}" is not a path Rapport understands.`, 'invalidPath');
	const valueFilter = match[2] === undefined ? null : parseValueFilter(match[2], path);
	return { attribute: match[1], sub: match[3] ?? null, valueFilter };
}

function parseValueFilter(filter: string, path: string): EqualityFilter {
	const match = EQUALITY.exec(filter);
	if (!match)
		throw new ScimError(400, `"${path}" has a filter Rapport cannot read.`, 'invalidPath');
	return { attribute: match[1], value: match[2].replace(/\\(.)/g, '$1') };
}

/** Entra ID sends booleans as the strings "True" and "False". */
export function scimBoolean(value: unknown, attribute: string): boolean {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && /^(true|false)$/i.test(value)) {
		return value.toLowerCase() === 'true';
	}
	throw new ScimError(400, `"${attribute}" must be true or false.`, 'invalidValue');
}
