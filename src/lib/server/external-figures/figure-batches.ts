import { sql } from 'kysely';
import type { Db } from '../db';
import { recordAudit, type AuditEntry } from '../audit/log';
import { ENGLISH_SERVER_WORDS } from '../../i18n/server-words';
import {
	metricKey,
	validateMetricItem,
	type FigureWords,
	type MetricField,
	type MetricItem,
	type RawMetricItem
} from '../../domain/external-metrics';

// Writing external satisfaction figures: check a batch (CSV rows or API items) completely, then
// write all of it or nothing. A figure is identified by department, metric, period and source;
// sending it again replaces its value, and an identical figure changes nothing.

export type ItemRef = number;
export type ItemProblem = { ref: ItemRef; field: MetricField | null; message: string };
export type ItemChange = 'new' | 'replaces' | 'unchanged';

export type CheckedItem = {
	ref: ItemRef;
	departmentId: string;
	departmentName: string;
	item: MetricItem;
	change: ItemChange;
	/** The value it replaces, for `replaces`. */
	previous: number | null;
};

export type CheckedBatch = { items: CheckedItem[]; problems: ItemProblem[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Department = {
	id: string;
	code: string;
	name: string;
	parentId: string | null;
	archived: boolean;
};

/** Finds a department by id, by code (any case) or by its path of names from the top. */
async function departmentFinder(db: Db, w: FigureWords) {
	const rows = await db
		.selectFrom('departments')
		.select(['id', 'code', 'name', 'parent_id as parentId', 'archived_at'])
		.execute();
	const departments: Department[] = rows.map((r) => ({ ...r, archived: r.archived_at !== null }));
	const byId = new Map(departments.map((d) => [d.id, d]));
	const byCode = new Map(departments.map((d) => [d.code.toLowerCase(), d]));
	const child = (parentId: string | null, name: string) =>
		departments.find(
			(d) => d.parentId === parentId && !d.archived && d.name.toLowerCase() === name.toLowerCase()
		) ??
		departments.find((d) => d.parentId === parentId && d.name.toLowerCase() === name.toLowerCase());
	return (ref: string): Department | { problem: string } => {
		const value: string = ref.trim();
		let found: Department | undefined;
		if (UUID.test(value)) found = byId.get(value.toLowerCase());
		else if (value.includes('/')) {
			let parent: string | null = null;
			for (const part of value
				.split('/')
				.map((p) => p.trim())
				.filter(Boolean)) {
				found = child(parent, part);
				if (!found) break;
				parent = found.id;
			}
		} else found = byCode.get(value.toLowerCase()) ?? child(null, value);
		if (!found) return { problem: w.noDepartment(value) };
		if (found.archived) return { problem: w.archived(found.name) };
		return found;
	};
}

/**
 * Checks every item; problems carry the item's ref (a CSV line number or an array index) and are
 * worded in `w` (English for the API).
 */
export async function checkMetricItems(
	db: Db,
	raws: readonly { ref: ItemRef; raw: RawMetricItem }[],
	refLabel: (ref: ItemRef) => string = (ref) => `item ${ref}`,
	w: FigureWords = ENGLISH_SERVER_WORDS.externalFigures
): Promise<CheckedBatch> {
	const find = await departmentFinder(db, w);
	const problems: ItemProblem[] = [];
	const valid: Omit<CheckedItem, 'change' | 'previous'>[] = [];
	const seen = new Map<string, ItemRef>();
	for (const { ref, raw } of raws) {
		const checked = validateMetricItem(raw, w);
		const department =
			typeof raw.department === 'string' || typeof raw.department === 'number'
				? find(String(raw.department))
				: null;
		if (department && 'problem' in department && String(raw.department).trim() !== '') {
			problems.push({ ref, field: 'department', message: department.problem });
		}
		if ('problems' in checked) {
			problems.push(...checked.problems.map((p) => ({ ref, ...p })));
			continue;
		}
		if (!department || 'problem' in department) continue;
		const key = metricKey(department.id, checked.item);
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problems.push({
				ref,
				field: null,
				message: w.sameFigure(refLabel(earlier))
			});
			continue;
		}
		seen.set(key, ref);
		valid.push({
			ref,
			departmentId: department.id,
			departmentName: department.name,
			item: checked.item
		});
	}
	const existing = await existingValues(db, valid);
	const items = valid.map((v) => {
		const before = existing.get(metricKey(v.departmentId, v.item));
		const same =
			before !== undefined &&
			before.value === v.item.value &&
			before.scale === v.item.scale &&
			before.sample_size === v.item.sampleSize;
		const change: ItemChange = before === undefined ? 'new' : same ? 'unchanged' : 'replaces';
		return { ...v, change, previous: before && !same ? before.value : null };
	});
	return { items, problems: problems.sort((a, b) => a.ref - b.ref) };
}

async function existingValues(
	db: Db,
	items: readonly { departmentId: string; item: MetricItem }[]
) {
	const out = new Map<
		string,
		{ value: number; scale: string | null; sample_size: number | null }
	>();
	const departments = [...new Set(items.map((i) => i.departmentId))];
	if (departments.length === 0) return out;
	const rows = await db
		.selectFrom('external_metrics')
		.select([
			'department_id',
			'metric',
			'period_start',
			'period_end',
			'source',
			'value',
			'scale',
			'sample_size'
		])
		.where('department_id', 'in', departments)
		.execute();
	for (const r of rows) {
		const key = metricKey(r.department_id, {
			metric: r.metric,
			periodStart: r.period_start,
			periodEnd: r.period_end,
			source: r.source
		} as MetricItem);
		out.set(key, r);
	}
	return out;
}

export type ApplyCounts = { inserted: number; updated: number; unchanged: number };
export type Writer = { personId: string | null; apiKeyId: string | null };

/** Writes checked items (all of them, in one transaction) and records one audit entry. */
export async function writeMetricItems(
	db: Db,
	items: readonly CheckedItem[],
	writer: Writer,
	audit: Pick<AuditEntry, 'action' | 'entityId' | 'entityLabel' | 'after'>
): Promise<ApplyCounts> {
	const counts: ApplyCounts = {
		inserted: items.filter((i) => i.change === 'new').length,
		updated: items.filter((i) => i.change === 'replaces').length,
		unchanged: items.filter((i) => i.change === 'unchanged').length
	};
	const changed = items.filter((i) => i.change !== 'unchanged');
	for (let i = 0; i < changed.length; i += 1000) {
		await db
			.insertInto('external_metrics')
			.values(
				changed.slice(i, i + 1000).map(({ departmentId, item }) => ({
					department_id: departmentId,
					metric: item.metric,
					period_start: item.periodStart,
					period_end: item.periodEnd,
					value: item.value,
					scale: item.scale,
					sample_size: item.sampleSize,
					source: item.source,
					updated_by: writer.personId,
					api_key_id: writer.apiKeyId
				}))
			)
			.onConflict((oc) =>
				oc
					.columns(['department_id', 'metric', 'period_start', 'period_end', 'source'])
					.doUpdateSet({
						value: sql`excluded.value`,
						scale: sql`excluded.scale`,
						sample_size: sql`excluded.sample_size`,
						updated_by: sql`excluded.updated_by`,
						api_key_id: sql`excluded.api_key_id`,
						updated_at: sql`now()`
					})
			)
			.execute();
	}
	const months = items.map((i) => i.item.periodStart).sort();
	await recordAudit(db, {
		actorId: writer.personId,
		entityType: 'external_metrics',
		...audit,
		after: {
			...(audit.after && typeof audit.after === 'object' && !Array.isArray(audit.after)
				? audit.after
				: {}),
			...counts,
			metrics: [...new Set(items.map((i) => i.item.metric))].sort(),
			periods: months.length
				? `${months[0]} – ${items
						.map((i) => i.item.periodEnd)
						.sort()
						.at(-1)}`
				: '',
			source: [...new Set(items.map((i) => i.item.source))].sort().join('; ')
		}
	});
	return counts;
}
