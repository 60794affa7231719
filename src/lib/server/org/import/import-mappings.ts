import type { Kysely } from 'kysely';
import type { Database } from '../../db';
import { duplicateFields, type ColumnMapping } from '../../../domain/org-import/mapping/fields';
import {
	guessMapping,
	headerSignature,
	mappingOf,
	toSavedMapping,
	type SavedMapping
} from '../../../domain/org-import/mapping/guess';
import type { HeadChoices } from '../../../domain/org-import/mapping/map-table';
import type { PresetId } from '../../../domain/org-import/mapping/presets';
import type { ImportPreview } from '../../../domain/org-import/summary';
import type { ImportTable } from '../../../domain/org-import/types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from '../../../domain/org-import/words';
import { IMPORT_PREVIEW_LIFETIME_MS, isUuid } from './imports';
import {
	digestOf,
	missingFieldNames,
	planTable,
	previewOf,
	readImportTable,
	type ImportMapping
} from './plan-file';
import { loadOrgSnapshot } from './snapshot';

/** The mapping HR confirmed last for files with these headers, in any order. */
export async function findSavedMapping(
	db: Kysely<Database>,
	headers: string[]
): Promise<SavedMapping | null> {
	const row = await db
		.selectFrom('org_import_mappings')
		.select(['preset', 'fields'])
		.where('signature', '=', headerSignature(headers))
		.executeTakeFirst();
	return row
		? { preset: row.preset as PresetId, fields: row.fields as SavedMapping['fields'] }
		: null;
}

/** The mapping a new upload starts from: the saved one for its headers, else a fresh guess. */
export async function guessedMapping(
	db: Kysely<Database>,
	table: ImportTable
): Promise<ImportMapping> {
	const saved = await findSavedMapping(db, table.headers);
	const guess = guessMapping(
		table.headers,
		table.rows.slice(0, 200).map((r) => r.cells),
		saved
	);
	return { preset: guess.preset, fields: mappingOf(guess), headChoices: {} };
}

export type RemapOutcome =
	{ status: 'saved' } | { status: 'invalid'; message: string } | { status: 'gone' };

/**
 * Plans a staged vendor file again under a new mapping or new head choices, and stores it with
 * its problems worded in `words`.
 */
async function remap(
	db: Kysely<Database>,
	input: { importId: string; actorId: string },
	change: (
		current: ImportMapping,
		headers: string[],
		preview: ImportPreview
	) => ImportMapping | { message: string },
	confirm: boolean,
	words: ImportWords
): Promise<RemapOutcome> {
	if (!isUuid(input.importId)) return { status: 'gone' };
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('org_imports')
			.select(['id', 'status', 'created_at', 'content', 'mapping', 'mapping_confirmed', 'preview'])
			.where('id', '=', input.importId)
			.forUpdate()
			.executeTakeFirst();
		const expired = row && Date.now() - row.created_at.getTime() > IMPORT_PREVIEW_LIFETIME_MS;
		if (!row || row.status !== 'previewed' || !row.content || !row.mapping || expired) {
			return { status: 'gone' } as const;
		}
		const table = await readImportTable(new Uint8Array(row.content), words);
		const next = change(
			row.mapping as unknown as ImportMapping,
			table.headers,
			row.preview as unknown as ImportPreview
		);
		if ('message' in next) return { status: 'invalid', message: next.message } as const;
		const confirmed = confirm || row.mapping_confirmed;
		const snapshot = await loadOrgSnapshot(trx);
		const { plan, source } = planTable(table, snapshot, next, input.actorId, confirmed, words);
		await trx
			.updateTable('org_imports')
			.set({
				mapping: JSON.stringify(next),
				mapping_confirmed: confirmed,
				plan_digest: digestOf(plan),
				preview: JSON.stringify(previewOf(plan, source))
			})
			.where('id', '=', row.id)
			.execute();
		if (confirm) {
			const saved = toSavedMapping(next.preset, table.headers, next.fields);
			await trx
				.insertInto('org_import_mappings')
				.values({
					signature: headerSignature(table.headers),
					preset: saved.preset,
					fields: JSON.stringify(saved.fields),
					saved_by: input.actorId
				})
				.onConflict((oc) =>
					oc.column('signature').doUpdateSet({
						preset: saved.preset,
						fields: JSON.stringify(saved.fields),
						saved_by: input.actorId,
						saved_at: new Date()
					})
				)
				.execute();
		}
		return { status: 'saved' } as const;
	});
}

/**
 * HR's confirmed meaning of each column: checked (every required meaning once), planned, stored
 * with the upload and remembered for the next file with the same headers.
 */
export function confirmImportMapping(
	db: Kysely<Database>,
	input: { importId: string; actorId: string; preset: PresetId; fields: ColumnMapping },
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<RemapOutcome> {
	const w = words.serverMessages.orgImport;
	return remap(
		db,
		input,
		(current, headers) => {
			if (input.fields.length !== headers.length) return { message: w.formMismatch };
			const missing = missingFieldNames(input.fields, words);
			if (missing.length > 0) return { message: w.chooseColumn(missing.join(', ')) };
			const twice = duplicateFields(input.fields);
			if (twice.length > 0) {
				const names = twice.map((f) => words.importMapping.fields[f]).join(', ');
				return { message: w.oneColumnEach(names) };
			}
			return { preset: input.preset, fields: input.fields, headChoices: current.headChoices };
		},
		true,
		words
	);
}

/** HR's corrections of the derived department heads: department key → head's email, '' for none. */
export function chooseImportHeads(
	db: Kysely<Database>,
	input: { importId: string; actorId: string; choices: HeadChoices },
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<RemapOutcome> {
	return remap(
		db,
		input,
		(current, _headers, preview) => {
			// The form sends every listed head: only those HR changed become choices.
			const shown = new Map(
				(preview.source?.heads ?? []).map((h) => [h.departmentKey, h.head?.email ?? ''])
			);
			const changed = Object.entries(input.choices).filter(
				([key, email]) => shown.get(key) !== email || key in current.headChoices
			);
			return {
				...current,
				headChoices: { ...current.headChoices, ...Object.fromEntries(changed) }
			};
		},
		false,
		words
	);
}
