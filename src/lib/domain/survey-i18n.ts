import type { Locale } from './questions';
import type { AnswerProblem } from './survey-answers';

const en = {
	likert: [
		'Strongly disagree',
		'Disagree',
		'Neither agree nor disagree',
		'Agree',
		'Strongly agree'
	],
	scaleLow: 'Not at all likely',
	scaleHigh: 'Extremely likely',
	chooseIntro:
		'Tick the departments you depended on this period; you rate them on the next page. Skip the ones you did not work with.',
	serviceIntro:
		'Score each department you chose from 0 (not at all) to 10 (excellently), or leave it not rated.',
	rateChosen:
		'Nothing is stored yet. Rate the departments you chose, check your answers, then send them.',
	next: 'Next: rate the departments',
	emptyTitle: 'You have not answered any question.',
	emptyQuestion:
		'Answer below, or send an empty response: it counts you as taking part, with no answers.',
	emptySend: 'Send without answers',
	resultsWhen: (date: string) => `Results come when the round closes (${date}).`,
	resultsLink: 'See the results',
	answeredTitle: 'You have answered this round, thank you',
	answeredNote:
		'Each person answers once. If you opened the survey but did not finish, go back to the browser where you opened it.',
	serviceScore: 'Score',
	serviceNotRated: 'Not rated',
	serviceReasons: 'What stood out (optional)',
	serviceComment: 'Anything they should know? (optional)',
	reasons: {
		responsive: 'Responsive',
		reliable: 'Reliable',
		knowledgeable: 'Knowledgeable',
		empathetic: 'Empathetic',
		easy_to_reach: 'Easy to reach'
	},
	optional: 'optional',
	commentHint:
		'Up to 2,000 characters. Please leave out names and details that would identify you or others.',
	submit: 'Send my answers',
	answered: 'answered',
	questionsOf: (n: number) =>
		`${n} questions, about two or three minutes. Every question is optional.`,
	countsFor: (department: string) => `Your answers count for ${department}.`,
	notYourDepartment:
		'If that is not your department, do not start: this link may not be meant for you. Tell your HR team or your employee representatives.',
	privacyTitle: 'What is stored, and who sees what',
	privacy: (k: number, kComments: number) => [
		'Your answers are stored with this round and your department only: never with your name, your email, your invitation or the time you answered.',
		`Results appear only after the round closes, and only for groups of at least ${k} people; comments only for groups of at least ${kComments}.`,
		'Department heads see their own departments; HR sees the whole company, under the same rules.',
		'Comments are shown word for word but without dates and in random order.'
	],
	errorsTitle: 'Some answers need another look. Nothing has been stored yet.',
	unreadable: 'Your answers could not be read, so nothing was stored. Please send them again.',
	problems: {
		unknown_field: 'This field is not part of this survey.',
		duplicate: 'This was answered twice. Choose one answer.',
		out_of_range: 'Choose one of the values offered.',
		not_a_number: 'Choose one of the values offered.',
		own_department: 'Rate the departments you depend on, not your own.',
		unknown_department: 'This department cannot be rated here.',
		unknown_reason: 'Choose reasons from the list.',
		too_long: 'Keep it under 2,000 characters.',
		reasons_without_score: 'Give this department a score, or clear its reasons and comment.',
		not_text: 'This answer could not be read.',
		control_character:
			'This comment contains an invisible control character that cannot be stored. Remove it and send again.'
	} satisfies Record<AnswerProblem['code'], string>,
	thanksTitle: 'Thank you',
	thanks: [
		'Your answers are recorded. You cannot change them now, and nobody can tell which answers are yours.',
		'Your department head and HR see the results of your group only when it is large enough to keep everyone anonymous.'
	],
	alreadyRecorded: 'Your answers had already been recorded; nothing was stored twice.',
	openedElsewhereTitle: 'This survey was already opened',
	openedElsewhere:
		'You opened it in another browser or device, or have already answered. Each person answers once, so it cannot be opened again here. If you have not answered yet, go back to the browser where you opened it.',
	closedTitle: 'This round has closed',
	closed:
		'Answers are no longer accepted. Thank you: results are shared now that the round has closed.',
	start: 'Start the survey',
	language: 'Language'
};

type Strings = typeof en;

const es: Strings = {
	likert: [
		'Muy en desacuerdo',
		'En desacuerdo',
		'Ni de acuerdo ni en desacuerdo',
		'De acuerdo',
		'Muy de acuerdo'
	],
	scaleLow: 'Nada probable',
	scaleHigh: 'Muy probable',
	chooseIntro:
		'Marca los departamentos de los que dependiste en este periodo; los puntuarás en la página siguiente. Omite aquellos con los que no trabajaste.',
	serviceIntro:
		'Puntúa cada departamento que elegiste de 0 (nada) a 10 (excelente), o déjalo sin puntuar.',
	rateChosen:
		'Todavía no se ha guardado nada. Puntúa los departamentos que elegiste, revisa tus respuestas y envíalas.',
	next: 'Siguiente: puntuar los departamentos',
	emptyTitle: 'No has respondido a ninguna pregunta.',
	emptyQuestion:
		'Responde abajo o envía una respuesta vacía: cuenta como participación, sin respuestas.',
	emptySend: 'Enviar sin respuestas',
	resultsWhen: (date: string) => `Los resultados llegan cuando se cierre la ronda (${date}).`,
	resultsLink: 'Ver los resultados',
	answeredTitle: 'Ya has respondido a esta ronda, gracias',
	answeredNote:
		'Cada persona responde una vez. Si abriste la encuesta pero no la terminaste, vuelve al navegador donde la abriste.',
	serviceScore: 'Puntuación',
	serviceNotRated: 'Sin puntuar',
	serviceReasons: 'Qué destacó (opcional)',
	serviceComment: '¿Algo que deban saber? (opcional)',
	reasons: {
		responsive: 'Rapidez de respuesta',
		reliable: 'Fiabilidad',
		knowledgeable: 'Conocimiento',
		empathetic: 'Empatía',
		easy_to_reach: 'Fácil de contactar'
	},
	optional: 'opcional',
	commentHint:
		'Hasta 2.000 caracteres. Evita nombres o detalles que te identifiquen a ti o a otras personas.',
	submit: 'Enviar mis respuestas',
	answered: 'respondidas',
	questionsOf: (n: number) =>
		`${n} preguntas, unos dos o tres minutos. Todas las preguntas son opcionales.`,
	countsFor: (department: string) => `Tus respuestas cuentan para ${department}.`,
	notYourDepartment:
		'Si no es tu departamento, no empieces: puede que este enlace no sea para ti. Avisa a RR. HH. o a la representación de la plantilla.',
	privacyTitle: 'Qué se guarda y quién ve qué',
	privacy: (k: number, kComments: number) => [
		'Tus respuestas se guardan solo con esta ronda y tu departamento: nunca con tu nombre, tu correo, tu invitación ni la hora en que respondiste.',
		`Los resultados aparecen solo cuando la ronda se cierra, y solo para grupos de al menos ${k} personas; los comentarios, para grupos de al menos ${kComments}.`,
		'Los responsables de departamento ven sus propios departamentos; RR. HH. ve toda la empresa, con las mismas reglas.',
		'Los comentarios se muestran tal cual, pero sin fecha y en orden aleatorio.'
	],
	errorsTitle: 'Algunas respuestas necesitan otra mirada. Todavía no se ha guardado nada.',
	unreadable: 'No se pudieron leer tus respuestas, así que no se guardó nada. Envíalas de nuevo.',
	problems: {
		unknown_field: 'Este campo no forma parte de esta encuesta.',
		duplicate: 'Esto se respondió dos veces. Elige una sola respuesta.',
		out_of_range: 'Elige uno de los valores ofrecidos.',
		not_a_number: 'Elige uno de los valores ofrecidos.',
		own_department: 'Puntúa los departamentos de los que dependes, no el tuyo.',
		unknown_department: 'Este departamento no se puede puntuar aquí.',
		unknown_reason: 'Elige motivos de la lista.',
		too_long: 'Usa menos de 2.000 caracteres.',
		reasons_without_score:
			'Da una puntuación a este departamento o borra sus motivos y comentario.',
		not_text: 'No se pudo leer esta respuesta.',
		control_character:
			'Este comentario contiene un carácter de control invisible que no se puede guardar. Bórralo y vuelve a enviarlo.'
	},
	thanksTitle: 'Gracias',
	thanks: [
		'Tus respuestas están guardadas. Ya no puedes cambiarlas y nadie puede saber cuáles son las tuyas.',
		'Tu responsable y RR. HH. ven los resultados de tu grupo solo cuando es lo bastante grande para mantener el anonimato.'
	],
	alreadyRecorded: 'Tus respuestas ya estaban guardadas; no se ha guardado nada dos veces.',
	openedElsewhereTitle: 'Esta encuesta ya se abrió',
	openedElsewhere:
		'La abriste en otro navegador o dispositivo, o ya respondiste. Cada persona responde una vez, así que no puede abrirse de nuevo aquí. Si aún no has respondido, vuelve al navegador donde la abriste.',
	closedTitle: 'Esta ronda se ha cerrado',
	closed:
		'Ya no se aceptan respuestas. Gracias: los resultados se comparten ahora que la ronda se ha cerrado.',
	start: 'Empezar la encuesta',
	language: 'Idioma'
};

export type SurveyStrings = Strings;

export function surveyStrings(locale: Locale): SurveyStrings {
	return locale === 'es' ? es : en;
}
