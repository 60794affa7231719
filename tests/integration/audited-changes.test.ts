import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { recordChange, recordChanges } from '../../src/lib/server/audit/changes';
import { listAuditEntries } from '../../src/lib/server/audit/log';

const ID = '00000000-0000-4000-8000-000000000001';

describe('an audited change', () => {
	const db = useTestDatabase();
	const change = (before: { name: string }, after: { name: string }) => ({
		actorId: null,
		action: 'department.updated' as const,
		entityType: 'department' as const,
		entityId: ID,
		entityLabel: after.name,
		before,
		after
	});

	it('is logged with its before and after, and an edit that changed nothing is not', async () => {
		expect(await recordChange(db(), change({ name: 'Sales' }, { name: 'Sales' }))).toBe(false);
		expect(await listAuditEntries(db(), { entityId: ID })).toEqual([]);

		expect(await recordChange(db(), change({ name: 'Sales' }, { name: 'Field sales' }))).toBe(true);
		const entries = await listAuditEntries(db(), { entityId: ID });
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'department.updated',
			before: { name: 'Sales' },
			after: { name: 'Field sales' }
		});
	});

	it('in a batch, is logged for each edit that changed something, in order', async () => {
		const edits = [
			change({ name: 'Ops' }, { name: 'Operations' }),
			change({ name: 'Legal' }, { name: 'Legal' }),
			change({ name: 'Operations' }, { name: 'Support' })
		];
		expect(await recordChanges(db(), edits)).toBe(2);
		const entries = await listAuditEntries(db(), { entityId: ID, limit: 2 });
		expect(entries.slice(0, 2).map((e) => e.after)).toEqual([
			{ name: 'Support' },
			{ name: 'Operations' }
		]);
	});
});
