/** One person row of a vendor file, as far as working out department heads goes. */
export type HeadRow = {
	index: number;
	line: number;
	email: string;
	employeeId: string;
	name: string;
	/** "Last, First" as some exports write a supervisor. */
	nameReversed: string;
	departmentKey: string;
	divisionKey: string | null;
	manager: { by: 'name' | 'email' | 'id'; value: string } | null;
};

export type HeadBasis = 'manager' | 'head_column' | 'chosen' | 'none';

/** Who heads a department the file mentions, and why. */
export type HeadDecision = {
	departmentKey: string;
	/** Row index of the head, or null when no head could be derived or HR chose none. */
	head: number | null;
	basis: HeadBasis;
	/** How many of the department's members that manager manages, of how many members. */
	votes: number;
	members: number;
	memberRows: number[];
};

const lower = (s: string) => s.trim().toLowerCase();

/** Finds a row by what a manager column holds: an email, an employee id or a (unique) name. */
export function createManagerIndex(rows: HeadRow[]) {
	const byEmail = new Map<string, number>();
	const byId = new Map<string, number>();
	const byName = new Map<string, number | null>();
	const addName = (name: string, index: number) => {
		if (!name) return;
		const key = lower(name).replace(/\s+/g, ' ');
		byName.set(key, byName.has(key) && byName.get(key) !== index ? null : index);
	};
	for (const row of rows) {
		if (row.email) byEmail.set(lower(row.email), row.index);
		if (row.employeeId) byId.set(row.employeeId.trim(), row.index);
		addName(row.name, row.index);
		addName(row.nameReversed, row.index);
	}
	return (manager: HeadRow['manager']): number | null => {
		if (!manager || manager.value.trim() === '') return null;
		if (manager.by === 'email') return byEmail.get(lower(manager.value)) ?? null;
		if (manager.by === 'id') return byId.get(manager.value.trim()) ?? null;
		return byName.get(lower(manager.value).replace(/\s+/g, ' ')) ?? null;
	};
}

/** The candidate most votes name; a tie goes to one inside the group, then to the earlier row. */
function mostVoted(votes: Map<number, number>, inGroup: Set<number>, rows: HeadRow[]) {
	let best: { index: number; votes: number } | null = null;
	for (const [index, count] of votes) {
		if (
			!best ||
			count > best.votes ||
			(count === best.votes &&
				(Number(inGroup.has(index)) - Number(inGroup.has(best.index)) ||
					rows[best.index].line - rows[index].line) > 0)
		) {
			best = { index, votes: count };
		}
	}
	return best;
}

/**
 * A department is headed by the manager of most of its members; a division by the manager of
 * most of its departments' heads. `fixed` holds the departments a head column or HR decided.
 */
export function deriveHeads(
	rows: HeadRow[],
	fixed: Map<string, { head: number | null; basis: 'head_column' | 'chosen' }>
): HeadDecision[] {
	const managerOf = createManagerIndex(rows);
	const managers = rows.map((r) => managerOf(r.manager));
	const groups = new Map<string, number[]>();
	for (const row of rows)
		groups.set(row.departmentKey, [...(groups.get(row.departmentKey) ?? []), row.index]);

	const decide = (key: string, members: number[], voters: number[]): HeadDecision => {
		const chosen = fixed.get(key);
		if (chosen)
			return {
				departmentKey: key,
				...chosen,
				votes: 0,
				members: members.length,
				memberRows: members
			};
		const votes = new Map<number, number>();
		for (const voter of voters) {
			const manager = managers[voter];
			if (manager !== null && manager !== voter) votes.set(manager, (votes.get(manager) ?? 0) + 1);
		}
		const best = mostVoted(votes, new Set(members), rows);
		return best
			? {
					departmentKey: key,
					head: best.index,
					basis: 'manager',
					votes: best.votes,
					members: voters.length,
					memberRows: members
				}
			: {
					departmentKey: key,
					head: null,
					basis: 'none',
					votes: 0,
					members: voters.length,
					memberRows: members
				};
	};

	// A division heads departments of its own: its head manages most of their heads (and of its
	// own members, if it has any), not most of the people below them.
	const childrenOf = new Map<string, Set<string>>();
	for (const row of rows) {
		if (!row.divisionKey || row.divisionKey === row.departmentKey) continue;
		childrenOf.set(
			row.divisionKey,
			(childrenOf.get(row.divisionKey) ?? new Set()).add(row.departmentKey)
		);
	}
	const decisions = [...groups]
		.filter(([key]) => !childrenOf.has(key))
		.map(([key, members]) => decide(key, members, members));
	const headOf = new Map(decisions.map((d) => [d.departmentKey, d.head]));
	for (const [key, children] of childrenOf) {
		const own = groups.get(key) ?? [];
		const childHeads = [...children]
			.map((child) => headOf.get(child))
			.filter((h): h is number => h !== null && h !== undefined);
		decisions.push(
			decide(key, [...new Set([...own, ...childHeads])], [...new Set([...own, ...childHeads])])
		);
	}
	return decisions;
}
