export type BenchOptions = {
	databaseUrl: string;
	people: number;
	rounds: number;
	/** Ballots submitted in each of the two submit runs (the app and the bare handler). */
	submits: number;
	clients: number;
	/** Reads of each dashboard figure. */
	reads: number;
	quick: boolean;
	/** The company-scale sizes, whose table is bench/results/latest.md. */
	full: boolean;
	generateOnly: boolean;
	/** The parts to measure (`--only submit,page`); all of them by default. */
	only: Set<Section>;
};

export const SECTIONS = ['submit', 'completion', 'reads', 'export', 'page', 'start'] as const;
export type Section = (typeof SECTIONS)[number];

function sectionsFrom(args: string[]): Set<Section> {
	const i = args.indexOf('--only');
	if (i < 0) return new Set(SECTIONS);
	const asked = (args[i + 1] ?? '').split(',');
	const unknown = asked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
	if (unknown.length)
		throw new Error(`--only takes ${SECTIONS.join(', ')}; not ${unknown.join(', ')}`);
	return new Set(asked as Section[]);
}

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432';

function numberAfter(args: string[], flag: string): number | undefined {
	const i = args.indexOf(flag);
	if (i < 0) return undefined;
	const value = Number(args[i + 1]);
	if (!Number.isInteger(value) || value <= 0)
		throw new Error(`${flag} needs a positive whole number`);
	return value;
}

/**
 * `--quick` is a small dataset and short runs for development; `--people`, `--rounds` and
 * `--submits` set sizes one by one; `--generate` only makes the dataset.
 */
export function benchOptions(args: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
	const quick = args.includes('--quick');
	const people = numberAfter(args, '--people') ?? (quick ? 2_000 : 10_000);
	const rounds = numberAfter(args, '--rounds') ?? (quick ? 6 : 52);
	const full = people === 10_000 && rounds === 52;
	return {
		databaseUrl:
			env.BENCH_DATABASE_URL ??
			`${DEFAULT_SERVER}/${full ? 'rapport_bench' : 'rapport_bench_small'}`,
		people,
		rounds,
		submits: numberAfter(args, '--submits') ?? (quick ? 400 : 3_000),
		clients: numberAfter(args, '--clients') ?? 20,
		reads: quick ? 60 : 300,
		quick,
		full: full && !quick && !args.includes('--only') && !args.includes('--submits'),
		generateOnly: args.includes('--generate'),
		only: sectionsFrom(args)
	};
}
