import { describe, expect, it } from 'vitest';
import {
	lastCompletePeriod,
	parsePeriod,
	periodContaining,
	presetPeriod
} from '../../src/lib/domain/periods';

describe('reporting periods', () => {
	it('names months, quarters, half-years and years with their first and last days', () => {
		expect(parsePeriod('2026-02', '2026-12-02')).toEqual({
			kind: 'month',
			key: '2026-02',
			from: '2026-02-01',
			to: '2026-02-28'
		});
		expect(parsePeriod('2024-q1', '2026-12-02')).toMatchObject({
			key: '2024-Q1',
			from: '2024-01-01',
			to: '2024-03-31'
		});
		expect(parsePeriod('2026-H2', '2026-12-02')).toMatchObject({
			from: '2026-07-01',
			to: '2026-12-31'
		});
		expect(parsePeriod('2025', '2026-12-02')).toMatchObject({
			kind: 'year',
			from: '2025-01-01',
			to: '2025-12-31'
		});
	});

	it('turns presets into periods relative to today, across year ends', () => {
		const today = '2026-01-15';
		expect(presetPeriod('last_month', today).key).toBe('2025-12');
		expect(presetPeriod('this_quarter', today).key).toBe('2026-Q1');
		expect(presetPeriod('last_quarter', today)).toMatchObject({
			key: '2025-Q4',
			from: '2025-10-01',
			to: '2025-12-31'
		});
		expect(presetPeriod('last_half', today).key).toBe('2025-H2');
		expect(presetPeriod('this_year', today).key).toBe('2026');
		expect(presetPeriod('last_year', today).key).toBe('2025');
		expect(periodContaining('quarter', '2026-09-30').key).toBe('2026-Q3');
		expect(lastCompletePeriod('month', '2026-03-01').key).toBe('2026-02');
	});

	it('refuses what is not a period', () => {
		for (const bad of ['', '2026-13', '2026-Q5', '2026-H3', 'next_year', '26', '1800']) {
			expect(parsePeriod(bad, '2026-12-02'), bad).toBeNull();
		}
	});
});
