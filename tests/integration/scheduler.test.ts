import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabaseHandle } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import {
	createProgramme,
	getProgramme,
	setProgrammeStatus,
	type NewProgramme
} from '../../src/lib/server/surveys/programmes';
import { editQuestionTexts, roundQuestions } from '../../src/lib/server/surveys/questions';
import { findInvitationByLink, markBallotIssued } from '../../src/lib/server/surveys/invitations';
import { listRounds, openRoundNow } from '../../src/lib/server/surveys/rounds';
import { runSchedulerTick } from '../../src/lib/server/surveys/scheduler';

const handle = useTestDatabaseHandle();
const db = () => handle().db;

function settings(departmentIds: string[], overrides: Partial<NewProgramme> = {}): NewProgramme {
	return {
		name: 'Weekly pulse',
		cadence: 'weekly',
		startsOn: '2026-02-02',
		roundLengthDays: 3,
		questionsPerRound: 5,
		coreQuestionKeys: DEFAULT_CORE_KEYS,
		reminderDays: [1, 2],
		departmentIds,
		...overrides
	};
}

const t = (iso: string) => new Date(iso);

describe('scheduler', () => {
	// Each test runs its own programme: wind down what earlier tests left running.
	beforeEach(async () => {
		await db().updateTable('pulse_programmes').set({ status: 'ended' }).execute();
		await db().updateTable('pulse_rounds').set({ status: 'closed' }).execute();
	});

	it('opens and closes rounds on time, and a repeated tick does nothing twice', async () => {
		const org = await smallOrg(db());
		const programme = await createProgramme(db(), settings([org.ops.id]), null);
		const rounds = () => listRounds(db(), programme.id);

		expect(await runSchedulerTick(db(), t('2026-02-01T23:59:00Z'))).toMatchObject({ opened: [] });
		expect(await rounds()).toHaveLength(0);

		const first = await runSchedulerTick(db(), t('2026-02-02T00:00:30Z'));
		expect(first.opened).toHaveLength(1);
		expect((await runSchedulerTick(db(), t('2026-02-02T00:01:00Z'))).opened).toEqual([]);
		const [open] = await rounds();
		expect(open).toMatchObject({ status: 'open', invitedCount: 10, questionCount: 5 });
		expect(open.opensAt.toISOString()).toBe('2026-02-02T00:00:00.000Z');
		expect(open.closesAt.toISOString()).toBe('2026-02-05T00:00:00.000Z');

		expect((await runSchedulerTick(db(), t('2026-02-04T23:59:59Z'))).closed).toEqual([]);
		const closing = await runSchedulerTick(db(), t('2026-02-05T00:00:00Z'));
		expect(closing.closed).toEqual([open.id]);
		expect((await runSchedulerTick(db(), t('2026-02-05T00:00:10Z'))).closed).toEqual([]);
		expect((await rounds())[0]).toMatchObject({ status: 'closed' });

		// Down for three weeks: the missed rounds are skipped, the current one opens once.
		const late = await runSchedulerTick(db(), t('2026-03-02T08:00:00Z'));
		expect(late.opened).toHaveLength(1);
		const all = await rounds();
		expect(all.map((r) => [r.periodIndex, r.rotationIndex, r.status])).toEqual([
			[4, 1, 'open'],
			[0, 0, 'closed']
		]);
	});

	it('never opens the same round twice when two scheduler instances run at once', async () => {
		const org = await smallOrg(db());
		const programme = await createProgramme(
			db(),
			settings([org.sales.id], { startsOn: '2026-04-06' }),
			null
		);
		const other = handle().connectAgain?.() ?? db();
		try {
			const now = t('2026-04-06T09:00:00Z');
			const reports = await Promise.all([
				runSchedulerTick(db(), now),
				runSchedulerTick(other, now),
				runSchedulerTick(db(), now),
				runSchedulerTick(other, now)
			]);
			expect(reports.flatMap((r) => r.opened)).toHaveLength(1);
			const rounds = await listRounds(db(), programme.id);
			expect(rounds).toHaveLength(1);
			const invitations = await db()
				.selectFrom('invitations')
				.select('person_id')
				.where('round_id', '=', rounds[0].id)
				.execute();
			expect(invitations).toHaveLength(3);
			const closing = await Promise.all([
				runSchedulerTick(db(), t('2026-04-10T00:00:00Z')),
				runSchedulerTick(other, t('2026-04-10T00:00:00Z'))
			]);
			expect(closing.flatMap((r) => r.closed)).toEqual([rounds[0].id]);
		} finally {
			if (other !== db()) await other.destroy();
		}
	});

	it('sends each reminder once, only to people who have not opened their survey', async () => {
		const org = await smallOrg(db(), { support: 4, billing: 0, sales: 0 });
		const programme = await createProgramme(
			db(),
			settings([org.support.id], { startsOn: '2026-05-04', reminderDays: [1, 2] }),
			null
		);
		await runSchedulerTick(db(), t('2026-05-04T00:00:00Z'));
		const [round] = await listRounds(db(), programme.id);
		const invitations = await db()
			.selectFrom('invitations')
			.select(['id', 'person_id'])
			.where('round_id', '=', round.id)
			.orderBy('person_id')
			.execute();
		await markBallotIssued(db(), invitations[0].id);

		expect((await runSchedulerTick(db(), t('2026-05-04T23:00:00Z'))).reminders).toBe(0);
		expect((await runSchedulerTick(db(), t('2026-05-05T00:00:00Z'))).reminders).toBe(3);
		expect((await runSchedulerTick(db(), t('2026-05-05T06:00:00Z'))).reminders).toBe(0);
		await markBallotIssued(db(), invitations[1].id);
		expect((await runSchedulerTick(db(), t('2026-05-06T00:00:00Z'))).reminders).toBe(2);

		const reminded = await db()
			.selectFrom('mail_outbox')
			.select('to_address')
			.where('round_id', '=', round.id)
			.where('kind', '=', 'reminder')
			.execute();
		const opened = await db()
			.selectFrom('people')
			.select('email')
			.where('id', 'in', [invitations[0].person_id])
			.executeTakeFirstOrThrow();
		expect(reminded).toHaveLength(5);
		expect(reminded.map((r) => r.to_address)).not.toContain(opened.email);
	});

	it('lets HR open a round by hand, which takes the place of the scheduled one', async () => {
		const org = await smallOrg(db(), { support: 0, billing: 2, sales: 0 });
		const programme = await createProgramme(
			db(),
			settings([org.billing.id], {
				startsOn: '2026-06-01',
				cadence: 'monthly',
				roundLengthDays: 5
			}),
			null
		);
		const now = t('2026-05-20T12:00:00Z');
		const manual = await openRoundNow(db(), programme, now);
		expect(manual).toMatchObject({ ok: true });
		expect(await openRoundNow(db(), programme, now)).toEqual({ ok: false, reason: 'round_open' });
		await runSchedulerTick(db(), t('2026-05-25T12:00:01Z'));
		expect((await runSchedulerTick(db(), t('2026-06-01T00:00:00Z'))).opened).toEqual([]);
		const next = await runSchedulerTick(db(), t('2026-07-01T00:00:00Z'));
		expect(next.opened).toHaveLength(1);
		expect((await listRounds(db(), programme.id)).map((r) => [r.periodIndex, r.openedBy])).toEqual([
			[1, 'scheduler'],
			[0, 'hr']
		]);
	});

	it('opens nothing for a paused or ended programme, and ends a one-off programme after its round', async () => {
		const org = await smallOrg(db(), { support: 2, billing: 0, sales: 0 });
		const paused = await createProgramme(
			db(),
			settings([org.support.id], { startsOn: '2026-08-03' }),
			null
		);
		await setProgrammeStatus(db(), paused.id, 'paused');
		expect((await runSchedulerTick(db(), t('2026-08-03T01:00:00Z'))).opened).toEqual([]);
		expect(
			await openRoundNow(db(), (await getProgramme(db(), paused.id))!, t('2026-08-03T01:00:00Z'))
		).toEqual({
			ok: false,
			reason: 'not_active'
		});
		await setProgrammeStatus(db(), paused.id, 'ended');

		const once = await createProgramme(
			db(),
			settings([org.support.id], { startsOn: '2026-09-01', cadence: 'once', roundLengthDays: 10 }),
			null
		);
		expect((await runSchedulerTick(db(), t('2026-09-01T00:00:00Z'))).opened).toHaveLength(1);
		await runSchedulerTick(db(), t('2026-09-11T00:00:00Z'));
		expect((await getProgramme(db(), once.id))?.status).toBe('ended');
	});

	it('keeps each round a snapshot of its questions, even after a question is re-worded', async () => {
		const org = await smallOrg(db(), { support: 0, billing: 0, sales: 2 });
		const programme = await createProgramme(
			db(),
			settings([org.sales.id], { startsOn: '2026-10-05' }),
			null
		);
		await runSchedulerTick(db(), t('2026-10-05T00:00:00Z'));
		const [round] = await listRounds(db(), programme.id);
		const before = await roundQuestions(db(), round.id);
		expect(before.map((q) => q.key).slice(0, 2)).toEqual(DEFAULT_CORE_KEYS);

		const enps = before[0];
		const edit = await db()
			.transaction()
			.execute((trx) =>
				editQuestionTexts(trx, enps.id, {
					en: 'Would you recommend working here?',
					es: '¿Recomendarías trabajar aquí?'
				})
			);
		expect(edit).toMatchObject({ newVersion: true, question: { key: enps.key, version: 2 } });
		const wording = (qs: typeof before) => qs.map((q) => [q.id, q.version, q.texts]);
		const after = await roundQuestions(db(), round.id);
		expect(wording(after)).toEqual(wording(before));
	});

	it('gives each invitation a working one-time link, valid until the round closes', async () => {
		const org = await smallOrg(db(), { support: 0, billing: 0, sales: 1 });
		await createProgramme(db(), settings([org.sales.id], { startsOn: '2026-11-02' }), null);
		await runSchedulerTick(db(), t('2026-11-02T00:00:00Z'));
		const mail = await db()
			.selectFrom('mail_outbox')
			.select(['body_text', 'to_address'])
			.where('to_address', '=', org.people[0].email)
			.executeTakeFirstOrThrow();
		const token = /\/s\/([a-z2-7]{32})/.exec(mail.body_text ?? '')?.[1];
		expect(token).toBeDefined();
		const stored = await db().selectFrom('invitation_links').select('token_hash').execute();
		expect(stored.map((s) => s.token_hash)).not.toContain(token);
		const found = await findInvitationByLink(db(), token!, t('2026-11-03T00:00:00Z'));
		expect(found).toMatchObject({ personId: org.people[0].id, expired: false });
		await runSchedulerTick(db(), t('2026-11-05T00:00:00Z'));
		expect((await findInvitationByLink(db(), token!, t('2026-11-05T00:00:01Z')))?.expired).toBe(
			true
		);
		expect(await findInvitationByLink(db(), 'a'.repeat(32))).toBeNull();
	});
});
