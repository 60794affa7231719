import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvText, restoreCsvText, SAFE_CSV_CAST } from '../../src/lib/domain/csv-cells';
import { isBigintId } from '../../src/lib/domain/ids';
import {
	departmentNameProblem,
	hasInvisibleFormatting,
	personNameProblem
} from '../../src/lib/domain/org-fields';
import { stringify } from 'csv-stringify/sync';

const ATTACK = '=HYPERLINK("http:"&CHAR(47)&CHAR(47)&"evil.test","top")';

describe('CSV cells', () => {
	it('neutralises text a spreadsheet would run as a formula', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(neutraliseCsvText(`${start}1+1`)).toBe(`'${start}1+1`);
		}
		expect(neutraliseCsvText(ATTACK)).toBe(`'${ATTACK}`);
		expect(neutraliseCsvText('Customer Support')).toBe('Customer Support');
		expect(neutraliseCsvText('')).toBe('');
		expect(neutraliseCsvText("'=x")).toBe("''=x");
		expect(restoreCsvText("''=x")).toBe("'=x");
		expect(restoreCsvText("'O'Brien")).toBe("'O'Brien");
	});

	it('keeps numbers numbers when stringified', () => {
		const csv = stringify([[-3, 0.5, ATTACK, '-3', 'ok']], SAFE_CSV_CAST);
		expect(csv).toBe(
			`-3,0.5,"'=HYPERLINK(""http:""&CHAR(47)&CHAR(47)&""evil.test"",""top"")",'-3,ok\n`
		);
	});

	it('reads back what it wrote, and no cell it writes starts a formula', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("'", '=', '-', 'a', '\t') }), (text) => {
				const written = neutraliseCsvText(text);
				expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
				expect(restoreCsvText(neutraliseCsvText(`x${text}`))).toBe(`x${text}`);
				expect(restoreCsvText(written)).toBe(text);
			})
		);
	});
});

describe('invisible formatting in names', () => {
	it('refuses bidirectional overrides, marks, isolates and zero-width spaces', () => {
		for (const c of [
			'\u202e',
			'\u202d',
			'\u2066',
			'\u2069',
			'\u200b',
			'\u200e',
			'\u2060',
			'\ufeff'
		]) {
			expect(hasInvisibleFormatting(`Ana${c}Lopez`)).toBe(true);
			expect(personNameProblem(`Ana${c}Lopez`)).toMatch(/invisible character/);
			expect(departmentNameProblem(`Sales${c}`)).toMatch(/invisible character/);
		}
	});

	it('accepts names in any script, joiners included', () => {
		for (const name of ['José Núñez', 'محمد علي', 'नमस्ते', 'می‌خواهم', 'Zoë O’Brien']) {
			expect(personNameProblem(name)).toBeNull();
		}
	});
});

describe('bigint ids', () => {
	it('accepts what fits a PostgreSQL bigint and nothing else', () => {
		expect(isBigintId('9223372036854775807')).toBe(true);
		expect(isBigintId('9223372036854775808')).toBe(false);
		expect(isBigintId('9999999999999999999')).toBe(false);
		expect(isBigintId('12')).toBe(true);
		expect(isBigintId('-1')).toBe(false);
		expect(isBigintId('')).toBe(false);
	});
});
