import { seededRandom } from './random';

// The demo's comment texts: each put together from a few sentences, so that hundreds of comments
// read like different people wrote them, and no text appears twice in the whole demo. Drawn from
// a generator of their own: the answers' random stream (and so every figure) stays as it was.

type Parts = { first: string[]; second: string[]; last: string[] };

const BANKS = {
	'en.good': {
		first: [
			'The new ticket process made a real difference this month.',
			'My team lead makes time for us, and it shows.',
			'We closed the backlog together.',
			'I like that we can fix customer issues on the spot now.',
			'Stand-ups are shorter and more useful than they used to be.',
			'The handover notes between shifts have got much better.',
			'Customers noticed that we answer faster.',
			'Training on the new tools was worth the time.',
			'It feels like our ideas are listened to.',
			'Good month overall.'
		],
		second: [
			'IT answered the same day when our screens froze.',
			'Logistics warned us early about the late delivery.',
			'We finally have the authority to refund small orders ourselves.',
			'The quiet room helps on heavy days.',
			'Our manager shared the results openly.',
			'People from other teams stepped in without being asked.',
			'The knowledge base is actually up to date.',
			'Workload felt fair for once.',
			'Recognition in the team meeting meant a lot.',
			'Fewer escalations reached the customer.'
		],
		last: [
			'',
			'Please keep it this way.',
			'More of this, please.',
			'Thanks to everyone involved.',
			'Hoping it lasts into next quarter.',
			'Small things, but they add up.'
		]
	},
	'en.bad': {
		first: [
			'We wait too long for IT to answer, and customers feel it.',
			'Too many handovers before a customer gets an answer.',
			'Workload has been heavy for weeks.',
			'Nobody tells us when stock is late, so we find out from customers.',
			'Decisions are made without asking the people who do the work.',
			'The new system slows us down more than it helps.',
			'We keep apologising for things outside our control.',
			'Priorities changed three times this month.',
			'Half the team is covering for people who left.',
			'Meetings eat the time we need for customers.'
		],
		second: [
			'Tickets to IT sit unanswered for days.',
			'We need more hands, not more reports.',
			'Approvals for simple refunds still take a week.',
			'Nobody owns the problems between departments.',
			'Feedback from last round did not lead to anything visible.',
			'Customers call back twice before anything happens.',
			'The phone queue never empties.',
			'We learn about changes from customers first.',
			'Overtime is becoming normal.',
			'Questions to Logistics go unanswered.'
		],
		last: [
			'',
			'It is wearing people down.',
			'Please look at this before the busy season.',
			'We want to do a good job, but this makes it hard.',
			'Something has to change.',
			'I am not sure how long people will put up with it.'
		]
	},
	'es.good': {
		first: [
			'El nuevo proceso de incidencias ha cambiado mucho las cosas este mes.',
			'Mi responsable nos dedica tiempo y se nota.',
			'Sacamos el trabajo pendiente entre todos.',
			'Los clientes notan que respondemos más rápido.',
			'Las reuniones son más cortas y más útiles.',
			'Se escuchan nuestras propuestas.'
		],
		second: [
			'IT respondió el mismo día.',
			'Logística nos avisó a tiempo del retraso.',
			'Podemos resolver devoluciones pequeñas sin pedir permiso.',
			'La formación en las nuevas herramientas valió la pena.',
			'Otros equipos nos echaron una mano sin que se lo pidiéramos.',
			'La carga de trabajo ha sido razonable.'
		],
		last: ['', 'Ojalá siga así.', 'Gracias a todos.', 'Son detalles, pero suman.']
	},
	'es.bad': {
		first: [
			'Esperamos demasiado a que IT responda y los clientes lo notan.',
			'Demasiados traspasos antes de que el cliente tenga respuesta.',
			'La carga de trabajo lleva semanas siendo muy alta.',
			'Nos enteramos de los retrasos por los clientes.',
			'Las decisiones se toman sin preguntar a quien hace el trabajo.',
			'Las prioridades cambian cada semana.'
		],
		second: [
			'Las incidencias a IT tardan días.',
			'Hacen falta más manos, no más informes.',
			'Nadie se ocupa de los problemas entre departamentos.',
			'Lo que dijimos en la última encuesta no cambió nada.',
			'Las horas extra se han vuelto normales.',
			'Logística no contesta a nuestras preguntas.'
		],
		last: ['', 'La gente está cansada.', 'Algo tiene que cambiar.', 'Queremos hacerlo bien.']
	},
	'provider.good': {
		first: [
			'Quick and clear, thank you.',
			'Always willing to help.',
			'They know their stuff.',
			'Answers came the same day.',
			'They followed up without being chased.',
			'Easy to reach, even on busy days.',
			'They explained the why, not just the what.',
			'Reliable as always.'
		],
		second: [
			'Our customer got an answer before the end of the call.',
			'It saved us a week.',
			'They told us early when something changed.',
			'The fix stayed fixed.',
			'They treated our request as if it were their own customer.',
			'We never had to ask twice.',
			'The new contact person is a great help.',
			'Their notes were easy to pass on.'
		],
		last: ['', 'Thanks!', 'Keep it up.', 'Much appreciated.']
	},
	'provider.bad': {
		first: [
			'Requests disappear for days.',
			'Hard to know who to ask.',
			'Answers often incomplete.',
			'We had to chase three times.',
			'Every request goes through a form nobody reads.',
			'Changes are announced after they happen.',
			'Friendly, but nothing moves.',
			'Different people give different answers.'
		],
		second: [
			'Our customers waited while we did.',
			'We ended up fixing it ourselves.',
			'A named contact would help.',
			'The ticket was closed without a solution.',
			'It cost us a customer this month.',
			'Nobody called back.',
			'We found out from the customer.',
			'Priorities are never explained.'
		],
		last: ['', 'Please sort this out.', 'It keeps happening.', 'We need better than this.']
	}
} satisfies Record<string, Parts>;

export type CommentKind = keyof typeof BANKS;

function* combinations(parts: Parts): Generator<string> {
	for (const first of parts.first) {
		for (const second of parts.second) {
			for (const last of parts.last) yield [first, second, last].filter(Boolean).join(' ');
		}
	}
}

/** A writer of comment texts, none of which it hands out twice. */
export function demoCommentWriter(seed = 20_261_202): (kind: CommentKind) => string {
	const random = seededRandom(seed);
	const used = new Set<string>();
	const pick = (items: string[]) => items[Math.floor(random() * items.length)];
	return (kind) => {
		const parts: Parts = BANKS[kind];
		for (let attempt = 0; attempt < 20; attempt++) {
			const text = [pick(parts.first), pick(parts.second), pick(parts.last)]
				.filter(Boolean)
				.join(' ');
			if (!used.has(text)) {
				used.add(text);
				return text;
			}
		}
		for (const text of combinations(parts)) {
			if (!used.has(text)) {
				used.add(text);
				return text;
			}
		}
		throw new Error(`the demo ran out of distinct ${kind} comments`);
	};
}
