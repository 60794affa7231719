import type { Db } from '../db';
import { csvStream } from './csv';
import { planFileName, type ExportPlan } from './plan';

const TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pdf: 'application/pdf'
} as const;

/**
 * The planned export as a file download: the CSV streamed, the workbook and report built whole.
 * Read from `db.read`; the CSV's rounds' lines are kept in `db.write` for the next export.
 */
export async function exportResponse(
	db: { read: Db; write: Db },
	plan: ExportPlan
): Promise<Response> {
	const format = plan.request.format;
	const headers = {
		'content-type': TYPES[format],
		'content-disposition': `attachment; filename="${planFileName(plan, format)}"`,
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff'
	};
	if (format === 'csv') {
		return new Response(
			csvStream(db.read, plan, {
				bom: plan.request.bom,
				dialect: plan.request.dialect,
				keepIn: db.write
			}),
			{ headers }
		);
	}
	// The workbook's and the report's libraries are loaded when one is first asked for, so that a
	// CSV download (and the server's memory) does without them.
	const body =
		format === 'xlsx'
			? await (await import('./xlsx/workbook')).buildWorkbook(db.read, plan)
			: await (await import('./pdf/report')).buildPdf(db.read, plan);
	return new Response(new Uint8Array(body), {
		headers: { ...headers, 'content-length': String(body.byteLength) }
	});
}
