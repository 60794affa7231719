import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { answer, closeTestRound, openTestRound } from '../helpers/analytics-fixture';
import { pdfLines } from '../helpers/pdf-text';
import { buildPdf } from '../../src/lib/server/exports/pdf/report';
import { reportText } from '../../src/lib/server/exports/pdf/catalogue';
import { planExport, type Exporter } from '../../src/lib/server/exports/plan';
import { CONTENT_LABELS, parseExportRequest } from '../../src/lib/server/exports/request';

// A Spanish report reads as Spanish: no sentence of the catalogue's English side that is not also
// Spanish is left in it. And each question of the latest round gets a line, hidden ones say why.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;
let org: Org;
let hr: Exporter;

const ALL = ['drivers', 'enps', 'participation', 'internal_service', 'matrix', 'service_chain'];
const PLACEHOLDER = '\u0001';

/** Every string the catalogue can say, functions called with placeholders for their arguments. */
function phrases(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') {
		const args = Array.from({ length: Math.max(value.length, 6) }, () => PLACEHOLDER);
		try {
			return phrases(value(...args));
		} catch {
			return []; // takes a date or number, not words
		}
	}
	if (Array.isArray(value)) return value.flatMap(phrases);
	if (value && typeof value === 'object') return Object.values(value).flatMap(phrases);
	return [];
}

/** The pieces of the catalogue's English between its arguments: long enough to be a sentence. */
function englishOnlySentences(): string[] {
	const pieces = (language: 'en' | 'es') =>
		phrases(language === 'en' ? [reportText('en'), CONTENT_LABELS] : reportText('es'))
			.flatMap((p) => p.split(PLACEHOLDER))
			.flatMap((p) => p.split(/(?<=[.:;])\s/))
			.map((p) => p.trim());
	const spanish = new Set(pieces('es'));
	return [
		...new Set(pieces('en').filter((p) => p.length >= 16 && / \p{L}+ /u.test(p) && !spanish.has(p)))
	];
}

async function pdfText(fields: Record<string, string | string[]>): Promise<string[][]> {
	const params = new URLSearchParams({ format: 'pdf' });
	for (const [key, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
	}
	const parsed = parseExportRequest(params);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const planned = await planExport(db(), hr, parsed.request);
	if (!planned.ok) throw new Error(planned.reason);
	return pdfLines(await buildPdf(db(), planned.plan));
}

const flat = (pages: string[][]) => pages.flat().join(' ').replace(/\s+/g, ' ');

beforeAll(async () => {
	org = await smallOrg(db(), { support: 8, billing: 3, sales: 7 });
	for (const mood of [3, 4]) {
		const round = await openTestRound(db(), [org.ops.id, org.sales.id], { kComments: 5 });
		for (let i = 0; i < 7; i++) {
			await answer(db(), round, org.support.id, {
				likert: i < 5 ? mood : 2,
				enps: 7 + (i % 4),
				ratings: [{ provider: org.sales.id, score: 6 + (i % 3) }]
			});
		}
		for (let i = 0; i < 3; i++) await answer(db(), round, org.billing.id, { likert: 1, enps: 2 });
		for (let i = 0; i < 6; i++) {
			await answer(db(), round, org.sales.id, {
				likert: 5 - (i % 2),
				enps: 9,
				ratings: [{ provider: org.support.id, score: 8 }]
			});
		}
		await closeTestRound(db(), round);
	}
	hr = { id: org.people[0].id, name: 'Hanna HR', role: 'hr', headOf: [] };
});

describe('the Spanish report', () => {
	it('has no English sentence of the catalogue left, while the English report has them', async () => {
		const sentences = englishOnlySentences();
		expect(sentences.length).toBeGreaterThan(50);
		const english = flat(await pdfText({ contents: ALL, language: 'en' }));
		const printed = sentences.filter((s) => english.includes(s));
		// The check reads real text: many of the English sentences are in the English report.
		expect(printed.length).toBeGreaterThan(20);
		for (const department of ['', org.support.id]) {
			const spanish = flat(
				await pdfText({ contents: ALL, language: 'es', paper: 'a4', department })
			);
			expect(spanish).toContain('Método y anonimato');
			expect(sentences.filter((s) => spanish.includes(s))).toEqual([]);
		}
	});

	it('writes decimals with a comma', async () => {
		const pages = await pdfText({ contents: ALL, language: 'es' });
		const trends = pages.find((p) => p[0] === 'Evolución de los factores')!;
		expect(trends.join(' ')).toMatch(/último -?\d+,\d/);
	});
});

describe('question by question', () => {
	it('gives each question of the latest round a bar with n, in the report language', async () => {
		const pages = await pdfText({ contents: ALL, language: 'es' });
		const lines = pages.flat();
		const start = lines.indexOf('Pregunta por pregunta');
		expect(start).toBeGreaterThan(0);
		const rows = lines.slice(start + 1).filter((l) => /n = \d+$/.test(l));
		expect(rows.length).toBeGreaterThanOrEqual(3);
		expect(rows.some((r) => /\d+\s%/.test(r))).toBe(true);
	});

	it('says why a hidden question is hidden and shows no count', async () => {
		const pages = await pdfText({ contents: ALL, language: 'en', department: org.billing.id });
		const lines = pages.flat();
		const start = lines.indexOf('Question by question');
		expect(start).toBeGreaterThan(0);
		const section = lines.slice(
			start + 2,
			lines.findIndex((l, i) => i > start && /^Rapport ·/.test(l))
		);
		const hidden = section.filter((l) => l.includes('<5: fewer than 5 responses'));
		expect(hidden.length).toBeGreaterThanOrEqual(3);
		expect(section.some((l) => /n = \d/.test(l))).toBe(false);
	});
});
