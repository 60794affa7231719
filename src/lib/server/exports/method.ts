import { formatDateTime } from '../../domain/dates';
import {
	SUPPRESSION_REASONS,
	suppressionText,
	type SuppressionReason
} from '../../domain/suppression-reasons';
import type { MethodNote } from './pdf/catalogue-notes';
import { NOTES_EN } from './pdf/notes-en';
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

export function methodNotes(plan: ExportPlan): MethodNote[] {
	const k = plan.k.scores;
	const reasonWords = Object.fromEntries(
		SUPPRESSION_REASONS.map((reason) => [reason, suppressionText(reason, k)])
	) as Record<SuppressionReason, string>;
	return NOTES_EN.method(k, plan.k.comments, reasonWords);
}
