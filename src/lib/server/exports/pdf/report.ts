import type { Db } from '../../db';
import { isShown, type Cell } from '../../gate/cells';
import { allRounds, latestComments, type RoundFigures } from '../figures';
import { SUPPRESSION_REASONS, type SuppressionReason } from '../../../domain/suppression-reasons';
import type { ExportPlan } from '../plan';
import { keyFigures } from '../summary';
import { chainSections } from '../service-chain-sections';
import { actionExportRows } from '../actions';
import { exportedStories } from '../stories';
import { executiveSummary } from '../executive-summary';
import { periodMatrix } from '../period-matrix';
import { reportText, type ReportText } from './catalogue';
import { chainPages } from './service-chain-pages';
import { trendPages } from './charts';
import { distributionPages } from './distributions';
import { itemPages } from './items';
import { itemDistributions } from '../item-distributions';
import { cover, keyFigurePage, reportSubject, summaryPage } from './front';
import { heatmapPages, matrixPages } from './grids';
import { actionPages } from './actions';
import { storyPages } from './stories';
import {
	BOLD,
	COLOURS,
	addFooters,
	createDocument,
	ensureSpace,
	finish,
	heading,
	newPage,
	paragraph,
	printable,
	type Doc
} from './layout';

// The leadership report: cover, executive summary, key figures and what changed, how people
// answered, driver trends, heatmap, internal service matrix over the period, service chain,
// comments (HR, if chosen), actions, stories, method and anonymity. Every figure in it is a
// gated cell; the words around them come from the report's catalogue, in English or Spanish.

function commentPages(
	doc: Doc,
	plan: ExportPlan,
	comments: { department: string; cell: Cell<string[]> }[],
	latest: RoundFigures,
	text: ReportText
) {
	if (!plan.contents.has('comments') || plan.by.role !== 'hr') return;
	newPage(doc);
	heading(doc, text.headings.comments);
	paragraph(doc, text.comments.intro(latest.round.opensOn, latest.round.closesOn), {
		size: 9,
		colour: COLOURS.muted
	});
	for (const { department, cell } of comments) {
		ensureSpace(doc, 40);
		doc
			.font(BOLD)
			.fontSize(11)
			.fillColor(COLOURS.text)
			.text(printable(department), doc.page.margins.left, doc.y);
		doc.moveDown(0.3);
		if (!isShown(cell)) {
			paragraph(doc, text.comments.hidden(text.reasons[cell.reason](plan.k.comments)), {
				colour: COLOURS.muted
			});
			continue;
		}
		if (cell.value.length === 0) paragraph(doc, text.comments.none, { colour: COLOURS.muted });
		for (const comment of cell.value) {
			ensureSpace(doc, 24);
			paragraph(doc, `"${comment}"`, { size: 9.5 });
		}
	}
}

function methodPage(doc: Doc, plan: ExportPlan, text: ReportText) {
	newPage(doc);
	heading(doc, text.headings.method);
	const reasons = Object.fromEntries(
		SUPPRESSION_REASONS.map((reason) => [reason, text.reasons[reason](plan.k.scores)])
	) as Record<SuppressionReason, string>;
	for (const note of text.method(plan.k.scores, plan.k.comments, reasons)) {
		ensureSpace(doc, 60);
		doc
			.font(BOLD)
			.fontSize(11)
			.fillColor(COLOURS.text)
			.text(note.heading, doc.page.margins.left, doc.y);
		doc.moveDown(0.2);
		paragraph(doc, note.text);
	}
}

/** The report as the bytes of a PDF file. */
export async function buildPdf(db: Db, plan: ExportPlan): Promise<Buffer> {
	const text = reportText(plan.request.language);
	const rounds = await allRounds(db, plan);
	const subject = reportSubject(plan, text);
	const doc = createDocument(plan.request.paper, `Rapport: ${subject}`, plan.by.name, text.locale);
	cover(doc, plan, text);
	const latest = rounds.at(-1);
	const actions = await actionExportRows(db, plan);
	if (latest) {
		const figures = keyFigures(plan, rounds);
		const matrix = plan.contents.has('matrix') ? periodMatrix(rounds) : null;
		const chain = await chainSections(db, plan);
		const sections = executiveSummary(text, {
			figures,
			rounds: rounds.length,
			matrix,
			chain,
			actions,
			k: plan.k.scores,
			whole: plan.root === null
		});
		summaryPage(doc, text, sections);
		keyFigurePage(doc, plan, text, figures);
		distributionPages(doc, plan, text, figures);
		itemPages(doc, plan, text, await itemDistributions(db, plan, latest.round.id));
		newPage(doc);
		trendPages(doc, plan, rounds, text);
		heatmapPages(doc, plan, latest, text);
		if (matrix) matrixPages(doc, plan, matrix, text);
		chainPages(doc, plan, chain, text);
		commentPages(doc, plan, await latestComments(db, plan, latest), latest, text);
	}
	actionPages(doc, actions, text);
	storyPages(doc, plan, await exportedStories(db, plan), text);
	methodPage(doc, plan, text);
	addFooters(doc, subject, text.page);
	return finish(doc);
}
