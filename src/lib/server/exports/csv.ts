import { stringify } from 'csv-stringify/sync';
import { SAFE_CSV_CAST } from '../../domain/csv-cells';
import type { Db } from '../db';
import type { GroupCells, HeatmapRow } from '../analytics/heatmap';
import { isShown, type Cell } from '../privacy/cells';
import {
	eachRound,
	participationFigure,
	plannedMeasures,
	scoreFigure,
	serviceFigure,
	type Figure,
	type RoundFigures
} from './figures';
import { chainSections, chainStatistics } from './chain';
import { planPeriod, type ExportPlan } from './plan';
import { exportedStories, storyCsvRows } from './stories';

// The trend figures in tidy long form: one row per round × group × measure (× provider for the
// matrix), written round by round so memory holds one round whatever the period.

export const CSV_COLUMNS = [
	'round_id',
	'round_opens',
	'round_closes',
	'department_code',
	'department',
	'group',
	'measure',
	'provider_code',
	'provider',
	'value',
	'mean',
	'n',
	'reason'
] as const;

/**
 * What a withheld figure reads in every column that would have held a number; its `reason` column
 * holds the reason's code (empty for a shown figure).
 */
export const SUPPRESSED = 'suppressed';
/** Measures without a mean: eNPS is a score of shares, participation a rate. */
const WITHOUT_MEAN = new Set(['enps', 'participation']);
const BOM = '\ufeff';

type Row = (string | number)[];
type GroupRef = { code: string; name: string; group: string };

function figureColumns(measure: string, cell: Cell<Figure>): (string | number)[] {
	const hasMean = !WITHOUT_MEAN.has(measure);
	if (!isShown(cell)) return [SUPPRESSED, hasMean ? SUPPRESSED : '', SUPPRESSED, cell.reason];
	const { value, mean } = cell.value;
	return [value ?? '', hasMean ? (mean ?? '') : '', cell.n, ''];
}

function groupRows(
	plan: ExportPlan,
	figures: RoundFigures,
	ref: GroupRef,
	cells: GroupCells
): Row[] {
	const { round, heatmap } = figures;
	const head = [round.id, round.opensOn, round.closesOn, ref.code, ref.name, ref.group];
	const rows: Row[] = [];
	if (plan.contents.has('participation')) {
		rows.push([
			...head,
			'participation',
			'',
			'',
			...figureColumns('participation', participationFigure(cells))
		]);
	}
	for (const measure of plannedMeasures(plan, heatmap.measures)) {
		const cell = cells.cells[measure];
		if (cell) rows.push([...head, measure, '', '', ...figureColumns(measure, scoreFigure(cell))]);
	}
	return rows;
}

function rowLabel(plan: ExportPlan, row: HeatmapRow): GroupRef {
	return { code: row.code, name: plan.paths.get(row.departmentId) ?? row.name, group: row.scope };
}

/** A round's rows: the company, every department of the subtree, then internal service. */
export function roundRows(plan: ExportPlan, figures: RoundFigures): Row[] {
	const { round, heatmap, matrix } = figures;
	const rows = groupRows(
		plan,
		figures,
		{ code: '', name: 'Whole company', group: 'company' },
		heatmap.company
	);
	for (const row of heatmap.rows) rows.push(...groupRows(plan, figures, rowLabel(plan, row), row));
	if (!matrix) return rows;
	const head = (code: string, id: string, group: string) => [
		round.id,
		round.opensOn,
		round.closesOn,
		code,
		plan.paths.get(id) ?? code,
		group
	];
	if (plan.contents.has('internal_service')) {
		for (const provider of matrix.providers) {
			const cell = matrix.received[provider.id];
			if (!cell) continue;
			rows.push([
				...head(provider.code, provider.id, 'provider'),
				'internal_nps_received',
				'',
				'',
				...figureColumns('internal_nps_received', serviceFigure(cell))
			]);
		}
	}
	if (plan.contents.has('matrix')) {
		const providers = new Map(matrix.providers.map((p) => [p.id, p]));
		for (const row of matrix.rows) {
			for (const [providerId, cell] of Object.entries(row.cells)) {
				const provider = providers.get(providerId);
				rows.push([
					...head(row.consumer.code, row.consumer.id, 'direct'),
					'internal_nps',
					provider?.code ?? '',
					plan.paths.get(providerId) ?? provider?.name ?? '',
					...figureColumns('internal_nps', serviceFigure(cell))
				]);
			}
		}
	}
	return rows;
}

/**
 * The service-chain rows: per metric, each department's internal and external figure over the
 * period (group "unit"), and the statistics across departments (group "company").
 */
export async function chainRows(db: Db, plan: ExportPlan): Promise<Row[]> {
	const { from, to } = planPeriod(plan);
	const rows: Row[] = [];
	for (const section of await chainSections(db, plan)) {
		const name = `service_chain_${section.metric}`;
		for (const unit of section.sameMonth.units) {
			const head = [
				'',
				from,
				to,
				unit.code,
				plan.paths.get(unit.departmentId) ?? unit.name,
				'unit'
			];
			rows.push([
				...head,
				`${name}_internal_support`,
				'',
				'',
				unit.internal,
				'',
				unit.respondents,
				''
			]);
			rows.push([
				...head,
				`${name}_external`,
				'',
				'',
				unit.external,
				'',
				unit.externalSampleSize ?? '',
				''
			]);
		}
		for (const [statistic, value, n] of chainStatistics(section)) {
			rows.push([
				'',
				from,
				to,
				'',
				'Whole company',
				'company',
				`${name}_${statistic}`,
				'',
				'',
				value ?? 'n/a',
				'',
				n ?? '',
				''
			]);
		}
	}
	return rows;
}

/** The CSV as text chunks: the header, then one chunk per round, then the service chain. */
export async function* csvChunks(
	db: Db,
	plan: ExportPlan,
	options: { bom?: boolean } = {}
): AsyncGenerator<string> {
	yield (options.bom ? BOM : '') + stringify([[...CSV_COLUMNS]], SAFE_CSV_CAST);
	for await (const figures of eachRound(db, plan)) {
		const rows = roundRows(plan, figures);
		if (rows.length) yield stringify(rows, SAFE_CSV_CAST);
	}
	const chain = await chainRows(db, plan);
	if (chain.length) yield stringify(chain, SAFE_CSV_CAST);
	const stories = storyCsvRows(await exportedStories(db, plan));
	if (stories.length) yield stringify(stories, SAFE_CSV_CAST);
}

/** The CSV as a byte stream that asks for the next round only when the reader wants more. */
export function csvStream(
	db: Db,
	plan: ExportPlan,
	options: { bom?: boolean; onDone?: () => void } = {}
): ReadableStream<Uint8Array> {
	const chunks = csvChunks(db, plan, options);
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await chunks.next();
			if (next.done) {
				controller.close();
				options.onDone?.();
			} else controller.enqueue(encoder.encode(next.value));
		},
		async cancel() {
			await chunks.return(undefined);
		}
	});
}
