import { describe, expect, it } from 'vitest';
import { buildTree, flattenTree } from '../../src/lib/domain/department-tree';

describe('department tree', () => {
	const items = [
		{ id: 'c', parentId: 'a', name: 'Support' },
		{ id: 'a', parentId: null, name: 'Operations' },
		{ id: 'd', parentId: 'c', name: 'Tier 2' },
		{ id: 'b', parentId: 'a', name: 'Logistics' },
		{ id: 'e', parentId: 'missing', name: 'Orphan' }
	];

	it('nests children under parents, siblings by name, depth first', () => {
		const flat = flattenTree(buildTree(items)).map((n) => [n.name, n.depth]);
		expect(flat).toEqual([
			['Operations', 0],
			['Logistics', 1],
			['Support', 1],
			['Tier 2', 2],
			['Orphan', 0]
		]);
	});

	it('treats a department whose parent is not listed as a root', () => {
		expect(buildTree(items).map((n) => n.name)).toContain('Orphan');
	});
});
