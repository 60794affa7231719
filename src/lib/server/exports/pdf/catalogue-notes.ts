import type { SuppressionReason } from '../../../domain/suppression-reasons';

// The report's longer words: captions, explanatory paragraphs, the method notes and the labels
// of the later sections, in each language of the report (see catalogue.ts for the rest).

export type MethodNote = { heading: string; text: string };

export type ReportNotes = {
	/** Short marks of hidden cells where the language has its own. */
	marks: Partial<Record<SuppressionReason, string>>;
	contents: Record<string, string>;
	dateTime: (at: Date) => string;
	legends: { likert: string; nps: string };
	items: { heading: string; note: string };
	hiddenCells: (entries: string) => string;
	units: { participation: string; score: string; favourable: string };
	latestValue: (value: string) => string;
	hiddenValue: (mark: string) => string;
	trendsCaption: (subject: string | null, legend: string | null) => string;
	heatmap: {
		caption: (from: string, to: string) => string;
		department: string;
		ownMembers: string;
		short: Record<string, string>;
	};
	matrix: {
		caption: (rounds: number, shown: number, asked: number) => string;
		corner: string;
		everyone: string;
	};
	chain: {
		intro: string;
		noExternal: string;
		noDepartment: string;
		internalAnd: (metric: string) => string;
		vertical: (metric: string) => string;
		internalAxis: string;
		departments: (n: number, withheld: number) => string;
		correlation: (r: string, interval: string | null, n: number) => string;
		interval: (low: string, high: string) => string;
		tooFew: (minimum: number) => string;
		spearman: (rho: string) => string;
		quartiles: (top: string, bottom: string, gap: string) => string;
		dots: string;
		lagged: string;
		tooFewPairs: string;
		notEnough: string;
		forward: (metric: string, lag: number, figure: string) => string;
		reverse: (metric: string, lag: number, figure: string) => string;
		verdicts: Record<'inconclusive' | 'positive' | 'negative' | 'no_clear_relation', string>;
	};
	comments: {
		intro: (from: string, to: string) => string;
		hidden: (reason: string) => string;
		none: string;
	};
	actions: {
		heading: string;
		after: (round: string) => string;
		none: string;
		noOwner: string;
		due: (day: string, overdue: boolean) => string;
		status: Record<string, string>;
	};
	stories: {
		heading: string;
		intro: (from: string, to: string) => string;
		noRound: string;
		none: string;
		happened: (text: string) => string;
		meant: (text: string) => string;
		anonymous: string;
		more: (n: number) => string;
	};
	method: (
		k: number,
		kComments: number,
		reasons: Record<SuppressionReason, string>
	) => MethodNote[];
};
