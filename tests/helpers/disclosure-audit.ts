import { solve, type Model } from 'yalps';

// The attacker of the privacy tests: from every published sum, by linear programming, the
// bounds of each hidden figure. Counts are non-negative and no one holds more answers than
// members × answers per member (headcounts are public); the constraint matrices of nested
// groups are totally unimodular, so rounding the LP bounds inwards gives the integer bounds.
//
// A family is one kind of count split into bins (answers per value, or one bin for respondents)
// over the atoms of the organisation (each department's own members). A hidden figure is given
// away when its total can take one integer value only, or when its answers can only be of one
// class (all favourable, all detractors, …).

export type Family = {
	name: string;
	bins: number;
	/** Per atom, the most answers it can hold over all bins. */
	capacity: ReadonlyMap<string, number>;
	/** What is published: sums over sets of atoms, per bin. */
	shown: { atoms: readonly string[]; values: readonly number[] }[];
	/** Hidden cells to audit, by label. */
	hidden: { label: string; atoms: readonly string[] }[];
	/** Classifications whose single class would give a hidden cell away: sets of bins. */
	classes: readonly (readonly number[])[][];
};

export type Finding = { family: string; label: string; what: string };

const EPS = 1e-6;
const variable = (atom: string, bin: number) => `${atom}#${bin}`;

function baseModel(family: Family): Omit<Model, 'objective' | 'direction'> {
	const constraints: Record<string, { equal: number } | { max: number }> = {};
	const variables: Record<string, Record<string, number>> = {};
	for (const [atom, cap] of family.capacity) {
		constraints[`cap:${atom}`] = { max: cap };
		for (let b = 0; b < family.bins; b++) variables[variable(atom, b)] = { [`cap:${atom}`]: 1 };
	}
	family.shown.forEach((sum, i) => {
		for (let b = 0; b < family.bins; b++) {
			constraints[`shown:${i}:${b}`] = { equal: sum.values[b] ?? 0 };
			for (const atom of sum.atoms) variables[variable(atom, b)][`shown:${i}:${b}`] = 1;
		}
	});
	return { constraints, variables };
}

function optimum(
	base: Omit<Model, 'objective' | 'direction'>,
	direction: 'minimize' | 'maximize',
	terms: string[]
): number {
	const variables: Record<string, Record<string, number>> = {};
	for (const [name, coefficients] of Object.entries(
		base.variables as Record<string, Record<string, number>>
	)) {
		variables[name] = terms.includes(name) ? { ...coefficients, objective: 1 } : coefficients;
	}
	const result = solve({ ...base, variables, direction, objective: 'objective' });
	if (result.status !== 'optimal') throw new Error(`LP ${result.status}`);
	return result.result;
}

/** Everything the published sums give away about the hidden cells of a family. */
export function auditFamily(family: Family): Finding[] {
	const findings: Finding[] = [];
	const base = baseModel(family);
	for (const cell of family.hidden) {
		const atoms = cell.atoms.filter((a) => (family.capacity.get(a) ?? 0) > 0);
		if (atoms.length === 0) continue;
		const all = atoms.flatMap((a) => Array.from({ length: family.bins }, (_, b) => variable(a, b)));
		const low = optimum(base, 'minimize', all);
		const high = optimum(base, 'maximize', all);
		if (Math.floor(high + EPS) <= Math.ceil(low - EPS)) {
			findings.push({ family: family.name, label: cell.label, what: `n = ${Math.round(low)}` });
			continue;
		}
		for (const classification of family.classes) {
			for (const kind of classification) {
				const others = atoms.flatMap((a) =>
					Array.from({ length: family.bins }, (_, b) => b)
						.filter((b) => !kind.includes(b))
						.map((b) => variable(a, b))
				);
				if (optimum(base, 'maximize', others) < 1 - EPS) {
					findings.push({
						family: family.name,
						label: cell.label,
						what: `only class [${kind.join(',')}]`
					});
				}
			}
		}
	}
	return findings;
}
