import { createHash } from 'node:crypto';
import { isOneOf } from '../../../domain/one-of';
import { missingFields, type ColumnMapping } from '../../../domain/org-import/mapping/fields';
import { mapTable, type HeadChoices } from '../../../domain/org-import/mapping/map-table';
import type { PresetId } from '../../../domain/org-import/mapping/presets';
import { planImport } from '../../../domain/org-import/plan';
import { guessMapping } from '../../../domain/org-import/mapping/guess';
import { normaliseHeader, readNativeTable } from '../../../domain/org-import/read-csv';
import { readCsvTable } from '../../../domain/org-import/read-table';
import {
	planFingerprint,
	PREVIEW_LIST_LIMIT,
	summarisePlan,
	type ImportPreview,
	type PreviewSource
} from '../../../domain/org-import/summary';
import { isZipArchive } from '../../../domain/org-import/text-decoding';
import {
	IMPORT_ACCEPTED_COLUMNS,
	REQUIRED_COLUMNS,
	type CsvRead,
	type ImportPlan,
	type ImportTable,
	type OrgSnapshot
} from '../../../domain/org-import/types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from '../../../domain/org-import/words';
import { readXlsxTable } from './read-xlsx';

/** What a vendor file's columns mean, and HR's corrections of the derived heads. */
export type ImportMapping = { preset: PresetId; fields: ColumnMapping; headChoices: HeadChoices };

const EXAMPLES = 3;

export const sha256 = (data: Uint8Array | string) =>
	createHash('sha256').update(data).digest('hex');

/**
 * True for a file in Rapport's own format: its email, name and department columns named as such,
 * and no other column that would mean something (a manager, a division, a first name…), which
 * the mapping step would have used.
 */
export function isRapportFormat(table: ImportTable): boolean {
	if (table.headers.length === 0) return true;
	const names = table.headers.map(normaliseHeader);
	if (!REQUIRED_COLUMNS.every((c) => names.includes(c))) return false;
	const others = table.headers.filter((_, i) => !isOneOf(IMPORT_ACCEPTED_COLUMNS, names[i]));
	if (others.length === 0) return true;
	const rows = table.rows
		.slice(0, 200)
		.map((r) => r.cells.filter((_, i) => !isOneOf(IMPORT_ACCEPTED_COLUMNS, names[i])));
	return guessMapping(others, rows).columns.every((c) => c.field === null);
}

/** An uploaded file as a table: a workbook when it is a ZIP archive, CSV text otherwise. */
export function readImportTable(
	bytes: Uint8Array,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<ImportTable> | ImportTable {
	return isZipArchive(bytes) ? readXlsxTable(bytes, words) : readCsvTable(bytes, words);
}

/** The meanings a mapping lacks, as the reader calls them. */
export function missingFieldNames(fields: ColumnMapping, words: ImportWords): string[] {
	return missingFields(fields).map((f) =>
		f === 'name' ? words.serverMessages.orgImport.fullOrFirstAndLast : words.importMapping.fields[f]
	);
}

function unmappedRead(table: ImportTable, missing: string[], words: ImportWords): CsvRead {
	return {
		delimiter: table.delimiter,
		columns: [],
		ignoredColumns: [],
		records: [],
		problems: [
			{
				line: table.headerLine || null,
				column: null,
				message: words.serverMessages.orgImport.unmapped(missing.join(', '))
			}
		]
	};
}

/**
 * The plan for a table: Rapport's own columns read as they are, a vendor file through its mapping
 * into the same records, so both reach the same planner and the same apply.
 */
export function planTable(
	table: ImportTable,
	snapshot: OrgSnapshot,
	mapping: ImportMapping | null,
	actorId: string | null,
	confirmed = true,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): { plan: ImportPlan; source: PreviewSource } {
	let read: CsvRead;
	let heads: PreviewSource['heads'] = [];
	if (!mapping || table.headers.length === 0) {
		read = readNativeTable(table, words);
	} else {
		const missing = missingFieldNames(mapping.fields, words);
		if (missing.length > 0) read = unmappedRead(table, missing, words);
		else {
			const mapped = mapTable(
				table,
				{
					preset: mapping.preset,
					mapping: mapping.fields,
					headChoices: mapping.headChoices,
					snapshot
				},
				words
			);
			read = mapped.read;
			heads = mapped.heads;
		}
	}
	const plan = planImport(read, snapshot, { actorId }, words);
	const source: PreviewSource = {
		format: table.format,
		encoding: table.encoding,
		native: mapping === null,
		preset: mapping?.preset ?? null,
		confirmed,
		columns: table.headers.map((header, i) => ({
			header: header.slice(0, 80),
			field: mapping ? (mapping.fields[i] ?? null) : null,
			examples: [
				...new Set(table.rows.map((r) => (r.cells[i] ?? '').trim()).filter((v) => v !== ''))
			]
				.slice(0, EXAMPLES)
				.map((v) => v.slice(0, 60))
		})),
		heads: heads.slice(0, PREVIEW_LIST_LIMIT),
		headCount: heads.length
	};
	return { plan, source };
}

/** The digest apply compares against, or null when the plan has problems and cannot be applied. */
export function digestOf(plan: ImportPlan): string | null {
	return plan.problems.length > 0 ? null : sha256(planFingerprint(plan));
}

export function previewOf(plan: ImportPlan, source: PreviewSource): ImportPreview {
	return { ...summarisePlan(plan), source };
}
