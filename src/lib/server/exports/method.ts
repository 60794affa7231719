import { formatDateTime } from '../../domain/dates';
import { SUPPRESSION_REASONS, suppressionText } from '../../domain/suppression-reasons';
import { CONTENT_LABELS } from './request';
import { planPeriod, planSubject, type ExportPlan } from './plan';

// The "method and anonymity" notes that every workbook and report carries, and the line that
// says what an export is about.

export function describePlan(plan: ExportPlan): [string, string][] {
	const { from, to } = planPeriod(plan);
	return [
		['Departments', plan.root ? `${planSubject(plan)} and everything below it` : 'Whole company'],
		['Period', `${from} to ${to} (${plan.rounds.length} closed rounds)`],
		['Contents', [...plan.contents].map((c) => CONTENT_LABELS[c]).join(', ')],
		['Prepared by', `${plan.by.name}, ${formatDateTime(plan.createdAt)}`]
	];
}

export function methodNotes(plan: ExportPlan): { heading: string; text: string }[] {
	const k = plan.k.scores;
	const reasonWords = Object.fromEntries(
		SUPPRESSION_REASONS.map((reason) => [reason, suppressionText(reason, k)])
	);
	return [
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
				`${plan.k.comments} respondents. Where groups add up to a total, a hidden group is never ` +
				'the only one hidden: another is hidden too, so that no hidden figure can be worked out ' +
				'by subtraction. A hidden figure is never zero or blank: it says why it is hidden. ' +
				'Comments are shown without dates, in random order.'
		},
		{
			heading: 'Why a figure is hidden',
			text:
				'Each hidden figure gives one of four reasons, in words here and as a code in the ' +
				'"reason" column of the CSV (whose value, mean and n columns read "suppressed"): ' +
				SUPPRESSION_REASONS.map((reason) => `${reason}: "${reasonWords[reason]}"`).join('; ') +
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
	];
}
