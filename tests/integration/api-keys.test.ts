import { addPerson } from '../helpers/org-writes';
import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import {
	requireApiCaller,
	requireUser,
	type ApiScope,
	type GuardEvent
} from '../../src/lib/server/auth/guards';
import { authenticate } from '../../src/lib/server/auth/handle';
import { useDatabase } from '../../src/lib/server/db';
import {
	authenticateApiKey,
	createApiKey,
	hashApiKey,
	listApiKeys,
	revokeApiKey
} from '../../src/lib/server/auth/api-keys';

const db = useTestDatabase();
let hrId: string;

beforeAll(async () => {
	useDatabase(db());
	hrId = (await addPerson(db(), { email: 'hr@keys.test', name: 'Hanna HR', role: 'hr' })).id;
});

/** Runs the authentication handle on a request, then `inner` as the endpoint would run. */
async function throughHandle(
	path: string,
	headers: Record<string, string>,
	inner: (event: GuardEvent) => unknown
): Promise<Response> {
	const url = new URL(`http://localhost${path}`);
	const event = {
		url,
		request: new Request(url, { headers }),
		route: { id: path },
		locals: {},
		cookies: { get: () => undefined, set() {}, delete() {} }
	} as unknown as RequestEvent;
	return authenticate({
		event,
		resolve: async (e) => {
			try {
				return Response.json(inner(e));
			} catch (err) {
				if (isHttpError(err)) return Response.json(err.body, { status: err.status });
				throw err;
			}
		}
	});
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('API keys', () => {
	it('are shown once and stored only as their SHA-256, with a prefix to tell them apart', async () => {
		const { id, key } = await createApiKey(db(), {
			name: 'Zendesk sync',
			scopes: ['external_metrics:write'],
			createdBy: hrId
		});
		expect(key).toMatch(/^rpk_[a-z2-7]{32}$/);
		const row = await db()
			.selectFrom('api_keys')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row.key_hash).toBe(hashApiKey(key));
		expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(row)).not.toContain(key);
		expect(key.startsWith(row.prefix)).toBe(true);
		expect(row.prefix.length).toBeLessThan(key.length / 2);
		expect(row.scopes).toEqual(['external_metrics:write']);
		const listed = (await listApiKeys(db())).find((k) => k.id === id);
		expect(listed).toMatchObject({ name: 'Zendesk sync', createdByName: 'Hanna HR' });
		expect(listed?.lastUsedAt).toBeNull();
	});

	it('authenticate until revoked, and record when they were last used', async () => {
		const { id, key } = await createApiKey(db(), {
			name: 'BI',
			scopes: ['insights:read', 'exports:read'],
			createdBy: hrId
		});
		expect(await authenticateApiKey(db(), key)).toEqual({
			keyId: id,
			name: 'BI',
			scopes: ['insights:read', 'exports:read']
		});
		expect((await listApiKeys(db())).find((k) => k.id === id)?.lastUsedAt).toBeInstanceOf(Date);
		// Another last character, never the key's own (it is 'a' about one time in 32).
		const altered = key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a');
		expect(await authenticateApiKey(db(), altered)).toBeNull();
		expect(await revokeApiKey(db(), id, hrId)).toBe(true);
		expect(await revokeApiKey(db(), id, hrId)).toBe(false);
		expect(await authenticateApiKey(db(), key)).toBeNull();
		const listed = await listApiKeys(db());
		expect(listed.at(-1)?.id).toBe(id); // revoked keys last
	});

	it('leave an audit trail of creation and revocation, without the key', async () => {
		const { id, key } = await createApiKey(db(), {
			name: 'Audited',
			scopes: ['insights:read'],
			createdBy: hrId
		});
		await revokeApiKey(db(), id, hrId);
		const entries = await listAuditEntries(db(), { entityType: 'api_key', entityId: id });
		expect(entries.map((e) => e.action)).toEqual(['api_key.revoked', 'api_key.created']);
		expect(entries.every((e) => e.actorId === hrId && e.entityLabel === 'Audited')).toBe(true);
		expect(JSON.stringify(entries)).not.toContain(key);
	});
});

describe('Bearer keys in the authentication handle and requireApiCaller', () => {
	let writeKey: string;
	let revokedKey: string;

	beforeAll(async () => {
		writeKey = (
			await createApiKey(db(), {
				name: 'Writer',
				scopes: ['external_metrics:write'],
				createdBy: hrId
			})
		).key;
		const revoked = await createApiKey(db(), {
			name: 'Old',
			scopes: ['external_metrics:write'],
			createdBy: hrId
		});
		await revokeApiKey(db(), revoked.id, hrId);
		revokedKey = revoked.key;
	});

	const call = (headers: Record<string, string>, scope: ApiScope = 'external_metrics:write') =>
		throughHandle('/api/v1/external-metrics', headers, (e) => requireApiCaller(scope, e));

	it('a key with the scope acts as itself', async () => {
		const response = await call(bearer(writeKey));
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			kind: 'key',
			name: 'Writer',
			scopes: ['external_metrics:write']
		});
	});

	it('a key without the scope gets 403 insufficient_scope', async () => {
		const response = await call(bearer(writeKey), 'insights:read');
		expect(response.status).toBe(403);
		expect((await response.json()).code).toBe('insufficient_scope');
	});

	it('unknown, revoked and malformed keys get 401 invalid_api_key before any endpoint runs', async () => {
		let ran = 0;
		for (const authorization of [
			`Bearer rpk_${'a'.repeat(32)}`,
			`Bearer ${revokedKey}`,
			'Bearer',
			'Basic dXNlcjpwYXNz',
			`Bearer ${writeKey} extra`
		]) {
			const response = await throughHandle('/api/v1/external-metrics', { authorization }, () => {
				ran += 1;
			});
			expect(response.status).toBe(401);
			expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
			expect(await response.json()).toEqual({
				error: { code: 'invalid_api_key', message: expect.any(String) }
			});
		}
		expect(ran).toBe(0);
	});

	it('no credentials get 401; a key on a people-only endpoint gets 403', async () => {
		const anonymous = await call({});
		expect(anonymous.status).toBe(401);
		expect((await anonymous.json()).code).toBe('unauthenticated');
		const keyOnUserEndpoint = await throughHandle('/api/v1/me', bearer(writeKey), (e) =>
			requireUser(e)
		);
		expect(keyOnUserEndpoint.status).toBe(403);
		expect((await keyOnUserEndpoint.json()).code).toBe('insufficient_scope');
	});

	it('keys count only on the API', async () => {
		const response = await throughHandle('/team', bearer(`rpk_${'b'.repeat(32)}`), () => 'page');
		expect(response.status).toBe(200);
	});
});
