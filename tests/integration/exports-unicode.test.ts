import { addDepartment, addPerson } from '../helpers/org-writes';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { LONG_AGO } from '../helpers/org-fixture';
import { answer, closeTestRound, openTestRound } from '../helpers/analytics-fixture';
import { pdfLines } from '../helpers/pdf-text';
import { buildPdf } from '../../src/lib/server/exports/pdf/report';
import { planExport, type Exporter } from '../../src/lib/server/exports/plan';
import { parseExportRequest } from '../../src/lib/server/exports/request';

// Names and comments in Polish, Greek, Cyrillic and Japanese print as written in the PDF, read
// back by pdf.js from the embedded fonts' text, on A4 and Letter.

const db = useTestDatabase();

const DEPARTMENTS = [
	{
		// 60 characters: wraps in the heatmap instead of running into the next row.
		code: 'U-PL',
		name: 'Łódź – Dział Obsługi Klienta Korporacyjnego i Sprzedaży Żółć',
		comment: 'Zażółć gęślą jaźń, proszę.'
	},
	{ code: 'U-GR', name: 'Ελλάδα Πωλήσεις', comment: 'Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.' },
	{ code: 'U-RU', name: 'Москва Поддержка', comment: 'Съешь же ещё этих мягких булок.' },
	{ code: 'U-JP', name: '東京 営業部', comment: 'いろはにほへと、ちりぬるを。東京は良い。' }
];

let hr: Exporter;

beforeAll(async () => {
	const ids: string[] = [];
	for (const spec of DEPARTMENTS) {
		const department = await addDepartment(db(), { code: spec.code, name: spec.name });
		ids.push(department.id);
		for (let i = 0; i < 6; i++) {
			await addPerson(db(), {
				email: `${spec.code.toLowerCase()}.${i}@unicode.test`,
				name: `${spec.name} ${i}`,
				departmentId: department.id,
				locale: 'en',
				departmentSince: LONG_AGO
			});
		}
	}
	const test = await openTestRound(db(), ids, { kComments: 5 });
	for (const [index, spec] of DEPARTMENTS.entries()) {
		for (let i = 0; i < 6; i++) {
			await answer(db(), test, ids[index], {
				likert: 3 + (i % 3),
				enps: 6 + (i % 5),
				comment: `${spec.comment} ${i}`
			});
		}
	}
	await closeTestRound(db(), test);
	const person = await addPerson(db(), {
		email: 'hr@unicode.test',
		name: 'Zofia Ñúñez',
		departmentId: ids[0],
		locale: 'en',
		departmentSince: LONG_AGO
	});
	hr = { id: person.id, name: 'Zofia Ñúñez', role: 'hr', headOf: [] };
});

describe('PDF in every script', () => {
	it('prints Polish, Greek, Cyrillic and Japanese names and comments as written', async () => {
		for (const paper of ['a4', 'letter']) {
			const params = new URLSearchParams({ format: 'pdf', paper });
			for (const c of ['drivers', 'enps', 'participation', 'comments']) {
				params.append('contents', c);
			}
			const parsed = parseExportRequest(params);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			const planned = await planExport(db(), hr, parsed.request);
			if (!planned.ok) throw new Error(planned.reason);
			const bytes = await buildPdf(db(), planned.plan);
			// Set to a folder to keep the PDFs and look at them (pdftoppm renders their pages).
			const samples = process.env.RAPPORT_EXPORT_SAMPLES;
			if (samples) writeFileSync(join(samples, `unicode-${paper}.pdf`), bytes);
			// Subset fonts: the Japanese one adds its few glyphs, not its 5 MB.
			expect(bytes.length).toBeLessThan(400_000);
			const text = (await pdfLines(bytes)).flat().join('\n');
			expect(text).not.toContain('?');
			const lines = text.split('\n');
			for (const spec of DEPARTMENTS) {
				// A wrapped name is on two lines: every word is there, as written.
				for (const word of spec.name.split(' ')) {
					expect(
						lines.some((l) => l.split(' ').includes(word)),
						`${paper} ${word}`
					).toBe(true);
				}
				expect(text, paper).toContain(`${spec.comment} 0`);
			}
		}
	});
});
