import { createHash } from 'node:crypto';
import type { Db } from '../db';
import type { ExternalUploadStatus, JsonValue } from '../db/schema';
import { isUuid } from '../../domain/ids';
import { readMetricsCsv } from '../../domain/external-csv';
import type { MetricField, MetricItem } from '../../domain/external-metrics';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';
import {
	checkMetricItems,
	writeMetricItems,
	type ApplyCounts,
	type CheckedItem
} from './figure-batches';

// The CSV upload of external figures: upload (stored with its preview), then apply or discard.
// Apply re-reads the stored bytes and checks them again, so it writes exactly what the preview
// showed against the departments as they are at that moment, or nothing.

/** Preview rows listed on the page; the counts always cover the whole file. */
export const PREVIEW_ROWS = 500;

/** A figure as the preview lists it: the item, its line in the file, and what it would change. */
export type PreviewRow = Omit<MetricItem, 'metric'> & {
	line: number;
	metric: string;
	change: CheckedItem['change'];
	previous: number | null;
};

export type UploadPreview = {
	rows: PreviewRow[];
	totalRows: number;
	counts: ApplyCounts;
	problems: { line: number | null; field: MetricField | null; message: string }[];
	ignoredColumns: string[];
};

export type MetricUpload = {
	id: string;
	fileName: string;
	createdAt: Date;
	status: ExternalUploadStatus;
	appliedAt: Date | null;
	/** Checked now, for an upload not yet applied or discarded. */
	preview: UploadPreview | null;
	result: ApplyCounts | null;
};

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

type Words = ServerWords;
const ENGLISH: Words = ENGLISH_SERVER_WORDS;

async function checkFile(db: Db, bytes: Uint8Array, w: Words = ENGLISH) {
	const csv = readMetricsCsv(bytes, w);
	const batch = await checkMetricItems(
		db,
		csv.rows.map((r) => ({ ref: r.line, raw: r.raw })),
		w.externalFigures.line,
		w.externalFigures
	);
	const problems = [
		...csv.problems,
		...batch.problems.map((p) => ({ line: p.ref, field: p.field, message: p.message }))
	].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { csv, batch, problems };
}

function previewOf(checked: Awaited<ReturnType<typeof checkFile>>): UploadPreview {
	const { batch, csv, problems } = checked;
	const count = (c: CheckedItem['change']) => batch.items.filter((i) => i.change === c).length;
	return {
		rows: batch.items.slice(0, PREVIEW_ROWS).map((i) => ({
			line: i.ref,
			department: i.departmentName,
			metric: i.item.metric,
			periodStart: i.item.periodStart,
			periodEnd: i.item.periodEnd,
			value: i.item.value,
			scale: i.item.scale,
			sampleSize: i.item.sampleSize,
			source: i.item.source,
			change: i.change,
			previous: i.previous
		})),
		totalRows: batch.items.length,
		counts: { inserted: count('new'), updated: count('replaces'), unchanged: count('unchanged') },
		problems,
		ignoredColumns: csv.ignoredColumns
	};
}

/** Stores an uploaded file for preview and returns its id. */
export async function stageMetricUpload(
	db: Db,
	input: { actorId: string; fileName: string; bytes: Uint8Array }
): Promise<string> {
	const row = await db
		.insertInto('external_metric_uploads')
		.values({
			created_by: input.actorId,
			file_name: input.fileName,
			content: input.bytes,
			content_sha256: sha256(input.bytes)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The upload, its preview's problems worded in `w`, the reader's words. */
export async function findMetricUpload(
	db: Db,
	id: string,
	w: Words = ENGLISH
): Promise<MetricUpload | null> {
	if (!isUuid(id)) return null;
	const row = await db
		.selectFrom('external_metric_uploads')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const preview =
		row.status === 'previewed' && row.content
			? previewOf(await checkFile(db, row.content, w))
			: null;
	return {
		id: row.id,
		fileName: row.file_name,
		createdAt: row.created_at,
		status: row.status,
		appliedAt: row.applied_at,
		preview,
		result: (row.result as ApplyCounts | null) ?? null
	};
}

export type ApplyOutcome =
	| { ok: true; counts: ApplyCounts }
	| { ok: false; reason: 'not_found' | 'not_pending' | 'problems' };

/** Applies a previewed upload in one transaction: every row, or none when any has a problem. */
export async function applyMetricUpload(
	db: Db,
	id: string,
	actorId: string
): Promise<ApplyOutcome> {
	if (!isUuid(id)) return { ok: false, reason: 'not_found' };
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('external_metric_uploads')
			.select(['status', 'content', 'file_name'])
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!row) return { ok: false, reason: 'not_found' } as const;
		if (row.status !== 'previewed' || !row.content)
			return { ok: false, reason: 'not_pending' } as const;
		const checked = await checkFile(trx, row.content);
		if (checked.problems.length > 0) return { ok: false, reason: 'problems' } as const;
		const counts = await writeMetricItems(
			trx,
			checked.batch.items,
			{ personId: actorId, apiKeyId: null },
			{
				action: 'external_metrics.uploaded',
				entityId: id,
				entityLabel: row.file_name,
				after: { fileName: row.file_name, rows: checked.batch.items.length }
			}
		);
		await trx
			.updateTable('external_metric_uploads')
			.set({
				status: 'applied',
				applied_at: new Date(),
				content: null,
				result: JSON.stringify(counts as unknown as JsonValue)
			})
			.where('id', '=', id)
			.execute();
		return { ok: true, counts } as const;
	});
}

export async function discardMetricUpload(db: Db, id: string): Promise<boolean> {
	if (!isUuid(id)) return false;
	const result = await db
		.updateTable('external_metric_uploads')
		.set({ status: 'discarded', content: null })
		.where('id', '=', id)
		.where('status', '=', 'previewed')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Recent uploads, newest first. */
export async function listMetricUploads(db: Db, limit = 10) {
	return db
		.selectFrom('external_metric_uploads')
		.leftJoin('people', 'people.id', 'external_metric_uploads.created_by')
		.select([
			'external_metric_uploads.id',
			'external_metric_uploads.file_name as fileName',
			'external_metric_uploads.created_at as createdAt',
			'external_metric_uploads.status',
			'external_metric_uploads.result',
			'people.name as createdByName'
		])
		.orderBy('external_metric_uploads.created_at', 'desc')
		.limit(limit)
		.execute();
}
