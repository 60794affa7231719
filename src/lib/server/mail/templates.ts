import { DAY_MS } from '../../domain/dates';
import { escapeHtml } from '../../components/markup';

export type MailLocale = 'en' | 'es';

export type MailContent = { subject: string; text: string; html: string };

export type SurveyMailInput = {
	locale: string;
	personName: string;
	organisationName: string;
	programmeName: string;
	/** The person's one-time survey link, absolute. */
	link: string;
	closesAt: Date;
	questionCount: number;
	/** The programme's anonymity threshold for scores (k); 5 unless the programme says otherwise. */
	minGroupSize?: number;
};

/** 'es', 'es-MX' … → 'es'; anything else → 'en'. */
export function mailLocale(locale: string | null | undefined): MailLocale {
	return locale?.trim().toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}

/** Rounds close at 00:00 UTC: people read "until the end of" the day before, not "until" it. */
function closingTime(locale: MailLocale, closesAt: Date): { day: string; endOfDay: boolean } {
	const intlLocale = locale === 'es' ? 'es' : 'en-GB';
	const endOfDay = closesAt.getTime() % DAY_MS === 0;
	const shown = endOfDay ? new Date(closesAt.getTime() - 1) : closesAt;
	const format = new Intl.DateTimeFormat(intlLocale, {
		dateStyle: 'full',
		timeStyle: endOfDay ? undefined : 'short',
		timeZone: 'UTC'
	});
	return { day: format.format(shown), endOfDay };
}

type Facts = {
	name: string;
	organisation: string;
	programme: string;
	questions: number;
	minGroupSize: number;
	closing: { day: string; endOfDay: boolean };
};

type Wording = {
	invitationSubject(f: Facts): string;
	reminderSubject(f: Facts): string;
	greeting(f: Facts): string;
	invitationIntro(f: Facts): string;
	reminderIntro(f: Facts): string;
	answer: string;
	buttonFallback: string;
	openUntil(f: Facts): string;
	privacy(f: Facts): string;
	personal: string;
	alreadyAnswered: string;
	signOff(f: Facts): string;
};

const WORDING: Record<MailLocale, Wording> = {
	en: {
		invitationSubject: (f) => `${f.programme}: how is work going? (2–3 minutes)`,
		reminderSubject: (f) => `Reminder: ${f.programme} is still open`,
		greeting: (f) => (f.name ? `Hi ${f.name},` : 'Hi,'),
		invitationIntro: (f) =>
			`${f.organisation} would like to know how work is going for you. This round of ` +
			`“${f.programme}” has ${f.questions} short question${f.questions === 1 ? '' : 's'} ` +
			'and takes 2–3 minutes.',
		reminderIntro: (f) =>
			`A quick reminder: the “${f.programme}” survey from ${f.organisation} is still ` +
			`open. It has ${f.questions} short question${f.questions === 1 ? '' : 's'} and takes ` +
			'2–3 minutes.',
		answer: 'Answer the survey',
		buttonFallback: 'If the button does not work, copy this link into your browser:',
		openUntil: (f) =>
			f.closing.endOfDay
				? `You can answer until the end of ${f.closing.day} (UTC).`
				: `You can answer until ${f.closing.day} (UTC).`,
		privacy: (f) =>
			'Your answers are stored without your name. Results are shown only for groups of at ' +
			`least ${f.minGroupSize} people, and only after the round has closed.`,
		personal:
			"This link is personal: please don't forward it, because whoever opens it answers in " +
			'your place.',
		alreadyAnswered: 'If you have already answered, thank you: you can ignore this message.',
		signOff: (f) => `Thank you,\n${f.organisation}`
	},
	es: {
		invitationSubject: (f) => `${f.programme}: ¿cómo te va en el trabajo? (2–3 minutos)`,
		reminderSubject: (f) => `Recordatorio: la encuesta «${f.programme}» sigue abierta`,
		greeting: (f) => (f.name ? `Hola, ${f.name}:` : 'Hola:'),
		invitationIntro: (f) =>
			`En ${f.organisation} queremos saber cómo te va en el trabajo. Esta ronda de ` +
			`«${f.programme}» tiene ${f.questions} ` +
			`${f.questions === 1 ? 'pregunta breve' : 'preguntas breves'} y te llevará 2 o 3 minutos.`,
		reminderIntro: (f) =>
			`Un recordatorio rápido: la encuesta «${f.programme}» de ${f.organisation} sigue ` +
			`abierta. ${f.questions === 1 ? 'Es 1 pregunta breve' : `Son ${f.questions} preguntas breves`} ` +
			'y te llevará 2 o 3 minutos.',
		answer: 'Responder la encuesta',
		buttonFallback: 'Si el botón no funciona, copia este enlace en tu navegador:',
		openUntil: (f) =>
			f.closing.endOfDay
				? `Puedes responder hasta el final del ${f.closing.day} (UTC).`
				: `Puedes responder hasta el ${f.closing.day} (UTC).`,
		privacy: (f) =>
			'Tus respuestas se guardan sin tu nombre. Los resultados solo se muestran para grupos de ' +
			`al menos ${f.minGroupSize} personas y únicamente cuando la ronda ya ha cerrado.`,
		personal:
			'Este enlace es personal: no lo reenvíes, porque quien lo abra responderá en tu lugar.',
		alreadyAnswered: 'Si ya has respondido, gracias: puedes ignorar este mensaje.',
		signOff: (f) => `¡Gracias!\n${f.organisation}`
	}
};

/** A message is a list of blocks; text and HTML are both rendered from it, escaping in one place. */
type Block = { kind: 'paragraph'; text: string } | { kind: 'action'; label: string; href: string };

const STYLE = {
	body: 'margin:0;padding:24px 12px;background:#f6f7f9;color:#1c2430;font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5',
	card: 'max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #d8dde5;border-radius:8px;padding:24px',
	paragraph: 'margin:0 0 16px',
	button:
		'display:inline-block;background:#1f5f8b;color:#ffffff;font-weight:600;text-decoration:none;padding:12px 20px;border-radius:6px',
	fallback: 'margin:0 0 16px;font-size:14px;color:#5a6577',
	rawLink: 'color:#1f5f8b;word-break:break-all'
};

function renderText(blocks: Block[]): string {
	const parts = blocks.map((b) => (b.kind === 'paragraph' ? b.text : `${b.label}:\n${b.href}`));
	return `${parts.join('\n\n')}\n`;
}

function renderHtml(locale: MailLocale, subject: string, wording: Wording, blocks: Block[]) {
	const body = blocks.map((b) => {
		if (b.kind === 'paragraph') {
			const html = escapeHtml(b.text).replace(/\n/g, '<br>');
			return `<p style="${STYLE.paragraph}">${html}</p>`;
		}
		const href = escapeHtml(b.href);
		return (
			`<p style="margin:24px 0"><a href="${href}" style="${STYLE.button}">${escapeHtml(b.label)}</a></p>\n` +
			`<p style="${STYLE.fallback}">${escapeHtml(wording.buttonFallback)}<br>` +
			`<a href="${href}" style="${STYLE.rawLink}">${href}</a></p>`
		);
	});
	return [
		'<!doctype html>',
		`<html lang="${locale}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(subject)}</title></head>`,
		`<body style="${STYLE.body}">`,
		`<div style="${STYLE.card}">`,
		...body,
		'</div>',
		'</body>',
		'</html>',
		''
	].join('\n');
}

function surveyMessage(kind: 'invitation' | 'reminder', input: SurveyMailInput): MailContent {
	if (!/^https?:\/\//i.test(input.link)) {
		throw new Error('A survey link in a message must be an absolute http(s) URL');
	}
	const locale = mailLocale(input.locale);
	const wording = WORDING[locale];
	const facts: Facts = {
		name: input.personName.trim(),
		organisation: input.organisationName.trim(),
		programme: input.programmeName.trim(),
		questions: input.questionCount,
		minGroupSize: input.minGroupSize ?? 5,
		closing: closingTime(locale, input.closesAt)
	};
	const subject = (
		kind === 'invitation' ? wording.invitationSubject(facts) : wording.reminderSubject(facts)
	).replace(/\s+/g, ' ');
	const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
	const blocks: Block[] = [
		paragraph(wording.greeting(facts)),
		paragraph(
			kind === 'invitation' ? wording.invitationIntro(facts) : wording.reminderIntro(facts)
		),
		{ kind: 'action', label: wording.answer, href: input.link },
		paragraph(wording.openUntil(facts)),
		paragraph(wording.privacy(facts)),
		paragraph(wording.personal),
		...(kind === 'reminder' ? [paragraph(wording.alreadyAnswered)] : []),
		paragraph(wording.signOff(facts))
	];
	return { subject, text: renderText(blocks), html: renderHtml(locale, subject, wording, blocks) };
}

/** The first message of a round: what it is, how long it takes, until when, and the link. */
export function invitationMessage(input: SurveyMailInput): MailContent {
	return surveyMessage('invitation', input);
}

/** A later nudge, for someone who has not opened the survey yet. */
export function reminderMessage(input: SurveyMailInput): MailContent {
	return surveyMessage('reminder', input);
}
