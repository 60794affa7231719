import type { SuppressionReason } from '../../../domain/suppression-reasons';
import type { ReportNotes } from './catalogue-notes';
import { NOTES_EN } from './notes-en';
import { NOTES_ES } from './notes-es';
import { LIKERT_DRIVERS } from '../../../domain/questions';
import spanish from '../../../i18n/locales/es';

// The leadership report's words in each language it is written in. Figures, names and comments
// are printed as they are; everything the report says around them comes from here.

export const REPORT_LANGUAGES = ['en', 'es'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The measures' names in the Spanish report: the app's own. */
function spanishMeasureNames(): Record<string, string> {
	const { names, internalServiceReceived } = spanish.measures;
	const reported = ['participation', ...LIKERT_DRIVERS, 'enps'] as const;
	return {
		...Object.fromEntries(reported.map((measure) => [measure, names[measure]])),
		internal_nps_received: internalServiceReceived
	};
}

type ReportWords = {
	locale: string;
	title: string;
	wholeCompany: string;
	range: (from: string, to: string) => string;
	period: (key: string) => string;
	planLabels: { departments: string; period: string; contents: string; preparedBy: string };
	subtreeOf: (path: string) => string;
	closedRounds: (n: number) => string;
	gateNote: (k: number) => string;
	page: (n: number, of: number) => string;
	headings: {
		summary: string;
		keyFigures: string;
		whatChanged: string;
		trends: string;
		heatmap: string;
		distributions: string;
		matrix: string;
		chain: string;
		comments: string;
		method: string;
	};
	measures: Record<string, string>;
	columns: {
		measure: string;
		latest: string;
		n: string;
		previous: string;
		change: string;
		test: string;
		company: string;
	};
	significant: string;
	noise: string;
	keyFigureNote: string;
	rose: string;
	fell: string;
	changeLine: (label: string, rose: boolean, points: string, from: string, to: string) => string;
	verdict: (significant: boolean, test: string, before: number, after: number) => string;
	testNames: Record<string, string>;
	otherNoise: (list: string) => string;
	allNoise: (list: string) => string;
	untested: string;
	nothingChanged: string;
	reasons: Record<SuppressionReason, (k: number) => string>;
	summary: {
		participation: (rate: string, responded: number, invited: number, rounds: number) => string;
		participationHidden: (reason: string) => string;
		strongest: (label: string, value: string, n: number) => string;
		weakest: (label: string, value: string, n: number) => string;
		enps: (value: string, n: number) => string;
		significantChanges: (list: string) => string;
		noSignificantChange: (tested: number) => string;
		internalService: (value: string, n: number, whole: boolean) => string;
		internalServiceHidden: (reason: string) => string;
		matrixShown: (shown: number, total: number, rounds: number) => string;
		chain: (
			metric: string,
			r: string,
			low: string,
			high: string,
			n: number,
			verdict: string
		) => string;
		chainTooFew: (metric: string, n: number) => string;
		verdicts: Record<'inconclusive' | 'positive' | 'negative' | 'no_clear_relation', string>;
		actions: (areas: number, actions: number, byStatus: string, overdue: number) => string;
		noActions: string;
		status: Record<string, (n: number) => string>;
		testNote: string;
	};
};

const en: ReportWords = {
	locale: 'en',
	title: 'Engagement and internal service',
	wholeCompany: 'Whole company',
	range: (from, to) => `${from} to ${to}`,
	period: (key) => periodName(key, 'en'),
	planLabels: {
		departments: 'Departments',
		period: 'Period',
		contents: 'Contents',
		preparedBy: 'Prepared by'
	},
	subtreeOf: (path) => `${path} and everything below it`,
	closedRounds: (n) => `${n} closed round${n === 1 ? '' : 's'}`,
	gateNote: (k) =>
		`Every figure passed Rapport's privacy gate: nothing about fewer than ${k} respondents is shown, ` +
		'and a hidden figure cannot be worked out from the others. The last page says how the figures are made.',
	page: (n, of) => `Page ${n} of ${of}`,
	headings: {
		summary: 'Executive summary',
		keyFigures: 'Key figures and what changed',
		whatChanged: 'What changed',
		trends: 'Driver trends',
		heatmap: 'Heatmap',
		distributions: 'How people answered',
		matrix: 'Internal service matrix',
		chain: 'Service chain',
		comments: 'Comments',
		method: 'Method and anonymity'
	},
	measures: {},
	columns: {
		measure: 'Measure',
		latest: 'Latest',
		n: 'n',
		previous: 'Previous',
		change: 'Change',
		test: '95% test',
		company: 'Company'
	},
	significant: 'significant',
	noise: 'noise',
	keyFigureNote:
		'Latest: the latest round that asked the measure; Previous: the one before it. Drivers: % favourable; ' +
		'eNPS and internal NPS: -100 to 100; participation: % responded. 95% test: a change is called ' +
		'significant when a two-sided test at 95% rejects "no change" (two-proportion z-test for shares, ' +
		'z-test on the difference of two NPS for eNPS and internal NPS; the rounds taken as independent ' +
		'samples); otherwise it is noise.',
	rose: 'rose',
	fell: 'fell',
	changeLine: (label, rose, points, from, to) =>
		`${label} ${rose ? 'rose' : 'fell'} by ${points} points (${from} to ${to})`,
	verdict: (significant, test, before, after) =>
		significant
			? `significant at 95% (${test}, n ${before} -> ${after})`
			: `within noise, not significant at 95% (${test}, n ${before} -> ${after})`,
	testNames: {
		'two-proportion z-test': 'two-proportion z-test',
		'z-test on the difference of two NPS': 'z-test on the difference of two NPS'
	},
	otherNoise: (list) => `Other changes are within noise, not significant at 95%: ${list}.`,
	allNoise: (list) => `No change is significant at 95%; all are within noise: ${list}.`,
	untested: 'untested',
	nothingChanged: 'No figure that can be compared changed since the previous round.',
	reasons: {
		fewer_than_k: (k) => `fewer than ${k} responses`,
		protects_smaller_group: () => 'hidden so that a smaller group cannot be worked out',
		not_asked: () => 'not asked in this round',
		group_changed: () => 'group changed just before the round'
	},
	summary: {
		participation: (rate, responded, invited, rounds) =>
			`Participation was ${rate}% (${responded} of ${invited} invited responded` +
			(rounds > 1 ? ` in the latest of ${rounds} rounds).` : ').'),
		participationHidden: (reason) => `Participation is hidden (${reason}).`,
		strongest: (label, value, n) =>
			`The strongest driver is ${label} at ${value}% favourable (n = ${n}).`,
		weakest: (label, value, n) => `The weakest is ${label} at ${value}% favourable (n = ${n}).`,
		enps: (value, n) => `eNPS stands at ${value} (n = ${n}).`,
		significantChanges: (list) => `Changes that are real at 95%: ${list}.`,
		noSignificantChange: (tested) =>
			tested
				? `None of the ${tested} changes since the previous round is significant at 95%: they are within noise.`
				: 'There is no earlier round to compare with.',
		internalService: (value, n, whole) =>
			whole
				? `Across the company, internal service is rated at an internal NPS of ${value} (n = ${n}).`
				: `Other departments rate the service they receive from this part of the company at an internal NPS of ${value} (n = ${n}).`,
		internalServiceHidden: (reason) => `The internal NPS received is hidden (${reason}).`,
		matrixShown: (shown, total, rounds) =>
			`Over the period, ${shown} of ${total} consumer-provider pairs of the internal service matrix can be shown (pooled over ${rounds} round${rounds === 1 ? '' : 's'}).`,
		chain: (metric, r, low, high, n, verdict) =>
			`Internal support and ${metric}: r = ${r} (95% interval ${low} to ${high}, ${n} departments). ${verdict}`,
		chainTooFew: (metric, n) =>
			`Internal support and ${metric}: only ${n} departments have both figures; not enough evidence yet.`,
		verdicts: {
			inconclusive: 'Not enough evidence yet: the interval is too wide to say.',
			positive: 'The two go together.',
			negative: 'The two go opposite ways.',
			no_clear_relation: 'No clear relation.'
		},
		actions: (areas, actions, byStatus, overdue) =>
			`${areas} focus area${areas === 1 ? '' : 's'} with ${actions} action${actions === 1 ? '' : 's'}: ${byStatus}` +
			(overdue ? `; ${overdue} overdue.` : '.'),
		noActions: 'No focus areas have been chosen after these rounds yet.',
		status: {
			planned: (n) => `${n} planned`,
			in_progress: (n) => `${n} in progress`,
			done: (n) => `${n} done`,
			dropped: (n) => `${n} dropped`
		},
		testNote:
			'A change is called real only when a two-sided test at 95% rejects "no change": a two-proportion ' +
			'z-test for shares, a z-test on the difference of two NPS for eNPS and internal NPS; n is respondents ' +
			'before and after.'
	}
};

const es: ReportWords = {
	locale: 'es',
	title: 'Compromiso y servicio interno',
	wholeCompany: 'Toda la empresa',
	range: (from, to) => `del ${from} al ${to}`,
	period: (key) => periodName(key, 'es'),
	planLabels: {
		departments: 'Departamentos',
		period: 'Periodo',
		contents: 'Contenido',
		preparedBy: 'Preparado por'
	},
	subtreeOf: (path) => `${path} y todo lo que depende de él`,
	closedRounds: (n) => `${n} ${n === 1 ? 'ronda cerrada' : 'rondas cerradas'}`,
	gateNote: (k) =>
		`Todas las cifras han pasado el filtro de privacidad de Rapport: no se muestra nada sobre menos de ${k} ` +
		'personas, y una cifra oculta no puede deducirse de las demás. La última página explica cómo se calculan.',
	page: (n, of) => `Página ${n} de ${of}`,
	headings: {
		summary: 'Resumen ejecutivo',
		keyFigures: 'Cifras clave y cambios',
		whatChanged: 'Qué ha cambiado',
		trends: 'Evolución de los factores',
		heatmap: 'Mapa de calor',
		distributions: 'Cómo respondieron las personas',
		matrix: 'Matriz de servicio interno',
		chain: 'Cadena de servicio',
		comments: 'Comentarios',
		method: 'Método y anonimato'
	},
	measures: spanishMeasureNames(),
	columns: {
		measure: 'Indicador',
		latest: 'Último',
		n: 'n',
		previous: 'Anterior',
		change: 'Cambio',
		test: 'Prueba 95 %',
		company: 'Empresa'
	},
	significant: 'significativo',
	noise: 'ruido',
	keyFigureNote:
		'Último: la ronda más reciente que preguntó el indicador; Anterior: la previa. Factores: % de respuestas ' +
		'favorables; eNPS y NPS interno: de -100 a 100; participación: % que respondió. Prueba 95 %: un cambio es ' +
		'significativo cuando una prueba bilateral al 95 % rechaza «sin cambio» (prueba z de dos proporciones para ' +
		'porcentajes, prueba z de la diferencia de dos NPS para eNPS y NPS interno; las rondas se tratan como muestras ' +
		'independientes); si no, es ruido.',
	rose: 'subió',
	fell: 'bajó',
	changeLine: (label, rose, points, from, to) =>
		`${label} ${rose ? 'subió' : 'bajó'} ${points} puntos (${from} a ${to})`,
	verdict: (significant, test, before, after) =>
		significant
			? `significativo al 95 % (${test}, n ${before} -> ${after})`
			: `dentro del ruido, no significativo al 95 % (${test}, n ${before} -> ${after})`,
	testNames: {
		'two-proportion z-test': 'prueba z de dos proporciones',
		'z-test on the difference of two NPS': 'prueba z de la diferencia de dos NPS'
	},
	otherNoise: (list) =>
		`Los demás cambios están dentro del ruido, no son significativos al 95 %: ${list}.`,
	allNoise: (list) =>
		`Ningún cambio es significativo al 95 %; todos están dentro del ruido: ${list}.`,
	untested: 'sin prueba',
	nothingChanged: 'Ninguna cifra comparable ha cambiado desde la ronda anterior.',
	reasons: {
		fewer_than_k: (k) => `menos de ${k} respuestas`,
		protects_smaller_group: () => 'oculta para que no pueda deducirse un grupo más pequeño',
		not_asked: () => 'no se preguntó en esta ronda',
		group_changed: () => 'el grupo cambió justo antes de la ronda'
	},
	summary: {
		participation: (rate, responded, invited, rounds) =>
			`La participación fue del ${rate} % (respondieron ${responded} de ${invited} personas invitadas` +
			(rounds > 1 ? ` en la última de ${rounds} rondas).` : ').'),
		participationHidden: (reason) => `La participación está oculta (${reason}).`,
		strongest: (label, value, n) =>
			`El factor más fuerte es ${label}, con un ${value} % de respuestas favorables (n = ${n}).`,
		weakest: (label, value, n) => `El más débil es ${label}, con un ${value} % (n = ${n}).`,
		enps: (value, n) => `El eNPS se sitúa en ${value} (n = ${n}).`,
		significantChanges: (list) => `Cambios reales al 95 %: ${list}.`,
		noSignificantChange: (tested) =>
			tested
				? `Ninguno de los ${tested} cambios desde la ronda anterior es significativo al 95 %: están dentro del ruido.`
				: 'No hay una ronda anterior con la que comparar.',
		internalService: (value, n, whole) =>
			whole
				? `En toda la empresa, el servicio interno recibe un NPS interno de ${value} (n = ${n}).`
				: `Los demás departamentos valoran el servicio que reciben de esta parte de la empresa con un NPS interno de ${value} (n = ${n}).`,
		internalServiceHidden: (reason) => `El NPS interno recibido está oculto (${reason}).`,
		matrixShown: (shown, total, rounds) =>
			`En el periodo pueden mostrarse ${shown} de ${total} pares cliente-proveedor de la matriz de servicio interno (agregando ${rounds} ${rounds === 1 ? 'ronda' : 'rondas'}).`,
		chain: (metric, r, low, high, n, verdict) =>
			`Apoyo interno y ${metric}: r = ${r} (intervalo del 95 % de ${low} a ${high}, ${n} departamentos). ${verdict}`,
		chainTooFew: (metric, n) =>
			`Apoyo interno y ${metric}: solo ${n} departamentos tienen ambas cifras; todavía no hay pruebas suficientes.`,
		verdicts: {
			inconclusive: 'Todavía no hay pruebas suficientes: el intervalo es demasiado amplio.',
			positive: 'Ambas cifras van juntas.',
			negative: 'Ambas cifras van en sentido contrario.',
			no_clear_relation: 'No hay una relación clara.'
		},
		actions: (areas, actions, byStatus, overdue) =>
			`${areas} ${areas === 1 ? 'área de mejora' : 'áreas de mejora'} con ${actions} ${actions === 1 ? 'acción' : 'acciones'}: ${byStatus}` +
			(overdue ? `; ${overdue} con retraso.` : '.'),
		noActions: 'Todavía no se han elegido áreas de mejora tras estas rondas.',
		status: {
			planned: (n) => `${n} ${n === 1 ? 'planificada' : 'planificadas'}`,
			in_progress: (n) => `${n} en curso`,
			done: (n) => `${n} ${n === 1 ? 'hecha' : 'hechas'}`,
			dropped: (n) => `${n} ${n === 1 ? 'descartada' : 'descartadas'}`
		},
		testNote:
			'Un cambio se considera real solo cuando una prueba bilateral al 95 % rechaza «sin cambio»: prueba z de ' +
			'dos proporciones para porcentajes, prueba z de la diferencia de dos NPS para eNPS y NPS interno; n son ' +
			'las personas que respondieron antes y después.'
	}
};

export type ReportText = ReportWords & ReportNotes;

const CATALOGUE: Record<ReportLanguage, ReportText> = {
	en: { ...en, ...NOTES_EN },
	es: { ...es, ...NOTES_ES }
};

export function reportText(language: ReportLanguage): ReportText {
	return CATALOGUE[language];
}

const QUARTER = { en: 'Q', es: 'T' };
const HALF = { en: 'H', es: 'S' };

/** '2026-Q3' as "Q3 2026" (English) or "T3 2026" (Spanish); months and years as they are. */
export function periodName(key: string, language: ReportLanguage): string {
	const match = /^(\d{4})-([QH])([1-4])$/.exec(key);
	if (!match) return key;
	const letter = match[2] === 'Q' ? QUARTER[language] : HALF[language];
	return `${letter}${match[3]} ${match[1]}`;
}

/** A measure's name in the report's language, falling back to the English label. */
export function measureName(text: ReportText, measure: string, english: string): string {
	return text.measures[measure] ?? english;
}
