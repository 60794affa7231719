import type { Db } from '../db';
import { csvStream } from './csv';
import { buildPdf } from './pdf/report';
import { buildWorkbook } from './xlsx/workbook';
import { planFileName, type ExportPlan } from './plan';

const TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pdf: 'application/pdf'
} as const;

/** The planned export as a file download: the CSV streamed, the workbook and report built whole. */
export async function exportResponse(db: Db, plan: ExportPlan): Promise<Response> {
	const format = plan.request.format;
	const headers = {
		'content-type': TYPES[format],
		'content-disposition': `attachment; filename="${planFileName(plan, format)}"`,
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff'
	};
	if (format === 'csv') {
		return new Response(
			csvStream(db, plan, { bom: plan.request.bom, dialect: plan.request.dialect }),
			{ headers }
		);
	}
	const body = format === 'xlsx' ? await buildWorkbook(db, plan) : await buildPdf(db, plan);
	return new Response(new Uint8Array(body), {
		headers: { ...headers, 'content-length': String(body.byteLength) }
	});
}
