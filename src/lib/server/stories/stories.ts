import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../db';
import type { SessionUser } from '../auth/session';
import { recordAudit } from '../audit/log';
import { isUuid } from '../../domain/ids';
import { isoDay } from '../../domain/dates';
import { checkStoryText, type StoryInput, type StoryProblems } from '../../domain/stories';

// Service stories: one department thanks another for good internal service. A story names its
// teller only when signed; an anonymous one keeps no trace of them (no author, no time, a random
// id), and telling one is not audited, since an audit entry would name them. Lists are ordered
// by date, then by the random id.

export type Story = {
	id: string;
	departmentId: string;
	departmentName: string;
	colleagueName: string | null;
	authorName: string | null;
	whoHelped: string;
	whatHappened: string;
	customerImpact: string;
	toldOn: string;
	hidden: boolean;
};

export type TellOutcome = { ok: true; id: string } | { ok: false; problems: StoryProblems };

/** Checks and stores a story told by `teller`. */
export async function tellStory(
	db: Db,
	teller: Pick<SessionUser, 'id' | 'departmentId'>,
	form: Record<keyof StoryInput, unknown>,
	/** Today unless given (the demo seeds a history of stories). */
	toldOn?: string
): Promise<TellOutcome> {
	const { values, problems } = checkStoryText(form);
	const departmentId = form.departmentId;
	const department = isUuid(departmentId)
		? await db
				.selectFrom('departments')
				.select('id')
				.where('id', '=', departmentId)
				.where('archived_at', 'is', null)
				.executeTakeFirst()
		: undefined;
	if (!department) problems.department = 'unknown';
	else if (department.id === teller.departmentId) problems.department = 'own_department';
	const colleagueId = form.colleagueId === '' || form.colleagueId == null ? null : form.colleagueId;
	if (colleagueId !== null) {
		const colleague =
			isUuid(colleagueId) && department
				? await db
						.selectFrom('people')
						.select('id')
						.where('id', '=', colleagueId)
						.where('department_id', '=', department.id)
						.where('active', '=', true)
						.executeTakeFirst()
				: undefined;
		if (!colleague) problems.colleague = 'unknown';
	}
	if (Object.keys(problems).length > 0 || !department) return { ok: false, problems };
	const signed = form.signed !== false && form.signed !== 'anonymous';
	const row = await db
		.insertInto('service_stories')
		.values({
			department_id: department.id,
			colleague_id: colleagueId as string | null,
			author_id: signed ? teller.id : null,
			who_helped: values.whoHelped,
			what_happened: values.whatHappened,
			customer_impact: values.customerImpact,
			told_on: toldOn
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { ok: true, id: row.id };
}

/** HR hides a story from every page, feed and export; audited. False when there is none to hide. */
export async function hideStory(db: Kysely<Database>, hr: SessionUser, storyId: string) {
	if (!isUuid(storyId)) return false;
	return db.transaction().execute(async (trx) => {
		const hidden = await trx
			.updateTable('service_stories')
			.set({ hidden: true })
			.where('id', '=', storyId)
			.where('hidden', '=', false)
			.returning(['id', 'department_id'])
			.executeTakeFirst();
		if (!hidden) return false;
		await recordAudit(trx, {
			actorId: hr.id,
			action: 'story.hide',
			entityType: 'story',
			entityId: hidden.id,
			entityLabel: 'Service story hidden',
			after: { departmentId: hidden.department_id }
		});
		return true;
	});
}

export type StoryFilter = {
	departmentId?: string;
	from?: string;
	to?: string;
	limit?: number;
	includeHidden?: boolean;
};

/** Stories, newest day first; hidden ones only when asked (exports for HR leave them out). */
export async function listStories(db: Db, filter: StoryFilter = {}): Promise<Story[]> {
	let query = db
		.selectFrom('service_stories as s')
		.innerJoin('departments as d', 'd.id', 's.department_id')
		.leftJoin('people as c', 'c.id', 's.colleague_id')
		.leftJoin('people as a', 'a.id', 's.author_id')
		.select([
			's.id',
			's.department_id as departmentId',
			'd.name as departmentName',
			'c.name as colleagueName',
			'a.name as authorName',
			's.who_helped as whoHelped',
			's.what_happened as whatHappened',
			's.customer_impact as customerImpact',
			's.told_on as toldOn',
			's.hidden'
		])
		.orderBy('s.told_on', 'desc')
		.orderBy('s.id');
	if (!filter.includeHidden) query = query.where('s.hidden', '=', false);
	if (filter.departmentId) query = query.where('s.department_id', '=', filter.departmentId);
	if (filter.from) query = query.where('s.told_on', '>=', filter.from);
	if (filter.to) query = query.where('s.told_on', '<=', filter.to);
	if (filter.limit) query = query.limit(filter.limit);
	return query.execute();
}

export type StoryPeriod = { from: string; to: string };

/**
 * The days whose stories count for a round: from the day after the programme's previous round
 * closed (or this round's first day) to the day this one closed.
 */
export async function storyPeriod(
	db: Db,
	round: { programmeId: string; opensOn: string; closesOn: string }
): Promise<StoryPeriod> {
	const previous = await sql<{ closed: string | null }>`
		select (max(coalesce(closed_at, closes_at)) + interval '1 day')::date::text as closed
		from pulse_rounds
		where programme_id = ${round.programmeId}::uuid and status = 'closed'
			and coalesce(closed_at, closes_at)::date < ${round.opensOn}::date`.execute(db);
	return { from: previous.rows[0]?.closed ?? round.opensOn, to: round.closesOn };
}

/** Stories shown, per receiving department, told within `period`. */
export async function storyCounts(db: Db, period: StoryPeriod): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('service_stories')
		.select(['department_id', (eb) => eb.fn.countAll<string>().as('n')])
		.where('hidden', '=', false)
		.where('told_on', '>=', period.from)
		.where('told_on', '<=', period.to)
		.groupBy('department_id')
		.execute();
	return new Map(rows.map((r) => [r.department_id, Number(r.n)]));
}

/** What a team page shows beside its internal service figures: the round's count and latest. */
/** A department's stories in a round's period: how many, how many since, the latest three. */
export type RoundStories = {
	period: StoryPeriod;
	count: number;
	/** Told after the round's period: they count with a later round. */
	since: number;
	latest: Story[];
};

export async function storiesForRound(
	db: Db,
	departmentId: string,
	round: { programmeId: string; opensOn: string; closesOn: string }
): Promise<RoundStories> {
	const period = await storyPeriod(db, round);
	const counts = await storyCounts(db, period);
	const later = await storyCounts(db, { from: nextDay(period.to), to: '9999-12-31' });
	return {
		period,
		count: counts.get(departmentId) ?? 0,
		since: later.get(departmentId) ?? 0,
		latest: await listStories(db, { departmentId, limit: 3 })
	};
}

/** Active people with their department, for choosing a named colleague. */
export async function colleagueChoices(db: Db) {
	return db
		.selectFrom('people')
		.innerJoin('departments', 'departments.id', 'people.department_id')
		.select(['people.id', 'people.name', 'people.department_id as departmentId'])
		.select('departments.name as departmentName')
		.where('people.active', '=', true)
		.where('departments.archived_at', 'is', null)
		.orderBy('departments.name')
		.orderBy('people.name')
		.execute();
}

/** Every department's count for a round's period, most thanked first: the company view's table. */
export async function storyCountsForRound(
	db: Db,
	round: { programmeId: string; opensOn: string; closesOn: string }
) {
	const period = await storyPeriod(db, round);
	const counts = await storyCounts(db, period);
	if (counts.size === 0) return { period, rows: [] };
	const departments = await db
		.selectFrom('departments')
		.select(['id', 'name'])
		.where('id', 'in', [...counts.keys()])
		.execute();
	const rows = departments
		.map((d) => ({ id: d.id, name: d.name, count: counts.get(d.id) ?? 0 }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
	return { period, rows };
}

function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return isoDay(date);
}
