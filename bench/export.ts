// The full CSV export, once the exports module provides it, against PostgreSQL's own COPY.
import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import type { RunningServer } from './server';
import type { Row } from './table';

export async function timeExport(
	_app: RunningServer,
	_db: Kysely<Database>,
	_databaseUrl: string,
	_say: (line: string) => void
): Promise<{ row: Row; note?: string }> {
	return {
		row: {
			measure: 'Full CSV export: time, peak RSS',
			rapport: 'not built',
			baseline: '`COPY … TO STDOUT` of the same rows',
			ratio: null,
			target: '< 250 MB, ≥ 0.5×',
			met: null
		},
		note: 'The CSV export (`GET /api/v1/exports/trends.csv`) is not in this build yet, so its row is empty.'
	};
}
