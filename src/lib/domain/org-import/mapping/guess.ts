import { parseEmploymentStatus } from '../employment-status';
import { headerKey, type ColumnMapping, type MappedField } from './fields';
import { detectPreset, GENERIC_HEADERS, presetById, type PresetId } from './presets';

export type GuessSource = 'saved' | 'preset' | 'header' | 'values' | 'none';
export type ColumnGuess = { header: string; field: MappedField | null; source: GuessSource };
export type MappingGuess = { preset: PresetId; columns: ColumnGuess[] };

/** A mapping HR confirmed before, by header key: used again for a file with the same headers. */
export type SavedMapping = { preset: PresetId; fields: Record<string, MappedField | null> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOCALE = /^[a-z]{2,3}([-_][A-Za-z]{2,4})?$/;
const MANAGER_WORDS = /manager|supervisor|reportsto|lead|boss/;
const SAMPLE_ROWS = 200;

function mostly(values: string[], test: (v: string) => boolean): boolean {
	return values.length > 0 && values.filter(test).length >= values.length * 0.8;
}

/** A column's meaning read from its values, when its header says nothing Rapport knows. */
function guessFromValues(header: string, values: string[]): MappedField | null {
	const filled = values.map((v) => v.trim()).filter((v) => v !== '');
	const key = headerKey(header);
	if (mostly(filled, (v) => EMAIL.test(v))) {
		return MANAGER_WORDS.test(key) ? 'manager_email' : 'email';
	}
	if (
		filled.some((v) => /[a-z]/i.test(v)) &&
		mostly(filled, (v) => parseEmploymentStatus(v) !== null)
	) {
		return 'status';
	}
	if (mostly(filled, (v) => LOCALE.test(v))) return 'locale';
	if (mostly(filled, (v) => / > |\//.test(v))) return 'department_path';
	return null;
}

const PRIORITY: Record<GuessSource, number> = {
	saved: 0,
	preset: 1,
	header: 2,
	values: 3,
	none: 4
};

/**
 * Each column's likely meaning, from the preset the headers point to, the usual header words and,
 * failing those, the values. It depends on the columns, not their order: when two columns claim
 * one meaning, the better claim keeps it whatever comes first.
 */
export function guessMapping(
	headers: string[],
	rows: string[][],
	saved: SavedMapping | null = null
): MappingGuess {
	const preset = saved?.preset ?? detectPreset(headers);
	const presetColumns = new Map(
		Object.entries(presetById(preset)?.columns ?? {}).map(([h, f]) => [headerKey(h), f])
	);
	const sample = rows.slice(0, SAMPLE_ROWS);
	const claims = headers.map((header, i) => {
		const key = headerKey(header);
		if (saved && key in saved.fields) {
			return { header, key, field: saved.fields[key], source: 'saved' as const, rank: 0 };
		}
		if (presetColumns.has(key)) {
			return {
				header,
				key,
				field: presetColumns.get(key) ?? null,
				source: 'preset' as const,
				rank: 0
			};
		}
		const generic = GENERIC_HEADERS[key];
		if (generic)
			return { header, key, field: generic.field, source: 'header' as const, rank: generic.rank };
		const byValues = guessFromValues(
			header,
			sample.map((r) => r[i] ?? '')
		);
		return byValues
			? { header, key, field: byValues, source: 'values' as const, rank: 0 }
			: { header, key, field: null, source: 'none' as const, rank: 0 };
	});

	const better = (a: (typeof claims)[number], b: (typeof claims)[number]) =>
		PRIORITY[a.source] - PRIORITY[b.source] ||
		a.rank - b.rank ||
		(a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
		(a.header < b.header ? -1 : a.header > b.header ? 1 : 0);
	const winner = new Map<MappedField, (typeof claims)[number]>();
	for (const claim of claims) {
		if (!claim.field) continue;
		const held = winner.get(claim.field);
		if (!held || better(claim, held) < 0) winner.set(claim.field, claim);
	}
	return {
		preset,
		columns: claims.map((claim) =>
			claim.field && winner.get(claim.field) === claim
				? { header: claim.header, field: claim.field, source: claim.source }
				: { header: claim.header, field: null, source: claim.field ? claim.source : 'none' }
		)
	};
}

export function mappingOf(guess: MappingGuess): ColumnMapping {
	return guess.columns.map((c) => c.field);
}

/** What to remember of a confirmed mapping: each header's meaning by its key. */
export function toSavedMapping(
	preset: PresetId,
	headers: string[],
	mapping: ColumnMapping
): SavedMapping {
	const fields: Record<string, MappedField | null> = {};
	headers.forEach((h, i) => {
		const key = headerKey(h);
		if (key !== '') fields[key] = mapping[i] ?? null;
	});
	return { preset, fields };
}

/** The same set of headers, whatever their order, gives the same signature. */
export function headerSignature(headers: string[]): string {
	return [...new Set(headers.map(headerKey).filter((k) => k !== ''))].sort().join('|');
}
