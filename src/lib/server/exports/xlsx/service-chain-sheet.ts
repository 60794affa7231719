import type { Workbook } from 'exceljs';
import { CHAIN_INTERNAL_LABEL, type ChainSection } from '../service-chain-sections';
import type { ExportPlan } from '../plan';
import { writeHeader } from './cells';

// The service chain: per external metric, the statistics across departments, the lagged
// correlations, and each department's pair of figures.

const fixed = (v: number | null) => (v === null ? 'not enough departments' : v);

export function addChainSheet(workbook: Workbook, plan: ExportPlan, sections: ChainSection[]) {
	if (!plan.contents.has('service_chain')) return;
	const sheet = workbook.addWorksheet('Service chain');
	writeHeader(sheet, 1, ['Figure', 'Value', 'n', 'Note'], [44, 16, 10, 70]);
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	let r = 2;
	const line = (values: (string | number | null)[], bold = false) => {
		const row = sheet.getRow(r++);
		row.values = values;
		if (bold) row.font = { bold: true };
		return row;
	};
	if (sections.length === 0) {
		line(['No external satisfaction figures in this period.']);
		return;
	}
	for (const section of sections) {
		const s = section.sameMonth;
		line([`${CHAIN_INTERNAL_LABEL} against ${section.label}, same month`], true);
		line([
			'Departments in the analysis',
			s.n,
			null,
			`Needs ${s.minimumUnits}; ${s.excluded.internalWithheld} left out whose internal figure was hidden`
		]);
		line([
			'Pearson r',
			fixed(s.r),
			s.n,
			s.ci95 ? `95% interval ${s.ci95[0]} to ${s.ci95[1]}` : null
		]);
		line(['Spearman rho', fixed(s.spearman), s.n, null]);
		line([
			'Fit: slope (weighted by respondents)',
			fixed(s.slope),
			s.n,
			s.intercept === null ? null : `intercept ${s.intercept}`
		]);
		if (s.quartiles) {
			line([
				'Top minus bottom quarter (external)',
				s.quartiles.gap,
				s.quartiles.size,
				`top ${s.quartiles.top}, bottom ${s.quartiles.bottom}`
			]);
		}
		for (const lagged of section.lagged) {
			if (!lagged.lagged) continue;
			const { forward, reverse } = lagged.lagged;
			const ci = (c: [number, number] | null) => (c ? `95% interval ${c[0]} to ${c[1]}` : null);
			line([
				`Internal now, external ${lagged.lag} month(s) later: r`,
				fixed(forward.r),
				forward.n,
				ci(forward.ci95)
			]);
			line([
				`External now, internal ${lagged.lag} month(s) later: r`,
				fixed(reverse.r),
				reverse.n,
				ci(reverse.ci95)
			]);
		}
		r++;
		const header = line(
			[
				'Department',
				'Internal support (% fav.)',
				'Respondents',
				`${section.label} (mean over paired months)`
			],
			true
		);
		header.getCell(4).alignment = { wrapText: true };
		for (const unit of s.units) {
			const row = line([
				plan.paths.get(unit.departmentId) ?? unit.name,
				unit.internal,
				unit.respondents,
				unit.external
			]);
			row.getCell(2).numFmt = '0.0';
			row.getCell(4).numFmt = '0.0';
		}
		if (s.unitsWithheld > 0)
			line([`${s.unitsWithheld} more departments outside this export count in the figures above`]);
		r++;
	}
	line([
		'Correlation is not causation; the lagged figures follow change within departments over time.'
	]);
	line([sections[0].sameMonth.alignment]);
}
