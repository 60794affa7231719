import {
	ALL_PROVIDERS,
	COMPANY,
	serviceKey,
	treeGroupKeys,
	treeGroups,
	type TreeGroups
} from '../../src/lib/domain/reporting-groups';
import { seededRandom } from '../../scripts/seed/random';
import { isAsked, type ServiceMap } from '../../src/lib/domain/service-map';
import { isShown, type Cell } from '../../src/lib/server/gate/cells';
import type { GatedTable, Thresholds } from '../../src/lib/server/gate/gated-table';
import { gateRoundGroups, gateRoundService } from '../../src/lib/server/gate/round-gate';
import type {
	ParticipationStat,
	PublishedParticipation,
	PublishedService,
	ScoreStat,
	ServiceStat
} from '../../src/lib/server/analytics/cell-values';
import { auditFamily, type Family, type Finding } from './disclosure-audit';

// Random organisations and rounds for the attacker tests: departments nested a few levels, some
// of one to four people, moods from unanimous to split, a few providers rated by some.

export type Department = { id: string; parentId: string | null; invited: number };
export type Respondent = {
	department: string;
	/** The two answers to the Likert driver's items. */
	morale: [number, number];
	enps: number;
	ratings: Map<string, number>;
	comment: boolean;
};
export type RandomRound = {
	departments: Department[];
	respondents: Respondent[];
	providers: string[];
	/** The service map the round opened with: who was asked to rate whom. */
	serviceMap: ServiceMap;
	k: Thresholds;
};

export const LIKERT_ITEMS = 2;
/** The morale items, published one by one (their distributions) as well as pooled. */
export const MORALE_ITEMS = ['morale.a', 'morale.b'];
const likertClasses = [
	[3, 4],
	[0, 1, 2]
];
const npsClasses = [
	[0, 1, 2, 3, 4, 5, 6],
	[7, 8],
	[9, 10]
];

export function randomRound(seed: number): RandomRound {
	const random = seededRandom(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
	const count = int(3, 9);
	const departments: Department[] = [];
	for (let i = 0; i < count; i++) {
		const parent = i === 0 || random() < 0.25 ? null : `d${int(0, i - 1)}`;
		const small = random() < 0.35;
		departments.push({
			id: `d${i}`,
			parentId: parent,
			invited: small ? int(0, 4) : int(5, 16)
		});
	}
	const kScores = int(3, 5);
	const k = { kScores, kComments: Math.max(5, kScores + int(0, 3)) };
	const providers = departments.filter(() => random() < 0.4).map((d) => d.id);
	// About half the departments rate only some providers; the rest rate any department.
	const serviceMap = new Map<string, Set<string>>();
	for (const d of departments) {
		if (providers.length === 0 || random() < 0.5) continue;
		const some = providers.filter((p) => p !== d.id && random() < 0.5);
		if (some.length > 0) serviceMap.set(d.id, new Set(some));
	}
	const respondents: Respondent[] = [];
	for (const d of departments) {
		const rate = random();
		const mood = random();
		const spread = random() < 0.3 ? 0 : random() * 4;
		const pick = (centre: number, lo: number, hi: number) =>
			Math.max(lo, Math.min(hi, Math.round(centre + (random() - 0.5) * spread * 2)));
		for (let i = 0; i < d.invited; i++) {
			if (random() > rate) continue;
			const ratings = new Map<string, number>();
			for (const p of providers) {
				if (isAsked(serviceMap, d.id, p) && random() < 0.5) ratings.set(p, pick(mood * 10, 0, 10));
			}
			respondents.push({
				department: d.id,
				morale: [pick(1 + mood * 4, 1, 5), pick(1 + mood * 4, 1, 5)],
				enps: pick(mood * 10, 0, 10),
				ratings,
				comment: random() < 0.6
			});
		}
	}
	return { departments, respondents, providers, serviceMap, k };
}

const histogram = (bins: number, values: number[], offset: number) => {
	const h = new Array<number>(bins).fill(0);
	for (const v of values) h[v - offset] += 1;
	return h;
};

/** The statistics rollups would hold for the round, keyed by group as round-data.ts keys them. */
export function roundStatistics(round: RandomRound) {
	const tree = treeGroups(round.departments);
	const membersOf = (key: string) => atomsOf(tree, key, new Set());
	const participation = new Map<string, ParticipationStat>();
	const scores = new Map([
		['morale', new Map<string, ScoreStat>()],
		['enps', new Map<string, ScoreStat>()]
	]);
	const items = new Map(MORALE_ITEMS.map((item) => [item, new Map<string, ScoreStat>()] as const));
	const service = new Map<string, ServiceStat>();
	for (const key of treeGroupKeys(tree)) {
		const depts = new Set(membersOf(key));
		const invited = round.departments.filter((d) => depts.has(d.id));
		const people = round.respondents.filter((r) => depts.has(r.department));
		if (invited.every((d) => d.invited === 0) && people.length === 0) continue;
		participation.set(key, {
			invited: invited.reduce((s, d) => s + d.invited, 0),
			responded: people.length,
			comments: people.filter((r) => r.comment).length
		});
		if (people.length === 0) continue;
		const morale = people.flatMap((r) => r.morale);
		scores.get('morale')!.set(key, {
			respondents: people.length,
			answers: morale.length,
			histogram: histogram(5, morale, 1)
		});
		MORALE_ITEMS.forEach((item, i) => {
			items.get(item)!.set(key, {
				respondents: people.length,
				answers: people.length,
				histogram: histogram(
					5,
					people.map((r) => r.morale[i]),
					1
				)
			});
		});
		scores.get('enps')!.set(key, {
			respondents: people.length,
			answers: people.length,
			histogram: histogram(
				11,
				people.map((r) => r.enps),
				0
			)
		});
		const all: number[] = [];
		for (const p of round.providers) {
			const scoresOf = people.flatMap((r) => (r.ratings.has(p) ? [r.ratings.get(p)!] : []));
			all.push(...scoresOf);
			if (scoresOf.length > 0)
				service.set(serviceKey(key, p), serviceStat(scoresOf, scoresOf.length));
		}
		const isRow = key === COMPANY || key === tree.ownMembers(key.slice(key.indexOf(':') + 1));
		const raters = people.filter((r) => r.ratings.size > 0).length;
		if (isRow && all.length > 0)
			service.set(serviceKey(key, ALL_PROVIDERS), serviceStat(all, raters));
	}
	return { tree, participation, scores, items, service };
}

function serviceStat(scores: number[], respondents: number): ServiceStat {
	return {
		respondents,
		ratings: scores.length,
		histogram: histogram(11, scores, 0),
		reasons: {},
		comments: 0
	};
}

/** The departments a group's figures are made of (a pooled department's own members left out). */
export function atomsOf(tree: TreeGroups, key: string, pooled: ReadonlySet<string>): string[] {
	if (key === COMPANY) return [...tree.order];
	const id = key.slice(key.indexOf(':') + 1);
	if (key.startsWith('direct:')) return [id];
	const out: string[] = [];
	const visit = (d: string) => {
		if (d !== id || !pooled.has(d)) out.push(d);
		for (const child of tree.children.get(d) ?? []) visit(child);
	};
	visit(id);
	return out;
}

/** What a round publishes, as the tables every page, export and API response is read from. */
export type Publication = {
	tree: TreeGroups;
	pooled: ReadonlySet<string>;
	participation: GatedTable<PublishedParticipation>;
	comments: GatedTable<ParticipationStat>;
	scores: ReadonlyMap<string, GatedTable<ScoreStat>>;
	items: ReadonlyMap<string, GatedTable<ScoreStat>>;
	service: GatedTable<PublishedService>;
};

export function publishRound(round: RandomRound): Publication {
	const stats = roundStatistics(round);
	const groups = gateRoundGroups(
		stats.tree,
		stats.participation,
		stats.scores,
		round.k,
		new Set(),
		stats.items
	);
	const service = gateRoundService(stats.tree, groups, stats.service, round.k, round.serviceMap);
	return { ...groups, service: service.cells, tree: stats.tree };
}

/** What the attacker knows besides the publication: headcounts, the questionnaire, k. */
export type PublicFacts = {
	invited: ReadonlyMap<string, number>;
	/** Items per measure: the most answers one respondent gives it. */
	items: ReadonlyMap<string, number>;
	providers: readonly string[];
	serviceMap: ServiceMap;
	k: Thresholds;
};

export function publicFacts(round: RandomRound): PublicFacts {
	return {
		invited: new Map(round.departments.map((d) => [d.id, d.invited])),
		items: new Map([
			['morale', LIKERT_ITEMS],
			['enps', 1]
		]),
		providers: round.providers,
		serviceMap: round.serviceMap,
		k: round.k
	};
}

/**
 * Everything an attacker can work out from what a round publishes; the figures come from the
 * cells a reader receives. Also lists shown cells below k and whole-row totals shown beside
 * hidden cells (the audit treats those totals as implied by their cells).
 */
export function attackRound(facts: PublicFacts, publication: Publication): string[] {
	const { tree, service } = publication;
	const keys = treeGroupKeys(tree);
	const invited = facts.invited;
	const scaled = (factor: number) =>
		new Map([...invited].map(([id, n]) => [id, n * factor] as [string, number]));
	const atoms = (key: string) => atomsOf(tree, key, publication.pooled);
	const round = { k: facts.k };
	const problems: string[] = [];
	const family = <T>(
		name: string,
		bins: number,
		capacity: ReadonlyMap<string, number>,
		cellOf: (key: string) => Cell<T>,
		valuesOf: (value: T) => number[],
		classes: number[][][],
		groupKeys: string[] = keys,
		atomsOfKey: (key: string) => string[] = atoms
	): Family => {
		const f: Family = { name, bins, capacity, shown: [], hidden: [], classes };
		for (const key of groupKeys) {
			const cell = cellOf(key);
			if (isShown(cell)) {
				if (cell.n < round.k.kScores) problems.push(`${name} ${key}: shown with n = ${cell.n}`);
				f.shown.push({ atoms: atomsOfKey(key), values: valuesOf(cell.value) });
			} else f.hidden.push({ label: key, atoms: atomsOfKey(key) });
		}
		return f;
	};
	const families: Family[] = [
		family(
			'respondents',
			1,
			invited,
			(key) => publication.participation.cell(key, (s) => s),
			(s) => [s.responded],
			[]
		),
		family(
			'comments',
			1,
			invited,
			(key) => publication.comments.cell(key, (s) => s),
			(s) => [s.comments],
			[]
		)
	];
	for (const [measure, table] of publication.scores) {
		const bins = measure === 'enps' ? 11 : 5;
		families.push(
			family(
				measure,
				bins,
				scaled(facts.items.get(measure) ?? 1),
				(key) => table.cell(key, (s) => s),
				(s) => s.histogram,
				[bins === 5 ? likertClasses : npsClasses]
			)
		);
	}
	for (const [item, table] of publication.items) {
		families.push(
			family(
				item,
				5,
				invited,
				(key) => table.cell(key, (s) => s),
				(s) => s.histogram,
				[likertClasses]
			)
		);
	}
	for (const p of facts.providers) {
		const cellKeys = keys.map((g) => serviceKey(g, p));
		// Who was asked to rate p is public (the round's service map): the others hold nothing.
		const askedToRate = new Map(
			[...invited].map(([id, n]) => [id, isAsked(facts.serviceMap, id, p) ? n : 0] as const)
		);
		families.push(
			family(
				`service ${p}`,
				11,
				askedToRate,
				(key) => service.cell(key, (s) => s),
				(s) => s.histogram,
				[npsClasses],
				cellKeys,
				(key) => atoms(key.slice(0, key.lastIndexOf('|')))
			)
		);
	}
	// A cell marked "not asked" must be one: nobody in it was asked to rate the provider.
	const nobodyAsked = (g: string, p: string) =>
		atoms(g).every((d) => !isAsked(facts.serviceMap, d, p) || (invited.get(d) ?? 0) === 0);
	for (const g of keys) {
		for (const p of tree.order) {
			if (service.reason(serviceKey(g, p)) === 'not_asked' && !nobodyAsked(g, p))
				problems.push(`service ${p} ${g}: marked not asked, but people were asked`);
		}
		if (!service.isShown(serviceKey(g, ALL_PROVIDERS))) continue;
		const whole = tree.order.every((p) => service.isShown(serviceKey(g, p)) || nobodyAsked(g, p));
		if (!whole) problems.push(`service total of ${g} shown beside hidden cells`);
	}
	const findings: Finding[] = families.flatMap((f) => auditFamily(f));
	return [...problems, ...findings.map((f) => `${f.family} ${f.label}: ${f.what}`)];
}
