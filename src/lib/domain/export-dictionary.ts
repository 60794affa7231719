// The data dictionary of the trend exports: every CSV column, every measure and every code that
// stands where a number is missing. The CSV's header, the dictionary page and download, and the
// workbook's Dictionary sheet are all written from here, so they cannot drift apart.

/** What stands in a number column when there is no number, one code per meaning. */
export const MISSING_CODES = {
	suppressed: 'Hidden by the anonymity rules; the reason column says why.',
	not_applicable: 'The measure has no such figure (eNPS and participation have no mean).',
	not_computable:
		'The figure could not be computed from the data (for example a correlation over fewer than three departments).',
	not_recorded:
		'The source did not give the figure (an external metric imported without its sample size).'
} as const;
export type MissingCode = keyof typeof MISSING_CODES;

export const HIDDEN_REASONS_TEXT: Record<string, string> = {
	fewer_than_k: 'Fewer than k people answered in the group.',
	protects_smaller_group:
		'Hidden so that a smaller group beside it cannot be worked out from a total.',
	not_asked: 'The round did not ask this question (drivers take turns).',
	group_changed: 'People were moved into the group just before the round.'
};

export type ColumnEntry = { name: string; type: 'text' | 'number' | 'date'; meaning: string };

export const CSV_DICTIONARY: readonly ColumnEntry[] = [
	{
		name: 'round_id',
		type: 'text',
		meaning:
			'The survey round (a stable id). Empty on service-chain rows, which are about the whole period.'
	},
	{ name: 'round_opens', type: 'date', meaning: 'First day of the round (or of the period).' },
	{ name: 'round_closes', type: 'date', meaning: 'Last day of the round (or of the period).' },
	{
		name: 'department_id',
		type: 'text',
		meaning:
			'Stable id of the department the row is about; it never changes when a department is renamed or moved. Empty for the whole company.'
	},
	{
		name: 'department_code',
		type: 'text',
		meaning: 'The department’s short code as set by HR. Empty for the whole company.'
	},
	{
		name: 'department_path',
		type: 'text',
		meaning:
			'The department’s place in the org chart, top level first, separated by "/" ("Whole company" on company rows).'
	},
	{
		name: 'group',
		type: 'text',
		meaning:
			'Who the figure is about: company (everyone), subtree (a department and all below it), direct (only the people placed directly in a department that has sub-departments), provider (a department as rated by the rest of its scope), consumer (the own members of a department rating a provider, in the internal service matrix), unit (a department’s figures in the service chain).'
	},
	{ name: 'measure', type: 'text', meaning: 'What is measured; see the measures below.' },
	{
		name: 'provider_id',
		type: 'text',
		meaning: 'On internal service matrix rows: the rated department’s stable id; else empty.'
	},
	{ name: 'provider_code', type: 'text', meaning: 'The rated department’s code; else empty.' },
	{ name: 'provider_path', type: 'text', meaning: 'The rated department’s path; else empty.' },
	{
		name: 'value',
		type: 'number',
		meaning:
			'The headline figure: % favourable for drivers, −100 to 100 for eNPS and internal NPS, % responded for participation, the statistic on service-chain rows.'
	},
	{
		name: 'mean',
		type: 'number',
		meaning: 'The mean answer (1–5 for drivers, 0–10 for internal service ratings).'
	},
	{
		name: 'n',
		type: 'number',
		meaning:
			'Always the number of respondents behind the figure (on service-chain statistics: the number of departments; on external figures: the sample size given with them).'
	},
	{
		name: 'invited',
		type: 'number',
		meaning: 'On participation rows: the number of people invited. Elsewhere not_applicable.'
	},
	{
		name: 'reason',
		type: 'text',
		meaning:
			'Why a figure is hidden, as a code (see below); empty when the row’s figures are shown.'
	}
];

export const CSV_COLUMNS = CSV_DICTIONARY.map((c) => c.name);

export const MEASURES_TEXT: Record<string, string> = {
	participation: 'Share of invited people who answered, in %.',
	enps: 'Employee Net Promoter Score: % promoters (9–10) minus % detractors (0–6), −100 to 100.',
	'driver keys (e.g. recognition)':
		'A Likert driver: % of answers 4 or 5 on the 1–5 scale (value) and the mean answer (mean).',
	internal_nps_received:
		'Internal NPS a department received from the rest of its scope, −100 to 100.',
	internal_nps: 'Internal NPS that a consumer department gave a provider, −100 to 100.',
	stories:
		'Service stories the department received in the round’s period (a count; stories are not survey answers).',
	'service_chain_<metric>_internal_support':
		'A department’s internal support received (% favourable) over the period.',
	'service_chain_<metric>_external': 'The department’s external (customer) figure for the metric.',
	'service_chain_<metric>_<statistic>':
		'Statistics across departments: r, its 95% interval (r_ci95_low, r_ci95_high), Spearman’s rho, the fit line, the quartile gap, lagged correlations.'
};

/** The dictionary as rows (section, name, type, meaning), for the download and the workbook. */
export function dictionaryRows(): [string, string, string, string][] {
	return [
		...CSV_DICTIONARY.map((c): [string, string, string, string] => [
			'column',
			c.name,
			c.type,
			c.meaning
		]),
		...Object.entries(MEASURES_TEXT).map(([name, meaning]): [string, string, string, string] => [
			'measure',
			name,
			'',
			meaning
		]),
		...Object.entries(MISSING_CODES).map(([name, meaning]): [string, string, string, string] => [
			'missing value',
			name,
			'',
			meaning
		]),
		...Object.entries(HIDDEN_REASONS_TEXT).map(
			([name, meaning]): [string, string, string, string] => ['reason', name, '', meaning]
		)
	];
}
