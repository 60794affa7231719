import type { Messages } from './en';

// El catálogo en español: las mismas claves que el inglés (en.ts), comprobadas por el tipo.

const es: Messages = {
	meta: {
		name: 'Español',
		intl: 'es'
	},
	common: {
		rapport: 'Rapport',
		skipToContent: 'Saltar al contenido',
		language: 'Idioma',
		languageSwitch: 'Elige un idioma',
		dash: '—',
		noChange: 'sin cambios',
		save: 'Guardar',
		cancel: 'Cancelar',
		back: 'Volver',
		optional: 'opcional'
	},
	frame: {
		mainNav: 'Principal',
		menu: 'Menú',
		account: 'Cuenta',
		signOut: 'Cerrar sesión',
		groups: { results: 'Resultados', surveys: 'Encuestas', organisation: 'Organización' },
		links: {
			home: 'Inicio',
			company: 'Empresa',
			team: 'Mi equipo',
			results: 'Resultados',
			insights: 'Análisis',
			stories: 'Historias',
			exports: 'Exportaciones',
			pulses: 'Pulsos',
			questions: 'Preguntas',
			outbox: 'Bandeja de salida',
			people: 'Personas',
			departments: 'Departamentos',
			import: 'Importar',
			audit: 'Registro de auditoría',
			signIn: 'Inicio de sesión'
		},
		publicFooter:
			'Rapport guarda las respuestas de las encuestas sin nombres. Los resultados solo aparecen para grupos lo bastante grandes para mantener el anonimato de todos.'
	},
	errors: {
		internal: (reference: string) => `Algo ha fallado por nuestra parte (referencia ${reference}).`,
		notFound: 'Página no encontrada',
		forbidden: 'No permitido',
		unavailable: 'Inténtalo de nuevo en un momento',
		serverError: 'Algo ha fallado',
		badRequest: 'Solicitud no aceptada',
		status: (status: number) => `Error ${status}`,
		backToStart: 'Volver a la página de inicio',
		backHome: 'Volver a tu página de inicio',
		noSuchSurvey: 'No existe esa encuesta.'
	},
	password: {
		problems: {
			too_short: (min: number) => `Usa al menos ${min} caracteres.`,
			too_long: (max: number) => `Usa como máximo ${max} caracteres.`,
			too_common: 'Esta contraseña está entre las más comunes. Elige una más difícil de adivinar.',
			contains_identity: 'No uses tu correo electrónico ni tu nombre como contraseña.'
		},
		notCurrent: 'Esa no es tu contraseña actual.',
		throttled: (minutes: number) =>
			`Demasiados intentos. Espera ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'} y vuelve a intentarlo.`,
		hint: 'Al menos 8 caracteres. Unas cuantas palabras sin relación forman una contraseña fuerte.'
	},
	account: {
		title: 'Tu cuenta',
		signedInAs: 'Sesión iniciada como',
		sessionsHeading: 'Dónde tienes la sesión iniciada',
		signedOutElsewhere: 'Sesión cerrada en todos los demás sitios.',
		nowhereElse: 'No tienes la sesión iniciada en ningún otro sitio.',
		elsewhere: (n: number) =>
			n === 1
				? 'También tienes la sesión iniciada en 1 navegador o dispositivo más.'
				: `También tienes la sesión iniciada en ${n} navegadores o dispositivos más.`,
		ended: (n: number) =>
			n === 1 ? 'Se ha cerrado 1 sesión más.' : `Se han cerrado ${n} sesiones más.`,
		sessionLimits: (hours: string) =>
			`Una sesión termina tras ${hours} horas sin uso y, como mucho, 30 días después de iniciarla.`,
		signOutOthers: 'Cerrar mis otras sesiones',
		languageHeading: 'Idioma',
		languageLabel: 'Mostrar Rapport en',
		languageHint: 'Tus invitaciones a encuestas también llegan en este idioma.',
		languageSave: 'Guardar idioma',
		languageSaved: 'Tu idioma se ha guardado.',
		languageUnknown: 'Elige uno de los idiomas ofrecidos.',
		passwordHeading: 'Cambiar tu contraseña',
		passwordChanged: 'Tu contraseña se ha cambiado.',
		currentPassword: 'Contraseña actual',
		newPassword: 'Contraseña nueva',
		confirmPassword: 'La contraseña nueva otra vez',
		changePassword: 'Cambiar contraseña',
		passwordNote:
			'Al cambiar tu contraseña se cierra tu sesión en todos los demás navegadores y dispositivos.',
		enterCurrent: 'Escribe tu contraseña actual.',
		chooseNew: 'Elige una contraseña nueva.',
		notSame: 'Las dos contraseñas nuevas no coinciden.',
		signInAgain: 'Vuelve a iniciar sesión.'
	},
	auth: {
		signInTitle: 'Iniciar sesión',
		email: 'Correo electrónico',
		password: 'Contraseña',
		signingIn: 'Iniciando sesión…',
		signIn: 'Iniciar sesión',
		signInWithPassword: 'Iniciar sesión con contraseña',
		signInWith: (provider: string) => `Iniciar sesión con ${provider}`,
		emergencyAccess: 'Acceso de emergencia de RR. HH. (contraseña)',
		or: 'o',
		forgot: '¿Olvidaste tu contraseña? Pide a RR. HH. un enlace para restablecerla.',
		passwordOff: 'Aquí no se puede iniciar sesión con contraseña: usa el inicio de sesión único.',
		throttled: (wait: string) =>
			`Demasiados intentos de inicio de sesión desde aquí. Para proteger las cuentas, espera ${wait} y vuelve a intentarlo.`,
		seconds: (n: number) => (n === 1 ? '1 segundo' : `${n} segundos`),
		minutes: (n: number) => (n === 1 ? '1 minuto' : `${n} minutos`),
		incorrect: 'El correo electrónico o la contraseña no son correctos.',
		enterEmail: 'Escribe tu correo electrónico.',
		emailTooLong: 'Ese correo electrónico es demasiado largo.',
		emailLike: 'Escribe un correo electrónico como nombre@ejemplo.com.',
		enterPassword: 'Escribe tu contraseña.',
		choosePassword: 'Elige una contraseña.',
		passwordsDiffer: 'Las dos contraseñas no coinciden.',
		signedOutTitle: 'Sesión cerrada',
		signedOut: 'Has cerrado la sesión de Rapport.',
		providerSignOut: 'Cerrar también la sesión de la cuenta de tu organización',
		signInAgain: 'Volver a iniciar sesión',
		resetTitle: 'Elige una contraseña',
		resetBroken: 'Este enlace no funciona',
		resetHello: (name: string) =>
			`Hola, ${name}. Elige la contraseña con la que iniciarás sesión como`,
		newPassword: 'Contraseña nueva',
		samePassword: 'La misma contraseña otra vez',
		saveAndSignIn: 'Guardar e iniciar sesión',
		resetNote: 'Al iniciar sesión así se cierra tu sesión en todos los demás dispositivos.',
		resetUsed:
			'El enlace ya se usó, ha caducado o se sustituyó por otro más reciente. Pide a RR. HH. un enlace nuevo.',
		goToSignIn: 'Ir al inicio de sesión',
		setupTitle: 'Configurar Rapport',
		setupIntro:
			'Bienvenida. Crea la primera cuenta de RR. HH.: dirige el programa, gestiona la organización e invita a todos los demás. Esta página desaparece cuando se ha hecho.',
		organisationName: 'Nombre de la organización',
		yourName: 'Tu nombre',
		workEmail: 'Tu correo electrónico del trabajo',
		createHr: 'Crear la cuenta de RR. HH.',
		enterOrganisation: 'Escribe el nombre de tu organización.',
		enterName: 'Escribe tu nombre.',
		atMost: (n: number) => `Usa como máximo ${n} caracteres.`,
		ssoFailedTitle: 'Inicio de sesión no completado',
		backToSignIn: 'Volver al inicio de sesión',
		signingInTitle: 'Iniciando sesión',
		signingYouIn: 'Iniciando tu sesión…'
	},
	measures: {
		names: {
			empowerment: 'Autonomía',
			internal_support: 'Apoyo interno recibido',
			morale: 'Moral',
			recognition: 'Reconocimiento',
			workload: 'Carga de trabajo',
			manager_support: 'Apoyo del responsable',
			enps: 'eNPS',
			internal_service: 'Valoración del servicio interno',
			comment: 'Comentario abierto',
			participation: 'Participación'
		},
		internalServiceReceived: 'NPS interno recibido',
		short: {
			internal_support: 'Apoyo int.',
			manager_support: 'Responsable',
			internal_service: 'NPS int.'
		}
	},
	home: {
		title: 'Inicio',
		hello: (name: string) => `Hola, ${name}`,
		linkShown: (programme: string, date: string) =>
			`RR. HH. vio tu enlace de la encuesta de ${programme} el ${date}.`,
		linkShownAdvice:
			'Si no lo pediste, puede que otra persona haya respondido en tu lugar: coméntalo con RR. HH. o con la representación de la plantilla.',
		openPulses: 'Tus pulsos abiertos',
		noOpenPulse:
			'Ahora mismo no tienes ningún pulso abierto. Cuando se abra uno lo encontrarás aquí y recibirás una invitación.',
		openUntil: (date: string) => `abierto hasta el ${date}`,
		answered: 'Ya has respondido a esta ronda, gracias.',
		answerNow: 'Responder ahora',
		isOpen: 'está abierto a tus respuestas.',
		continue: 'Continuar',
		privacy:
			'Tus respuestas se guardan sin tu nombre y los resultados solo se muestran para grupos lo bastante grandes para que nadie pueda ser identificado.',
		departmentsYouLead: 'Departamentos que diriges',
		customerFacing: 'De cara al cliente',
		people: (n: string, count: number) => (count === 1 ? `${n} persona` : `${n} personas`),
		inDepartments: (n: string) => `en ${n} departamentos`,
		runProgramme: 'Dirigir el programa',
		activePeople: (n: string) => `${n} activas`,
		deactivated: (n: string) => `, ${n} desactivadas`,
		departmentsInTree: (n: string) => `${n} departamentos en el organigrama`,
		pulseProgrammes: 'Programas de pulso',
		pulseProgrammesNote: 'Calendarios, rondas e invitaciones',
		questionBank: 'Banco de preguntas',
		questionBankNote: 'Las preguntas de los pulsos, en inglés y en español',
		outboxNote: 'Invitaciones y recordatorios que Rapport ha enviado o tiene en cola',
		teamWork: 'En qué trabaja tu equipo tras la última encuesta',
		teamWorkIntro:
			'Las áreas de mejora que tus responsables eligieron a partir de los resultados, y lo que están haciendo al respecto.',
		afterRound: (round: string) => `tras la ronda del ${round}`,
		storyPrompt: '¿Otro departamento te ayudó a atender a un cliente?',
		storyPromptText:
			'Dales las gracias con una historia breve: quién ayudó, qué pasó, qué supuso para el cliente. Fírmala o quédate en el anonimato.',
		tellStory: 'Contar una historia de servicio',
		readStories: 'Leer las historias'
	},
	actions: {
		status: {
			planned: 'Prevista',
			in_progress: 'En curso',
			done: 'Hecha',
			dropped: 'Descartada'
		},
		none: 'Todavía no hay acciones.',
		overdue: 'Atrasada',
		noOwner: 'Sin responsable todavía',
		due: (date: string) => `para el ${date}`
	},
	pager: {
		label: 'Páginas',
		previous: 'Anterior',
		next: 'Siguiente',
		pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`
	},
	redirecting: 'Redirigiendo…',
	figures: {
		nothingToDraw: (label: string, reasons: string) =>
			`${label}: no hay nada que dibujar, todas las cifras están ocultas (${reasons}).`,
		hidden: {
			fewer_than_k: (k: number) => `menos de ${k} respuestas`,
			protects_smaller_group: () => 'oculto para que no se pueda deducir un grupo más pequeño',
			not_asked: () => 'no se preguntó en esta ronda',
			group_changed: () => 'el grupo cambió justo antes de la ronda'
		},
		marks: {
			fewer_than_k: (k: number) => `<${k}`,
			protects_smaller_group: () => 'oculto',
			not_asked: () => '–',
			group_changed: () => 'cambió'
		},
		notAskedMark: 'no preguntado',
		hiddenMarks: 'Ocultos:',
		hiddenFigures: 'Cifras ocultas:',
		hidden1: 'Oculto:',
		since: (round: string) => `desde ${round}`,
		noComparison: (round: string) => `sin comparación con ${round}:`,
		firstTime: 'primera vez que se pregunta',
		noFigure: 'sin cifra',
		points: ' puntos',
		showTable: 'Ver las cifras en una tabla',
		inTableBelow: 'Las cifras están en la tabla de abajo.',
		theFigures: (label: string) => `${label}: las cifras`,
		round: 'Ronda'
	},
	results: {
		title: 'Resultados de la empresa',
		none: 'Todavía no se ha cerrado ningún pulso. Cuando se cierre uno, todo el mundo verá aquí los resultados de la empresa.',
		whoAnswered: 'Quién respondió',
		answeredOf: (responded: string, invited: string, round: string, rate: string) =>
			`${responded} de ${invited} personas respondieron al pulso del ${round} (${rate}).`,
		thanks: (k: number) =>
			`Gracias. Los resultados solo se muestran para grupos de al menos ${k} personas, nunca mientras un pulso está abierto, y nadie puede ver quién respondió qué.`,
		howWeFeel: 'Cómo nos sentimos en el trabajo',
		agree: 'de acuerdo o muy de acuerdo',
		favourable: '% favorable',
		driver: 'Factor',
		chartLabel: '% favorable por factor, en toda la empresa',
		chartSummary:
			'La proporción de respuestas de acuerdo o muy de acuerdo, por cada factor preguntado en este pulso.',
		recommend: '¿Recomendaríamos trabajar aquí?',
		enps: (promoters: string, organisation: string, passives: string, detractors: string) =>
			`eNPS: el ${promoters} recomendaría ${organisation} como lugar de trabajo (9–10), el ${passives} es neutral (7–8) y el ${detractors} no lo haría (0–6).`
	},
	survey: {
		skipToQuestions: 'Saltar a las preguntas',
		pulseSurvey: 'Encuesta de pulso',
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
	},
	conversation: {
		conversationsLink: 'Responder a los comentarios y leer las conversaciones',
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
	},
	team: {
		title: 'Salud del equipo',
		noSuchDepartment: 'Ese departamento no existe.',
		roundOf: (round: string, name: string) =>
			`Ronda del ${round} · todas las personas de ${name} y de los departamentos que dependen de él`,
		export: 'Exportar (PDF, Excel, CSV)',
		noRound:
			'Todavía no se ha cerrado ninguna ronda. Los resultados aparecen aquí cuando se cierra la primera, nunca mientras se está respondiendo.',
		noPart: (name: string) => `${name} no participó en esta ronda. Elige otra ronda más arriba.`,
		summary: 'Resumen',
		responses: 'Respuestas',
		ofInvited: (invited: string, rate: string) =>
			`de ${invited} personas invitadas · participó el ${rate}`,
		notAsked: 'No se preguntó en esta ronda.',
		internalNps: 'NPS interno',
		internalNpsNote: 'cómo valoran otros departamentos el apoyo que reciben de este',
		across: (name: string) => `Dentro de ${name}`,
		pooled: (name: string) =>
			`Los departamentos que componen ${name}. Sus miembros directos son demasiado pocos para mostrarlos como grupo: solo se cuentan en la cifra de ${name} de arriba, para que nadie pueda deducir sus respuestas, y las cifras de ${name} abarcan los departamentos que dependen de él.`,
		groups: (name: string) =>
			`Los grupos que componen ${name}: sus miembros directos y cada departamento que depende de él.`,
		breakdownCaption: '% favorable por factor, eNPS y participación por grupo',
		group: 'Grupo',
		participationShort: 'Partic.',
		ownMembers: (name: string) => `${name} (miembros directos)`,
		impactTitle: 'Qué mueve el eNPS aquí',
		impactTooFew: (n: number, name: string) =>
			`El impacto de los factores requiere al menos ${n} personas que respondan en un grupo; ${name} tuvo menos en esta ronda, así que no se muestra.`,
		impactSeries: 'Correlación con el eNPS (r)',
		driver: 'Factor',
		impactLabel: 'Correlación de cada factor con el eNPS',
		impactStrongest: (driver: string, r: string) =>
			`${driver} es el factor más ligado al eNPS aquí (r = ${r}); es una correlación, no una prueba de causa.`,
		impactSummary: 'Cuánto se relaciona cada factor con el eNPS aquí.',
		comments: 'Comentarios',
		noComments: 'Nadie dejó comentarios en esta ronda.',
		commentsOrder: 'Sin ningún orden concreto y sin fechas.',
		commentsHidden: (k: number) =>
			`Los comentarios solo se muestran para grupos de al menos ${k} respuestas. Ocultos:`
	},
	teamDrivers: {
		title: 'Factores',
		highestLowest: (highest: string, lowest: string) =>
			`El más alto en esta ronda: ${highest}; el más bajo: ${lowest}.`,
		askedSummary:
			'Factores preguntados en esta ronda, con el % favorable (de acuerdo o muy de acuerdo).',
		takeTurns: 'Los factores se turnan, así que cada ronda pregunta solo por algunos.',
		tableLabel: 'Puntuaciones de los factores en esta ronda',
		caption: 'Factores: % favorable, cambio y tendencia',
		driver: 'Factor',
		favourable: '% favorable',
		trend: 'Tendencia',
		sparkline: (driver: string, rounds: number) =>
			`${driver} en las últimas ${rounds} rondas; las cifras están en la tabla bajo el gráfico de tendencias`,
		trends: 'Tendencias',
		trendLabel: '% favorable por factor, ronda a ronda',
		trendSummary: (rounds: number) =>
			`% favorable de cada factor en las últimas ${rounds} rondas; una línea discontinua une las rondas que no preguntaron por un factor; un hueco es una ronda cuya cifra está oculta.`,
		npsLabel: 'eNPS y NPS interno recibido, ronda a ronda',
		npsSummary:
			'El eNPS y el NPS interno que dan otros departamentos a este, de −100 a +100 (la línea más oscura es el cero); un hueco es una ronda cuya cifra está oculta.',
		enpsTitle: 'eNPS: ¿recomendaría la gente trabajar aquí?',
		thisRound: 'Esta ronda',
		promoters: 'Promotores (9–10)',
		passives: 'Pasivos (7–8)',
		detractors: 'Detractores (0–6)',
		splitLabel: 'Promotores, pasivos y detractores',
		splitSummary: (promoters: string, passives: string, detractors: string, score: string) =>
			`${promoters} promotores, ${passives} pasivos y ${detractors} detractores: eNPS ${score}.`
	},
	teamService: {
		givesTitle: 'El apoyo que da tu equipo',
		gaveBefore: (name: string) => `Otros departamentos dieron a ${name} un`,
		internalNpsOf: (score: string) => `NPS interno de ${score}`,
		gaveAfter: (
			ratings: string,
			promoters: string,
			passives: string,
			detractors: string,
			mean: string | null
		) =>
			`a partir de ${ratings} valoraciones: ${promoters} promotores, ${passives} pasivos, ${detractors} detractores${mean === null ? '' : `, ${mean} sobre 10 de media`}.`,
		shareOfRatings: '% de las valoraciones',
		reason: 'Motivo',
		reasonsLabel: 'Motivos marcados por los departamentos que valoraron a este equipo',
		reasonsSummary:
			'Lo que marcaron como motivos quienes valoraron a tu equipo, como proporción de sus valoraciones.',
		whatTheyWrote: 'Lo que escribieron',
		noComments: (name: string) => `No hay comentarios sobre ${name} en esta ronda.`,
		commentsAppear: (k: number, name: string) =>
			`Los comentarios aparecen cuando al menos ${k} personas han valorado a ${name}.`,
		ratedHidden: (name: string) =>
			`Cómo valoraron otros departamentos a ${name} como proveedor en esta ronda está oculto:`,
		receivesTitle: 'El apoyo que recibe tu equipo',
		hiddenCount: (reason: string, n: string, count: number) =>
			`${reason} (${n} ${count === 1 ? 'departamento' : 'departamentos'})`,
		providersHidden: (name: string, hidden: string) =>
			`Cómo valoró ${name} a los departamentos de los que depende está oculto: ${hidden}.`,
		department: 'Departamento',
		providersLabel: 'Cómo valora este equipo a los departamentos de los que depende (NPS interno)',
		providersSummary: (name: string, best: string, lowest: string) =>
			`Cómo valora ${name} el apoyo que recibe: ${best} obtiene la mejor valoración y ${lowest}, la más baja.`,
		othersHidden: (hidden: string) =>
			`Otros departamentos están ocultos, incluidos los que nadie de tu equipo valoró: ${hidden}.`
	},
	teamConversations: {
		title: 'Conversaciones',
		heading: (name: string) => `Conversaciones sobre comentarios · ${name}`,
		roundOf: (round: string) => `Ronda del ${round}`,
		intro:
			'Responde a un comentario y solo quien lo escribió podrá leer tu respuesta, mediante el enlace privado que recibió al contestar. Puede responderte sin que nadie sepa quién es. Solo se pueden responder los comentarios que se muestran aquí (de grupos lo bastante grandes para mostrar comentarios); si un grupo se oculta más tarde, también se oculta su conversación.',
		hideFailed: 'No se pudo ocultar ese mensaje.',
		hidden: 'Mensaje ocultado.',
		noRound: 'Todavía no se ha cerrado ninguna ronda.',
		noPart: (name: string) => `${name} no participó en esta ronda.`,
		commentsFrom: (name: string) => `Comentarios de ${name}`,
		tooFewAnswered: 'Ocultos aquí: respondieron demasiado pocas personas para mostrar comentarios.',
		serviceHeading: (name: string) => `Lo que otros departamentos escribieron sobre ${name}`,
		tooFewRated: (name: string) =>
			`Ocultos aquí: demasiado pocas personas valoraron a ${name} para mostrar comentarios.`
	},
	commentReplies: {
		problems: {
			required: 'Escribe primero tu respuesta.',
			too_long: 'Usa menos de 2.000 caracteres.',
			not_shown: 'Este comentario ya no se muestra aquí, así que no se puede responder.',
			no_private_link:
				'Quien lo escribió no tiene enlace privado, así que una respuesta no podría llegarle.'
		},
		writer: 'Autor (anónimo)',
		hiddenByHr: 'Ocultado por RR. HH.',
		hide: 'Ocultar este mensaje',
		sent: 'Respuesta enviada.',
		reply: 'Responder',
		replyAgain: 'Responder de nuevo',
		yourReply: 'Tu respuesta',
		hint: 'Solo quien escribió el comentario puede leerla, mediante su enlace privado. Va firmada con tu función y el registro de auditoría anota que respondiste.',
		notSent: 'No se pudo enviar esta respuesta.',
		send: 'Enviar respuesta',
		noLink: 'Escrito sin enlace privado: ninguna respuesta puede llegar a quien lo escribió.'
	},
	teamActions: {
		title: 'Áreas de mejora',
		back: (name: string) => `${name}: salud del equipo`,
		heading: 'Áreas de mejora y acciones',
		intro: (name: string, max: number) =>
			`${name} · elige hasta ${max} factores o preguntas en los que trabajar tras una ronda y escribe lo que se va a hacer. Todas las personas de ${name} los ven en su página de inicio.`,
		noRound:
			'Todavía no se ha cerrado ninguna ronda. Las áreas de mejora parten de los resultados de una ronda cerrada.',
		afterRound: 'Tras la ronda del',
		show: 'Mostrar',
		remove: 'Quitar',
		removeWhat: (subject: string) => `el área de mejora ${subject}`,
		edit: (title: string) => `Editar «${title}»`,
		save: 'Guardar la acción',
		addAction: 'Añadir una acción',
		add: 'Añadir la acción',
		addFocus: 'Añadir un área de mejora',
		full: (name: string, max: number) =>
			`${name} ya tiene ${max} áreas de mejora en esta ronda, el máximo posible: quita una para elegir otra.`,
		subject: 'Factor o pregunta',
		addFocusButton: 'Añadir el área de mejora'
	},
	filters: {
		department: 'Departamento',
		round: 'Ronda',
		trendsFrom: 'Tendencias desde',
		last12: 'las últimas 12 rondas',
		to: 'hasta',
		chosenRound: 'la ronda elegida',
		show: 'Mostrar'
	},
	heatTable: {
		scrollCue: (columns: number) =>
			`Desplaza la tabla hacia los lados para ver las ${columns} columnas; los nombres de las filas y los encabezados no se mueven.`,
		legend: {
			below: (n: number) => `menos de ${n}`,
			orMore: (n: number) => `${n} o más`,
			between: (from: number, to: number) => `de ${from} a ${to}`
		}
	}
};

export default es;
