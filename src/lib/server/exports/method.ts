import { formatDateTime } from '../../domain/format';
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
				`No figure about fewer than ${k} respondents is shown (for participation: fewer than ${k} ` +
				`invited); comments need ${plan.k.comments} respondents. Where groups add up to a ` +
				'total, a hidden group is never the only one hidden: the next-smallest is hidden too, ' +
				'so that no hidden figure can be worked out by subtraction. Such cells read ' +
				`"fewer than ${k} responses" here and "suppressed" in the CSV, never zero or blank. ` +
				'Comments are shown without dates, in random order.'
		},
		{
			heading: 'Reading with care',
			text:
				'Small changes between rounds are often noise: a change of a few points in a group of ' +
				'ten people is one or two answers. Correlation is not causation.'
		}
	];
}
