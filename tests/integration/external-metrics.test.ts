import { addPerson } from '../helpers/org-writes';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { receiveMetrics, type Sender } from '../../src/lib/server/external-figures/api-intake';
import {
	applyMetricUpload,
	discardMetricUpload,
	findMetricUpload,
	stageMetricUpload
} from '../../src/lib/server/external-figures/csv-uploads';
import { i18n } from '../../src/lib/i18n';

const db = useTestDatabase();
let org: Awaited<ReturnType<typeof smallOrg>>;
let hrId: string;
let sender: Sender;

beforeAll(async () => {
	org = await smallOrg(db());
	hrId = (await addPerson(db(), { email: 'hr@ext.test', name: 'Hal HR', role: 'hr' })).id;
	sender = { kind: 'person', personId: hrId, name: 'Hal HR' };
});

const figures = async () =>
	db()
		.selectFrom('external_metrics')
		.select(['department_id', 'metric', 'period_start', 'period_end', 'value', 'scale', 'source'])
		.orderBy('period_start')
		.orderBy('metric')
		.orderBy('department_id')
		.execute();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('POST /api/v1/external-metrics, the batch', () => {
	it('stores a batch, and the same batch again changes nothing', async () => {
		const items = [
			{
				department: org.support.code,
				metric: 'csat',
				month: '2031-01',
				value: 82.5,
				sample_size: 310,
				source: 'Zendesk'
			},
			{
				department: org.support.code.toLowerCase(),
				metric: 'NPS',
				month: '2031-01',
				value: -12,
				source: 'Delighted'
			},
			{
				department: `Operations ${org.tag}/Support ${org.tag}`,
				metric: 'ces',
				period_start: '2031-01-01',
				period_end: '2031-03-31',
				value: '5,4',
				scale: '1-7',
				source: 'Zendesk'
			},
			{
				department: org.sales.id,
				metric: 'csat',
				month: '2031-01',
				value: '4.2',
				scale: '1-5',
				source: 'Survey'
			}
		];
		expect(await receiveMetrics(db(), { items }, sender)).toEqual({
			ok: true,
			counts: { inserted: 4, updated: 0, unchanged: 0 }
		});
		const stored = await figures();
		expect(stored).toHaveLength(4);
		expect(stored.find((f) => f.metric === 'ces')).toMatchObject({
			department_id: org.support.id,
			period_start: '2031-01-01',
			period_end: '2031-03-31',
			value: 5.4,
			scale: '1-7'
		});
		expect(stored.find((f) => f.metric === 'nps')?.scale).toBeNull();
		expect(
			stored.find((f) => f.metric === 'csat' && f.department_id === org.support.id)
		).toMatchObject({
			period_end: '2031-01-31',
			scale: 'percent'
		});

		expect(await receiveMetrics(db(), { items }, sender)).toEqual({
			ok: true,
			counts: { inserted: 0, updated: 0, unchanged: 4 }
		});
		expect(await figures()).toEqual(stored);

		const corrected = [{ ...items[0], value: 84 }];
		expect(await receiveMetrics(db(), corrected, sender)).toEqual({
			ok: true,
			counts: { inserted: 0, updated: 1, unchanged: 0 }
		});
		expect((await figures()).filter((f) => f.value === 84)).toHaveLength(1);
		expect(await figures()).toHaveLength(4);
	});

	it('refuses the whole batch when one item is wrong, naming each problem', async () => {
		const before = await figures();
		const outcome = await receiveMetrics(
			db(),
			{
				items: [
					{
						department: org.support.code,
						metric: 'csat',
						month: '2031-02',
						value: 80,
						source: 'Zendesk'
					},
					{ department: 'NOPE', metric: 'csat', month: '2031-02', value: 80, source: 'Zendesk' },
					{
						department: org.sales.code,
						metric: 'happiness',
						month: '2031-13',
						value: 'high',
						source: ''
					},
					{
						department: org.sales.code,
						metric: 'nps',
						month: '2031-02',
						value: 120,
						scale: 'percent',
						source: 'X'
					},
					{
						department: org.sales.code,
						metric: 'csat',
						period_start: '2031-03-01',
						period_end: '2031-02-01',
						value: 80,
						sample_size: 0,
						source: 'X'
					},
					{
						department: org.support.code,
						metric: 'csat',
						month: '2031-02',
						value: 81,
						source: 'Zendesk'
					},
					'not an object'
				]
			},
			sender
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.message).toBe('6 of 7 items have problems; nothing was stored.');
		const at = (index: number) =>
			outcome.problems.filter((p) => p.index === index).map((p) => p.field);
		expect(at(0)).toEqual([]);
		expect(at(1)).toEqual(['department']);
		expect(at(2).sort()).toEqual(['metric', 'month', 'source', 'value']);
		expect(at(3).sort()).toEqual(['scale', 'value']);
		expect(at(4).sort()).toEqual(['period_end', 'sample_size']);
		expect(outcome.problems.find((p) => p.index === 5)?.message).toMatch(
			/same department, metric, period and source as items\[0\]/
		);
		expect(at(6)).toEqual([null]);
		expect(outcome.problems.find((p) => p.index === 1)?.message).toMatch(/no department “NOPE”/);
		expect(await figures()).toEqual(before);
	});

	it('refuses bodies that are not a batch', async () => {
		for (const body of [null, {}, { items: [] }, { items: 'x' }, 42]) {
			const outcome = await receiveMetrics(db(), body, sender);
			expect(outcome.ok).toBe(false);
		}
	});

	it('records who sent figures in the audit log', async () => {
		const entries = await listAuditEntries(db(), { entityType: 'external_metrics' });
		expect(entries.length).toBeGreaterThanOrEqual(3);
		expect(entries[0]).toMatchObject({ action: 'external_metrics.received', actorId: hrId });
		expect(entries[0].after).toMatchObject({
			inserted: 0,
			updated: 1,
			unchanged: 0,
			metrics: ['csat']
		});
	});
});

describe('the CSV upload', () => {
	const header = 'department,metric,month,value,sample_size,source\n';

	it('previews every problem with its line and column, and refuses to apply', async () => {
		const csv =
			header +
			`${org.support.code},csat,2031-04,81.5,200,Zendesk\n` +
			`Nowhere,csat,2031-04,80,200,Zendesk\n` +
			`${org.sales.code},csat,April,80,200,Zendesk\n` +
			`${org.sales.code},csat,2031-04,80\n`;
		const id = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'bad.csv',
			bytes: bytes(csv)
		});
		const upload = await findMetricUpload(db(), id);
		expect(upload?.preview?.problems).toEqual([
			{ line: 3, field: 'department', message: expect.stringMatching(/no department “Nowhere”/) },
			{ line: 4, field: 'month', message: '“April” is not a month: write it as YYYY-MM.' },
			{ line: 5, field: null, message: expect.stringMatching(/has 4 fields but the header has 6/) }
		]);
		expect(upload?.preview?.counts).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
		const before = await figures();
		expect(await applyMetricUpload(db(), id, hrId)).toEqual({ ok: false, reason: 'problems' });
		expect(await figures()).toEqual(before);
		expect(await discardMetricUpload(db(), id)).toBe(true);
		expect((await findMetricUpload(db(), id))?.status).toBe('discarded');
	});

	it('reports a file that is not CSV or lacks columns', async () => {
		const id = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'x.csv',
			bytes: bytes('department;metric;value\nSUP;csat;80\n')
		});
		expect((await findMetricUpload(db(), id))?.preview?.problems).toEqual([
			{ line: 1, field: null, message: expect.stringMatching(/lacks the column source/) }
		]);
		const unclosed = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'y.csv',
			bytes: bytes(header + `${org.support.code},csat,2031-04,"81,200,Zendesk\n`)
		});
		expect((await findMetricUpload(db(), unclosed))?.preview?.problems[0].message).toMatch(
			/never closed/
		);
	});

	it('words the preview’s problems in the reader’s language', async () => {
		const csv =
			header +
			`Nowhere,csat,2031-04,80,200,Zendesk\n` +
			`${org.sales.code},nps,2031-04,-120,200,Delighted\n` +
			`${org.sales.code},csat,2031-04,80,200,Zendesk\n` +
			`${org.sales.code},csat,2031-04,81,200,Zendesk\n`;
		const id = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'abril.csv',
			bytes: bytes(csv)
		});
		const spanish = await findMetricUpload(db(), id, i18n('es').t.serverMessages);
		expect(spanish?.preview?.problems).toEqual([
			{
				line: 2,
				field: 'department',
				message:
					'No hay ningún departamento «Nowhere»: indica su código (como SUP) o su ruta (como Operaciones/Atención al cliente).'
			},
			{ line: 3, field: 'value', message: 'El NPS va de −100 a 100; −120 queda fuera.' },
			{
				line: 5,
				field: null,
				message:
					'El mismo departamento, métrica, periodo y fuente que la línea 4: indica cada cifra una sola vez.'
			}
		]);
		expect((await findMetricUpload(db(), id))?.preview?.problems[1].message).toBe(
			'NPS runs from -100 to 100; -120 is outside.'
		);
		const empty = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'vacío.csv',
			bytes: bytes(' \n')
		});
		expect(
			(await findMetricUpload(db(), empty, i18n('es').t.serverMessages))?.preview?.problems
		).toEqual([{ line: null, field: null, message: 'El archivo está vacío.' }]);
		expect(await discardMetricUpload(db(), id)).toBe(true);
		expect(await discardMetricUpload(db(), empty)).toBe(true);
	});

	it('applies all rows at once; the same file again changes nothing', async () => {
		const csv =
			'\ufeff' +
			header.replace(/,/g, ';') +
			`${org.support.code};csat;2031-05;81,5;200;Zendesk\r\n` +
			`Operations ${org.tag}/Billing ${org.tag};nps;2031-05;-4;120;Delighted\r\n` +
			`${org.sales.code};csat;2031-05;77 %;;Survey\r\n`;
		const first = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'may.csv',
			bytes: bytes(csv)
		});
		const preview = (await findMetricUpload(db(), first))?.preview;
		expect(preview?.problems).toEqual([]);
		expect(preview?.rows.map((r) => [r.line, r.department, r.value, r.change])).toEqual([
			[2, org.support.name, 81.5, 'new'],
			[3, org.billing.name, -4, 'new'],
			[4, org.sales.name, 77, 'new']
		]);
		expect(await applyMetricUpload(db(), first, hrId)).toEqual({
			ok: true,
			counts: { inserted: 3, updated: 0, unchanged: 0 }
		});
		expect(await applyMetricUpload(db(), first, hrId)).toEqual({
			ok: false,
			reason: 'not_pending'
		});
		const after = await figures();

		const again = await stageMetricUpload(db(), {
			actorId: hrId,
			fileName: 'may.csv',
			bytes: bytes(csv)
		});
		expect((await findMetricUpload(db(), again))?.preview?.counts).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 3
		});
		expect(await applyMetricUpload(db(), again, hrId)).toEqual({
			ok: true,
			counts: { inserted: 0, updated: 0, unchanged: 3 }
		});
		expect(await figures()).toEqual(after);
		const audit = await listAuditEntries(db(), { entityType: 'external_metrics', entityId: first });
		expect(audit.map((e) => e.action)).toEqual(['external_metrics.uploaded']);
		expect(audit[0].entityLabel).toBe('may.csv');
	});
});
