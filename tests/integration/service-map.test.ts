import { addDepartment } from '../helpers/org-writes';
import { isActionFailure } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieJar } from '../helpers/cookie-jar';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	openTestRound,
	type TestRound
} from '../helpers/analytics-fixture';
import { field } from '../../src/lib/domain/survey-answers';
import { serviceKey } from '../../src/lib/domain/reporting-groups';
import { useDatabase } from '../../src/lib/server/db';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { archiveDepartment } from '../../src/lib/server/org/departments-admin';
import { providersRatedBy, setProvidersRatedBy } from '../../src/lib/server/org/service-map';
import { findClosedRound } from '../../src/lib/server/analytics/round-data';
import { roundTables } from '../../src/lib/server/gate/round-tables';
import { issueBallot } from '../../src/lib/server/surveys/ballots';
import { roundServiceMap } from '../../src/lib/server/surveys/round-service-map';
import { rapportSecret } from '../../src/lib/server/surveys/secret';
import { submissionsInRound } from '../../src/lib/server/surveys/submission-batches';
import { providerDepartments } from '../../src/lib/server/surveys/survey';
import { actions } from '../../src/routes/(public)/survey/[roundId]/+page.server';

// The service map: HR chooses which departments a department rates; each round keeps the map it
// opened with, the survey offers and accepts only those pairs, and the gate knows the rest hold
// nothing (docs/anonymity.md).

const db = useTestDatabase();

describe('the service map', () => {
	let org: Awaited<ReturnType<typeof smallOrg>>;
	let hrId: string;
	let test: TestRound;

	beforeAll(async () => {
		useDatabase(db());
		org = await smallOrg(db(), { support: 6, billing: 6, sales: 6 });
		hrId = org.people[0].id;
	});

	it('refuses what cannot be a list of providers, and changes nothing', async () => {
		expect(await setProvidersRatedBy(db(), hrId, org.support.id, [])).toMatchObject({
			ok: false,
			errors: { providers: expect.stringMatching(/at least one/) }
		});
		expect(await setProvidersRatedBy(db(), hrId, org.support.id, [org.support.id])).toMatchObject({
			ok: false,
			errors: { providers: expect.stringMatching(/itself/) }
		});
		const gone = await addDepartment(db(), { code: `${org.tag}-OLD`, name: `Old ${org.tag}` });
		await archiveDepartment(db(), hrId, gone.id);
		expect(await setProvidersRatedBy(db(), hrId, org.support.id, [gone.id])).toMatchObject({
			ok: false,
			errors: { providers: expect.stringMatching(/archived/) }
		});
		expect(
			await setProvidersRatedBy(db(), hrId, '00000000-0000-4000-8000-000000000000', null)
		).toBeNull();
		expect(await providersRatedBy(db(), org.support.id)).toBeNull();
	});

	it('is set by HR, audited with the departments by name', async () => {
		expect(await setProvidersRatedBy(db(), hrId, org.support.id, [org.billing.id])).toEqual({
			ok: true
		});
		expect(await providersRatedBy(db(), org.support.id)).toEqual([org.billing.id]);
		const [entry] = await listAuditEntries(db(), {
			entityType: 'department',
			entityId: org.support.id,
			limit: 1
		});
		expect(entry).toMatchObject({
			action: 'department.service_providers_set',
			before: { rates: 'any department' },
			after: { rates: [expect.stringContaining('Billing')] }
		});
	});

	it('is copied to a round when it opens, and later edits leave that round alone', async () => {
		test = await openTestRound(db(), [org.ops.id, org.sales.id], { kScores: 3 });
		const offered = await providerDepartments(db(), test.round.id, org.support.id);
		expect(offered.map((d) => d.id)).toEqual([org.billing.id]);
		const free = await providerDepartments(db(), test.round.id, org.sales.id);
		expect(free.map((d) => d.id)).not.toContain(org.sales.id);
		expect(free.map((d) => d.id)).toEqual(expect.arrayContaining([org.support.id, org.billing.id]));

		await setProvidersRatedBy(db(), hrId, org.support.id, [org.sales.id]);
		expect([...((await roundServiceMap(db(), test.round.id)).get(org.support.id) ?? [])]).toEqual([
			org.billing.id
		]);
		expect(
			(await providerDepartments(db(), test.round.id, org.support.id)).map((d) => d.id)
		).toEqual([org.billing.id]);
		await setProvidersRatedBy(db(), hrId, org.support.id, [org.billing.id]);
	});

	it('refuses a rating of a department the respondent was not asked about', async () => {
		const submit = async (provider: string) => {
			const url = new URL(`http://localhost/survey/${test.round.id}`);
			const ballot = issueBallot(rapportSecret(), test.round.id, org.support.id);
			return actions.submit({
				params: { roundId: test.round.id },
				url,
				cookies: cookieJar({ rapport_ballot: ballot }),
				locals: {},
				request: new Request(url, {
					method: 'POST',
					body: new URLSearchParams([[field.rating(provider), '7']]),
					headers: { 'content-type': 'application/x-www-form-urlencoded' }
				})
			} as never);
		};
		const before = await submissionsInRound(db(), test.round.id);
		const refused = await submit(org.sales.id);
		expect(isActionFailure(refused) && refused.status).toBe(400);
		expect(await submissionsInRound(db(), test.round.id)).toBe(before);
		expect(await submit(org.billing.id)).toEqual({ outcome: 'recorded', privateLink: null });
		expect(await submissionsInRound(db(), test.round.id)).toBe(before + 1);
	});

	it('marks the pairs nobody was asked about as not asked, and shows the rest more freely', async () => {
		for (let i = 0; i < 4; i++) {
			await answer(db(), test, org.support.id, {
				likert: 4,
				ratings: [{ provider: org.billing.id, score: 3 + i }]
			});
		}
		for (let i = 0; i < 5; i++) {
			await answer(db(), test, org.sales.id, {
				likert: 3,
				ratings: [{ provider: org.billing.id, score: 5 + i }]
			});
		}
		await closeTestRound(db(), test);
		const found = await findClosedRound(db(), test.round.id);
		if (found.status !== 'closed') throw new Error(found.status);
		const service = await (await roundTables(db(), found.round)).service();
		const supportGroup = `subtree:${org.support.id}`;
		expect(service.reason(serviceKey(supportGroup, org.sales.id))).toBe('not_asked');
		// Billing's own people were not asked about Billing: the zero is known, not a figure.
		expect(service.reason(serviceKey(`subtree:${org.billing.id}`, org.billing.id))).toBe(
			'not_asked'
		);
		// Support (5 ratings, the submit's one among them) and Sales (5) rated Billing; nobody
		// else could, so both are shown beside Billing's total.
		expect(service.isShown(serviceKey(supportGroup, org.billing.id))).toBe(true);
		expect(service.isShown(serviceKey(`subtree:${org.sales.id}`, org.billing.id))).toBe(true);
		expect(service.isShown(serviceKey('company', org.billing.id))).toBe(true);
	});
});
