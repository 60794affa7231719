import { sql } from 'kysely';
import type { Db } from '../db';

// Every response needs a ballot, and a ballot is handed out only when an invitation is opened
// (its ballot_issued flag). A department with more responses than opened invitations got
// responses nobody was invited to give: ballots minted with the server's secret, or rows written
// into the database directly. Checked on closed rounds only, from their rollups: while a round is
// open nothing about its responses is read, so nobody can watch a count move.

export type TamperWarning = { roundId: string; departmentId: string; departmentName: string };

/**
 * The departments, per closed round of a programme, that have more responses than ballots
 * issued. Counts are not given: below k they would be figures the gate withholds.
 */
export async function findTamperedDepartments(
	db: Db,
	programmeId: string
): Promise<TamperWarning[]> {
	const result = await sql<TamperWarning>`
		select rp.round_id as "roundId", rp.department_id as "departmentId", d.name as "departmentName"
		from rollup_participation rp
		join pulse_rounds r on r.id = rp.round_id
		join departments d on d.id = rp.department_id
		left join lateral (
			select count(*)::int as issued from invitations i
			where i.round_id = rp.round_id and i.department_id = rp.department_id and i.ballot_issued
		) b on true
		where r.programme_id = ${programmeId}::uuid and r.status = 'closed'
			and rp.scope = 'direct' and rp.responded > b.issued
		order by r.opens_at, d.name, rp.department_id`.execute(db);
	return result.rows;
}
