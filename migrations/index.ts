import type { Migration } from 'kysely';
import * as m0001 from './0001_org_and_auth';

// Every migration, in order. Listed by hand (not globbed) so that the app, the CLI scripts and
// the tests all load the same set the same way.
export const migrations: Record<string, Migration> = {
	'0001_org_and_auth': m0001
};
