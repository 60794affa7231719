import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { createApiKey } from '../../src/lib/server/auth/api-keys';
import { scimRequest, type ScimCaller } from '../../src/lib/server/scim/dispatch';

export const SCIM_BASE = 'https://rapport.test/scim/v2';

/** A SCIM client calling Rapport's SCIM code as the route does, minus HTTP. */
export function scimClient(db: () => Kysely<Database>, caller: () => ScimCaller) {
	return async (method: string, pathAndQuery: string, body?: unknown) => {
		const url = new URL(SCIM_BASE + pathAndQuery);
		const result = await scimRequest(db(), caller(), {
			method,
			path: url.pathname.slice(new URL(SCIM_BASE).pathname.length),
			params: url.searchParams,
			contentType: body === undefined ? null : 'application/scim+json',
			bodyText: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
			base: SCIM_BASE
		});
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		return { status: result.status, body: result.body as any };
	};
}

export async function createScimKey(db: Kysely<Database>, createdBy: string) {
	const { id, key } = await createApiKey(db, {
		name: 'Identity provider',
		scopes: ['scim'],
		createdBy
	});
	return { keyId: id, name: 'Identity provider', key };
}
