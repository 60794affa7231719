import { formatDateTime } from '../../../domain/dates';
import type { ReportNotes } from './catalogue-notes';

export const NOTES_EN: ReportNotes = {
	marks: {},
	// The contents' English names are the exports form's (request.ts).
	contents: {},
	dateTime: formatDateTime,
	legends: {
		likert: '1 strongly disagree · 2 · 3 · 4 · 5 strongly agree',
		nps: 'detractors 0–6 · passives 7–8 · promoters 9–10'
	},
	items: {
		heading: 'Question by question',
		note: 'How people answered each question of the latest round, 1 (strongly disagree) to 5 (strongly agree), with n. A hidden question says why and shows no count.'
	},
	hiddenCells: (entries) => `Hidden cells: ${entries}.`,
	units: { participation: '% responded', score: 'score, −100 to 100', favourable: '% favourable' },
	latestValue: (value) => `latest ${value}`,
	hiddenValue: (mark) => `hidden (${mark})`,
	trendsCaption: (subject, legend) =>
		(subject
			? `${subject} (blue) beside the whole company (grey, dashed), `
			: 'The whole company, ') +
		'round by round.' +
		(legend
			? ` A grey band is a round whose figure is hidden: the line breaks there, and the mark at the top of the band says why (${legend}).`
			: ''),
	heatmap: {
		caption: (from, to) =>
			`Round of ${from} to ${to}. Drivers: % favourable; eNPS and internal NPS: -100 to 100; ` +
			'participation: % responded. Grey cells are hidden, each marked with why (see under the ' +
			'grid); a blank cell is outside this export.',
		department: 'Department',
		ownMembers: 'own members',
		short: {
			participation: 'Particip.',
			empowerment: 'Empower.',
			internal_support: 'Support',
			morale: 'Morale',
			recognition: 'Recogn.',
			workload: 'Workload',
			manager_support: 'Manager',
			enps: 'eNPS',
			internal_nps_received: 'Int. NPS'
		}
	},
	matrix: {
		caption: (rounds, shown, asked) =>
			`${rounds} round${rounds === 1 ? '' : 's'} of the period: internal NPS (-100 to 100) that the own members of each ` +
			'consumer department (rows) gave each provider department (columns, by code), pooled over the ' +
			'rounds in which the pair could be shown. Grey cells are hidden in every round, each marked ' +
			`with why (see under the grid); a blank cell is outside this export. ${shown} of ${asked} pairs asked are shown.`,
		corner: 'Consumer \\ provider',
		everyone: 'Everyone who rated them'
	},
	chain: {
		intro:
			'Do the departments that are served well by their colleagues serve their customers well? Each dot is a ' +
			"department: its internal support received and its customers' satisfaction, averaged over the months " +
			'of this period in which both exist. Only departments whose internal figure passed the anonymity ' +
			'threshold count. Correlation is not causation.',
		noExternal: 'No external satisfaction figures in this period.',
		noDepartment: 'No department of this export has both figures in the period.',
		internalAnd: (metric) => `Internal support and ${metric}`,
		vertical: (metric) => `${metric} (vertical)`,
		internalAxis: 'Internal support received (% favourable)',
		departments: (n, withheld) =>
			`Departments: ${n}${withheld ? ` (${withheld} outside this export, not shown)` : ''}`,
		correlation: (r, interval, n) =>
			`r = ${r}${interval ? `, 95% interval ${interval}` : ''}, n = ${n}`,
		interval: (low, high) => `${low} to ${high}`,
		tooFew: (minimum) => `Fewer than ${minimum} departments: no correlation is given.`,
		spearman: (rho) => `Spearman rho = ${rho}`,
		quartiles: (top, bottom, gap) => `Top quarter ${top} vs bottom quarter ${bottom} (gap ${gap})`,
		dots: 'Dot size: respondents. Dashed: fit weighted by respondents.',
		lagged: 'Lagged: change within departments over time',
		tooFewPairs: 'too few pairs',
		notEnough: ': not enough evidence yet',
		forward: (metric, lag, figure) =>
			`Internal support now -> ${metric} ${lag} month${lag === 1 ? '' : 's'} later: ${figure}`,
		reverse: (metric, lag, figure) =>
			`${metric} now -> internal support ${lag} month${lag === 1 ? '' : 's'} later: ${figure}`,
		verdicts: {
			inconclusive:
				'Not enough evidence yet: the interval is too wide (or the departments too few) to say whether the two go together.',
			positive: 'The two go together: the interval lies above zero.',
			negative: 'The two go opposite ways: the interval lies below zero.',
			no_clear_relation: 'No clear relation: the interval spans zero.'
		}
	},
	comments: {
		intro: (from, to) =>
			`Open comments of the round of ${from} to ${to}, in random order, undated.`,
		hidden: (reason) => `Hidden: ${reason}.`,
		none: 'No comments in this round.'
	},
	actions: {
		heading: 'Focus areas and actions',
		after: (round) => `After the round of ${round}`,
		none: 'No actions written yet.',
		noOwner: 'no owner',
		due: (day, overdue) => `due ${day}${overdue ? ', overdue' : ''}`,
		status: { Planned: 'Planned', 'In progress': 'In progress', Done: 'Done', Dropped: 'Dropped' }
	},
	stories: {
		heading: 'Service stories',
		intro: (from, to) => `Stories colleagues told to thank a department, ${from} to ${to}:`,
		noRound: 'No round in this export.',
		none: 'No stories in this period.',
		happened: (text) => `What happened: ${text}`,
		meant: (text) => `What it meant for a customer: ${text}`,
		anonymous: 'Anonymous',
		more: (n) => `${n} more in the spreadsheet export.`
	},
	method: (k, kComments, reasons) => [
		{
			heading: 'Where the figures come from',
			text:
				'Every figure is read from the rollups made once when a round closed, through the same ' +
				'privacy gate as the dashboards and the API: an export shows exactly what they show. ' +
				'Nothing from a round that is still open is included.'
		},
		{
			heading: 'Measures',
			text:
				'Driver scores are % favourable: the share of answers of 4 or 5 on the 1–5 scale, a ' +
				'driver pooling its items; the mean is of the answers. eNPS and internal NPS are % ' +
				'promoters (9–10) minus % detractors (0–6), from −100 to 100. Participation is ' +
				'responses divided by people invited. Percentages and scores have one decimal, means two. ' +
				'A change is the difference between two shown figures; drivers rotate from round to ' +
				'round, so a driver is compared with the latest earlier round that asked it.'
		},
		{
			heading: 'Groups',
			text:
				"A department's figures are about its whole subtree: its own members and every " +
				'department below it. Rows marked "own members" are the people placed directly in a ' +
				'department that has sub-departments. The internal service matrix shows how the own ' +
				'members of each consumer department rated each provider department.'
		},
		{
			heading: 'Anonymity',
			text:
				`No figure about fewer than ${k} respondents is shown; comments need ` +
				`${kComments} respondents. Where groups add up to a total, a hidden group is never ` +
				'the only one hidden: another is hidden too, so that no hidden figure can be worked out ' +
				'by subtraction. A hidden figure is never zero or blank: it says why it is hidden. ' +
				'Comments are shown without dates, in random order.'
		},
		{
			heading: 'Why a figure is hidden',
			text:
				'Each hidden figure gives one of four reasons, in words here and as a code in the ' +
				'"reason" column of the CSV (whose value, mean and n columns read "suppressed"): ' +
				Object.entries(reasons)
					.map(([code, words]) => `${code}: "${words}"`)
					.join('; ') +
				'. Fewer than k: the group itself is too small. A smaller group: the figure is hidden ' +
				'only so that a small group beside it cannot be worked out from the total. Not asked: ' +
				'drivers take turns, and this round did not ask it. Group changed: people were moved ' +
				'into the group just before the round, so its figure could single them out.'
		},
		{
			heading: 'Reading with care',
			text:
				'Small changes between rounds are often noise: a change of a few points in a group of ' +
				'ten people is one or two answers. Correlation is not causation.'
		}
	]
};
