import { describe, expect, it } from 'vitest';
import { isChangedGroup } from '../../src/lib/domain/group-changes';
import { directKey, subtreeKey, treeGroups } from '../../src/lib/domain/reporting-groups';
import { gateTable } from '../../src/lib/server/gate/gated-table';
import { hideSurveyLinks, linkRevealAllowed } from '../../src/lib/server/surveys/link-reveals';

describe('a group changed just before a round', () => {
	it('keeps an ordinary team with a few joiners, hides a padded one', () => {
		// A team of 12 with 3 joiners: 8 answers leave at least 5 from long-standing members.
		expect(isChangedGroup({ newcomers: 3, responded: 8 }, 5)).toBe(false);
		// With 7 answers, as few as 4 may be from long-standing members.
		expect(isChangedGroup({ newcomers: 3, responded: 7 }, 5)).toBe(true);
		// A made-up department of five new people, all of whom answered.
		expect(isChangedGroup({ newcomers: 5, responded: 5 }, 5)).toBe(true);
		// No newcomer: the ordinary k rule alone decides.
		expect(isChangedGroup({ newcomers: 0, responded: 1 }, 5)).toBe(false);
	});
});

describe('the gate with groups forced hidden', () => {
	// Operations over Support, Billing and a padded department; Sales apart.
	const tree = treeGroups([
		{ id: 'ops', parentId: null },
		{ id: 'sup', parentId: 'ops' },
		{ id: 'bil', parentId: 'ops' },
		{ id: 'new', parentId: 'ops' },
		{ id: 'sal', parentId: null }
	]);
	const sizes = new Map([
		['company', 41],
		[subtreeKey('ops'), 35],
		[subtreeKey('sup'), 20],
		[subtreeKey('bil'), 9],
		[subtreeKey('new'), 6],
		[subtreeKey('sal'), 6]
	]);

	it('hides a forced group whatever its size, with its reason, and protects it', () => {
		const forced = new Map([[subtreeKey('new'), 'group_changed' as const]]);
		const table = gateTable(sizes, (n) => n, tree.relations, 5, 0, forced);
		expect(table.reason(subtreeKey('new'))).toBe('group_changed');
		expect(table.cell(subtreeKey('new'), (n) => n)).toEqual({
			suppressed: true,
			reason: 'group_changed'
		});
		// Operations minus Support minus Billing would give it away: one of them is hidden too.
		const hiddenBeside = [subtreeKey('ops'), subtreeKey('sup'), subtreeKey('bil')].filter(
			(key) => !table.isShown(key)
		);
		expect(hiddenBeside.length).toBeGreaterThan(0);
		expect(table.reason(hiddenBeside[0])).toBe('protects_smaller_group');
		expect(table.isShown(directKey('ops'))).toBe(false);
	});

	it('without forced groups, shows every group of k or more', () => {
		const table = gateTable(sizes, (n) => n, tree.relations, 5);
		expect([...sizes.keys()].every((key) => table.isShown(key))).toBe(true);
	});
});

describe('survey links on the outbox page', () => {
	it('hides personal survey links and nothing else', () => {
		const text =
			'Answer the survey:\nhttps://rapport.example/s/abcdefghijklmnopqrstuvwxyz234567\n' +
			'Read more at https://rapport.example/privacy.';
		expect(hideSurveyLinks(text)).toBe(
			'Answer the survey:\n[personal survey link hidden]\nRead more at https://rapport.example/privacy.'
		);
	});

	it('allows showing a link only while Rapport sends no mail itself', () => {
		expect(linkRevealAllowed({})).toBe(true);
		expect(linkRevealAllowed({ SMTP_URL: 'smtp://mail.example:587' })).toBe(false);
		expect(linkRevealAllowed({ SMTP_URL: 'not a url' })).toBe(false);
	});
});
