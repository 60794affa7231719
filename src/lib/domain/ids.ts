const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID_PATTERN.test(value);
}

const MAX_BIGINT = 2n ** 63n - 1n;

/** A positive whole number that fits PostgreSQL's bigint, as a string of digits. */
export function isBigintId(value: unknown): value is string {
	return typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_BIGINT;
}
