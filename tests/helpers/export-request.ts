import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { planExport, type ExportPlan, type Exporter } from '../../src/lib/server/exports/plan';
import { parseExportRequest, type ExportRequest } from '../../src/lib/server/exports/request';

/** The exports form's fields as a request; a field given a list is sent once per value. */
export function exportRequest(fields: Record<string, string | string[]>): ExportRequest {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
	}
	const parsed = parseExportRequest(params);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.request;
}

/** The plan of an export the test expects to be allowed. */
export async function exportPlan(
	db: Kysely<Database>,
	exporter: Exporter,
	fields: Record<string, string | string[]>
): Promise<ExportPlan> {
	const planned = await planExport(db, exporter, exportRequest(fields));
	if (!planned.ok) throw new Error(planned.reason);
	return planned.plan;
}
