import { csvText, type CsvFormat } from '../../domain/csv-cells';
import { CSV_COLUMNS, type MissingCode } from '../../domain/export-dictionary';
import type { Db } from '../db';
import type { GroupCells, HeatmapRow } from '../analytics/heatmap';
import { isShown, mapCell, type Cell } from '../gate/cells';
import {
	eachRound,
	plannedMeasures,
	scoreFigure,
	serviceFigure,
	type Figure,
	type RoundFigures
} from './figures';
import { chainSections, chainStatistics } from './service-chain-sections';
import { planPeriod, type ExportPlan } from './plan';
import type { CsvDialect } from './request';
import { exportedStories, storyCsvRows } from './stories';

// The trend figures in tidy long form: one row per round × group × measure (× provider for the
// matrix), written round by round so memory holds one round whatever the period. The columns and
// the codes that stand for a missing number are documented in the data dictionary.

export { CSV_COLUMNS };

/** What a withheld figure reads in every number column; its `reason` column holds the reason. */
export const SUPPRESSED: MissingCode = 'suppressed';
const NOT_APPLICABLE: MissingCode = 'not_applicable';
const NOT_COMPUTABLE: MissingCode = 'not_computable';
const NOT_RECORDED: MissingCode = 'not_recorded';
/** Measures without a mean: eNPS is a score of shares, participation a rate. */
const WITHOUT_MEAN = new Set(['enps', 'participation']);
const BOM = '\ufeff';

type Row = (string | number)[];
type Department = { id: string; code: string; path: string };
const COMPANY: Department = { id: '', code: '', path: 'Whole company' };
const NO_PROVIDER = ['', '', ''];

const orNotComputable = (value: number | null | undefined) => value ?? NOT_COMPUTABLE;

/** value, mean, n, invited and reason of a figure; `invited` only for participation. */
function figureColumns(measure: string, cell: Cell<Figure & { invited?: number }>): Row {
	const hasMean = !WITHOUT_MEAN.has(measure);
	const hasInvited = measure === 'participation';
	if (!isShown(cell)) {
		return [
			SUPPRESSED,
			hasMean ? SUPPRESSED : NOT_APPLICABLE,
			SUPPRESSED,
			hasInvited ? SUPPRESSED : NOT_APPLICABLE,
			cell.reason
		];
	}
	const { value, mean, invited } = cell.value;
	return [
		orNotComputable(value),
		hasMean ? orNotComputable(mean) : NOT_APPLICABLE,
		cell.n,
		hasInvited ? orNotComputable(invited) : NOT_APPLICABLE,
		''
	];
}

/** The columns every row of a round starts with: the round, the department, the group. */
function rowHead(round: RoundFigures['round'], department: Department, group: string) {
	return [
		round.id,
		round.opensOn,
		round.closesOn,
		department.id,
		department.code,
		department.path,
		group
	];
}

function groupRows(
	plan: ExportPlan,
	figures: RoundFigures,
	department: Department,
	group: string,
	cells: GroupCells
): Row[] {
	const { round, heatmap } = figures;
	const head = rowHead(round, department, group);
	const rows: Row[] = [];
	if (plan.contents.has('participation')) {
		const figure = mapCell(cells.participation, (v) => ({
			value: v.rate,
			mean: null,
			invited: v.invited
		}));
		rows.push([
			...head,
			'participation',
			...NO_PROVIDER,
			...figureColumns('participation', figure)
		]);
	}
	for (const measure of plannedMeasures(plan, heatmap.measures)) {
		const cell = cells.cells[measure];
		if (cell) {
			rows.push([...head, measure, ...NO_PROVIDER, ...figureColumns(measure, scoreFigure(cell))]);
		}
	}
	return rows;
}

function departmentOf(plan: ExportPlan, id: string, code: string, name: string): Department {
	return { id, code, path: plan.paths.get(id) ?? name };
}

function rowDepartment(plan: ExportPlan, row: HeatmapRow): Department {
	return departmentOf(plan, row.departmentId, row.code, row.name);
}

/** A round's rows: the company, every department of the subtree, then internal service. */
export function roundRows(plan: ExportPlan, figures: RoundFigures): Row[] {
	const { round, heatmap, matrix } = figures;
	const rows = groupRows(plan, figures, COMPANY, 'company', heatmap.company);
	for (const row of heatmap.rows) {
		rows.push(...groupRows(plan, figures, rowDepartment(plan, row), row.scope, row));
	}
	if (!matrix) return rows;
	const head = (department: Department, group: string) => rowHead(round, department, group);
	const providers = new Map(matrix.providers.map((p) => [p.id, p]));
	if (plan.contents.has('internal_service')) {
		for (const provider of matrix.providers) {
			const cell = matrix.received[provider.id];
			if (!cell) continue;
			const department = departmentOf(plan, provider.id, provider.code, provider.name);
			rows.push([
				...head(department, 'provider'),
				'internal_nps_received',
				...NO_PROVIDER,
				...figureColumns('internal_nps_received', serviceFigure(cell))
			]);
		}
	}
	if (plan.contents.has('matrix')) {
		for (const row of matrix.rows) {
			const { consumer } = row;
			const department = departmentOf(plan, consumer.id, consumer.code, consumer.name);
			for (const [providerId, cell] of Object.entries(row.cells)) {
				const p = providers.get(providerId);
				const provider = departmentOf(plan, providerId, p?.code ?? '', p?.name ?? '');
				rows.push([
					...head(department, 'consumer'),
					'internal_nps',
					provider.id,
					provider.code,
					provider.path,
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
			const department = departmentOf(plan, unit.departmentId, unit.code, unit.name);
			const head = ['', from, to, department.id, department.code, department.path, 'unit'];
			const tail = [NOT_APPLICABLE, ''];
			rows.push([
				...head,
				`${name}_internal_support`,
				...NO_PROVIDER,
				unit.internal,
				NOT_APPLICABLE,
				unit.respondents,
				...tail
			]);
			rows.push([
				...head,
				`${name}_external`,
				...NO_PROVIDER,
				unit.external,
				NOT_APPLICABLE,
				unit.externalSampleSize ?? NOT_RECORDED,
				...tail
			]);
		}
		for (const [statistic, value, n] of chainStatistics(section)) {
			rows.push([
				'',
				from,
				to,
				COMPANY.id,
				COMPANY.code,
				COMPANY.path,
				'company',
				`${name}_${statistic}`,
				...NO_PROVIDER,
				orNotComputable(value),
				NOT_APPLICABLE,
				orNotComputable(n),
				NOT_APPLICABLE,
				''
			]);
		}
	}
	return rows;
}

/** How the CSV is written: comma and decimal point, or semicolon and decimal comma. */
function csvFormat(dialect: CsvDialect): CsvFormat {
	const decimalComma = dialect === 'semicolon';
	return {
		delimiter: decimalComma ? ';' : ',',
		number: (value: number) => (decimalComma ? String(value).replace('.', ',') : String(value))
	};
}

export type CsvOptions = { bom?: boolean; dialect?: CsvDialect };

/** The CSV as text chunks: the header, then one chunk per round, then the service chain. */
export async function* csvChunks(
	db: Db,
	plan: ExportPlan,
	options: CsvOptions = {}
): AsyncGenerator<string> {
	const format = csvFormat(options.dialect ?? 'comma');
	yield (options.bom ? BOM : '') + csvText([CSV_COLUMNS], format);
	for await (const figures of eachRound(db, plan)) {
		const rows = roundRows(plan, figures);
		if (rows.length) yield csvText(rows, format);
	}
	const chain = await chainRows(db, plan);
	if (chain.length) yield csvText(chain, format);
	const stories = storyCsvRows(await exportedStories(db, plan), plan);
	if (stories.length) yield csvText(stories, format);
}

/** The CSV as a byte stream that asks for the next round only when the reader wants more. */
export function csvStream(
	db: Db,
	plan: ExportPlan,
	options: CsvOptions & { onDone?: () => void } = {}
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
