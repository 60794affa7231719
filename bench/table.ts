import type { Percentiles } from './stats';

export type Row = {
	measure: string;
	rapport: string;
	baseline: string;
	/** Rapport's speed relative to the baseline: higher is better, 1× is as fast. */
	ratio: number | null;
	target: string;
	/** Whether the target is met; null when the row has no target. */
	met: boolean | null;
};

export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
export const p50p95 = (p: Percentiles) => `p50 ${ms(p.p50)} / p95 ${ms(p.p95)} ms`;
export const p50p99 = (p: Percentiles) => `p50 ${ms(p.p50)} / p99 ${ms(p.p99)} ms`;
export const ratioOf = (baselineTime: number, rapportTime: number) => baselineTime / rapportTime;

function formatRatio(ratio: number | null) {
	if (ratio === null || !Number.isFinite(ratio)) return '—';
	// One decimal up to 100×, so that 19.5× beside a target of 20× does not read as 20×.
	return `${ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

export function markdownTable(rows: readonly Row[]): string {
	const lines = [
		'| Measure | Rapport | Baseline, same run | Ratio | Target | Met |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows.map((r) =>
			[
				r.measure,
				r.rapport,
				r.baseline,
				formatRatio(r.ratio),
				r.target || '—',
				r.met === null ? '—' : r.met ? 'yes' : '**no**'
			]
				.map((cell) => cell.replaceAll('|', '\\|'))
				.join(' | ')
		)
	].map((line) => (line.startsWith('| ') ? line : `| ${line} |`));
	return lines.join('\n') + '\n';
}
