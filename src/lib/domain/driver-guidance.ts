import type { LikertDriver, Locale } from './questions';

/**
 * What each driver means, what strong teams do about it, and three questions to open the team
 * meeting with: Rapport's own words, in every language the survey speaks.
 */
export type DriverGuidance = {
	meaning: string;
	strongTeams: string;
	starters: [string, string, string];
};

export const DRIVER_GUIDANCE: Record<LikertDriver, Record<Locale, DriverGuidance>> = {
	empowerment: {
		en: {
			meaning:
				'Whether people find meaning in their work, feel able to do it, decide how to go about it, and may put a customer’s problem right without asking first.',
			strongTeams:
				'Agree on the decisions anyone may take without asking, write them down, and back people who use them, even when the result is not what the lead would have chosen.',
			starters: [
				'Which decision did you last wait for someone else to take, and could you have taken it yourself?',
				'What would you fix for a customer today if you knew nobody would question it?',
				'Where do you lack a tool or a skill to do your job well?'
			]
		},
		es: {
			meaning:
				'Si las personas encuentran sentido en su trabajo, se sienten capaces de hacerlo, deciden cómo hacerlo y pueden resolver el problema de un cliente sin pedir permiso antes.',
			strongTeams:
				'Acuerdan qué decisiones puede tomar cualquiera sin consultar, las ponen por escrito y respaldan a quien las toma, aunque el resultado no sea el que habría elegido el responsable.',
			starters: [
				'¿Qué decisión esperaste por última vez a que otra persona la tomara, y podrías haberla tomado tú?',
				'¿Qué resolverías hoy para un cliente si supieras que nadie lo iba a cuestionar?',
				'¿Dónde te falta una herramienta o una habilidad para hacer bien tu trabajo?'
			]
		}
	},
	internal_support: {
		en: {
			meaning:
				'How well the other departments this team depends on serve it: on time, at the right quality, and treating the team as their customer.',
			strongTeams:
				'Name their few key providers, agree with each what good service looks like, and raise problems with them directly and early instead of working around them.',
			starters: [
				'Which department did we wait on most this month, and what did it cost our customers?',
				'Do we know whom to ask in each department we depend on?',
				'What one thing could we ask a provider to change, and who will ask?'
			]
		},
		es: {
			meaning:
				'Lo bien que atienden a este equipo los departamentos de los que depende: a tiempo, con la calidad necesaria y tratándolo como a su cliente.',
			strongTeams:
				'Identifican a sus pocos proveedores clave, acuerdan con cada uno qué es un buen servicio y plantean los problemas directamente y pronto en lugar de sortearlos.',
			starters: [
				'¿A qué departamento esperamos más este mes y qué les costó a nuestros clientes?',
				'¿Sabemos a quién acudir en cada departamento del que dependemos?',
				'¿Qué cambio concreto podríamos pedir a un proveedor, y quién lo pedirá?'
			]
		}
	},
	morale: {
		en: {
			meaning:
				'The energy and pride people bring to work, the mood in the team, and how they see the team’s future.',
			strongTeams:
				'Talk openly about what drains them, celebrate finished work together, and share what is coming so that nobody learns about changes from rumours.',
			starters: [
				'What gave you energy at work this month, and what took it away?',
				'What are we proud of that people outside the team do not see?',
				'What do you wish you knew about where the team is heading?'
			]
		},
		es: {
			meaning:
				'La energía y el orgullo con que las personas trabajan, el ambiente del equipo y cómo ven su futuro.',
			strongTeams:
				'Hablan abiertamente de lo que les desgasta, celebran juntos el trabajo terminado y comparten lo que viene para que nadie se entere de los cambios por rumores.',
			starters: [
				'¿Qué te dio energía en el trabajo este mes y qué te la quitó?',
				'¿De qué estamos orgullosos que no se ve desde fuera del equipo?',
				'¿Qué te gustaría saber sobre hacia dónde va el equipo?'
			]
		}
	},
	recognition: {
		en: {
			meaning:
				'Whether good work is noticed and thanked, recognition is fair, and people see a way to grow.',
			strongTeams:
				'Thank specific work soon after it happens, let peers recognise each other, and talk with each person about their next step at least twice a year.',
			starters: [
				'Whose work this month deserves a thank-you that it has not had yet?',
				'Does recognition here go to the visible work or to the useful work?',
				'What would a next step look like for you in the coming year?'
			]
		},
		es: {
			meaning:
				'Si el buen trabajo se ve y se agradece, si el reconocimiento es justo y si las personas ven cómo crecer.',
			strongTeams:
				'Agradecen trabajos concretos poco después de hacerse, dejan que los compañeros se reconozcan entre sí y hablan con cada persona de su siguiente paso al menos dos veces al año.',
			starters: [
				'¿Qué trabajo de este mes merece un agradecimiento que aún no ha recibido?',
				'¿Aquí se reconoce el trabajo que se ve o el trabajo que sirve?',
				'¿Cómo sería para ti un siguiente paso en el próximo año?'
			]
		}
	},
	workload: {
		en: {
			meaning:
				'Whether the work fits the time, people can do it well rather than just fast, switch off after work, and know what comes first.',
			strongTeams:
				'Keep a short, shared list of priorities, say openly what they will stop doing when something new arrives, and protect time off.',
			starters: [
				'What are we doing that we could stop without customers noticing?',
				'When did you last have time to do a task as well as you wanted?',
				'Is it clear what comes first when everything is urgent?'
			]
		},
		es: {
			meaning:
				'Si el trabajo cabe en el tiempo, si se puede hacer bien y no solo rápido, si se puede desconectar al acabar y si está claro qué va primero.',
			strongTeams:
				'Mantienen una lista corta y compartida de prioridades, dicen abiertamente qué dejarán de hacer cuando llega algo nuevo y protegen el tiempo libre.',
			starters: [
				'¿Qué hacemos que podríamos dejar sin que los clientes lo notaran?',
				'¿Cuándo tuviste tiempo por última vez para hacer una tarea tan bien como querías?',
				'¿Está claro qué va primero cuando todo es urgente?'
			]
		}
	},
	manager_support: {
		en: {
			meaning:
				'Whether people’s manager clears obstacles out of their way, backs the decisions they make with customers, and asks what they need.',
			strongTeams:
				'Have a manager who asks regularly what is in the way, acts on the answer, and stands behind people who solve a customer’s problem without escalating it.',
			starters: [
				'What is in your way that I could remove this month?',
				'When did you last hold back with a customer because you were unsure I would back you?',
				'What do you need from me that you are not getting?'
			]
		},
		es: {
			meaning:
				'Si el responsable aparta los obstáculos del camino de las personas, respalda las decisiones que toman con los clientes y les pregunta qué necesitan.',
			strongTeams:
				'Tienen un responsable que pregunta a menudo qué les frena, actúa según la respuesta y respalda a quien resuelve el problema de un cliente sin escalarlo.',
			starters: [
				'¿Qué te frena que yo podría quitar de en medio este mes?',
				'¿Cuándo te contuviste con un cliente por no estar seguro de que te respaldaría?',
				'¿Qué necesitas de mí que no estás recibiendo?'
			]
		}
	}
};

export function guidanceFor(driver: string, locale: string): DriverGuidance | null {
	const byLocale = DRIVER_GUIDANCE[driver as LikertDriver];
	if (!byLocale) return null;
	return byLocale[locale as Locale] ?? byLocale.en;
}
