export const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export type Percentiles = { n: number; p50: number; p95: number; p99: number; max: number };

export function percentiles(samples: readonly number[]): Percentiles {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p: number) =>
		sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
	return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
	const started = process.hrtime.bigint();
	const value = await fn();
	return [value, elapsedMs(started)];
}

/** Runs `task` for each item with `concurrency` workers; returns the wall time in ms. */
export async function inParallel<T>(
	items: readonly T[],
	concurrency: number,
	task: (item: T) => Promise<void>
): Promise<number> {
	let next = 0;
	const started = process.hrtime.bigint();
	const worker = async () => {
		while (next < items.length) await task(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
	return elapsedMs(started);
}
