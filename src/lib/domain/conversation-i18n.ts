import type { Locale } from './questions';
import type { MessageProblem } from './conversations';

// The writer's side of a conversation, in the survey's languages.

const en = {
	linkTitle: 'Your private link for replies',
	linkIntro:
		'Your department head or HR may reply to your comments after the round closes. Only this link opens the replies, and you can answer without anyone learning who you are.',
	linkKeep:
		'Keep it somewhere private (a password manager, a note only you can read). It is shown only now: Rapport does not store it and cannot send it again.',
	linkLabel: 'Private link',
	pageTitle: 'Replies to your comments',
	pageIntro:
		'Only people holding this link can read this page. Nobody can see who you are, and nothing records when you read or answer.',
	noReplies:
		'No replies yet. Replies appear here after the round has closed, and only on comments shown to your department head or HR (groups large enough to keep everyone anonymous).',
	yourComment: 'Your comment',
	you: 'You',
	hiddenMessage: 'This message was hidden by HR.',
	answerLabel: 'Your answer',
	answerHint: 'Up to 2,000 characters. You stay anonymous; leave out details that identify you.',
	send: 'Send my answer',
	sent: 'Your answer was sent.',
	notFound: 'This conversation cannot be answered any more.',
	openTitle: 'Open your replies',
	openIntro: 'Paste the private link (or the code at its end) you were given after answering.',
	openLabel: 'Private link or code',
	open: 'Open',
	unknownLink: 'That is not a private link. Check that you copied all of it.',
	problems: {
		required: 'Write your answer first.',
		too_long: 'Keep it under 2,000 characters.'
	} satisfies Record<MessageProblem, string>,
	language: 'Language'
};

const es: typeof en = {
	linkTitle: 'Tu enlace privado para respuestas',
	linkIntro:
		'Tu responsable o RR. HH. pueden responder a tus comentarios cuando se cierre la ronda. Solo este enlace abre las respuestas, y puedes contestar sin que nadie sepa quién eres.',
	linkKeep:
		'Guárdalo en un lugar privado (un gestor de contraseñas, una nota que solo tú puedas leer). Solo se muestra ahora: Rapport no lo guarda y no puede enviarlo de nuevo.',
	linkLabel: 'Enlace privado',
	pageTitle: 'Respuestas a tus comentarios',
	pageIntro:
		'Solo quien tenga este enlace puede leer esta página. Nadie puede ver quién eres y no queda registrado cuándo lees o contestas.',
	noReplies:
		'Aún no hay respuestas. Aparecen aquí cuando la ronda se ha cerrado, y solo en comentarios que ven tu responsable o RR. HH. (grupos lo bastante grandes para mantener el anonimato).',
	yourComment: 'Tu comentario',
	you: 'Tú',
	hiddenMessage: 'RR. HH. ha ocultado este mensaje.',
	answerLabel: 'Tu respuesta',
	answerHint:
		'Hasta 2.000 caracteres. Sigues siendo anónimo; no incluyas detalles que te identifiquen.',
	send: 'Enviar mi respuesta',
	sent: 'Tu respuesta se ha enviado.',
	notFound: 'Ya no se puede responder en esta conversación.',
	openTitle: 'Abrir tus respuestas',
	openIntro: 'Pega el enlace privado (o el código del final) que recibiste al responder.',
	openLabel: 'Enlace privado o código',
	open: 'Abrir',
	unknownLink: 'Eso no es un enlace privado. Comprueba que lo copiaste entero.',
	problems: {
		required: 'Escribe primero tu respuesta.',
		too_long: 'Usa menos de 2.000 caracteres.'
	},
	language: 'Idioma'
};

export type ConversationStrings = typeof en;

export function conversationStrings(locale: Locale): ConversationStrings {
	return locale === 'es' ? es : en;
}
