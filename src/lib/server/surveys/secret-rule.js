// Plain JavaScript, so that `npm start` can check its environment before it loads the server.

export const MIN_SECRET_LENGTH = 32;

const HOW_TO_MAKE_ONE =
	'Make one with `openssl rand -hex 32`, keep it with your other credentials (not in the ' +
	'database or its backups) and give every instance the same value; changing it voids the ' +
	'ballots of the rounds that are open.';

/**
 * Why this environment cannot sign survey ballots, as a paragraph for the operator, or null when
 * it can. A PostgreSQL server needs RAPPORT_SECRET; the embedded database may generate its own.
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function secretProblem(env) {
	const secret = env.RAPPORT_SECRET;
	if (secret === undefined || secret === '') {
		if (!env.DATABASE_URL) return null;
		return (
			'Rapport refuses to start: DATABASE_URL is set but RAPPORT_SECRET is not. RAPPORT_SECRET ' +
			'is the key that signs survey ballots; it must not be kept in the database, or anyone ' +
			`holding the database or a backup could add answers. ${HOW_TO_MAKE_ONE}`
		);
	}
	if (secret.length < MIN_SECRET_LENGTH) {
		return (
			`Rapport refuses to start: RAPPORT_SECRET has ${secret.length} characters; it needs at ` +
			`least ${MIN_SECRET_LENGTH}, so that nobody can guess it. ${HOW_TO_MAKE_ONE}`
		);
	}
	return null;
}
