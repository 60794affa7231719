/**
 * How much load each test applies: full size by default, smaller under CI (CI=true), and any of
 * them set by environment variable.
 */
const onCi = Boolean(process.env.CI) && process.env.CI !== 'false';

function size(name: string, full: number, ci: number): number {
	const given = process.env[name];
	if (given !== undefined && given !== '') {
		const value = Number(given);
		if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
		return value;
	}
	return onCi ? ci : full;
}

export const sizes = {
	/** Ballots submitted in the load test (plus 5% replays). */
	submissions: size('RELIABILITY_SUBMISSIONS', 10_000, 500),
	/** Concurrent clients in every test. */
	clients: size('RELIABILITY_CLIENTS', 20, 20),
	/** Ballots submitted around the database restart. */
	outageSubmissions: size('RELIABILITY_OUTAGE_SUBMISSIONS', 3_000, 400),
	/** Length of the soak. */
	soakSeconds: size('RELIABILITY_SOAK_SECONDS', 180, 20),
	/** Departments in the test organisation. */
	departments: size('RELIABILITY_DEPARTMENTS', 40, 20),
	/** People invited to every programme in the two-instance test. */
	instancePeople: size('RELIABILITY_INSTANCE_PEOPLE', 2_000, 100),
	/** Programmes whose rounds the two instances' schedulers open and close. */
	instanceProgrammes: size('RELIABILITY_INSTANCE_PROGRAMMES', 4, 3)
};
