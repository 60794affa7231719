import {
	DETRACTOR_UP_TO,
	FAVOURABLE_FROM,
	LIKERT_MAX,
	LIKERT_MIN,
	PROMOTER_FROM,
	SCALE_MIN,
	favourable,
	meanOf,
	netPromoter,
	participation,
	type NetPromoter
} from '../../domain/measures';

// What a shown cell says, made from a group's statistics. Only the gate calls these, and only
// for groups it shows.

export type ScoreStat = { respondents: number; answers: number; histogram: number[] };
export type ParticipationStat = { invited: number; responded: number; comments: number };
export type ServiceStat = {
	respondents: number;
	ratings: number;
	histogram: number[];
	reasons: Record<string, number>;
	comments: number;
};
export type ImpactStat = { respondents: number; r: number | null };
/** Participation as its table publishes it: the comments count belongs to the comments table. */
export type PublishedParticipation = Omit<ParticipationStat, 'comments'>;
/** A service cell as published: the comments about a provider have a table of their own. */
export type PublishedService = Omit<ServiceStat, 'comments'>;

export type DriverValue = { favourable: number | null; mean: number | null; histogram: number[] };
export type EnpsValue = NetPromoter & { histogram: number[] };
export type ServiceValue = {
	internalNps: number;
	mean: number | null;
	promoters: number;
	passives: number;
	detractors: number;
	ratings: number;
	reasons: Record<string, number>;
	histogram: number[];
};
export type ParticipationValue = { invited: number; responded: number; rate: number | null };

export const ENPS = 'enps';

/** A Likert driver's pooled answers: % favourable, mean, answers per value 1–5. */
export function driverValue(stat: ScoreStat): DriverValue {
	return {
		favourable: favourable(stat.histogram),
		mean: meanOf(stat.histogram, LIKERT_MIN),
		histogram: stat.histogram
	};
}

const EMPTY_NPS: NetPromoter = { score: 0, promoters: 0, passives: 0, detractors: 0 };

export function enpsValue(stat: ScoreStat): EnpsValue {
	return { ...(netPromoter(stat.histogram) ?? EMPTY_NPS), histogram: stat.histogram };
}

/** A measure's value: eNPS for the eNPS item, the driver figures for Likert drivers. */
export function scoreValue(driver: string, stat: ScoreStat): DriverValue | EnpsValue {
	return driver === ENPS ? enpsValue(stat) : driverValue(stat);
}

export function serviceValue(stat: PublishedService): ServiceValue {
	const nps = netPromoter(stat.histogram) ?? EMPTY_NPS;
	return {
		internalNps: nps.score,
		mean: meanOf(stat.histogram, SCALE_MIN),
		promoters: nps.promoters,
		passives: nps.passives,
		detractors: nps.detractors,
		ratings: stat.ratings,
		reasons: stat.reasons,
		histogram: stat.histogram
	};
}

export function participationValue(stat: PublishedParticipation): ParticipationValue {
	return {
		invited: stat.invited,
		responded: stat.responded,
		rate: participation(stat.invited, stat.responded)
	};
}

/**
 * The classes a measure's shown figures are made of, which a hidden remainder must never hold
 * just one of: favourable or not for Likert drivers (the % favourable), detractors, passives and
 * promoters on 0–10 scales (the NPS).
 */
export function answerClasses(histogram: readonly number[]): number[] {
	const sum = (from: number, to: number) =>
		histogram.slice(from, to + 1).reduce((a, b) => a + b, 0);
	if (histogram.length === LIKERT_MAX - LIKERT_MIN + 1) {
		const favourableFrom = FAVOURABLE_FROM - LIKERT_MIN;
		return [sum(favourableFrom, histogram.length - 1), sum(0, favourableFrom - 1)];
	}
	return [
		sum(0, DETRACTOR_UP_TO - SCALE_MIN),
		sum(DETRACTOR_UP_TO - SCALE_MIN + 1, PROMOTER_FROM - SCALE_MIN - 1),
		sum(PROMOTER_FROM - SCALE_MIN, histogram.length - 1)
	];
}

const minusEach = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - (b[i] ?? 0));

/** A group's statistics without a part of it (pooled own members, see gate/pooling.ts). */
export function scoreWithout(whole: ScoreStat, part: ScoreStat): ScoreStat {
	return {
		respondents: whole.respondents - part.respondents,
		answers: whole.answers - part.answers,
		histogram: minusEach(whole.histogram, part.histogram)
	};
}

export function participationWithout(
	whole: ParticipationStat,
	part: ParticipationStat
): ParticipationStat {
	return {
		invited: whole.invited - part.invited,
		responded: whole.responded - part.responded,
		comments: whole.comments - part.comments
	};
}

export function serviceWithout(whole: ServiceStat, part: ServiceStat): ServiceStat {
	const reasons: Record<string, number> = {};
	for (const [name, count] of Object.entries(whole.reasons)) {
		reasons[name] = count - (part.reasons[name] ?? 0);
	}
	return {
		respondents: whole.respondents - part.respondents,
		ratings: whole.ratings - part.ratings,
		histogram: minusEach(whole.histogram, part.histogram),
		reasons,
		comments: whole.comments - part.comments
	};
}
