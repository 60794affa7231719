import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../../db';
import type { JsonValue, OrgImportStatus } from '../../db/schema';
import { recordAudit } from '../../audit/log';
import type { ImportPreview } from '../../../domain/org-import/summary';
import type { ImportPlan } from '../../../domain/org-import/types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from '../../../domain/org-import/words';
import { pgError } from '../../db/transaction';
import { lockOrgForImport } from '../org-lock';
import { guessedMapping } from './import-mappings';
import {
	digestOf,
	isRapportFormat,
	planTable,
	previewOf,
	readImportTable,
	sha256,
	type ImportMapping
} from './plan-file';
import { loadOrgSnapshot } from './snapshot';
import { totalChanges, writePlan, type ImportResult } from './write-plan';

/** A preview can be applied for this long; after that, upload the file again. */
export const IMPORT_PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The plan for these bytes, read through `mapping` when it is a vendor file. */
export async function planImportFile(
	db: Db,
	bytes: Uint8Array,
	actorId: string | null,
	mapping: ImportMapping | null = null,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<ImportPlan> {
	const table = await readImportTable(bytes, words);
	return planTable(table, await loadOrgSnapshot(db), mapping, actorId, true, words).plan;
}

/**
 * Reads and checks an uploaded file, stores it with its preview (problems and notes worded in
 * `words`, the uploader's) and returns the import's id. A vendor file gets a guessed mapping (the
 * one HR confirmed last for these headers, if any) that HR must confirm before it can be applied.
 */
export async function stageImport(
	db: Kysely<Database>,
	input: { actorId: string; fileName: string; bytes: Uint8Array },
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<string> {
	const table = await readImportTable(input.bytes, words);
	const native = isRapportFormat(table);
	const mapping = native ? null : await guessedMapping(db, table);
	const { plan, source } = planTable(
		table,
		await loadOrgSnapshot(db),
		mapping,
		input.actorId,
		native,
		words
	);
	// Forget old unapplied uploads: they hold personal data nobody is going to apply.
	await db
		.updateTable('org_imports')
		.set({ status: 'discarded', content: null })
		.where('status', '=', 'previewed')
		.where('created_at', '<', new Date(Date.now() - IMPORT_PREVIEW_LIFETIME_MS))
		.execute();
	const row = await db
		.insertInto('org_imports')
		.values({
			created_by: input.actorId,
			file_name: input.fileName,
			file_size: input.bytes.length,
			content: input.bytes,
			content_sha256: sha256(input.bytes),
			plan_digest: digestOf(plan),
			preview: JSON.stringify(previewOf(plan, source)),
			mapping: mapping ? JSON.stringify(mapping) : null,
			mapping_confirmed: native
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export type StagedImport = {
	id: string;
	fileName: string;
	fileSize: number;
	createdAt: Date;
	createdBy: string | null;
	status: OrgImportStatus;
	expired: boolean;
	appliedAt: Date | null;
	preview: ImportPreview;
	result: (ImportResult & { deactivateMissing: boolean }) | null;
	/** A vendor file's mapping (null for Rapport's own format) and whether HR confirmed it. */
	mapping: ImportMapping | null;
	mappingConfirmed: boolean;
};

export function isUuid(id: string) {
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

export async function getImport(db: Db, id: string): Promise<StagedImport | null> {
	if (!isUuid(id)) return null;
	const rows = await listImportRows(db).where('org_imports.id', '=', id).execute();
	return rows[0] ? toStagedImport(rows[0]) : null;
}

export async function listRecentImports(db: Db, limit = 10): Promise<StagedImport[]> {
	const rows = await listImportRows(db)
		.orderBy('org_imports.created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map(toStagedImport);
}

function listImportRows(db: Db) {
	return db
		.selectFrom('org_imports')
		.leftJoin('people', 'people.id', 'org_imports.created_by')
		.select([
			'org_imports.id',
			'org_imports.file_name',
			'org_imports.file_size',
			'org_imports.created_at',
			'people.name as created_by',
			'org_imports.status',
			'org_imports.applied_at',
			'org_imports.preview',
			'org_imports.result',
			'org_imports.mapping',
			'org_imports.mapping_confirmed'
		]);
}

function toStagedImport(row: {
	id: string;
	file_name: string;
	file_size: number;
	created_at: Date;
	created_by: string | null;
	status: OrgImportStatus;
	applied_at: Date | null;
	preview: JsonValue;
	result: JsonValue | null;
	mapping: JsonValue | null;
	mapping_confirmed: boolean;
}): StagedImport {
	return {
		id: row.id,
		fileName: row.file_name,
		fileSize: row.file_size,
		createdAt: row.created_at,
		createdBy: row.created_by,
		status: row.status,
		expired: Date.now() - row.created_at.getTime() > IMPORT_PREVIEW_LIFETIME_MS,
		appliedAt: row.applied_at,
		preview: row.preview as unknown as ImportPreview,
		result: row.result as unknown as StagedImport['result'],
		mapping: row.mapping as unknown as ImportMapping | null,
		mappingConfirmed: row.mapping_confirmed
	};
}

export async function discardImport(db: Db, id: string): Promise<void> {
	if (!isUuid(id)) return;
	await db
		.updateTable('org_imports')
		.set({ status: 'discarded', content: null })
		.where('id', '=', id)
		.where('status', '=', 'previewed')
		.execute();
}

export type ApplyOutcome =
	| { status: 'applied'; result: ImportResult }
	| { status: 'stale' }
	| { status: 'invalid' }
	| { status: 'unconfirmed' }
	| { status: 'conflict' }
	| { status: 'gone'; reason: 'not_found' | 'applied' | 'discarded' | 'expired' };

/**
 * Applies a previewed import in one transaction: all of it or nothing. It plans again against
 * the database as it is now and refuses (refreshing the stored preview, worded in `words`) when
 * the result differs from what HR saw.
 */
export async function applyImport(
	db: Kysely<Database>,
	input: { importId: string; actorId: string; deactivateMissing: boolean },
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<ApplyOutcome> {
	if (!isUuid(input.importId)) return { status: 'gone', reason: 'not_found' };
	try {
		return await db.transaction().execute(async (trx) => {
			await lockOrgForImport(trx);
			const row = await trx
				.selectFrom('org_imports')
				.select([
					'id',
					'status',
					'created_at',
					'content',
					'content_sha256',
					'plan_digest',
					'file_name',
					'mapping',
					'mapping_confirmed'
				])
				.where('id', '=', input.importId)
				.forUpdate()
				.executeTakeFirst();
			if (!row) return { status: 'gone', reason: 'not_found' } as const;
			if (row.status !== 'previewed') return { status: 'gone', reason: row.status } as const;
			if (Date.now() - row.created_at.getTime() > IMPORT_PREVIEW_LIFETIME_MS || !row.content) {
				return { status: 'gone', reason: 'expired' } as const;
			}
			const content = new Uint8Array(row.content);
			if (sha256(content) !== row.content_sha256)
				throw new Error(`import ${row.id}: content changed`);

			const mapping = row.mapping as unknown as ImportMapping | null;
			const table = await readImportTable(content, words);
			const snapshot = await loadOrgSnapshot(trx);
			const { plan, source } = planTable(table, snapshot, mapping, input.actorId, true, words);
			const digest = digestOf(plan);
			// A file with problems is invalid whatever its mapping; a sound one needs it confirmed.
			if (digest !== null && !row.mapping_confirmed) return { status: 'unconfirmed' } as const;
			if (digest === null || digest !== row.plan_digest) {
				await trx
					.updateTable('org_imports')
					.set({ plan_digest: digest, preview: JSON.stringify(previewOf(plan, source)) })
					.where('id', '=', row.id)
					.execute();
				return { status: digest === null ? 'invalid' : 'stale' } as const;
			}

			const context = { ...input, importId: row.id };
			const result = await writePlan(trx, plan, context);
			if (totalChanges(result) > 0) {
				await recordAudit(trx, {
					actorId: input.actorId,
					action: 'import.applied',
					entityType: 'import',
					entityId: row.id,
					entityLabel: row.file_name,
					importId: row.id,
					after: {
						fileName: row.file_name,
						rows: plan.rowsRead,
						deactivateMissing: input.deactivateMissing,
						...result
					}
				});
			}
			await trx
				.updateTable('org_imports')
				.set({
					status: 'applied',
					applied_at: sql`now()`,
					content: null,
					result: JSON.stringify({ ...result, deactivateMissing: input.deactivateMissing })
				})
				.where('id', '=', row.id)
				.execute();
			return { status: 'applied', result } as const;
		});
	} catch (err) {
		// A concurrent writer got to a row first: nothing was written, and trying again is safe.
		const code = pgError(err)?.code;
		if (code === '23505' || code === '40001' || code === '40P01') return { status: 'conflict' };
		throw err;
	}
}
