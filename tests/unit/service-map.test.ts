import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPANY, treeGroupKeys, treeGroups } from '../../src/lib/domain/reporting-groups';
import { pooledOwnMembers } from '../../src/lib/server/gate/pooling';
import { atomsOf } from '../helpers/random-round';
import { invitedToRate, isAsked, providersAsked } from '../../src/lib/domain/service-map';

describe('the service map', () => {
	it('asks nobody about their own department, and everything when a department is left free', () => {
		const map = new Map([['a', new Set(['b'])]]);
		expect(isAsked(map, 'a', 'b')).toBe(true);
		expect(isAsked(map, 'a', 'c')).toBe(false);
		expect(isAsked(map, 'c', 'a')).toBe(true);
		expect(isAsked(map, 'c', 'c')).toBe(false);
		const all = ['a', 'b', 'c'].map((id) => ({ id }));
		expect(providersAsked(map, 'a', all)).toEqual([{ id: 'b' }]);
		expect(providersAsked(map, 'c', all)).toEqual([{ id: 'a' }, { id: 'b' }]);
	});

	it('counts, per group, the people asked to rate a provider: those of the departments asked', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9 }).chain((count) =>
					fc.record({
						parents: fc.tuple(
							...Array.from({ length: count }, (_, i) =>
								i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 })
							)
						),
						own: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: count, maxLength: count }),
						asks: fc.array(fc.option(fc.array(fc.nat({ max: count - 1 }))), {
							minLength: count,
							maxLength: count
						}),
						provider: fc.nat({ max: count - 1 }),
						k: fc.integer({ min: 3, max: 5 })
					})
				),
				({ parents, own, asks, provider, k }) => {
					const ids = parents.map((_, i) => `d${i}`);
					const tree = treeGroups(
						parents.map((p, i) => ({ id: ids[i], parentId: p < 0 ? null : ids[p] }))
					);
					const ownOf = new Map(ids.map((id, i) => [id, own[i]]));
					const rawInvited = new Map(
						treeGroupKeys(tree).map((key) => [
							key,
							atomsOf(tree, key, new Set()).reduce((s, id) => s + ownOf.get(id)!, 0)
						])
					);
					const pooled = pooledOwnMembers(tree, rawInvited, k);
					const invited = new Map(
						treeGroupKeys(tree).map((key) => [
							key,
							atomsOf(tree, key, pooled).reduce((s, id) => s + ownOf.get(id)!, 0)
						])
					);
					const map = new Map(
						asks.flatMap((a, i) => (a === null ? [] : [[ids[i], new Set(a.map((j) => ids[j]))]]))
					);
					const p = ids[provider];
					const got = invitedToRate(tree, invited, pooled, map, p);
					for (const key of treeGroupKeys(tree)) {
						const atoms = key === COMPANY ? ids : atomsOf(tree, key, pooled);
						const expected = atoms
							.filter((id) => isAsked(map, id, p))
							.reduce((s, id) => s + ownOf.get(id)!, 0);
						expect(got.get(key), key).toBe(expected);
					}
				}
			),
			{ numRuns: 500 }
		);
	});
});
