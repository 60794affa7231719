import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db';
import { INTERNAL_SERVICE_REASONS } from '../../domain/questions';
import { ESTABLISHED_DAYS } from '../../domain/group-changes';

// The one place that aggregates raw answers. Run when a round closes, in the closing
// transaction: a handful of set-based statements, each rolling the round's rows up per
// department (its own members), per subtree (through the closure table) and for the company.
// Nothing here is shown to anyone; the privacy gate decides what of it may be.

const VALUES = Array.from({ length: 11 }, (_, v) => v);
const binCounts = sql.raw(
	VALUES.map((v) => `count(*) filter (where v = ${v})::int as c${v}`).join(', ')
);
const reasonCounts = sql.raw(
	INTERNAL_SERVICE_REASONS.map(
		(r) => `count(*) filter (where '${r}' = any(reasons))::int as "r_${r}"`
	).join(', ')
);
const BINS = VALUES.map((v) => `c${v}`);
const REASONS = INTERNAL_SERVICE_REASONS.map((r) => `"r_${r}"`);
const scaleHistogram = sql.raw(`array[${BINS.join(', ')}]::int[]`);
const histogramByKind = sql.raw(
	`case when kind = 'likert' then array[c1, c2, c3, c4, c5]::int[] else array[${BINS.join(', ')}]::int[] end`
);
const reasonsObject = sql.raw(
	`jsonb_build_object(${INTERNAL_SERVICE_REASONS.map((r) => `'${r}', "r_${r}"`).join(', ')})`
);

/** `direct` rows (a `dep` column and `measures`) as direct, subtree and company rows. */
function inScopes(keys: readonly string[], measures: readonly string[], subtreeWhere = 'true') {
	const keyList = keys.length ? `, ${keys.join(', ')}` : '';
	const measureList = measures.join(', ');
	return sql.raw(`
		select 'direct' as scope, dep as department_id${keyList}, ${measureList} from direct
		union all
		select 'subtree', cl.ancestor_id${keyList}, ${measures.map((m) => `sum(${m})::int`).join(', ')}
		from direct join department_closure cl on cl.descendant_id = direct.dep
		where ${subtreeWhere}
		group by cl.ancestor_id${keyList}
		union all
		select 'company', null::uuid${keyList}, ${measures.map((m) => `sum(${m})::int`).join(', ')}
		from direct ${keys.length ? `group by ${keys.join(', ')}` : ''}`);
}

/**
 * Rolls up a closed round once. Returns false, changing nothing, when the round is not closed
 * or already has its rollups, so re-running a close is harmless.
 */
export async function computeRollups(db: Db, roundId: string): Promise<boolean> {
	if (!db.isTransaction) {
		return db.transaction().execute((trx) => computeRollups(trx, roundId));
	}
	// A response being stored right now holds a key-share lock on its round row: wait for it,
	// so that every response committed before the close is counted.
	await sql`select id from pulse_rounds where id = ${roundId}::uuid for update`.execute(db);
	const marked = await sql<{ round_id: string }>`
		insert into rollup_rounds (round_id, programme_id, k_scores, k_comments)
		select r.id, r.programme_id, p.k_scores, p.k_comments
		from pulse_rounds r join pulse_programmes p on p.id = r.programme_id
		where r.id = ${roundId}::uuid and r.status = 'closed'
		on conflict do nothing
		returning round_id`.execute(db);
	if (marked.rows.length === 0) return false;
	const round = sql`${roundId}::uuid`;
	await rollUpDepartments(db, round);
	await rollUpParticipation(db, round);
	await rollUpGroupChanges(db, round);
	await rollUpScores(db, round);
	await rollUpService(db, round);
	await rollUpDriverImpact(db, round);
	return true;
}

/** The tree at closing: every department in use (active, or with data) and its ancestors. */
async function rollUpDepartments(db: Db, round: RawBuilder<unknown>) {
	await sql`
		insert into rollup_departments (round_id, department_id, parent_id)
		select ${round}, d.id, d.parent_id from departments d
		where d.id in (
			select c.ancestor_id from department_closure c join departments x on x.id = c.descendant_id
			where x.archived_at is null
				or x.id in (select department_id from invitations where round_id = ${round})
				or x.id in (select department_id from responses where round_id = ${round})
				or x.id in (
					select sr.provider_department_id from service_ratings sr
					join responses s on s.id = sr.response_id and s.round_id = sr.round_id
					where s.round_id = ${round}
				)
		)
		on conflict do nothing`.execute(db);
}

async function rollUpParticipation(db: Db, round: RawBuilder<unknown>) {
	await sql`
		insert into rollup_participation (round_id, scope, department_id, invited, responded, comments)
		with direct as (
			select department_id as dep, sum(invited)::int as invited, sum(responded)::int as responded,
				sum(comments)::int as comments
			from (
				select department_id, count(*) as invited, 0 as responded, 0 as comments
				from invitations where round_id = ${round} group by department_id
				union all
				select department_id, 0, count(*), 0 from responses where round_id = ${round}
				group by department_id
				union all
				select department_id, 0, 0, count(*) from comments
				where round_id = ${round} and provider_department_id is null group by department_id
			) counts
			group by department_id
		)
		select ${round}, scoped.* from (${inScopes([], ['invited', 'responded', 'comments'])}) scoped
		on conflict do nothing`.execute(db);
}

/**
 * Per group, the invited people who joined their department less than ESTABLISHED_DAYS before
 * the round opened (see domain/group-changes.ts), with the group's respondents; only groups with
 * such newcomers get a row. The department date is the one snapshotted at opening; invitations
 * older than that snapshot fall back on the person's current one.
 */
async function rollUpGroupChanges(db: Db, round: RawBuilder<unknown>) {
	await sql`
		insert into rollup_group_changes (round_id, scope, department_id, invited, newcomers, responded)
		with direct as (
			select dep, sum(invited)::int as invited, sum(newcomers)::int as newcomers,
				sum(responded)::int as responded
			from (
				select i.department_id as dep, count(*) as invited,
					count(*) filter (
						where coalesce(i.department_since, p.department_since)
							> r.opens_at - make_interval(days => ${ESTABLISHED_DAYS}::int)
					) as newcomers,
					0 as responded
				from invitations i
				join people p on p.id = i.person_id
				join pulse_rounds r on r.id = i.round_id
				where i.round_id = ${round}
				group by i.department_id
				union all
				select department_id, 0, 0, count(*) from responses where round_id = ${round}
				group by department_id
			) counts
			group by dep
		)
		select ${round}, scoped.* from (${inScopes([], ['invited', 'newcomers', 'responded'])}) scoped
		where scoped.newcomers > 0
		on conflict do nothing`.execute(db);
}

/** Likert and 0–10 answers per item and per driver (a driver pools its items' answers). */
async function rollUpScores(db: Db, round: RawBuilder<unknown>) {
	const measures = ['respondents', 'answers', ...BINS];
	await sql`
		with q as (
			select q.id, q.driver, q.kind from round_questions rq join questions q on q.id = rq.question_id
			where rq.round_id = ${round} and q.kind in ('likert', 'scale_0_10')
		),
		a as (
			select s.id as rid, s.department_id as dep, q.driver, q.kind, a.question_id as qid, a.value as v
			from responses s
			join answers a on a.response_id = s.id and a.round_id = s.round_id
			join q on q.id = a.question_id
			where s.round_id = ${round}
		),
		direct as (
			select dep, driver, kind, qid, count(*)::int as respondents, count(*)::int as answers, ${binCounts}
			from a group by dep, driver, kind, qid
			union all
			select dep, driver, kind, null::uuid, count(distinct rid)::int, count(*)::int, ${binCounts}
			from a group by dep, driver, kind
		),
		scoped as (${inScopes(['driver', 'kind', 'qid'], measures)}),
		items as (
			insert into rollup_items (round_id, scope, department_id, question_id, driver, respondents, histogram)
			select ${round}, scope, department_id, qid, driver, respondents, ${histogramByKind}
			from scoped where qid is not null
			on conflict do nothing
		)
		insert into rollup_drivers (round_id, scope, department_id, driver, respondents, answers, histogram)
		select ${round}, scope, department_id, driver, respondents, answers, ${histogramByKind}
		from scoped where qid is null
		on conflict do nothing`.execute(db);
}

/**
 * Service ratings per consumer group and provider, with reason and comment counts. Rows over all
 * providers together are kept for each department's own members and the company only.
 */
async function rollUpService(db: Db, round: RawBuilder<unknown>) {
	const measures = ['respondents', 'ratings', 'comments', ...BINS, ...REASONS];
	await sql`
		with r as (
			select s.id as rid, s.department_id as dep, sr.provider_department_id as p, sr.score as v,
				sr.reasons
			from responses s
			join service_ratings sr on sr.response_id = s.id and sr.round_id = s.round_id
			where s.round_id = ${round}
		),
		pc as (
			select department_id as dep, provider_department_id as p, count(*)::int as comments
			from comments where round_id = ${round} and provider_department_id is not null
			group by department_id, provider_department_id
		),
		cells as (
			select dep, p, count(*)::int as respondents, count(*)::int as ratings, ${binCounts},
				${reasonCounts}
			from r group by dep, p
		),
		direct as (
			select coalesce(cells.dep, pc.dep) as dep, coalesce(cells.p, pc.p) as p,
				coalesce(cells.respondents, 0) as respondents, coalesce(cells.ratings, 0) as ratings,
				coalesce(pc.comments, 0) as comments,
				${sql.raw([...BINS, ...REASONS].map((c) => `coalesce(cells.${c}, 0) as ${c}`).join(', '))}
			from cells full join pc on pc.dep = cells.dep and pc.p = cells.p
			union all
			select dep, null::uuid, count(distinct rid)::int, count(*)::int,
				coalesce((select sum(pc.comments) from pc where pc.dep = r.dep), 0)::int,
				${binCounts}, ${reasonCounts}
			from r group by dep
		)
		insert into rollup_service (round_id, scope, department_id, provider_department_id,
			respondents, ratings, comments, histogram, reasons)
		select ${round}, scope, department_id, p, respondents, ratings, comments, ${scaleHistogram},
			${reasonsObject}
		from (${inScopes(['p'], measures, 'p is not null')}) scoped
		on conflict do nothing`.execute(db);
}

/**
 * Per respondent: the mean of each driver's items against their eNPS answer; r and n kept.
 * Each department's sums of x, y, x², y², xy are rolled up the tree, and r is computed from
 * them, so no respondent-level row is joined more than once.
 */
async function rollUpDriverImpact(db: Db, round: RawBuilder<unknown>) {
	await sql`
		with q as (
			select q.id, q.driver, q.kind from round_questions rq join questions q on q.id = rq.question_id
			where rq.round_id = ${round} and (q.kind = 'likert' or q.driver = 'enps')
		),
		per as (
			select s.id as rid, s.department_id as dep, q.driver, q.kind, avg(a.value)::float8 as v
			from responses s
			join answers a on a.response_id = s.id and a.round_id = s.round_id
			join q on q.id = a.question_id
			where s.round_id = ${round}
			group by s.id, s.department_id, q.driver, q.kind
		),
		pairs as (
			select dep, driver, v as x, y from (
				select dep, driver, kind, v, max(v) filter (where driver = 'enps') over (partition by rid) as y
				from per
			) t
			where kind = 'likert' and y is not null
		),
		direct as (
			select dep, driver, count(*)::float8 as n, sum(x) as sx, sum(y) as sy, sum(x * x) as sxx,
				sum(y * y) as syy, sum(x * y) as sxy
			from pairs group by dep, driver
		),
		scoped as (
			select 'subtree' as scope, cl.ancestor_id as department_id, driver, sum(n) as n,
				sum(sx) as sx, sum(sy) as sy, sum(sxx) as sxx, sum(syy) as syy, sum(sxy) as sxy
			from direct join department_closure cl on cl.descendant_id = direct.dep
			group by cl.ancestor_id, driver
			union all
			select 'company', null::uuid, driver, sum(n), sum(sx), sum(sy), sum(sxx), sum(syy), sum(sxy)
			from direct group by driver
		)
		insert into rollup_driver_impact (round_id, scope, department_id, driver, respondents, r)
		select ${round}, scope, department_id, driver, n::int,
			case when n * sxx - sx * sx > 1e-9 and n * syy - sy * sy > 1e-9
				then greatest(-1, least(1, (n * sxy - sx * sy) / sqrt((n * sxx - sx * sx) * (n * syy - sy * sy))))
			end
		from scoped
		on conflict do nothing`.execute(db);
}
