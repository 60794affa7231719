import type { Db } from '../db';
import { canSee } from '../analytics/access';
import { departmentLabels } from '../analytics/department-and-round-lists';
import { listStories, storyCounts, storyPeriod, type Story } from '../stories/stories';
import type { ExportPlan } from './plan';

// Service stories in an export: per round, how many stories each department of the export
// received in the round's period, and the stories themselves over the whole period. Stories are
// not survey answers, so no gate applies; hidden ones are left out, anonymous ones stay unsigned.

export type StoryCountRow = {
	round: ExportPlan['rounds'][number];
	period: { from: string; to: string };
	departmentId: string;
	count: number;
};

export type ExportedStories = {
	counts: StoryCountRow[];
	stories: Story[];
	labels: Map<string, { code: string; name: string }>;
};

/** The departments of the export, in the order of their paths. */
function exportedDepartments(plan: ExportPlan): string[] {
	return [...plan.paths.entries()]
		.filter(([id]) => canSee(plan.scope, id))
		.sort((a, b) => a[1].localeCompare(b[1]))
		.map(([id]) => id);
}

export async function exportedStories(db: Db, plan: ExportPlan): Promise<ExportedStories> {
	const departments = exportedDepartments(plan);
	const counts: StoryCountRow[] = [];
	for (const round of plan.rounds) {
		const period = await storyPeriod(db, round);
		const byDepartment = await storyCounts(db, period);
		for (const departmentId of departments) {
			counts.push({ round, period, departmentId, count: byDepartment.get(departmentId) ?? 0 });
		}
	}
	const first = counts[0]?.period.from;
	const last = counts.at(-1)?.period.to;
	const inScope = new Set(departments);
	const stories = first
		? (await listStories(db, { from: first, to: last })).filter((s) => inScope.has(s.departmentId))
		: [];
	return { counts, stories, labels: await departmentLabels(db, departments) };
}

/**
 * The counts as CSV rows in the columns of the figures: measure `stories`, group `provider` (the
 * department that received them); no gate applies, so no reason.
 */
export function storyCsvRows(exported: ExportedStories, plan: ExportPlan): (string | number)[][] {
	return exported.counts.map((row) => {
		const label = exported.labels.get(row.departmentId);
		return [
			row.round.id,
			row.round.opensOn,
			row.round.closesOn,
			row.departmentId,
			label?.code ?? '',
			plan.paths.get(row.departmentId) ?? label?.name ?? '',
			'provider',
			'stories',
			'',
			'',
			'',
			row.count,
			'not_applicable',
			'not_applicable',
			'not_applicable',
			''
		];
	});
}
