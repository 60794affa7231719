import { describe, expect, it } from 'vitest';
import {
	formatValue,
	hiddenLabelMark,
	reasonsAmong,
	sharedHiddenReason,
	type ChartValue
} from '../../src/lib/components/charts/types';
import { chartValue } from '../../src/lib/components/dashboard/figures';
import { reasonLegend } from '../../src/lib/server/exports/pdf/layout';

// Every reader of a hidden cell keeps the reason the gate gave it and says it in its words.

describe('hidden figures in charts', () => {
	it('a hidden cell becomes a chart value with its reason, a shown one its number', () => {
		expect(
			chartValue({ suppressed: true, reason: 'protects_smaller_group' }, (v: number) => v)
		).toEqual({
			suppressed: 'protects_smaller_group'
		});
		expect(chartValue({ value: 61.5, n: 12 }, (v: number) => v)).toBe(61.5);
		expect(chartValue(null, (v: number) => v)).toBeNull();
	});

	it('says each reason in its words, with the threshold in force', () => {
		expect(formatValue({ suppressed: 'fewer_than_k' }, '%', 7)).toBe('fewer than 7 responses');
		expect(formatValue({ suppressed: 'protects_smaller_group' }, '%', 5)).toBe(
			'hidden so that a smaller group cannot be worked out'
		);
		expect(formatValue({ suppressed: 'not_asked' }, '%', 5)).toBe('not asked in this round');
		expect(formatValue({ suppressed: 'group_changed' }, '%', 5)).toBe(
			'group changed just before the round'
		);
		expect(formatValue(42, '%', 5)).toBe('42%');
		expect(formatValue(null, '', 5, 'not enough months')).toBe('not enough months');
		expect(hiddenLabelMark('fewer_than_k', 5)).toBe('<5');
		expect(hiddenLabelMark('not_asked', 5)).toBe('not asked');
	});

	it('a row or category hidden throughout says its reason once, only when it is one reason', () => {
		const fewer = { suppressed: 'fewer_than_k' } as const;
		expect(sharedHiddenReason([fewer, fewer, fewer])).toBe('fewer_than_k');
		expect(sharedHiddenReason([fewer, { suppressed: 'not_asked' }])).toBeNull();
		expect(sharedHiddenReason([fewer, 42])).toBeNull();
		expect(sharedHiddenReason([fewer, null])).toBeNull();
		expect(sharedHiddenReason([fewer, undefined])).toBeNull();
		expect(sharedHiddenReason([])).toBeNull();
	});

	it('a legend lists only the reasons present, in the fixed order', () => {
		const values: ChartValue[] = [
			{ suppressed: 'not_asked' },
			3,
			null,
			{ suppressed: 'fewer_than_k' },
			{ suppressed: 'not_asked' }
		];
		expect(reasonsAmong(values)).toEqual(['fewer_than_k', 'not_asked']);
		expect(reasonsAmong([1, 2, null])).toEqual([]);
		expect(reasonLegend(['not_asked', 'fewer_than_k'], 5)).toBe(
			'Hidden cells: <5 = fewer than 5 responses; \u2013 = not asked in this round.'
		);
		expect(reasonLegend([], 5)).toBe('');
	});
});
