import { escapeHtml } from '../../components/markup';
import type { MailContent } from '../mail/templates';
import { periodName } from '../exports/pdf/catalogue';

// The message that carries a scheduled report, in the schedule's language.

export type ReportMailInput = {
	language: 'en' | 'es';
	name: string;
	/** '2026-10' or '2026-Q3'. */
	period: string;
	/** HR's report of the whole company, rather than a head's own departments. */
	company: boolean;
};

export function reportMessage(input: ReportMailInput): MailContent {
	const period = periodName(input.period, input.language);
	const lines =
		input.language === 'es'
			? [
					`Hola, ${input.name}:`,
					input.company
						? `Adjuntamos el informe de Rapport de toda la empresa para ${period}.`
						: `Adjuntamos el informe de Rapport de tu departamento y todo lo que depende de él para ${period}.`,
					'Todas las cifras han pasado el filtro de anonimato de Rapport. Este envío queda registrado.'
				]
			: [
					`Hello ${input.name},`,
					input.company
						? `Attached is Rapport's report of the whole company for ${period}.`
						: `Attached is Rapport's report of your department and everything below it for ${period}.`,
					"Every figure in it passed Rapport's anonymity gate. This send is recorded in the audit log."
				];
	const subject =
		input.language === 'es' ? `Informe de Rapport: ${period}` : `Rapport report: ${period}`;
	return {
		subject,
		text: lines.join('\n\n'),
		html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')
	};
}
