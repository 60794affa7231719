import { serviceValue, type ServiceValue } from '../analytics/cell-values';
import { isShown, type Cell } from '../gate/cells';
import type { RoundFigures } from './figures';

// The internal service matrix over a report's period. Each consumer × provider pair pools the
// rounds in which the gate showed it: the sum of published figures says nothing a reader of
// those rounds could not add up. Pooling hidden rounds' raw counts instead would let a reader
// subtract the published rounds from the total and recover a hidden one, so they stay out.
// A pair hidden in every round keeps the latest round's reason.

type DepartmentRef = { id: string; code: string; name: string };

export type PooledCell = { cell: Cell<ServiceValue>; roundsShown: number };

export type PeriodMatrix = {
	rounds: number;
	providers: DepartmentRef[];
	rows: { consumer: DepartmentRef; cells: Record<string, PooledCell> }[];
	received: Record<string, PooledCell>;
	/** Pairs whose people were asked in at least one round, and those of them shown. */
	asked: number;
	shown: number;
};

type Pool = {
	histogram: number[];
	n: number;
	ratings: number;
	rounds: number;
	latest: Cell<ServiceValue>;
};

function add(pools: Map<string, Pool>, key: string, cell: Cell<ServiceValue>) {
	const pool = pools.get(key) ?? { histogram: [], n: 0, ratings: 0, rounds: 0, latest: cell };
	pool.latest = cell;
	if (isShown(cell)) {
		cell.value.histogram.forEach((c, i) => (pool.histogram[i] = (pool.histogram[i] ?? 0) + c));
		pool.n += cell.n;
		pool.ratings += cell.value.ratings;
		pool.rounds += 1;
	}
	pools.set(key, pool);
}

function pooled(pool: Pool): PooledCell {
	if (pool.rounds === 0) return { cell: pool.latest, roundsShown: 0 };
	const histogram = Array.from(pool.histogram, (c) => c ?? 0);
	const value = serviceValue({
		respondents: pool.n,
		ratings: pool.ratings,
		histogram,
		reasons: {}
	});
	return { cell: { value, n: pool.n }, roundsShown: pool.rounds };
}

export function periodMatrix(rounds: readonly RoundFigures[]): PeriodMatrix | null {
	const matrices = rounds.map((r) => r.matrix).filter((m) => m !== null);
	if (matrices.length === 0) return null;
	const providers = new Map<string, DepartmentRef>();
	const consumers = new Map<string, DepartmentRef>();
	const cells = new Map<string, Pool>();
	const received = new Map<string, Pool>();
	for (const matrix of matrices) {
		for (const p of matrix.providers) providers.set(p.id, p);
		for (const row of matrix.rows) {
			consumers.set(row.consumer.id, row.consumer);
			for (const [providerId, cell] of Object.entries(row.cells)) {
				add(cells, `${row.consumer.id}|${providerId}`, cell);
			}
		}
		for (const [providerId, cell] of Object.entries(matrix.received))
			add(received, providerId, cell);
	}
	let asked = 0;
	let shown = 0;
	const rows = [...consumers.values()].map((consumer) => {
		const row: Record<string, PooledCell> = {};
		for (const providerId of providers.keys()) {
			const pool = cells.get(`${consumer.id}|${providerId}`);
			if (!pool) continue;
			row[providerId] = pooled(pool);
			const cell = row[providerId].cell;
			if (isShown(cell) || cell.reason !== 'not_asked') asked += 1;
			if (isShown(cell)) shown += 1;
		}
		return { consumer, cells: row };
	});
	return {
		rounds: matrices.length,
		providers: [...providers.values()],
		rows,
		received: Object.fromEntries([...received].map(([id, pool]) => [id, pooled(pool)])),
		asked,
		shown
	};
}
