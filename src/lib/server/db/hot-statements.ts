import pg from 'pg';
import type { Compilable, CompiledQuery, RawBuilder } from 'kysely';
import { poolOf, type Db } from './connection';

// The survey's hot path (the invitation page, Start, the survey page) runs the same few
// statements for every respondent. Building one with Kysely costs the server more than running
// it, and planning it costs PostgreSQL more than executing it (a five-table join plans in about
// 0.6 ms and runs in 0.04). So such a statement is built once, and on a PostgreSQL server it is
// a prepared statement of each connection, planned once there.

/** SQL text of every hot statement → its prepared statement's name. */
const preparedNames = new Map<string, string>();

/**
 * A node-postgres client that runs hot statements as prepared statements of its connection:
 * the same text under the same name each time. Every other statement runs as before.
 */
export class PreparingClient extends pg.Client {
	// pg's overloads cannot be restated here; the override passes every form through unchanged.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	query(config: any, values?: any, callback?: any): any {
		const name = typeof config === 'string' ? preparedNames.get(config) : undefined;
		if (name === undefined || typeof values === 'function') {
			return super.query(config, values, callback);
		}
		return super.query({ name, text: config, values }, callback);
	}
}

/** Where a statement's parameters come from: an argument (its index) or a constant of the build. */
type Slot = { argument: number } | { constant: unknown };

type Built = { compiled: CompiledQuery<unknown>; slots: Slot[] };

/** What a hot statement is built as: a query builder, or an `sql` template. */
type Buildable<Row> = Compilable<Row> | RawBuilder<Row>;

/**
 * A statement built by `build` once per database handle, then run with new arguments. `build`
 * must use its arguments as values only (each becomes a parameter), never to shape the statement
 * or compute with them; a build that does is refused when it is first run.
 */
export function hotStatement<Args extends unknown[], Row>(
	build: (db: Db, ...args: Args) => Buildable<Row>
): (db: Db, ...args: Args) => Promise<Row[]> {
	const built = new WeakMap<Db, Built>();
	return async (db, ...args) => {
		let statement = built.get(db);
		if (!statement) {
			statement = buildOnce(db, build, args.length);
			built.set(db, statement);
		}
		const parameters = statement.slots.map((slot) =>
			'argument' in slot ? args[slot.argument] : slot.constant
		);
		// On a pool of its own, straight to the pool: Kysely's executor (a connection provider, a
		// driver, a result transform) costs more than a small statement's whole round trip in
		// this process. Its client (PreparingClient, or pg.Client when statements are not
		// prepared) then runs it as Kysely's would.
		const pool = poolOf(db);
		if (pool)
			return (await pool.query<Row & pg.QueryResultRow>(statement.compiled.sql, parameters)).rows;
		const result = await db.executeQuery<Row>({ ...statement.compiled, parameters } as never);
		return result.rows;
	};
}

function buildOnce<Args extends unknown[]>(
	db: Db,
	build: (db: Db, ...args: Args) => Buildable<unknown>,
	arity: number
): Built {
	// Markers stand in for the arguments, so that the compiled parameters show where each goes.
	const markers = Array.from(
		{ length: arity },
		(_, i) => `\u0000hot statement argument ${i}\u0000`
	);
	const statement = build(db, ...(markers as Args));
	const compiled = 'isRawBuilder' in statement ? statement.compile(db) : statement.compile();
	const slots: Slot[] = compiled.parameters.map((value) => {
		const argument = markers.indexOf(value as string);
		return argument >= 0 ? { argument } : { constant: value };
	});
	const used = new Set(slots.flatMap((s) => ('argument' in s ? [s.argument] : [])));
	if (used.size !== arity || compiled.sql.includes('\u0000')) {
		throw new Error('a hot statement must use each of its arguments as a value');
	}
	if (!preparedNames.has(compiled.sql)) {
		preparedNames.set(compiled.sql, `rapport_hot_${preparedNames.size + 1}`);
	}
	return { compiled, slots };
}
