import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { CONTENT_LABELS, type ExportFormat } from './request';
import { planPeriod, planSubject, type ExportPlan } from './plan';

const FORMAT_LABELS: Record<ExportFormat, string> = {
	csv: 'CSV',
	xlsx: 'Excel workbook',
	pdf: 'PDF trend report'
};

/** Who exported what and when: one audit entry per export, written before the file goes out. */
export async function recordExport(
	db: Db,
	plan: ExportPlan,
	via: 'page' | 'api' = 'page'
): Promise<void> {
	const { from, to } = planPeriod(plan);
	const format = FORMAT_LABELS[plan.request.format];
	await recordAudit(db, {
		actorId: plan.by.id,
		action: 'export.downloaded',
		entityType: 'export',
		entityId: null,
		entityLabel: `${format}: ${planSubject(plan)}, ${from} to ${to}`,
		after: {
			format,
			subject: planSubject(plan),
			from,
			to,
			rounds: plan.rounds.length,
			contents: [...plan.contents].map((c) => CONTENT_LABELS[c]),
			via: via === 'api' ? (plan.by.id ? 'API' : `API, ${plan.by.name}`) : 'Exports page'
		}
	});
}
