import { seededRandom } from './random';

/**
 * The story the demo data tells. Each department depends on a few others; how well those
 * providers serve it (0–10) moves its morale and empowerment a month later, and customer-facing
 * departments' customers follow a month after that. IT Service Desk starts poor and is turned
 * around a year in; Logistics slips in the second year; Data & Analytics is steady and good.
 */
export const DEPENDS_ON: Record<string, string[]> = {
	SUP: ['ITS', 'LOG', 'ENG', 'FIN'],
	FLD: ['LOG', 'WHS', 'ITS'],
	LOG: ['WHS', 'ITS', 'FIN'],
	WHS: ['LOG', 'ITS'],
	SAL: ['MKT', 'FIN', 'LEG', 'DAT'],
	ACM: ['SUP', 'FIN', 'DAT'],
	MKT: ['DAT', 'SAL', 'ENG'],
	ENG: ['ITS', 'DAT', 'PPL'],
	ITS: ['ENG', 'FIN'],
	DAT: ['ENG', 'ITS'],
	FIN: ['ITS', 'PPL', 'SAL'],
	PPL: ['ITS', 'FIN', 'LEG'],
	LEG: ['FIN', 'PPL'],
	OPS: ['FIN', 'PPL'],
	COM: ['FIN', 'DAT'],
	TEC: ['FIN', 'PPL'],
	CRP: ['ITS', 'FIN']
};

const BASE_QUALITY: Record<string, number> = {
	ITS: 5.0,
	LOG: 7.2,
	WHS: 7.0,
	FIN: 6.6,
	ENG: 6.9,
	DAT: 7.8,
	MKT: 6.2,
	LEG: 5.6,
	PPL: 7.1,
	SUP: 7.4,
	SAL: 6.4
};

/** How well `provider` serves the others in month `t` (0 = two years ago). */
export function providerQuality(provider: string, t: number): number {
	let q = BASE_QUALITY[provider] ?? 6.5;
	if (provider === 'ITS') q += t < 12 ? 0 : Math.min(2.6, (t - 11) * 0.45);
	if (provider === 'LOG') q -= t < 12 ? 0 : Math.min(2.0, (t - 11) * 0.22);
	return q + 0.25 * Math.sin((t + provider.length) / 2.5);
}

/** Mean quality of the department's providers: the internal support it receives. */
export function supportReceived(department: string, t: number): number {
	const providers = DEPENDS_ON[department] ?? [];
	if (providers.length === 0) return 6.5;
	return providers.reduce((sum, p) => sum + providerQuality(p, t), 0) / providers.length;
}

const DEPARTMENT_MOOD: Record<string, number> = {
	SUP: -0.2,
	FLD: 0.1,
	ENG: 0.25,
	DAT: 0.3,
	LEG: -0.1
};

/** Latent morale on a z-like scale: driven by last month's support received. */
export function moraleLatent(department: string, t: number): number {
	const support = supportReceived(department, Math.max(0, t - 1));
	return (DEPARTMENT_MOOD[department] ?? 0) + 0.55 * (support - 6.5);
}

/** Customer satisfaction (% satisfied) of a customer-facing department in month `t`. */
export function customerSatisfaction(department: string, t: number): number {
	const morale = moraleLatent(department, Math.max(0, t - 1));
	return Math.round(Math.max(40, Math.min(97, 78 + 9 * morale)) * 10) / 10;
}

export function normal(random: () => number): number {
	const u = Math.max(random(), 1e-9);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Likert answer 1–5 from a latent score (0 ≈ neutral-positive, ±1 ≈ a point). */
export function likertFrom(latent: number, random: () => number): number {
	const x = 3.4 + latent + 0.9 * normal(random);
	return Math.max(1, Math.min(5, Math.round(x)));
}

export function scoreFrom(mean: number, spread: number, random: () => number): number {
	return Math.max(0, Math.min(10, Math.round(mean + spread * normal(random))));
}

export const demoRandom = () => seededRandom(1994);
