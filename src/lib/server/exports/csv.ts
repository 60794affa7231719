import { csvField, csvText, type CsvFormat } from '../../domain/csv-cells';
import { CSV_COLUMNS, type MissingCode } from '../../domain/export-dictionary';
import type { Db } from '../db';
import type { GroupCells } from '../analytics/heatmap';
import { isShown, mapCell, type Cell } from '../gate/cells';
import {
	eachRoundRead,
	roundFigures,
	plannedMeasures,
	scoreNumbers,
	serviceFigure,
	type RoundFigures
} from './figures';
import { chainSections, chainStatistics } from './service-chain-sections';
import { planPeriod, type ExportPlan } from './plan';
import type { CsvDialect } from './request';
import type { RoundEntry } from '../analytics/department-and-round-lists';
import { exportedStories, storyCsvRows } from './stories';
import { keptOrMadeLines } from './stored-lines';

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

/** A figure's numbers as a line holds them; `invited` only for participation. */
type FigureFields = {
	value: number | null | undefined;
	mean: number | null | undefined;
	invited?: number | null;
};

function departmentOf(plan: ExportPlan, id: string, code: string, name: string): Department {
	return { id, code, path: plan.paths.get(id) ?? name };
}

/**
 * Writes rounds' lines, each field as `csvText` would: a round is one string, the columns its
 * lines share are written once per group, the words of closed lists (measures, groups, codes,
 * reasons) once per export, a hidden figure's columns once per measure and reason, and only
 * the shown figures' numbers line by line.
 */
function roundWriter(plan: ExportPlan, format: CsvFormat) {
	const d = format.delimiter;
	const words = new Map<string, string>();
	const word = (value: string) => {
		let field = words.get(value);
		if (field === undefined) words.set(value, (field = csvField(value, format)));
		return field;
	};
	const number = (value: number | null | undefined) =>
		value === null || value === undefined ? word(NOT_COMPUTABLE) : csvField(value, format);
	/** The three provider columns of a row without a provider, each with its delimiter. */
	const noProvider = d + d + d;
	const hiddenEnds = new Map<string, string>();

	/** measure, the provider columns (with their delimiters), the figure's columns, the newline. */
	function lineEnd(measure: string, provider: string, cell: Cell<FigureFields>): string {
		const hasMean = !WITHOUT_MEAN.has(measure);
		const hasInvited = measure === 'participation';
		if (!isShown(cell)) {
			const key = `${measure}\u0000${cell.reason}`;
			let figure = hiddenEnds.get(key);
			if (figure === undefined) {
				figure = [
					SUPPRESSED,
					hasMean ? SUPPRESSED : NOT_APPLICABLE,
					SUPPRESSED,
					hasInvited ? SUPPRESSED : NOT_APPLICABLE,
					cell.reason
				]
					.map(word)
					.join(d);
				hiddenEnds.set(key, figure);
			}
			return `${word(measure)}${d}${provider}${figure}\n`;
		}
		const { value, mean, invited } = cell.value;
		return (
			word(measure) +
			d +
			provider +
			number(value) +
			d +
			(hasMean ? number(mean) : word(NOT_APPLICABLE)) +
			d +
			csvField(cell.n, format) +
			d +
			(hasInvited ? number(invited) : word(NOT_APPLICABLE)) +
			d +
			'\n'
		);
	}

	/** Columns of a department (the provider's, or the row's), each with its delimiter. */
	const departmentFields = (department: Department) =>
		csvField(department.id, format) +
		d +
		csvField(department.code, format) +
		d +
		csvField(department.path, format) +
		d;

	/** A group's lines: participation, then each planned measure the round asked. */
	function groupLines(start: string, measures: readonly string[], cells: GroupCells): string {
		let text = '';
		if (plan.contents.has('participation')) {
			const figure = mapCell(cells.participation, (v) => ({
				value: v.rate,
				mean: null,
				invited: v.invited
			}));
			text += start + lineEnd('participation', noProvider, figure);
		}
		for (const measure of measures) {
			const cell = cells.cells[measure];
			if (cell) text += start + lineEnd(measure, noProvider, mapCell(cell, scoreNumbers));
		}
		return text;
	}

	/** A round's lines: the company, every department of the subtree, then internal service. */
	return function roundText(figures: RoundFigures): string {
		const { round, heatmap, matrix } = figures;
		const roundFields =
			csvField(round.id, format) +
			d +
			csvField(round.opensOn, format) +
			d +
			csvField(round.closesOn, format) +
			d;
		const start = (department: Department, group: string) =>
			roundFields + departmentFields(department) + word(group) + d;
		const measures = plannedMeasures(plan, heatmap.measures);
		let text = groupLines(start(COMPANY, 'company'), measures, heatmap.company);
		for (const row of heatmap.rows) {
			const department = departmentOf(plan, row.departmentId, row.code, row.name);
			text += groupLines(start(department, row.scope), measures, row);
		}
		if (!matrix) return text;
		if (plan.contents.has('internal_service')) {
			for (const provider of matrix.providers) {
				const cell = matrix.received[provider.id];
				if (!cell) continue;
				const department = departmentOf(plan, provider.id, provider.code, provider.name);
				text +=
					start(department, 'provider') +
					lineEnd('internal_nps_received', noProvider, serviceFigure(cell));
			}
		}
		if (plan.contents.has('matrix')) {
			const providers = new Map<string, string>();
			for (const p of matrix.providers) {
				providers.set(p.id, departmentFields(departmentOf(plan, p.id, p.code, p.name)));
			}
			for (const row of matrix.rows) {
				const { consumer } = row;
				const consumerStart = start(
					departmentOf(plan, consumer.id, consumer.code, consumer.name),
					'consumer'
				);
				for (const [providerId, cell] of Object.entries(row.cells)) {
					const provider =
						providers.get(providerId) ?? departmentFields(departmentOf(plan, providerId, '', ''));
					text += consumerStart + lineEnd('internal_nps', provider, serviceFigure(cell));
				}
			}
		}
		return text;
	};
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

export type CsvOptions = {
	bom?: boolean;
	dialect?: CsvDialect;
	/**
	 * Where rounds' lines are kept (the primary): kept lines are read instead of the cells, and
	 * lines made from the cells are kept. Without it, every line is made from the cells.
	 */
	keepIn?: Db;
};

/** The CSV as text chunks: the header, then one chunk per round, then the service chain. */
export async function* csvChunks(
	db: Db,
	plan: ExportPlan,
	options: CsvOptions = {}
): AsyncGenerator<string> {
	const dialect = options.dialect ?? 'comma';
	const format = csvFormat(dialect);
	yield (options.bom ? BOM : '') + csvText([CSV_COLUMNS], format);
	const roundText = roundWriter(plan, format);
	const fromCells = async (round: RoundEntry) => {
		const figures = await roundFigures(db, plan, round);
		return figures && { text: roundText(figures), publishedAt: figures.publishedAt };
	};
	const read = options.keepIn
		? await keptOrMadeLines(db, options.keepIn, plan, dialect, fromCells)
		: async (round: RoundEntry) => (await fromCells(round))?.text ?? null;
	for await (const text of eachRoundRead(plan, read)) {
		if (text) yield text;
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
