import type { Migration } from 'kysely';
import * as m0001 from './0001_org_and_auth';
import * as m0002 from './0002_org_admin';
import * as m0003 from './0003_pulses';
import * as m0004 from './0004_answers';
import * as m0005 from './0005_rollups';
import * as m0006 from './0006_external';
import * as m0007 from './0007_answer_storage';
import * as m0008 from './0008_insider';
import * as m0009 from './0009_ballot_key_out_of_database';
import * as m0011 from './0011_sign_in_throttle_and_idle_sessions';
import * as m0012 from './0012_action_plans';
import * as m0013 from './0013_conversations_and_stories';
import * as m0014 from './0014_import_mappings';
import * as m0015 from './0015_identity';
import * as m0017 from './0017_service_map';
import * as m0018 from './0018_published_cells';
import * as m0019 from './0019_report_schedules';
import * as m0020 from './0020_published_export_lines';

// Every migration, in order. Listed by hand (not globbed) so that the app, the CLI scripts and
// the tests all load the same set the same way.
export const migrations: Record<string, Migration> = {
	'0001_org_and_auth': m0001,
	'0002_org_admin': m0002,
	'0003_pulses': m0003,
	'0004_answers': m0004,
	'0005_rollups': m0005,
	'0006_external': m0006,
	'0007_answer_storage': m0007,
	'0008_insider': m0008,
	'0009_ballot_key_out_of_database': m0009,
	'0011_sign_in_throttle_and_idle_sessions': m0011,
	'0012_action_plans': m0012,
	'0013_conversations_and_stories': m0013,
	'0014_import_mappings': m0014,
	'0015_identity': m0015,
	'0017_service_map': m0017,
	'0018_published_cells': m0018,
	'0019_report_schedules': m0019,
	'0020_published_export_lines': m0020
};
