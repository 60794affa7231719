import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/org/departments';
import { listProgrammes, scheduleOf } from '$lib/server/surveys/programmes';
import { listRounds } from '$lib/server/surveys/rounds';
import { nextRoundAfter } from '$lib/domain/schedule';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole('hr');
	const db = getDb();
	const [programmes, departments] = await Promise.all([listProgrammes(db), listDepartments(db)]);
	const names = new Map(departments.map((d) => [d.id, d.name]));
	const now = new Date();
	const rows = await Promise.all(
		programmes.map(async (p) => {
			const rounds = await listRounds(db, p.id);
			const open = rounds.find((r) => r.status === 'open') ?? null;
			return {
				id: p.id,
				name: p.name,
				status: p.status,
				cadence: p.cadence,
				audience: p.departmentIds.map((id) => names.get(id) ?? null),
				rounds: rounds.length,
				open: open && {
					closesAt: open.closesAt,
					invited: open.invitedCount,
					opened: open.ballotsIssued
				},
				nextOpensAt:
					p.status === 'active' ? (nextRoundAfter(scheduleOf(p), now)?.opensAt ?? null) : null
			};
		})
	);
	return { programmes: rows };
};
