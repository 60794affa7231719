import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { ApiScope } from '../../domain/api-scopes';
import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { recordChange } from '../audit/changes';

const KEY_PREFIX = 'rpk_';
const PREFIX_SHOWN = KEY_PREFIX.length + 6;
// Writing last_used_at on every request would turn each API read into a write.
const LAST_USED_RESOLUTION_MS = 60 * 1000;

/** A request authenticated by an API key. */
export type ApiKeyCaller = { keyId: string; name: string; scopes: readonly ApiScope[] };

export type ApiKeyItem = {
	id: string;
	name: string;
	prefix: string;
	scopes: ApiScope[];
	createdAt: Date;
	createdByName: string | null;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
};

export function hashApiKey(key: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(key)));
}

function generateApiKey(): string {
	const bytes = new Uint8Array(20); // 160 bits
	crypto.getRandomValues(bytes);
	return KEY_PREFIX + encodeBase32LowerCaseNoPadding(bytes);
}

/** Creates a key and returns it in full: the only time it is ever available. */
export async function createApiKey(
	db: Db,
	input: { name: string; scopes: readonly ApiScope[]; createdBy: string }
): Promise<{ id: string; key: string }> {
	const key = generateApiKey();
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.insertInto('api_keys')
			.values({
				name: input.name,
				key_hash: hashApiKey(key),
				prefix: key.slice(0, PREFIX_SHOWN),
				scopes: [...input.scopes],
				created_by: input.createdBy
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId: input.createdBy,
			action: 'api_key.created',
			entityType: 'api_key',
			entityId: row.id,
			entityLabel: input.name,
			after: { name: input.name, prefix: key.slice(0, PREFIX_SHOWN), scopes: [...input.scopes] }
		});
		return { id: row.id, key };
	});
}

/** Revokes a key at once; returns false when there is no such key or it was already revoked. */
export async function revokeApiKey(db: Db, id: string, actorId: string): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.updateTable('api_keys')
			.set({ revoked_at: new Date() })
			.where('id', '=', id)
			.where('revoked_at', 'is', null)
			.returning(['name', 'prefix'])
			.executeTakeFirst();
		if (!row) return false;
		await recordChange(trx, {
			actorId,
			action: 'api_key.revoked',
			entityType: 'api_key',
			entityId: id,
			entityLabel: row.name,
			before: { revoked: false },
			after: { revoked: true }
		});
		return true;
	});
}

/** Newest first, revoked keys last. */
export async function listApiKeys(db: Db): Promise<ApiKeyItem[]> {
	return db
		.selectFrom('api_keys')
		.leftJoin('people', 'people.id', 'api_keys.created_by')
		.select([
			'api_keys.id',
			'api_keys.name',
			'api_keys.prefix',
			'api_keys.scopes',
			'api_keys.created_at as createdAt',
			'people.name as createdByName',
			'api_keys.last_used_at as lastUsedAt',
			'api_keys.revoked_at as revokedAt'
		])
		.orderBy((eb) => eb('api_keys.revoked_at', 'is not', null))
		.orderBy('api_keys.created_at', 'desc')
		.execute();
}

/** The caller a presented key stands for, or null when it is unknown or revoked. */
export async function authenticateApiKey(
	db: Db,
	key: string,
	now = new Date()
): Promise<ApiKeyCaller | null> {
	if (!key.startsWith(KEY_PREFIX) || key.length > 100) return null;
	const row = await db
		.selectFrom('api_keys')
		.select(['id', 'name', 'scopes', 'last_used_at', 'revoked_at'])
		.where('key_hash', '=', hashApiKey(key))
		.executeTakeFirst();
	if (!row || row.revoked_at) return null;
	if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
		await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
	}
	return { keyId: row.id, name: row.name, scopes: row.scopes };
}
