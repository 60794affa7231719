import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { inTransaction } from '../db/transaction';
import { ScimError, scimErrorBody } from '../../domain/scim/schemas';
import { discoveryResource, serviceProviderConfig } from './discovery';
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from './groups';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from './users';

export type ScimCaller = { keyId: string; name: string };

export type ScimRequest = {
	method: string;
	/** The path below `/scim/v2`, e.g. `/Users/…`. */
	path: string;
	params: URLSearchParams;
	contentType: string | null;
	bodyText: string | null;
	/** The absolute URL of `/scim/v2`, for `meta.location`. */
	base: string;
};

export type ScimResult = { status: number; body: unknown };

const MAX_BODY_CHARACTERS = 1_000_000;

function parseBody(request: ScimRequest): unknown {
	const type = (request.contentType ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/scim+json' && type !== 'application/json') {
		throw new ScimError(415, 'Send the body as application/scim+json.', 'invalidSyntax');
	}
	if ((request.bodyText ?? '').length > MAX_BODY_CHARACTERS) {
		throw new ScimError(413, 'The body is too large.', 'tooMany');
	}
	try {
		return JSON.parse(request.bodyText ?? '');
	} catch {
		throw new ScimError(400, 'The body is not valid JSON.', 'invalidSyntax');
	}
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		throw new ScimError(404, 'No SCIM resource at that address.');
	}
}

function methodNotAllowed(method: string, path: string): never {
	throw new ScimError(405, `${method} is not supported on ${path}.`);
}

/**
 * One SCIM request: reads go straight to the database; writes run in one transaction with an
 * audit entry naming the key, so a refused request leaves the organisation exactly as it was.
 */
export async function scimRequest(
	db: Db,
	caller: ScimCaller,
	request: ScimRequest
): Promise<ScimResult> {
	try {
		return await route(db, caller, request);
	} catch (err) {
		if (err instanceof ScimError) {
			return { status: err.status, body: scimErrorBody(err.status, err.detail, err.scimType) };
		}
		throw err;
	}
}

async function route(db: Db, caller: ScimCaller, request: ScimRequest): Promise<ScimResult> {
	const { method, path, params, base } = request;
	const segments = path.split('/').filter(Boolean).map(decodeSegment);
	const [collection, id, ...rest] = segments;
	if (rest.length > 0 || !collection) throw new ScimError(404, `No SCIM resource at ${path}.`);
	if (collection === 'ServiceProviderConfig' && !id) {
		if (method !== 'GET') methodNotAllowed(method, path);
		return { status: 200, body: serviceProviderConfig(base) };
	}
	if (collection === 'ResourceTypes' || collection === 'Schemas') {
		if (method !== 'GET') methodNotAllowed(method, path);
		const body = discoveryResource(collection, id ?? null, base);
		if (!body) throw new ScimError(404, `No ${collection} entry "${id}".`);
		return { status: 200, body };
	}
	if (collection !== 'Users' && collection !== 'Groups') {
		throw new ScimError(404, `No SCIM resource at ${path}.`);
	}
	const users = collection === 'Users';
	if (method === 'GET') {
		if (!id) return { status: 200, body: await (users ? listUsers : listGroups)(db, params, base) };
		return {
			status: 200,
			body: users ? await getUser(db, id, base) : await getGroup(db, id, base, params)
		};
	}
	if (!id && method !== 'POST') methodNotAllowed(method, path);
	if (id && method === 'POST') methodNotAllowed(method, path);
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) methodNotAllowed(method, path);
	const body = method === 'DELETE' ? null : parseBody(request);
	return inTransaction(db, async (trx) => {
		let result: ScimResult;
		if (method === 'POST') {
			result = { status: 201, body: await (users ? createUser : createGroup)(trx, body, base) };
		} else if (method === 'PUT') {
			result = {
				status: 200,
				body: await (users ? replaceUser : replaceGroup)(trx, id, body, base)
			};
		} else if (method === 'PATCH') {
			result = { status: 200, body: await (users ? patchUser : patchGroup)(trx, id, body, base) };
		} else {
			await (users ? deleteUser : deleteGroup)(trx, id);
			result = { status: 204, body: null };
		}
		const resourceId = id ?? (result.body as { id: string }).id;
		await recordAudit(trx, {
			actorId: null,
			action: 'scim.request',
			entityType: 'api_key',
			entityId: caller.keyId,
			entityLabel: caller.name,
			after: { method, resource: `/${collection}/${resourceId}`, status: result.status }
		});
		return result;
	});
}
