import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';

// A database administrator who wants to know who wrote which response, from the order in which
// rows were written: transaction ids (xmin), physical place (ctid, the order pg_dump writes),
// ids and every timestamp column. Orders are compared rank for rank; nothing here uses answers.

/** A row as the administrator reads it: its raw fields, plus where and by which transaction. */
export type RawRow = Record<string, unknown> & { xmin: string; ctid: string; place: number };

/** Every row of a table (or partition) in physical order, with xmin and ctid. */
export async function readRaw(db: Kysely<Database>, table: string): Promise<RawRow[]> {
	const result = await sql<Record<string, unknown> & { xmin: string; ctid: string }>`
		select xmin::text as xmin, ctid::text as ctid, * from ${sql.table(table)}`.execute(db);
	const position = (ctid: string) => {
		const [page, item] = ctid.slice(1, -1).split(',').map(Number);
		return page * 10_000 + item;
	};
	return result.rows
		.map((row) => ({ ...row, place: position(row.ctid) }))
		.sort((a, b) => a.place - b.place);
}

/** The partitions of a partitioned table in the current schema, or the table itself. */
export async function partitionsOf(db: Kysely<Database>, table: string): Promise<string[]> {
	const result = await sql<{ name: string }>`
		select c.relname as name from pg_inherits i
		join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
		join pg_namespace ns on ns.oid = p.relnamespace
		where p.relname = ${table} and ns.nspname = current_schema()`.execute(db);
	return result.rows.length ? result.rows.map((r) => r.name) : [table];
}

/** Timestamp columns of a table, the ones an administrator would try to order by. */
export async function timeColumns(db: Kysely<Database>, table: string): Promise<string[]> {
	const result = await sql<{ column_name: string }>`
		select column_name from information_schema.columns
		where table_schema = current_schema() and table_name = ${table}
			and (data_type like 'timestamp%' or data_type = 'date')`.execute(db);
	return result.rows.map((r) => r.column_name);
}

/**
 * Row order per table as `pg_dump --data-only` writes it: the values of `column` in each COPY
 * block, in order. PostgreSQL only (the test schema of TEST_DATABASE_URL).
 */
export async function dumpOrder(
	url: string,
	schema: string,
	column: string
): Promise<Map<string, string[]>> {
	const { stdout } = await promisify(execFile)(
		'pg_dump',
		['--data-only', '--schema', schema, '--no-owner', url],
		{ maxBuffer: 64 * 1024 * 1024 }
	);
	const blocks = new Map<string, string[]>();
	let current: { table: string; index: number; rows: string[] } | null = null;
	for (const line of stdout.split('\n')) {
		const copy = /^COPY [^.]+\.(\S+) \(([^)]*)\) FROM stdin;$/.exec(line);
		if (copy) {
			const columns = copy[2].split(', ').map((c) => c.replaceAll('"', ''));
			current = { table: copy[1].replaceAll('"', ''), index: columns.indexOf(column), rows: [] };
		} else if (current && line === '\\.') {
			if (current.index >= 0) blocks.set(current.table, current.rows);
			current = null;
		} else if (current && current.index >= 0) {
			current.rows.push(line.split('\t')[current.index]);
		}
	}
	return blocks;
}

/** An order of things by some key: ids first to last. Ties keep their physical order. */
export function orderBy<T>(rows: T[], key: (row: T) => string | number, id: (row: T) => string) {
	return [...rows]
		.map((row, i) => ({ row, i, k: key(row) }))
		.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
		.map(({ row }) => id(row));
}

/**
 * Orders of the people behind `rows` (`subject` names each row's, or undefined to skip it) by
 * xmin, physical place, id and every timestamp column of `table`: `"<name> by <key>"`.
 */
export async function ordersOf(
	db: Kysely<Database>,
	name: string,
	table: string,
	rows: RawRow[],
	subject: (row: RawRow) => string | undefined
): Promise<Record<string, string[]>> {
	const known = rows.filter((r) => subject(r) !== undefined);
	const keys: Record<string, (r: RawRow) => string | number> = {
		xmin: (r) => Number(r.xmin),
		place: (r) => r.place,
		id: (r) => String(r.id ?? r.token_hash ?? '')
	};
	for (const column of await timeColumns(db, table)) {
		keys[column] = (r) =>
			r[column] instanceof Date ? (r[column] as Date).getTime() : String(r[column]);
	}
	const orders: Record<string, string[]> = {};
	for (const [key, fn] of Object.entries(keys)) {
		orders[`${name} by ${key}`] = [...new Set(orderBy(known, fn, (r) => subject(r)!))];
	}
	return orders;
}

/**
 * The attacker's best guess from two orders of the same people's actions: the i-th of one is
 * the i-th of the other, within each group (department), forwards and backwards. Returns how
 * many guesses are right, the best of the two directions.
 */
export function rankMatches(
	left: string[],
	right: string[],
	groupOf: (id: string) => string,
	truth: (leftId: string, rightId: string) => boolean
): number {
	const byGroup = (ids: string[]) => {
		const groups = new Map<string, string[]>();
		for (const id of ids) groups.set(groupOf(id), [...(groups.get(groupOf(id)) ?? []), id]);
		return groups;
	};
	const l = byGroup(left);
	const r = byGroup(right);
	let forwards = 0;
	let backwards = 0;
	for (const [group, ids] of l) {
		const other = r.get(group) ?? [];
		const reversed = [...other].reverse();
		ids.forEach((id, i) => {
			if (other[i] !== undefined && truth(id, other[i])) forwards++;
			if (reversed[i] !== undefined && truth(id, reversed[i])) backwards++;
		});
	}
	return Math.max(forwards, backwards);
}

/** Spearman's rank correlation of two orders of the same ids. */
export function rankCorrelation(a: string[], b: string[]): number {
	const rank = new Map(b.map((id, i) => [id, i]));
	const n = a.length;
	const d2 = a.reduce((sum, id, i) => sum + (i - (rank.get(id) ?? 0)) ** 2, 0);
	return 1 - (6 * d2) / (n * (n * n - 1));
}
