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
		rowHidden: (why: string) => `Todas las cifras ocultas: ${why}`,
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
	org: {
		importFromCsv: 'Importar desde CSV',
		details: 'Datos',
		saved: 'Guardado.',
		history: 'Historial',
		noHistory: 'Todavía no hay cambios registrados.',
		fullHistory: 'El historial completo',
		hrBadge: 'RR. HH.',
		deactivated: 'Desactivada',
		archived: 'Archivado',
		customerFacing: 'De cara al cliente',
		internal: 'Interno',
		headOf: (department: string) => `Responsable de ${department}`,
		people: {
			title: 'Personas',
			add: 'Añadir una persona',
			find: 'Buscar personas',
			search: 'Buscar',
			searchPlaceholder: 'Nombre, correo o n.º de empleado',
			department: 'Departamento',
			allDepartments: 'Todos los departamentos',
			status: 'Estado',
			everyone: 'Todas',
			active: 'Activas',
			inactive: 'Desactivadas',
			hrOnly: 'Solo RR. HH.',
			searchButton: 'Buscar',
			clear: 'Quitar filtros',
			nobody: 'No hay ninguna coincidencia.',
			nobodyMatches: (search: string) => `Ninguna persona coincide con «${search}».`,
			showing: (first: string, last: string, total: string) =>
				`Se muestran ${first}–${last} de ${total}`,
			table: 'Personas de la organización',
			name: 'Nombre',
			email: 'Correo electrónico',
			employeeId: 'N.º de empleado',
			roles: 'Funciones'
		},
		personFields: {
			name: 'Nombre',
			email: 'Correo electrónico de trabajo',
			emailHint: 'Lo usa para iniciar sesión.',
			employeeId: 'N.º de empleado (opcional)',
			employeeIdHint:
				'El identificador de tu sistema de RR. HH.; la importación CSV reconoce a las personas por él.',
			department: 'Departamento',
			noDepartment: 'Sin departamento',
			language: 'Idioma',
			languageHint: 'Un código de idioma como en, es o en-GB: lo usan las encuestas y el correo.'
		},
		newPerson: {
			title: 'Añadir una persona',
			crumb: 'Nueva',
			intro:
				'Para quien se incorpora entre dos importaciones. Después, crea un enlace de contraseña en su ficha para que pueda iniciar sesión.',
			submit: 'Añadir la persona'
		},
		person: {
			notFound: 'No existe esa persona.',
			employee: (id: string) => `empleado ${id}`,
			noDepartment: 'sin departamento',
			created: 'Se ha añadido la persona.',
			headsHeading: 'Responsable de departamento',
			notHead: 'No es responsable de ningún departamento.',
			remove: 'Quitar',
			removeAsHead: (path: string) => ` como responsable de ${path}`,
			makeHeadOf: 'Nombrar responsable de',
			makeHead: 'Nombrar responsable',
			headHint:
				'Un responsable ve los resultados de su departamento y de todo lo que depende de él.',
			accessHeading: 'Acceso',
			hasHrBefore: 'Tiene la',
			hrRole: 'función de RR. HH.',
			hasHrAfter:
				': gestiona la organización y el programa y ve los resultados de toda la empresa.',
			noHr: 'Sin función de RR. HH.',
			revokeHr: 'Retirar la función de RR. HH.',
			grantHr: 'Conceder la función de RR. HH.',
			statusHeading: 'Estado',
			activeNote:
				'Activa. Al desactivarla se conserva su historial, se cierran todas sus sesiones y ya no puede iniciar sesión.',
			deactivate: 'Desactivar',
			confirmDeactivate: (name: string) => `Sí, desactivar a ${name}`,
			deactivateConsequence:
				'Se cierran al instante todas sus sesiones y ya no podrá iniciar sesión ni recibir invitaciones. Su historial se conserva y RR. HH. puede reactivarla más adelante.',
			ownAccount: 'Es tu propia cuenta.',
			inactiveNote: 'Desactivada: no puede iniciar sesión. Su historial se conserva.',
			reactivate: 'Reactivar',
			savedDeactivated: 'Desactivada: se han cerrado todas sus sesiones.',
			savedReactivated: 'Reactivada.',
			savedHrGranted: 'Ahora tiene la función de RR. HH.',
			savedHrRevoked: 'Se ha retirado la función de RR. HH.',
			savedHeadAdded: 'Nombrada responsable del departamento.',
			savedHeadRemoved: 'Ya no es responsable de ese departamento.'
		},
		resetLink: {
			heading: 'Contraseña',
			shownOnce: 'Aquí tienes el enlace; solo se muestra esta vez.',
			sendIt: (until: string | null) =>
				`Envíaselo tú: permite a quien lo tenga elegir la contraseña${until ? ` hasta el ${until}` : ''} y funciona una sola vez.`,
			label: 'Enlace de contraseña',
			copy: 'Copiar',
			copied: 'Copiado',
			hasPassword: 'Tiene contraseña.',
			noPassword: 'Todavía no tiene contraseña, así que no puede iniciar sesión.',
			pending: (until: string) =>
				`Un enlace creado antes funciona hasta el ${until}; uno nuevo lo sustituye.`,
			createReset: 'Crear un enlace para restablecer la contraseña',
			createSet: 'Crear un enlace para establecer la contraseña',
			reactivateFirst: 'Reactive a la persona para crear un enlace.'
		},
		departments: {
			title: 'Departamentos',
			add: 'Añadir un departamento',
			intro:
				'El árbol de departamentos tal como se agregan los resultados: un responsable ve su departamento y todo lo que depende de él.',
			hideArchived: 'Ocultar los departamentos archivados',
			showArchived: 'Mostrar los departamentos archivados',
			noneBefore: 'Todavía no hay departamentos.',
			addOne: 'Añade uno',
			or: ' o',
			importOrg: 'importa tu organización',
			noneAfter: 'desde tu sistema de RR. HH.',
			tree: 'Árbol de departamentos',
			department: 'Departamento',
			code: 'Código',
			kind: 'Tipo',
			people: 'Personas',
			head: 'Responsable'
		},
		departmentFields: {
			name: 'Nombre',
			code: 'Código',
			codeHint:
				'Corto y único, como SUP. La importación CSV puede referirse al departamento por él.',
			kind: 'Tipo',
			customerFacingNote: 'atiende a clientes externos',
			internalNote: 'da servicio a otros departamentos'
		},
		newDepartment: {
			title: 'Añadir un departamento',
			crumb: 'Nuevo',
			partOf: 'Depende de',
			topLevel: 'Ninguno: un departamento de primer nivel',
			submit: 'Añadir el departamento'
		},
		department: {
			notFound: 'No existe ese departamento.',
			created: 'Se ha añadido el departamento.',
			activePeople: (n: number, count: string) =>
				n === 1 ? `${count} persona activa` : `${count} personas activas`,
			peopleHere: (here: string, below: string) =>
				`${here} directamente en él; ${below} en él y por debajo.`,
			seeThem: 'Verlas',
			treeHeading: 'Lugar en el árbol',
			moveUnder: 'Mover bajo',
			moveTopLevel: 'Ninguno: convertirlo en departamento de primer nivel',
			moveHint: 'Sus subdepartamentos, personas e historial se mueven con él.',
			move: 'Mover',
			subDepartments: 'Subdepartamentos',
			addSub: 'Añadir un subdepartamento',
			headsHeading: 'Responsables',
			noHeads:
				'Nadie es responsable de este departamento. Nombra a alguien responsable desde su ficha.',
			serviceHeading: 'Servicio interno',
			ratesAny:
				'Su personal puede valorar cualquier departamento en la pregunta de servicio interno.',
			ratesThese: (n: number) =>
				n === 1
					? 'Su personal valora este departamento:'
					: 'Su personal valora estos departamentos:',
			chooseRated: 'Elegir qué departamentos valora',
			archiveHeading: 'Archivar',
			archivedHeading: 'Archivado',
			archivedNote: 'Está fuera del árbol y de los selectores; su historial sigue con él.',
			restore: 'Restaurar',
			archiveNote:
				'Para un departamento que ya no existe. Sus resultados e historial siguen vinculados a él. No debe quedarle personal activo ni subdepartamentos.',
			archive: 'Archivar',
			confirmArchive: 'Sí, archivarlo',
			archiveConsequence:
				'Sale del organigrama y no se puede asignar a nadie; sus resultados e historial se conservan. RR. HH. puede restaurarlo más adelante.',
			savedMoved: 'Movido. Sus personas, subdepartamentos e historial se han movido con él.',
			savedArchived: 'Archivado. Su historial sigue con él.',
			savedRestored: 'Restaurado.'
		},
		services: {
			title: (name: string) => `Servicio interno · ${name}`,
			heading: (name: string) => `Qué departamentos valora ${name}`,
			lead: 'En cada pulso, el personal valora el apoyo que recibe de otros departamentos. Pregúntales solo por los departamentos de los que dependen: la encuesta sigue siendo breve y la matriz de servicio puede mostrar más, porque una pareja por la que no se preguntó a nadie no tiene valoraciones y no necesita protección. Un cambio se aplica desde la ronda siguiente; las rondas abiertas y cerradas conservan la lista con la que se abrieron.',
			saved: 'Guardado. La próxima ronda preguntará por estos departamentos.',
			who: (name: string) => `A quién valora ${name}`,
			any: 'Cualquier departamento (cada persona elige a quién valorar)',
			chosen: 'Solo los departamentos marcados abajo',
			dependsOn: (name: string) => `Departamentos de los que depende ${name}`,
			chooseMode: 'Indica si valora cualquier departamento.',
			unknownDepartment: 'Uno de los departamentos no se reconoce.'
		},
		audit: {
			title: 'Registro de auditoría',
			intro:
				'Cada cambio en departamentos, personas y funciones, claves de API y cargas de satisfacción externa, y cada exportación de resultados: quién lo hizo, cuándo y cómo era antes y después. Las entradas nunca se modifican ni se eliminan.',
			filter: 'Filtrar el registro de auditoría',
			show: 'Mostrar',
			all: 'Todos los cambios',
			types: {
				department: 'Departamentos',
				person: 'Personas y funciones',
				import: 'Importaciones',
				api_key: 'Claves de API',
				external_metrics: 'Satisfacción externa',
				export: 'Exportaciones',
				programme: 'Programas de pulsos',
				report_schedule: 'Informes programados',
				focus_area: 'Áreas de mejora',
				action: 'Acciones',
				conversation: 'Conversaciones',
				story: 'Historias de servicio',
				identity: 'Ajustes de inicio de sesión'
			},
			filterButton: 'Filtrar',
			showEverything: 'Mostrar todo',
			oneImport: 'Solo los cambios de una importación.',
			theImport: 'La importación',
			historyOf: (type: string | null) =>
				type === 'department'
					? 'El historial de un departamento.'
					: type === 'person'
						? 'El historial de una persona.'
						: 'El historial de un registro.',
			noneForFilter: 'No hay cambios registrados para este filtro.',
			noneYet: 'Todavía no hay cambios registrados.',
			pages: 'Páginas',
			newest: 'Más recientes',
			older: 'Entradas anteriores',
			system: 'sistema',
			byImport: 'por importación',
			changedTo: 'cambiado a'
		}
	},
	audit: {
		actions: {
			'department.created': 'Departamento creado',
			'department.updated': 'Departamento modificado',
			'department.moved': 'Departamento movido',
			'department.archived': 'Departamento archivado',
			'department.restored': 'Departamento restaurado',
			'person.created': 'Persona añadida',
			'person.updated': 'Persona modificada',
			'person.deactivated': 'Persona desactivada',
			'person.reactivated': 'Persona reactivada',
			'person.hr_granted': 'Función de RR. HH. concedida',
			'person.hr_revoked': 'Función de RR. HH. retirada',
			'person.head_added': 'Nombrada responsable de departamento',
			'person.head_removed': 'Deja de ser responsable de departamento',
			'person.reset_link_created': 'Enlace para restablecer la contraseña creado',
			'person.password_set': 'Contraseña establecida desde un enlace',
			'person.password_changed': 'Contraseña cambiada por su titular',
			'person.language_changed': 'Idioma cambiado por su titular',
			'import.applied': 'Importación CSV aplicada',
			'api_key.created': 'Clave de API creada',
			'api_key.revoked': 'Clave de API revocada',
			'external_metrics.uploaded': 'Satisfacción externa cargada',
			'external_metrics.received': 'Satisfacción externa recibida por API',
			'export.downloaded': 'Resultados exportados',
			'person.survey_link_shown': 'Enlace de encuesta mostrado a RR. HH.',
			'person.manager_changed': 'Superior cambiado',
			'identity.settings_changed': 'Ajustes del inicio de sesión único cambiados',
			'scim.request': 'Cambio recibido por SCIM',
			'focus_area.created': 'Área de mejora elegida',
			'focus_area.removed': 'Área de mejora retirada',
			'action.created': 'Acción añadida',
			'action.updated': 'Acción modificada',
			'programme.round_opened': 'Ronda abierta manualmente',
			'programme.round_closed': 'Ronda cerrada manualmente',
			'programme.paused': 'Programa en pausa',
			'programme.resumed': 'Programa reanudado',
			'programme.ended': 'Programa finalizado',
			'department.service_providers_set': 'Cambiados los departamentos que valora',
			'conversation.reply': 'Respuesta a un comentario enviada',
			'conversation.hide': 'Mensaje de una conversación ocultado',
			'story.hide': 'Historia de servicio ocultada',
			'report_schedule.created': 'Programación de informes creada',
			'report_schedule.updated': 'Programación de informes modificada',
			'report_schedule.deleted': 'Programación de informes eliminada',
			'report.sent': 'Informe programado enviado'
		},
		fields: {
			employeeId: 'N.º de empleado',
			title: 'Acción',
			owner: 'Responsable',
			dueOn: 'Plazo',
			status: 'Estado',
			notes: 'Notas',
			email: 'Correo electrónico',
			name: 'Nombre',
			department: 'Departamento',
			locale: 'Idioma',
			role: 'Función',
			active: 'Activa',
			headOf: 'Responsable de',
			code: 'Código',
			kind: 'Tipo',
			parent: 'Depende de',
			path: 'Ruta',
			archived: 'Archivado',
			expiresAt: 'Caduca',
			fileName: 'Archivo',
			rows: 'Filas',
			deactivateMissing: 'Importación completa',
			departmentsCreated: 'Departamentos creados',
			departmentsMoved: 'Departamentos movidos',
			peopleCreated: 'Personas añadidas',
			peopleUpdated: 'Personas modificadas',
			peopleMoved: 'Personas movidas',
			peopleReactivated: 'Personas reactivadas',
			peopleDeactivated: 'Personas desactivadas',
			prefix: 'La clave empieza por',
			scopes: 'Permisos',
			revoked: 'Revocada',
			inserted: 'Cifras añadidas',
			updated: 'Cifras sustituidas',
			unchanged: 'Cifras sin cambios',
			metrics: 'Indicadores',
			periods: 'Periodos',
			source: 'Origen',
			apiKey: 'Clave de API',
			format: 'Formato',
			from: 'Desde',
			to: 'Hasta',
			subject: 'Departamentos',
			contents: 'Contenido',
			rounds: 'Rondas',
			via: 'A través de',
			programme: 'Programa',
			invitation: 'Invitación',
			message: 'Mensaje de la bandeja de salida',
			manager: 'Superior',
			method: 'Solicitud',
			resource: 'Recurso',
			issuer: 'Proveedor',
			clientId: 'ID de cliente',
			clientSecret: 'Secreto de cliente',
			displayName: 'Texto del botón',
			ssoOnly: 'Solo inicio de sesión único',
			allowUnknownPeople: 'Cuentas para personas desconocidas',
			breakGlass: 'Cuenta de emergencia',
			label: 'Firmada como',
			roundId: 'Ronda',
			departmentId: 'Departamento',
			rates: 'Departamentos que valora',
			schedule: 'Programación',
			period: 'Periodo',
			files: 'Archivos',
			cadence: 'Frecuencia',
			language: 'Idioma',
			paper: 'Papel'
		},
		values: {
			customer_facing: 'de cara al cliente',
			internal: 'interno',
			hr: 'RR. HH.',
			employee: 'empleado'
		},
		yes: 'sí',
		no: 'no'
	},
	pulses: {
		title: 'Programas de pulsos',
		back: '← Programas de pulsos',
		newProgramme: 'Nuevo programa',
		intro:
			'Un programa envía un pulso breve a sus departamentos con una periodicidad fija. Las rondas se abren y se cierran solas; también puedes abrir o cerrar una manualmente.',
		none: 'Todavía no hay ningún programa. Crea uno para enviar el primer pulso.',
		programme: 'Programa',
		cadenceHeading: 'Periodicidad',
		audience: 'Destinatarios',
		currentRound: 'Ronda actual',
		nextRoundHeading: 'Próxima ronda',
		openUntil: (date: string, opened: string, invited: string, share: string) =>
			`Abierta hasta el ${date}; ${opened} de ${invited} la han abierto (${share})`,
		noneOpen: 'Ninguna abierta',
		archivedDepartment: 'Departamento archivado',
		cadence: {
			monthly: 'Cada mes',
			biweekly: 'Cada dos semanas',
			weekly: 'Cada semana',
			once: 'Una sola vez'
		},
		status: {
			active: 'Activo',
			paused: 'En pausa',
			ended: 'Finalizado',
			open: 'Abierta',
			closed: 'Cerrada'
		},
		form: {
			title: 'Nuevo programa de pulsos',
			needsLook: 'Algunas respuestas necesitan revisión; consulta las notas de abajo.',
			name: 'Nombre',
			namePlaceholder: 'Pulso mensual',
			who: 'A quién se pregunta',
			whoHint: 'Cada departamento que marques incluye sus subdepartamentos.',
			howOften: 'Periodicidad',
			startsOn: 'La primera ronda se abre el',
			startsOnHint: 'Las rondas se abren a las 00:00 UTC.',
			roundLength: 'Cada ronda permanece abierta (días)',
			core: 'Se pregunta en cada ronda',
			perRound: 'Preguntas por ronda',
			perRoundHint: (rotating: number) =>
				`Incluidas las que se preguntan en cada ronda. Los otros ${rotating} ítems rotan para que cada factor aparezca en pocas rondas.`,
			reminders: 'Recordatorios los días',
			remindersHint:
				'Días tras la apertura, p. ej. 2, 4. Solo lo reciben quienes no han abierto su encuesta.',
			anonymity: (scores: number, comments: number) =>
				`Anonimato: las puntuaciones solo se muestran para grupos de al menos ${scores} personas y los comentarios para grupos de al menos ${comments} (la configuración de la organización). Quedan fijados para este programa en cuanto se abre su primera ronda.`,
			create: 'Crear el programa',
			errors: {
				departments: 'Elige departamentos de la lista.',
				name: 'Dé un nombre al programa.',
				atMost: (n: number) => `Usa como máximo ${n} caracteres.`,
				noDepartment:
					'Elige al menos un departamento: se invita a su personal y a todos los que dependen de él.',
				cadence: 'Elige con qué frecuencia se abren las rondas.',
				startsOn: 'Introduce el primer día como fecha.',
				realDate: 'Introduce una fecha válida.',
				past: 'La primera ronda no puede abrirse en el pasado.',
				days: 'Introduce un número de días.',
				wholeDays: 'Introduce un número entero de días.',
				oneDay: 'Una ronda permanece abierta al menos un día.',
				questions: 'Introduce un número de preguntas.',
				whole: 'Introduce un número entero.',
				tooMany: 'Como máximo 40 preguntas por ronda: un pulso debería llevar dos o tres minutos.',
				reminderDays: 'Indica los días como números, p. ej. 3, 6.',
				roundTooLong: (max: number) =>
					`Con esta periodicidad una ronda puede estar abierta como máximo ${max} días, para que se cierre antes de que se abra la siguiente.`,
				roomForRotation: (core: number) =>
					core === 1
						? 'Deja sitio además de la pregunta fija para que roten los demás factores.'
						: `Deja sitio además de las ${core} preguntas fijas para que roten los demás factores.`,
				tooManyReminders: (max: number) => `Como máximo ${max} recordatorios.`,
				reminderRange: (last: number) =>
					`Los días de recordatorio se cuentan desde el día de apertura: entre 1 y ${last}.`,
				departmentGone: 'Uno de los departamentos elegidos ya no existe. Vuelve a elegir.',
				questionGone: 'Una de las preguntas fijas ya no está en el banco de preguntas.'
			}
		},
		detail: {
			notFound: 'No existe ese programa de pulsos.',
			created:
				'Programa creado. Su primera ronda se abrirá según el calendario, o puedes abrirla ahora.',
			settings: 'Configuración',
			asked: 'Se pregunta a',
			peopleNow: (n: number, count: string) =>
				n === 1 ? `${count} persona ahora` : `${count} personas ahora`,
			cadence: 'Periodicidad',
			cadenceLine: (cadence: string, from: string, days: number) =>
				days === 1
					? `${cadence}, desde el ${from}; cada ronda abierta 1 día`
					: `${cadence}, desde el ${from}; cada ronda abierta ${days} días`,
			questions: 'Preguntas',
			questionsLine: (perRound: number, coverage: number) =>
				coverage === 1
					? `${perRound} por ronda; cada factor aparece en todas las rondas`
					: `${perRound} por ronda; cada factor aparece al menos una vez cada ${coverage} rondas`,
			reminders: 'Recordatorios',
			reminderDays: (days: string) => `Días ${days} tras la apertura`,
			noReminders: 'Ninguno',
			anonymity: 'Anonimato',
			anonymityLine: (scores: number, comments: number) =>
				`Puntuaciones a partir de ${scores} respuestas, comentarios a partir de ${comments}`,
			rounds: 'Rondas',
			openRound: (until: string, opened: string, invited: string, share: string) =>
				`Hay una ronda abierta hasta el ${until}: ${opened} de ${invited} personas la han abierto (${share}).`,
			nextOpens: (date: string) => `La próxima ronda se abre el ${date}.`,
			noneScheduled: 'No hay ninguna ronda programada.',
			openNow: 'Abrir una ronda ahora',
			closeNow: 'Cerrar ahora la ronda abierta',
			confirmClose: 'Sí, cerrar la ronda',
			closeConsequence:
				'Nadie podrá responder ya a esta ronda y sus resultados serán definitivos: no se podrá reabrir ni modificar.',
			pause: 'Pausar',
			resume: 'Reanudar',
			end: 'Finalizar el programa',
			confirmEnd: 'Sí, finalizar el programa',
			endConsequence:
				'No se abrirán más rondas y un programa finalizado no se puede reanudar. Una ronda abierta sigue hasta su cierre.',
			roundName: (n: number, date: string) => `Ronda n.º ${n} (${date})`,
			aRound: 'Una ronda',
			tamperedTitle: (round: string) => `${round}: más respuestas que papeletas entregadas.`,
			tampered: (departments: string, count: number) =>
				`${departments} ${count === 1 ? 'tiene' : 'tienen'} más respuestas que personas que abrieron su encuesta. Cada respuesta necesita una papeleta, y las papeletas solo se entregan a las personas invitadas que abren la encuesta: las respuestas se añadieron por otra vía (papeletas creadas con el secreto del servidor o filas escritas directamente en la base de datos). Considere poco fiables los resultados de esta ronda y haga revisar el acceso al servidor y a la base de datos.`,
			revealsHeading: 'Enlaces de encuesta mostrados a RR. HH.',
			revealsIntro:
				'Quien tenga un enlace puede responder en lugar de esa persona. A cada persona se le avisó en su página de inicio.',
			linksShown: (round: string, n: number) =>
				n === 1 ? `${round}: 1 enlace mostrado` : `${round}: ${n} enlaces mostrados`,
			reveal: (person: string, department: string, by: string | null, at: string) =>
				`${person} (${department}), mostrado a ${by ?? 'una antigua cuenta de RR. HH.'} el ${at}`,
			history: 'Historial de rondas',
			historyCaption: 'Rondas de este programa',
			round: 'Ronda',
			opened: 'Apertura',
			closes: 'Cierre',
			status: 'Estado',
			invited: 'Invitadas',
			openedSurvey: 'Han abierto su encuesta',
			linksToHr: 'Enlaces mostrados a RR. HH.',
			byHand: ' (manual)',
			nextQuestions: 'Preguntas de la próxima ronda',
			opened_: (invited: number) =>
				invited === 1
					? 'Ronda abierta: 1 invitación en cola.'
					: `Ronda abierta: ${invited} invitaciones en cola.`,
			closed: 'Ronda cerrada. Sus resultados son definitivos.',
			noneOpenToClose: 'No hay ninguna ronda abierta.',
			refusals: {
				not_active: 'Reanude el programa antes de abrir una ronda.',
				round_open: 'Ya hay una ronda abierta. Ciérrela primero.',
				no_more_rounds: 'Este programa se realiza una sola vez y ya ha tenido su ronda.',
				no_audience:
					'Todavía no hay nadie en los departamentos elegidos, así que no hay a quién invitar.',
				gone: 'El programa ya no existe.'
			},
			commanded: {
				pause:
					'En pausa: no se abrirá ninguna ronda nueva hasta que lo reanudes. Una ronda abierta sigue hasta su cierre.',
				resume: 'Reanudado: la próxima ronda se abrirá según el calendario.',
				end: 'Finalizado: no se abrirán más rondas. Una ronda abierta sigue hasta su cierre.'
			},
			refused: {
				pause: 'Solo se puede pausar un programa activo.',
				resume: 'Solo se puede reanudar un programa en pausa.',
				end: 'El programa ya ha finalizado.'
			}
		}
	},
	questions: {
		title: 'Banco de preguntas',
		back: '← Banco de preguntas',
		intro:
			'Los pulsos toman sus preguntas de aquí. Los ítems de los cinco primeros factores rotan de una ronda a otra; el eNPS, la valoración del servicio interno y el comentario abierto suelen preguntarse en cada ronda. Una pregunta que ya se ha hecho nunca se reformula sobre sí misma: al editarla se crea una versión nueva, de modo que las respuestas anteriores conservan la redacción que vio la gente.',
		inUse: (n: string) => `${n} en uso`,
		noSpanish: '(todavía sin español)',
		retired: 'Retirada',
		askedIn: (n: number) => (n === 1 ? 'preguntada en 1 ronda' : `preguntada en ${n} rondas`),
		version: (n: number) => `v${n}`,
		edit: 'Editar',
		restore: 'Restaurar',
		retire: 'Retirar',
		quoted: (text: string) => ` «${text}»`,
		addHeading: 'Añadir una pregunta',
		driver: 'Factor',
		inEnglish: 'En inglés',
		inSpanish: 'En español',
		statementHint:
			'Una afirmación con la que se está de acuerdo o en desacuerdo, en una escala de 1 a 5.',
		add: 'Añadir la pregunta',
		added: (text: string, driver: string) => `Se ha añadido «${text}» a ${driver}.`,
		gone: 'Esa pregunta ya no existe.',
		retiredDone:
			'Retirada: no se preguntará en las rondas nuevas. Las respuestas anteriores la conservan.',
		restoredDone: 'De vuelta en el banco: las rondas nuevas pueden volver a preguntarla.',
		editTitle: 'Editar la pregunta',
		editMeta: (driver: string, key: string, version: number) =>
			`${driver} · ${key} · versión ${version}`,
		askedAlready: (next: number) =>
			`Esta pregunta ya se ha hecho. Al guardar, esta versión se conserva para las respuestas que recibió y se crea la versión ${next} para las rondas nuevas.`,
		notFound: 'No existe esa pregunta.',
		replaced:
			'Esta redacción se sustituyó mientras la página estaba abierta. Vuelve a abrir la pregunta.',
		writeIn: { en: 'Escribe la pregunta en inglés.', es: 'Escribe la pregunta en español.' },
		tooLong: 'Mantenga la pregunta por debajo de 300 caracteres: la gente responde desde el móvil.',
		chooseDriver: 'Elige el factor que mide esta pregunta.'
	},
	outbox: {
		title: 'Bandeja de salida',
		back: '← Bandeja de salida',
		kinds: { invitation: 'Invitación', reminder: 'Recordatorio' },
		kindsPlural: { invitation: 'Invitaciones', reminder: 'Recordatorios' },
		languages: { en: 'Inglés', es: 'Español' },
		offBefore: 'Rapport no está enviando correo (no se ha configurado',
		offAfter:
			'): los mensajes esperan aquí. Los enlaces de encuesta están ocultos; abre un mensaje para mostrar su enlace. Cada vez que se muestra queda registrado en el registro de auditoría y se avisa a la persona en su página de inicio.',
		smtpBefore: 'El correo se envía a través de',
		smtpAfter:
			'. Una vez entregado un mensaje, solo se conservan el destinatario y el asunto: su texto, con el enlace personal a la encuesta, se elimina.',
		brokenBefore: (problem: string) =>
			`Rapport no puede enviar correo: ${problem}. Los mensajes esperan aquí hasta que se corrija`,
		brokenAfter: 'y se reinicie Rapport.',
		kind: 'Tipo',
		allMessages: 'Todos los mensajes',
		show: 'Mostrar',
		none: 'Todavía no hay mensajes.',
		noneOfKind: 'Todavía no hay mensajes de este tipo.',
		showing: (first: string, last: string, total: string) =>
			`Se muestran ${first}–${last} de ${total}`,
		caption: 'Mensajes, los más recientes primero',
		created: 'Creado',
		to: 'Para',
		subject: 'Asunto',
		status: 'Estado',
		sent: 'Enviado',
		queued: 'En cola',
		retrying: 'Reintentando',
		failed: 'Fallido',
		attemptFailed: (attempt: number, max: number, next: string) =>
			`falló el intento ${attempt} de ${max}; próximo intento: ${next}`,
		afterAttempts: (n: number) => `tras ${n} intentos`,
		language: 'Idioma',
		sentAt: (at: string) => `Enviado el ${at}`,
		queuedSmtp: 'En cola para su envío',
		queuedOff: 'Esperando aquí (el correo está desactivado)',
		attemptFailedLong: (attempt: number, max: number, next: string) =>
			`Falló el intento ${attempt} de ${max}; próximo intento: ${next}`,
		gaveUp: (n: number) => `Falló tras ${n} intentos; Rapport ha dejado de intentarlo`,
		retried: 'El mensaje vuelve a estar en cola y saldrá en breve.',
		linkOf: (name: string) => `Enlace de encuesta de ${name}`,
		revealedNote: (name: string) =>
			`Queda constancia en el registro de auditoría; se avisa a ${name} en su página de inicio. Házselo llegar solo a esa persona y no lo abras tú: quien lo abre responde en su lugar.`,
		confirmTitle: (name: string) => `¿Mostrar el enlace de encuesta de ${name}?`,
		willBeTold: (name: string) => `Se avisará a ${name}`,
		toldDetail: (programme: string) =>
			` en su página de inicio de que RR. HH. ha visto su enlace de encuesta de ${programme}, con la fecha. Queda constancia en el registro de auditoría a su nombre.`,
		answersInPlace: (name: string) => `Quien abra el enlace responde en lugar de ${name}.`,
		showAndTell: (name: string) => `Mostrar el enlace y avisar a ${name}`,
		hidden: 'El enlace personal a la encuesta de este mensaje está oculto.',
		shownBefore: (at: string) => `Se mostró a RR. HH. el ${at}.`,
		showLink: 'Mostrar el enlace…',
		tryAgain: 'Volver a intentarlo',
		bodyRemoved: 'Entregado; el texto se eliminó tras el envío.',
		text: 'Texto',
		personal: (to: string) =>
			`El enlace de encuesta es personal de ${to}: házselo llegar solo a esa persona y no lo abras tú, porque quien lo abre responde en su lugar.`,
		neverShown:
			'Rapport envía el correo directamente, así que el enlace personal a la encuesta nunca se muestra aquí.',
		notFound: 'No existe ese mensaje.',
		notRetrying: 'Este mensaje no está pendiente de reintento.',
		refusals: {
			mail_configured:
				'Rapport envía el correo directamente, así que los enlaces de encuesta nunca se muestran aquí.',
			no_link: 'Este mensaje ya no contiene ningún enlace de encuesta.',
			round_closed: 'La ronda se ha cerrado: este enlace ya no abre ninguna encuesta.'
		}
	},
	settings: {
		title: 'Ajustes de inicio de sesión',
		heading: 'Inicio de sesión',
		lead: 'Permite que las personas inicien sesión con el proveedor de identidad de tu organización (OpenID Connect: Microsoft Entra ID, Google Workspace, Okta, Keycloak…). Los enlaces de encuesta no se ven afectados: las respuestas siguen siendo anónimas, sea cual sea la forma de iniciar sesión.',
		saved: 'Ajustes de inicio de sesión guardados.',
		needsAttention: 'Algunos ajustes necesitan atención; consulta abajo.',
		registerHeading: 'Registra Rapport en tu proveedor',
		redirectUri: 'URI de redirección',
		signOutRedirectUri: 'URI de redirección tras cerrar sesión',
		scopes: 'Ámbitos',
		providerHeading: 'Proveedor de identidad',
		fromEnvBefore: 'Definido por el entorno del servidor (',
		fromEnvIssuer: '): emisor',
		fromEnvClient: ', ID de cliente',
		fromEnvAfter: '. Cámbielo allí.',
		issuer: 'URL del emisor',
		issuerHint:
			'Por ejemplo https://login.microsoftonline.com/<id de inquilino>/v2.0 o https://accounts.google.com',
		clientId: 'ID de cliente',
		clientSecret: 'Secreto de cliente',
		secretStored: 'Hay un secreto guardado; nunca se muestra. Déjelo vacío para conservarlo.',
		secretPublic: 'Déjelo vacío para un cliente público.',
		displayName: 'Texto del botón',
		displayNameHint:
			'Se muestra como «Iniciar sesión con …», por ejemplo «Okta» o «tu cuenta de Contoso».',
		policyHeading: 'Quién puede iniciar sesión y cómo',
		allowUnknown: 'Crear una cuenta para quien el proveedor conoce pero Rapport no',
		allowUnknownHint:
			'Desactivado: solo pueden iniciar sesión las personas que ya están en Rapport (por correo verificado).',
		ssoOnly: 'Solo inicio de sesión único: desactivar el inicio de sesión con contraseña',
		breakGlass: 'Cuenta de emergencia',
		none: 'Ninguna',
		breakGlassHint:
			'La única cuenta de RR. HH. que conserva su contraseña cuando las contraseñas están desactivadas, para cuando el proveedor no funcione.',
		save: 'Guardar los ajustes de inicio de sesión',
		scimHeading: 'Aprovisionamiento (SCIM)',
		scimBefore:
			'Tu proveedor puede mantener sincronizadas las personas y los departamentos: dirige tu cliente SCIM a',
		scimWith: 'con una',
		apiKey: 'clave de API',
		scimThat: 'que tenga el ámbito',
		scimScope: '.',
		errors: {
			atMost: (n: number) => `Usa como máximo ${n} caracteres.`,
			controlCharacter: 'Contiene un salto de línea o un carácter de control.',
			issuerUrl:
				'Introduce la URL del emisor, que empiece por https:// (por ejemplo https://login.example.com).',
			both: 'Introduce el emisor y también el ID de cliente.',
			activeHr: 'Elige una persona activa de RR. HH.',
			providerFirst: 'Configure primero el proveedor de identidad.',
			breakGlass:
				'Elige la cuenta de RR. HH. que podrá seguir iniciando sesión con contraseña por si el proveedor no funciona.'
		}
	},
	exports: {
		title: 'Exportar resultados',
		back: '← Exportar resultados',
		intro:
			'Las mismas cifras que los paneles, con las mismas reglas de anonimato: una cifra oculta nunca se muestra como cero e indica por qué está oculta (demasiadas pocas respuestas, para proteger a un grupo más pequeño, no se preguntó en esa ronda o el grupo cambió justo antes). Cada exportación queda anotada en el registro de auditoría.',
		needsLook: 'Algunas opciones necesitan revisión; consulta las notas de abajo.',
		departments: 'Departamentos',
		wholeCompany: 'Toda la empresa',
		departmentHint: 'Un departamento incluye todo lo que depende de él.',
		period: 'Periodo',
		noRounds:
			'Todavía no se ha cerrado ninguna ronda: los resultados aparecen al cerrarse una ronda.',
		covering: 'Abarca',
		roundsBelow: 'Las rondas elegidas abajo',
		periodHint:
			'Un informe abarca las rondas cerradas que se abrieron en el periodo. Elige «Las rondas elegidas abajo» para cualquier otro intervalo.',
		presets: {
			last_month: 'El mes pasado',
			this_quarter: 'Este trimestre',
			last_quarter: 'El trimestre pasado',
			this_half: 'Este semestre',
			last_half: 'El semestre pasado',
			this_year: 'Este año',
			last_year: 'El año pasado'
		},
		preset: (name: string, key: string, range: string) => `${name} (${key}: ${range})`,
		fromRound: 'Desde la ronda de',
		firstRound: 'la primera ronda cerrada',
		toRound: 'Hasta la ronda de',
		latestRound: 'la última ronda cerrada',
		roundLabel: (month: string, range: string) => `${month} (${range})`,
		contents: 'Contenido',
		contentLabels: {
			drivers: 'Puntuaciones por factor',
			enps: 'eNPS',
			participation: 'Participación',
			internal_service: 'Servicio interno recibido (NPS interno)',
			matrix: 'Matriz de servicio interno',
			service_chain: 'Cadena de servicio: apoyo interno y satisfacción del cliente',
			comments: 'Comentarios (solo RR. HH.)'
		},
		format: 'Formato',
		formats: {
			pdf: 'Informe de dirección en PDF',
			xlsx: 'Libro de Excel',
			csv: 'CSV'
		},
		formatHints: {
			pdf: 'Un resumen ejecutivo redactado, las cifras clave con lo que cambió de forma significativa, cómo respondió la gente, tendencias, mapa de calor y (si se marcan) la matriz y la cadena de servicio del periodo.',
			xlsx: 'Resumen, mapa de calor, tendencias, matriz y método; listo para filtrar y hacer gráficos.',
			csv: 'Filas ordenadas (ronda × departamento × indicador) para tus propias herramientas.'
		},
		pdfPaper: 'Papel del PDF',
		a4: 'A4',
		letter: 'Carta',
		pdfLanguage: 'Idioma del PDF',
		english: 'English',
		spanish: 'Español',
		csv: 'CSV',
		comma: 'Coma, punto decimal (66.8)',
		semicolon: 'Punto y coma, coma decimal (66,8) para hojas de cálculo europeas',
		bom: 'Marcar como UTF-8 para hojas de cálculo (BOM)',
		whatColumnsMean: 'Qué significa cada columna',
		download: 'Descargar',
		recent: 'Tus exportaciones recientes',
		noneYet: 'Todavía ninguna.',
		scheduledHeading: 'Informes programados',
		scheduledNote:
			'Envía el PDF cada mes o cada trimestre: cada responsable de departamento recibe su parte y RR. HH., la de toda la empresa.',
		scheduleOne: 'Programar un informe',
		scriptsHeading: 'Para scripts',
		scriptsNote: 'devuelve el mismo CSV. El README explica cómo llamarlo; el',
		dataDictionary: 'diccionario de datos',
		scriptsAfter: 'explica qué significa cada columna.',
		noRoundInPeriod: 'En este periodo no se abrió ninguna ronda cerrada: elija uno más amplio.',
		forbidden: 'Las exportaciones son para RR. HH. y los responsables de departamento.',
		dictionary: {
			title: 'Diccionario de datos del CSV',
			intro:
				'El CSV de tendencias tiene una fila por ronda × grupo × indicador (× proveedor en la matriz de servicio interno). Las columnas numéricas nunca tienen una celda vacía: donde no hay número, un código de abajo indica por qué.',
			download: 'Descargar este diccionario en CSV',
			dialects: 'Dialectos',
			commaName: 'Coma',
			commaBefore: ': campos separados por',
			commaMiddle: ', punto decimal (',
			commaAfter: '); para pandas, R y hojas de cálculo en inglés.',
			semicolonName: 'Punto y coma',
			semicolonBefore: ': campos separados por',
			semicolonMiddle: ', coma decimal (',
			semicolonAfter:
				'); para hojas de cálculo configuradas en alemán, francés, español u otro idioma europeo. Ambos son UTF-8; las descargas desde el formulario empiezan con una marca de orden de bytes para que las hojas de cálculo lean el texto como UTF-8.',
			inPandas: 'En pandas:',
			addFor: '(añade',
			forSemicolon: 'para el dialecto de punto y coma).',
			columns: 'Columnas',
			column: 'Columna',
			type: 'Tipo',
			meaning: 'Significado',
			missing: 'Números que faltan',
			textColumns:
				'Las columnas de texto (identificadores, códigos, rutas de proveedores) están vacías donde no se aplican, por ejemplo el identificador de departamento en las filas de toda la empresa.',
			reasons: 'Por qué se oculta una cifra (la columna reason)',
			measures: 'Indicadores'
		},
		schedules: {
			title: 'Informes programados',
			intro:
				'Cuando termina un mes o un trimestre, Rapport envía por correo el informe de dirección (PDF) de ese periodo: cada responsable de departamento recibe el de los departamentos que dirige y RR. HH., el de toda la empresa. Cada envío queda anotado en el registro de auditoría.',
			backToExports: 'Volver a exportaciones',
			saved: 'Guardado.',
			howOften: 'Periodicidad',
			cadences: {
				monthly: 'Mensual, al terminar cada mes',
				quarterly: 'Trimestral, al terminar cada trimestre'
			},
			language: 'Idioma',
			paper: 'Papel',
			newSchedule: 'Nueva programación',
			schedule: 'Programar',
			schedules: 'Programaciones',
			none: 'No hay ningún informe programado.',
			created: 'Creada el',
			nextCovers: (last: string | null) =>
				`; el próximo informe abarca el periodo posterior a ${last ?? 'ninguno todavía'}.`,
			delete: 'Eliminar esta programación',
			notFound: 'No existe esa programación.'
		}
	},
	imports: {
		title: 'Importar desde el sistema de RR. HH.',
		heading: 'Importar desde tu sistema de RR. HH.',
		lead: 'Sube la lista de personas que exporta tu sistema de RR. HH. Verás exactamente qué cambiaría, y cada fila con un problema, antes de que cambie nada.',
		crumb: 'Importar',
		uploadHeading: 'Subir un archivo',
		tooLarge: (size: string, max: string) =>
			`El archivo ocupa ${size}: el máximo que se acepta aquí es ${max}.`,
		fileLabel: 'Archivo CSV o Excel',
		fileHint: (max: string) =>
			`CSV (UTF-8, UTF-16 o Windows-1252; separado por comas, puntos y coma o tabuladores) o un libro de Excel (.xlsx), de hasta ${max}.`,
		reading: 'Leyendo el archivo…',
		upload: 'Subir y ver la vista previa',
		nothingYet: 'No cambia nada hasta que revises la vista previa y la apliques.',
		template: 'Descargar la plantilla',
		current: 'Descargar la organización actual',
		currentNote: 'en el mismo formato, para editarla y volver a importarla',
		fileHeading: 'El archivo',
		exportFrom: 'Una exportación de',
		vendors: 'BambooHR, Workday, Personio, HiBob o Rippling',
		vendorsAfter:
			', o cualquier lista de personas: Rapport deduce qué significa cada columna y tú lo confirmas antes de la vista previa. Las columnas de abajo se leen directamente, sin ese paso.',
		oneRow:
			'Una fila por persona, con una fila de encabezado al principio. Columnas en cualquier orden; las demás se ignoran.',
		required: 'obligatoria',
		columns: {
			employee_id:
				'El identificador del sistema de RR. HH. Las personas se reconocen por él o, si está vacío, por el correo.',
			email: 'Correo de trabajo; también el que usan para iniciar sesión.',
			name: 'Nombre completo.',
			department:
				'La ruta de un departamento, como Operaciones/Atención al cliente (los departamentos que falten se crean), o un código de departamento, como SUP.',
			head_of: 'Departamentos de los que es responsable: códigos o rutas separados por «;».',
			locale: 'Idioma, como en, es o en-GB.',
			role: '«employee» o «hr». Si está vacío se mantiene la función actual.',
			status:
				'«active», «inactive», «terminated» u «on leave»: quien no está trabajando se desactiva, nunca se elimina. Vacío significa activa.'
		},
		recent: 'Importaciones recientes',
		noneYet: 'Todavía no se ha subido ningún archivo.',
		recentCaption: 'Importaciones recientes, las más nuevas primero',
		uploaded: 'Subida',
		file: 'Archivo',
		by: 'Por',
		rows: 'Filas',
		status: 'Estado',
		statuses: { previewed: 'Vista previa', applied: 'Aplicada', discarded: 'Descartada' },
		problems: (n: number, count: string) => (n === 1 ? `${count} problema` : `${count} problemas`),
		preview: {
			title: 'Vista previa de la importación',
			crumb: 'Vista previa',
			uploaded: (at: string, by: string | null) =>
				by ? `Subida el ${at} por ${by}` : `Subida el ${at}`,
			rows: (n: number, count: string) => (n === 1 ? `${count} fila` : `${count} filas`),
			excel: 'Libro de Excel',
			tabs: 'separado por tabuladores',
			separatedBy: (delimiter: string) => `separado por «${delimiter}»`,
			applied: (at: string) => `Aplicada el ${at}.`,
			departmentsCreated: (n: number) =>
				n === 1 ? '1 departamento creado' : `${n} departamentos creados`,
			departmentsMoved: (n: number) =>
				n === 1 ? '1 departamento movido' : `${n} departamentos movidos`,
			peopleAdded: (n: number) => (n === 1 ? '1 persona añadida' : `${n} personas añadidas`),
			peopleChanged: (n: number) =>
				n === 1 ? '1 persona modificada' : `${n} personas modificadas`,
			peopleDeactivated: (n: number) =>
				n === 1 ? '1 persona desactivada' : `${n} personas desactivadas`,
			nothingNeeded: 'No hacía falta cambiar nada.',
			seeTree: 'Ver el árbol de departamentos',
			seeAudit: 'Ver cada cambio en el registro de auditoría',
			discarded: 'Esta importación se descartó. No se cambió nada.',
			expired: 'Esta vista previa tiene más de un día.',
			uploadAgain: 'Vuelve a subir el archivo',
			forFresh: 'para obtener una nueva.',
			problemsIn: (n: number) =>
				n === 1 ? '1 problema en el archivo.' : `${n} problemas en el archivo.`,
			fixFirst:
				'No se puede aplicar nada hasta corregirlos: corrige las filas indicadas abajo en tu sistema de RR. HH. o en tu hoja de cálculo y vuelve a subir el archivo.',
			matches: 'Este archivo coincide con la organización: no hay nada que cambiar.',
			notInFileNote: (n: number) =>
				n === 1
					? '1 persona activa no está en el archivo; una importación completa la desactivaría.'
					: `${n} personas activas no están en el archivo; una importación completa las desactivaría.`,
			asWhenApplied: 'La vista previa, tal como estaba al aplicarla',
			asWhenDiscarded: 'La vista previa, tal como estaba al descartarla',
			tiles: {
				newDepartments: 'Departamentos nuevos',
				departmentMoves: 'Departamentos que se mueven',
				created: 'Personas nuevas',
				moved: 'Personas que cambian de departamento',
				updated: 'Personas con otros cambios',
				reactivated: 'Reactivadas',
				deactivated: 'Desactivadas (no trabajan)',
				unchanged: 'Sin cambios',
				notInFile: 'No están en el archivo'
			},
			apply: 'Aplicar',
			fullImport: (n: number) =>
				n === 1
					? 'Importación completa: desactivar también a la persona que no está en el archivo'
					: `Importación completa: desactivar también a las ${n} personas que no están en el archivo`,
			fullImportHint:
				'Conservan su historial y se pueden reactivar; sus sesiones se cierran al instante. Deja esta casilla sin marcar si el archivo solo incluye una parte de la organización.',
			allOrNothing:
				'Se aplica todo de una vez o no se aplica nada. El registro de auditoría anota cada cambio.',
			applying: 'Aplicando…',
			applyImport: 'Aplicar la importación',
			discard: 'Descartar',
			discardUpload: 'Descartar esta subida',
			uploadAnother: 'Subir otro archivo'
		}
	},
	team: {
		title: 'Salud del equipo',
		noSuchDepartment: 'No existe ese departamento.',
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
	},

	// ── The company view: /company, its heat map, service matrix, provider list, section menu,
	// and the per-question results (QuestionResults). Add sections here, before the next line.
	company: {
		title: 'Vista de empresa',
		roundOf: (round: string, scope: string) => `Ronda del ${round} · ${scope}`,
		theWholeCompany: 'toda la empresa',
		notInRound: 'Ese departamento no participó en esta ronda.',
		noRound:
			'Todavía no se ha cerrado ninguna ronda. Los resultados aparecen aquí cuando se cierra la primera; empieza un programa en',
		sectionsLabel: 'Secciones de la vista de empresa',
		sections: {
			heatmap: 'Mapa de calor',
			actions: 'Acciones',
			matrix: 'Matriz de servicio',
			impact: 'Qué mueve el eNPS'
		},
		enpsNote: 'promotores menos detractores, de −100 a +100',
		internalNpsNote: 'todas las valoraciones del servicio interno de la empresa juntas',
		participationTitle: 'Participación por departamento',
		tookPart: 'Participó',
		participationLabel: 'Proporción de personas invitadas que respondieron, por departamento',
		participationSummary: 'Proporción de personas invitadas que respondieron, por departamento.',
		lowestParticipation: (name: string, rate: string) =>
			`La participación más baja: ${name} (${rate}).`,
		trendLabel: (scope: string) => `% favorable por factor, ronda a ronda, ${scope}`,
		trendSummary: (rounds: number, scope: string) =>
			`% favorable de cada factor de ${scope} en ${rounds} rondas; los factores se turnan, así que una línea discontinua une las rondas que no preguntaron por uno; un hueco es una ronda cuya cifra está oculta.`,
		participationSeries: 'Participación (%)',
		enpsTrendLabel: (scope: string) => `eNPS y participación, ronda a ronda, ${scope}`,
		enpsTrendSummary:
			'El eNPS (de −100 a +100, la línea más oscura es el cero) y la proporción de personas invitadas que respondieron; un hueco es una ronda cuya cifra está oculta.',
		impactTooFew: (n: number, scope: string) =>
			`El impacto de los factores requiere al menos ${n} personas que respondan; en ${scope} hubo menos en esta ronda.`,
		impactSummary:
			'Cuánto se relaciona cada factor con el eNPS entre quienes respondieron (r de Pearson); es una correlación, no una prueba de causa.'
	},
	companyHeatmap: {
		all: (name: string) => `${name} (en total)`,
		ownMembersCounted: (name: string) => `${name} (miembros directos, contados arriba)`,
		ownMembers: 'miembros directos',
		ownMembersCountedAxis: 'miembros directos (contados arriba)',
		label: 'Mapa de calor de los departamentos por factor (% favorable), eNPS y participación',
		summary: (drivers: string) =>
			`El % favorable de cada departamento por factor (${drivers}), su eNPS y su participación; las celdas grises están ocultas para proteger el anonimato, y cada una indica por qué.`,
		tableLabel: 'Ver el mapa de calor como tabla, con enlaces a cada equipo',
		colours: 'Colores, % favorable:',
		enpsColours: (below: string, orMore: string) =>
			`· eNPS: de menos de ${below} a ${orMore} o más, con los mismos colores.`,
		pooled: (k: number) =>
			`Miembros directos «contados arriba»: un departamento con menos de ${k} miembros directos invitados (su responsable y el personal por encima de sus equipos) no los muestra como grupo; solo cuentan en la cifra de arriba, y la fila del departamento abarca los departamentos que dependen de él.`
	},
	companyMatrix: {
		title: 'Matriz de servicio interno',
		levelsLabel: 'Filas de la matriz',
		rows: 'Filas:',
		levels: { divisions: 'divisiones', departments: 'departamentos' },
		introDivisions:
			'NPS interno (de −100 a +100) que todas las personas de cada división (filas) dieron a los departamentos de los que dependen (columnas).',
		introDepartments:
			'NPS interno (de −100 a +100) que los miembros directos de cada departamento (filas) dieron a los departamentos de los que dependen (columnas).',
		bestLowest: (best: string, lowest: string) =>
			`Mejor valorado en conjunto: ${best}; el más bajo: ${lowest}.`,
		rowsOmitted: (n: string) =>
			`Hay ${n} departamentos a la vista: demasiadas filas para leerlas en una sola cuadrícula, así que aquí solo se muestra lo que recibió cada proveedor. Elige un departamento arriba para ver cómo valoran sus equipos a cada proveedor, o exporta la matriz completa desde la página Exportaciones.`,
		caption: 'NPS interno por cliente (filas) y proveedor (columnas)',
		ratedBy: 'Valorado por',
		all: 'Todos',
		allTitle: 'Todos los proveedores juntos',
		everyone: 'Todas las personas',
		everyoneNote: 'el NPS interno de cada proveedor',
		whyHidden: (k: number) =>
			`Una celda necesita ${k} personas que valoren; se ocultan más para que ninguna pueda deducirse de las demás, y el NPS interno de cada proveedor (Todas las personas) es lo último que se oculta. Por defecto se muestran las filas con más celdas visibles.`,
		nobodyAsked: 'No se preguntó a nadie por él en esta ronda.',
		fromEveryone: 'NPS interno de todas las personas:',
		notAskedAbout: {
			divisions: (n: number, count: string) =>
				`No se preguntó por él a ${count} ${n === 1 ? 'división' : 'divisiones'}.`,
			departments: (n: number, count: string) =>
				`No se preguntó por él a ${count} ${n === 1 ? 'departamento' : 'departamentos'}.`
		}
	},
	questionResults: {
		title: 'Pregunta por pregunta',
		intro:
			'Cada pregunta de esta ronda: el % que está de acuerdo (4 o 5), cómo se reparten las respuestas de muy en desacuerdo a muy de acuerdo, y la diferencia con toda la empresa y con la última ronda de tu equipo que la preguntó.',
		answers: ['Muy en desacuerdo', 'En desacuerdo', 'Neutral', 'De acuerdo', 'Muy de acuerdo'],
		company: 'Empresa:',
		favourable: (share: string) => `${share} favorable`,
		yourTeam: (change: string) => `; tu equipo, ${change} puntos`,
		vsCompany: (change: string) => `${change} frente a la empresa`,
		companyNotShown: 'la cifra de la empresa no se muestra',
		noEarlier: 'no hay una cifra anterior con la que comparar'
	},

	// ── Insights: /insights and its parts, /insights/data, /insights/api-keys, the scatter chart.
	// Add sections here, before the next line.
	insights: {
		heading: 'Servicio interno y satisfacción de los clientes',
		forbidden: 'Los análisis son para RR. HH. y los responsables de departamento.',
		chainHeading: 'La cadena servicio-beneficio',
		chainIdea:
			'La cadena servicio-beneficio es la idea de que las personas bien atendidas por sus compañeros atienden mejor a sus propios clientes, de modo que el buen servicio dentro de una empresa se traduce en clientes satisfechos fuera de ella. Esta página contrasta esa idea con tus propias cifras: ¿los departamentos que valoran mucho la ayuda que reciben de otros departamentos tienen también clientes más satisfechos?',
		chainNote: (notEnough: string) =>
			`Cada punto de abajo es un departamento; su cifra interna superó el umbral de anonimato en todos los meses usados. Una relación solo se califica como algo más que «${notEnough}» cuando su intervalo del 95 % es estrecho y no incluye el cero.`,
		addFigures: 'Añadir cifras externas (CSV)',
		evidence: {
			notAvailable: 'no disponible',
			notEnough: 'todavía no hay pruebas suficientes',
			positive: 'positiva',
			negative: 'negativa',
			strong: (direction: string) => `fuerte, ${direction}`,
			atLeast: (direction: string, size: string) => `${direction}, al menos ${size}`,
			possiblyNegligible: (direction: string) => `${direction}, aunque quizá despreciable`,
			sizes: { moderate: 'moderada', weak: 'débil' }
		},
		interval: (low: string, high: string) => `[${low}; ${high}]`,
		internalNpsGiven: 'NPS interno dado a los proveedores',
		internalNpsUnit: 'NPS interno',
		units: {
			nps: 'NPS',
			satisfied: '% de satisfechos',
			meanOn: (scale: string) => `media en ${scale}`,
			percent: 'porcentaje'
		},
		sameMonth: 'El mismo mes',
		monthsLater: (n: number) => (n === 1 ? '1 mes después' : `${n} meses después`),
		filters: 'Qué comparar',
		internalFigure: 'Cifra interna',
		customerFigure: 'Cifra de clientes',
		customersMeasured: 'Clientes medidos',
		roundsFrom: 'Rondas desde',
		roundsTo: 'hasta',
		show: 'Mostrar',
		showingDefaults: (problems: string) => `${problems} Se muestran los valores predeterminados.`,
		queryProblems: {
			metric: (choices: string) => `«metric» debe ser uno de estos valores: ${choices}.`,
			internal: (choices: string) => `«internal» debe ser uno de estos valores: ${choices}.`,
			day: (name: string, first: string, last: string) =>
				`«${name}» debe ser un día del calendario, AAAA-MM-DD, entre ${first} y ${last}.`,
			lag: (choices: string) => `«lag» debe ser uno de estos valores: ${choices} (meses).`,
			order: '«from» no puede ser posterior a «to».'
		},
		notCausation: 'Correlación no implica causalidad.',
		notCausationText:
			'Que dos cifras estén relacionadas indica que se mueven juntas, no que una cause la otra; ambas pueden depender de otra cosa, y la relación puede ir en los dos sentidos.',
		compared: 'Departamentos comparados',
		notEnoughTitle: 'No hay suficientes departamentos.',
		notEnoughText: (n: number, count: string, minimum: string) =>
			`${n === 0 ? 'Ningún departamento tiene' : n === 1 ? `Solo ${count} departamento tiene` : `Solo ${count} departamentos tienen`} a la vez una cifra de clientes y una cifra interna que haya superado el umbral de anonimato en estos meses. Se necesitan al menos ${minimum} para que Rapport muestre una correlación.`,
		pearson: 'Correlación (r de Pearson)',
		r: 'r',
		interval95: 'Intervalo del 95 %',
		departmentsN: 'Departamentos (n)',
		spearman: 'Correlación de rangos (Spearman)',
		scatterLabel: (x: string, y: string) => `Dispersión de los departamentos: ${x} frente a ${y}`,
		scatterSummary: (n: string, r: string, ci: string, says: string) =>
			`En ${n} departamentos, cada uno ponderado por las personas que respondieron en sus meses, r = ${r} (intervalo del 95 % ${ci}): ${says}.`,
		fitRises: (slope: string, yUnit: string, xUnit: string) =>
			` La recta ajustada, ponderada del mismo modo, sube ${slope} puntos de ${yUnit} por cada punto de ${xUnit}.`,
		unitsWithheld: (n: number, count: string) =>
			n === 1
				? `${count} departamento más entra en las cifras pero no se muestra por separado: solo ves tus propios departamentos.`
				: `${count} departamentos más entran en las cifras pero no se muestran por separado: solo ves tus propios departamentos.`,
		quartilesLead: 'Cuartil superior frente a cuartil inferior:',
		quartiles: (
			n: number,
			size: string,
			measure: string,
			top: string,
			unit: string,
			bottom: string
		) =>
			n === 1
				? `el departamento con la cifra más alta de ${measure} promedia ${top} ${unit}; el de la más baja, ${bottom}: una diferencia de`
				: `los ${size} departamentos con la cifra más alta de ${measure} promedian ${top} ${unit}; los ${size} con la más baja, ${bottom}: una diferencia de`,
		leftOut: (n: number, count: string) =>
			n === 1
				? `Fuera del análisis: ${count} departamento con cifras de clientes cuya cifra interna quedó por debajo del umbral de anonimato.`
				: `Fuera del análisis: ${count} departamentos con cifras de clientes cuya cifra interna quedó por debajo del umbral de anonimato.`,
		otherScale: (n: number, count: string, scale: string) =>
			n === 1
				? `${count} cifra está en una escala distinta de ${scale} y no se puede comparar.`
				: `${count} cifras están en una escala distinta de ${scale} y no se pueden comparar.`,
		matching: 'Cómo se emparejan las rondas y las cifras de clientes',
		alignment:
			'Las rondas y las cifras externas se encuentran por mes natural. Una ronda cuenta para el mes en que se abrió. Una cifra externa cuenta para cada mes cuyo día 15 cae dentro de su periodo (una cifra mensual, para su mes; una trimestral, para cada uno de sus tres meses; un periodo más corto, para el mes de su día central). Varias cifras de un mismo departamento y mes (varias fuentes, periodos que se solapan) se promedian, ponderadas por el tamaño de la muestra. Con un desfase de L meses, las cifras internas del mes m se encuentran con las cifras externas del mes m + L; la vista inversa empareja las cifras externas del mes m con las internas del mes m + L.',
		method: (minimum: string, notAvailable: string) =>
			`Un departamento cuenta con sus propias personas (en un departamento con subdepartamentos, las que están directamente en él), y solo en los meses en que su cifra interna superó el umbral de anonimato. Las correlaciones necesitan al menos ${minimum} departamentos. Entre departamentos, cada uno pesa según las personas que respondieron detrás de su cifra interna, sumadas a lo largo de sus meses, de modo que un departamento presente en 2 meses cuenta menos que uno presente en 24; el intervalo del 95 % usa la z de Fisher sobre el número efectivo de departamentos que dejan esos pesos. Mes a mes dentro de los departamentos, primero se resta la media propia de cada departamento, lo que consume un grado de libertad por departamento; los intervalos lo tienen en cuenta. Una correlación figura como «${notAvailable}» cuando una de las cifras no varía en absoluto.`,
		unitsTable: {
			title: 'En qué se apoya cada departamento',
			note: (effective: string | null) =>
				`Cada departamento pesa según las personas que respondieron detrás de su cifra interna, sumadas a lo largo de sus meses${effective === null ? '.' : `: en conjunto, los departamentos cuentan como ${effective} de igual peso.`}`,
			caption: 'Meses y peso de cada departamento',
			department: 'Departamento',
			months: 'Meses',
			weight: 'Personas que respondieron en esos meses (peso)'
		},
		links: {
			title: 'La cadena, eslabón a eslabón',
			note: 'Apoyo interno recibido → moral y autonomía → satisfacción de los clientes. Cada eslabón entre departamentos (cada uno ponderado por las personas que respondieron), con su intervalo del 95 % y lo que ese intervalo permite afirmar.',
			caption: 'Correlación de cada eslabón de la cadena',
			link: 'Eslabón',
			says: 'Qué indica',
			departments: 'Departamentos',
			notEnough: 'no hay suficientes departamentos',
			ofCustomers: (metric: string) => `${metric} de los clientes`
		},
		upstream: {
			title: 'Aguas arriba: qué servicio sigue a la satisfacción de los clientes',
			note: (metric: string, later: string | null) =>
				`En los departamentos de cara al cliente: cómo se mueve el NPS interno que dan a cada proveedor junto con el ${metric} de sus clientes${later ? ` ${later}` : ''}, mes a mes. Solo cuentan las valoraciones de grupos por encima del umbral de anonimato.`,
			none: 'Todavía no hay suficientes meses valorados: un proveedor necesita al menos 12 meses-departamento de valoraciones.',
			caption:
				'Proveedores según lo estrechamente que su servicio sigue a la satisfacción de los clientes',
			provider: 'Proveedor',
			customerFacing: 'Departamentos de cara al cliente',
			departmentMonths: 'Meses-departamento'
		},
		split: {
			title: 'Departamentos de cara al cliente e internos',
			note: (measure: string) => `${measure}: la media de las cifras de los departamentos.`,
			kinds: { customer_facing: 'De cara al cliente', internal: 'Internos' },
			tooFew: (units: string) => `no hay suficientes departamentos (${units})`,
			mean: (mean: string, units: string) => `${mean} de media en ${units} departamentos`
		},
		change: {
			title: (name: string) => `Un departamento a lo largo del tiempo: ${name}`,
			department: 'Departamento',
			empty: 'sin cifra (no hubo ronda ese mes, o está oculta)',
			label: (name: string) => `${name}: cifras internas y de clientes por mes`,
			summary: (
				name: string,
				later: string | null,
				r: string,
				ci: string,
				n: number,
				months: string,
				says: string
			) =>
				`En ${name}, mes a mes${later ? `, con los clientes ${later}` : ''}: r = ${r} ${ci} en ${months} ${n === 1 ? 'mes' : 'meses'}: ${says}.`
		},
		lags: {
			title: '¿Qué va primero?',
			note: 'Mes a mes dentro de cada departamento: ¿un cambio en la cifra interna precede a un cambio en la cifra de clientes, o es al revés?',
			none: 'No hay suficientes departamentos para comparar los cambios a lo largo del tiempo.',
			empty: 'no hay suficientes meses',
			forward: 'Primero la interna, luego los clientes',
			reverse: 'Primero los clientes, luego la interna',
			label: 'Correlación con desfase en ambos sentidos',
			summary: (forward: string, reverse: string) =>
				`Cifra interna de ahora con la cifra de clientes 1 mes después: r = ${forward}; cifra de clientes de ahora con la interna 1 mes después: r = ${reverse}.`,
			tableTitle: 'Correlaciones con desfase y sus intervalos del 95 %',
			lag: 'Desfase',
			internalToCustomers: 'Interna → clientes',
			customersToInternal: 'Clientes → interna',
			departmentMonths: 'Meses-departamento',
			row: (n: number) => (n === 0 ? 'mismo mes' : n === 1 ? '1 mes' : `${n} meses`),
			theSame: '(la misma)',
			hint: 'A cada departamento se le resta su propia media antes de emparejar sus meses, y los intervalos lo tienen en cuenta (un grado de libertad por departamento). Aun así, los meses de un mismo departamento pueden depender unos de otros, algo que ningún intervalo de esta página tiene en cuenta: tómalos como algo más estrechos de lo que deberían.'
		}
	},
	insightsScatter: {
		showTable: 'Ver los departamentos como tabla',
		departments: 'Departamentos',
		yours: 'Tus departamentos',
		fitted: 'Recta ajustada (ponderada por respuestas)',
		department: 'Departamento',
		months: 'Meses',
		respondents: 'Personas que respondieron (todos los meses)',
		customersAsked: 'Clientes encuestados',
		yourOwn: (name: string) => `${name} (tuyo)`,
		notGiven: 'no indicado'
	},
	insightsApiKeys: {
		title: 'Claves de API',
		leadBefore:
			'Las claves permiten que otros sistemas envíen a Rapport cifras de satisfacción de los clientes, o lean sus análisis y exportaciones, con',
		leadAfter:
			'. Una clave lee lo mismo que RR. HH., siempre a través de los umbrales de anonimato. De cada clave solo se guarda una huella: la clave se muestra una sola vez, al crearla.',
		created: (name: string) => `Clave «${name}» creada`,
		copyNow: 'Cópiala ahora: no se volverá a mostrar.',
		theKey: 'La clave',
		revoked: 'La clave se ha revocado; deja de funcionar de inmediato.',
		createHeading: 'Crear una clave',
		name: 'Nombre',
		nameHint: 'El sistema que la usará, como «Sincronización nocturna de Zendesk».',
		mayDo: 'Qué puede hacer',
		scopes: {
			'external_metrics:write': 'Enviar cifras externas de satisfacción (CSAT, NPS, CES)',
			'insights:read': 'Leer los análisis de la cadena de servicio',
			'exports:read': 'Descargar exportaciones de tendencias',
			scim: 'Dar de alta personas y departamentos por SCIM (desde un proveedor de identidad)'
		},
		create: 'Crear clave',
		keys: 'Claves',
		none: 'Todavía no se ha creado ninguna clave.',
		caption: 'Claves de API, las revocadas al final',
		startsWith: 'Empieza por',
		may: 'Puede',
		createdAt: 'Creada',
		lastUsed: 'Último uso',
		revoke: 'Revocar',
		createdBy: (at: string, by: string | null) => (by ? `${at} por ${by}` : at),
		never: 'nunca',
		revokedAt: (at: string) => `revocada el ${at}`,
		revokeName: (name: string) => `Revocar ${name}`,
		confirmRevoke: (name: string) => `Sí, revocar ${name}`,
		consequence:
			'Los scripts que usen esta clave se rechazarán a partir de ahora. Una clave revocada no se puede recuperar; en su lugar, crea una nueva.',
		nameRequired: 'Ponle a la clave el nombre del sistema que la usará.',
		nameTooLong: (max: number) => `Como máximo ${max} caracteres.`,
		nameControl: 'El nombre contiene un salto de línea o un carácter de control.',
		unknownScope: 'Permiso desconocido.',
		chooseScope: 'Elige al menos una cosa que pueda hacer la clave.',
		noSuchKey: 'No existe esa clave.',
		alreadyRevoked: 'Esa clave ya está revocada.'
	},
	insightsData: {
		title: 'Cifras externas de satisfacción',
		short: 'Cifras externas',
		leadBefore:
			'Satisfacción de los clientes (CSAT), NPS y esfuerzo del cliente (CES) por departamento y mes, desde tu herramienta de encuestas o tu CRM. Sube aquí un CSV, o envía las cifras desde otro sistema a través de la',
		api: 'API',
		leadAfter: '.',
		uploadHeading: 'Subir un archivo CSV',
		fileLabel: 'Archivo CSV',
		fileHint: (max: string) => `UTF-8, separado por comas o puntos y coma, de hasta ${max}.`,
		nothingStored:
			'No se guarda nada hasta que hayas revisado la vista previa y la hayas aplicado; un archivo con cualquier problema no guarda nada. Enviar de nuevo la misma cifra (mismo departamento, métrica, periodo y fuente) la sustituye, así que subir un archivo dos veces no cambia nada.',
		example: `department,metric,month,value,scale,sample_size,source
SUP,csat,2026-10,84.5,percent,412,Zendesk
Operaciones/Atención al cliente,nps,2026-10,31,,388,Delighted
SAL,ces,2026-10,5.6,1-7,120,Encuesta posventa`,
		// El texto entre comillas invertidas se muestra como código.
		monthOrPeriod: '`month`, o `period_start` y `period_end`',
		columns: {
			department:
				'Un código de departamento, como `SUP`, o su ruta, como `Operaciones/Atención al cliente`.',
			metric: '`csat`, `nps` o `ces`.',
			month: 'Un mes como `AAAA-MM`, o el primer y el último día como `AAAA-MM-DD`.',
			value:
				'CSAT como % de satisfechos (0–100) o como media en su escala; NPS de −100 a 100; CES como media en su escala.',
			scale:
				'`percent` (el valor por defecto de CSAT) o el rango de una media, como `1-5`; obligatoria para CES, vacía para NPS.',
			sample_size: 'Cuántos clientes respondieron.',
			source: 'De dónde procede la cifra, como `Zendesk`.'
		},
		recent: 'Subidas recientes',
		recentCaption: 'Subidas recientes, las más nuevas primero',
		statuses: {
			previewed: 'Pendiente de aplicar',
			applied: 'Aplicada',
			discarded: 'Descartada'
		},
		counts: (added: string, replaced: string, unchanged: string) =>
			`${added} añadidas, ${replaced} sustituidas, ${unchanged} sin cambios`,
		uploadedAt: (at: string) => `Subido el ${at}.`,
		stored: (counts: string) => `Guardado: ${counts}.`,
		seeInsights: 'Ver los análisis',
		appliedAt: (at: string | null, counts: string) =>
			`Aplicado${at ? ` el ${at}` : ''}: ${counts}.`,
		discarded: 'Esta subida se descartó; no se guardó nada de ella.',
		problems: (n: number, count: string) =>
			`${count} ${n === 1 ? 'problema' : 'problemas'}: no se puede guardar nada`,
		problemsNote: 'Corrige el archivo y vuelve a subirlo. El encabezado es la línea 1.',
		problemsCaption: 'Problemas por línea',
		line: 'Línea',
		column: 'Columna',
		problem: 'Problema',
		ready: 'Listo para guardar',
		readyText: (n: number, added: string, replacing: string, unchanged: string) =>
			`${added} ${n === 1 ? 'cifra nueva' : 'cifras nuevas'}, ${replacing} que sustituyen a otras anteriores, ${unchanged} sin cambios. Se guardan todas juntas, o ninguna.`,
		ignoredColumns: (columns: string) => `Columnas ignoradas: ${columns}.`,
		figures: 'Cifras del archivo',
		figuresWithoutProblems: 'Cifras del archivo sin problemas',
		department: 'Departamento',
		metric: 'Métrica',
		period: 'Periodo',
		value: 'Valor',
		sample: 'Muestra',
		source: 'Fuente',
		change: 'Cambio',
		changes: { new: 'nueva', replaces: 'sustituye', unchanged: 'sin cambios' },
		was: (previous: string) => ` (antes ${previous})`,
		firstOf: (shown: string, total: string) => `Las primeras ${shown} de ${total} cifras.`,
		noSuchUpload: 'No existe esa subida.',
		hasProblems: 'No se guardó nada: el archivo tiene problemas. Corrígelos y vuelve a subirlo.',
		alreadyDone: 'Esta subida ya se aplicó o se descartó.'
	},

	// ── Stories, the action components (focus areas, guidance, fields, overview) and the
	// organisation import's mapping and details pages. Add sections here, before the next line.
	stories: {
		title: 'Historias de servicio',
		about: (name: string) => `Historias de servicio sobre ${name}`,
		intro:
			'Las personas de la empresa agradecen a otro departamento la ayuda que les permitió atender bien a un cliente. Las historias van firmadas, salvo que quien las cuenta elija el anonimato, y nunca se vinculan a las respuestas de la encuesta.',
		tell: 'Contar una historia',
		published: 'Gracias: tu historia se ha publicado.',
		hidden: 'Historia ocultada.',
		hideFailed: 'No se ha podido ocultar esa historia.',
		everyDepartment: 'Todos los departamentos',
		feed: 'Historias',
		hide: 'Ocultar esta historia',
		none: 'Todavía no hay historias. Sé la primera persona en dar las gracias a un departamento que te ayudó.',
		thanksTo: (name: string) => `Gracias a ${name}`,
		thanks: 'Gracias',
		whoHelped: (who: string) => `Quién ayudó: ${who}`,
		whatHappened: 'Qué pasó',
		customerImpact: 'Qué supuso para un cliente',
		anonymous: 'Anónima',
		thanking: (count: number, name: string, from: string, to: string) =>
			count === 1
				? `historia en la que alguien agradece a ${name} su ayuda, contada del ${from} al ${to} (el periodo de esta ronda).`
				: `historias en las que otras personas agradecen a ${name} su ayuda, contadas del ${from} al ${to} (el periodo de esta ronda).`,
		since: 'más desde entonces, que se sumarán a la próxima ronda.',
		noneAbout: (name: string) => `Todavía no hay historias sobre ${name}.`,
		allAbout: (name: string) => `Todas las historias sobre ${name}`,
		tellAnother: 'Contar una historia sobre otro departamento',
		thisRound: 'Historias de servicio de esta ronda',
		countsIntro: (from: string, to: string) =>
			`Historias que las personas de la empresa contaron para agradecer a un departamento su ayuda, del ${from} al ${to}. Las historias no son respuestas a la encuesta: se cuentan todas, tal como se publicaron.`,
		readAll: 'Leerlas todas',
		noneInPeriod: 'No hay historias en este periodo.',
		count: 'Historias',
		back: '← Historias de servicio',
		newIntro:
			'¿Otro departamento te ayudó a atender bien a un cliente? Cuenta quién te ayudó, qué pasó y qué supuso para el cliente. La historia aparece en la página de ese departamento y entre las historias de toda la empresa.',
		needsLook: 'Algunos campos necesitan revisión. No se ha publicado nada.'
	},
	storyForm: {
		department: '¿Qué departamento te ayudó?',
		chooseDepartment: 'Elige un departamento',
		colleague: 'Una persona de ese departamento a quien dar las gracias por su nombre (opcional)',
		nobody: 'Nadie en concreto',
		colleagueHint: 'Tiene que trabajar en el departamento que has elegido.',
		whoHelped: 'Quién ayudó (un nombre, un puesto o un equipo)',
		signIt: '¿La firmas?',
		signed: 'Firmada con mi nombre',
		anonymousHint:
			'Una historia anónima no guarda ningún rastro de ti: ni tu nombre ni la hora (solo el día), y nunca se vincula a tus respuestas de la encuesta. Aun así, lo que escribas puede revelar quién eres.',
		publish: 'Publicar la historia',
		problems: {
			required: 'Rellena este campo.',
			too_long: 'Es demasiado largo; acórtalo, por favor.',
			unknown: 'Elige una opción de la lista.',
			own_department: 'Las historias tratan de un departamento distinto del tuyo.'
		}
	},
	focusAreas: {
		none: 'Todavía no hay áreas de mejora. Cuando se cierre una ronda, elige hasta tres factores o preguntas en los que trabajar y escribe lo que hará el equipo; tu equipo las verá en su página de inicio.',
		chosenAfter: (round: string) => `Elegidas tras la ronda del ${round}; tu equipo las ve.`,
		trend: (wholeDriver: boolean) =>
			`% favorable${wholeDriver ? ' (todo el factor)' : ''} desde entonces:`,
		plan: 'Planificar áreas de mejora y acciones'
	},
	actionsOverview: {
		summary: (departments: number, count: string, statuses: string, overdue: string) =>
			`${count} ${departments === 1 ? 'departamento tiene' : 'departamentos tienen'} áreas de mejora tras su última ronda. Acciones: ${statuses}; ${overdue}.`,
		statusCounts: {
			planned: (n: number, count: string) => (n === 1 ? `${count} prevista` : `${count} previstas`),
			in_progress: (n: number, count: string) => `${count} en curso`,
			done: (n: number, count: string) => (n === 1 ? `${count} hecha` : `${count} hechas`),
			dropped: (n: number, count: string) =>
				n === 1 ? `${count} descartada` : `${count} descartadas`
		},
		overdue: (n: number, count: string) => (n === 1 ? `${count} atrasada` : `${count} atrasadas`),
		status: 'Estado',
		anyStatus: 'Cualquier estado',
		overdueOnly: 'Solo las atrasadas',
		filter: 'Filtrar acciones',
		noneMatch: 'No hay áreas de mejora que coincidan.',
		after: (round: string) => `tras la ronda de ${round}`
	},
	actionFields: {
		title: 'Qué se va a hacer',
		owner: 'Responsable',
		nobody: 'Nadie de la lista',
		otherOwner: '…u otra persona responsable',
		dueOn: 'Fecha límite',
		status: 'Estado',
		notes: 'Notas'
	},
	driverGuidance: {
		title: 'Entender los factores',
		intro: 'Qué significa cada factor y cómo empezar la conversación con tu equipo.',
		strongTeams: 'Lo que hacen los equipos fuertes.',
		starters: 'Para empezar la conversación en la reunión de equipo',
		drivers: {
			empowerment: {
				meaning:
					'Si las personas encuentran sentido en su trabajo, se sienten capaces de hacerlo, deciden cómo hacerlo y pueden resolver el problema de un cliente sin pedir permiso antes.',
				strongTeams:
					'Acuerdan qué decisiones puede tomar cualquiera sin consultar, las ponen por escrito y respaldan a quien las toma, aunque el resultado no sea el que habría elegido el responsable.',
				starters: [
					'¿Qué decisión esperaste por última vez a que otra persona la tomara, y podrías haberla tomado tú?',
					'¿Qué resolverías hoy para un cliente si supieras que nadie lo iba a cuestionar?',
					'¿Dónde te falta una herramienta o una habilidad para hacer bien tu trabajo?'
				]
			},
			internal_support: {
				meaning:
					'Lo bien que atienden a este equipo los departamentos de los que depende: a tiempo, con la calidad necesaria y tratándolo como a su cliente.',
				strongTeams:
					'Identifican a sus pocos proveedores clave, acuerdan con cada uno qué es un buen servicio y plantean los problemas directamente y pronto en lugar de sortearlos.',
				starters: [
					'¿A qué departamento esperamos más este mes y qué les costó a nuestros clientes?',
					'¿Sabemos a quién acudir en cada departamento del que dependemos?',
					'¿Qué cambio concreto podríamos pedir a un proveedor, y quién lo pedirá?'
				]
			},
			morale: {
				meaning:
					'La energía y el orgullo con que las personas trabajan, el ambiente del equipo y cómo ven su futuro.',
				strongTeams:
					'Hablan abiertamente de lo que les desgasta, celebran juntos el trabajo terminado y comparten lo que viene para que nadie se entere de los cambios por rumores.',
				starters: [
					'¿Qué te dio energía en el trabajo este mes y qué te la quitó?',
					'¿De qué estamos orgullosos que no se ve desde fuera del equipo?',
					'¿Qué te gustaría saber sobre hacia dónde va el equipo?'
				]
			},
			recognition: {
				meaning:
					'Si el buen trabajo se ve y se agradece, si el reconocimiento es justo y si las personas ven cómo crecer.',
				strongTeams:
					'Agradecen trabajos concretos poco después de hacerse, dejan que los compañeros se reconozcan entre sí y hablan con cada persona de su siguiente paso al menos dos veces al año.',
				starters: [
					'¿Qué trabajo de este mes merece un agradecimiento que aún no ha recibido?',
					'¿Aquí se reconoce el trabajo que se ve o el trabajo que sirve?',
					'¿Cómo sería para ti un siguiente paso en el próximo año?'
				]
			},
			workload: {
				meaning:
					'Si el trabajo cabe en el tiempo, si se puede hacer bien y no solo rápido, si se puede desconectar al acabar y si está claro qué va primero.',
				strongTeams:
					'Mantienen una lista corta y compartida de prioridades, dicen abiertamente qué dejarán de hacer cuando llega algo nuevo y protegen el tiempo libre.',
				starters: [
					'¿Qué hacemos que podríamos dejar sin que los clientes lo notaran?',
					'¿Cuándo tuviste tiempo por última vez para hacer una tarea tan bien como querías?',
					'¿Está claro qué va primero cuando todo es urgente?'
				]
			},
			manager_support: {
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
	},
	importMapping: {
		title: (file: string) => `Columnas de ${file}`,
		crumb: 'Columnas',
		heading: '¿Qué significan las columnas?',
		excel: 'Libro de Excel (primera hoja)',
		csv: (encoding: string | null, separated: string) =>
			`CSV, ${encoding ?? 'texto'}${separated ? `, ${separated}` : ''}`,
		guessed:
			'Rapport ha deducido qué significa cada columna a partir de su encabezado y sus valores. Revísalas y cambia las que estén mal: la vista previa se hace con esta correspondencia, que se vuelve a usar con el siguiente archivo que tenga las mismas columnas.',
		comesFrom: 'El archivo viene de',
		generic: 'Otro sistema (genérico)',
		columns: 'Columnas del archivo',
		caption: 'Columnas del archivo y qué significa cada una',
		column: 'Columna del archivo',
		examples: 'Ejemplos',
		means: 'Significa',
		nth: (n: string) => `(columna ${n})`,
		notUsed: 'No se usa',
		needed:
			'Hace falta: un correo de trabajo, un nombre (completo, o nombre y apellidos) y un departamento (con su división o como ruta). Si hay una columna de superior, el responsable de cada departamento es el superior de la mayoría de sus miembros; puedes corregirlo en la vista previa. Una columna de situación decide quién está activo: quienes se han ido, están de baja o aún no han empezado se desactivan, nunca se eliminan, y nunca reciben invitaciones.',
		use: 'Usar esta correspondencia y ver la vista previa',
		fields: {
			employee_id: 'N.º de empleado',
			email: 'Correo de trabajo',
			full_name: 'Nombre completo',
			first_name: 'Nombre',
			last_name: 'Apellidos',
			department: 'Departamento',
			department_path: 'Ruta del departamento (Superior/Inferior)',
			division: 'División o unidad superior',
			manager_name: 'Superior, por nombre',
			manager_email: 'Superior, por correo',
			manager_id: 'Superior, por n.º de empleado',
			status: 'Situación laboral',
			locale: 'Idioma',
			customer_facing: 'Indicador de cara al cliente',
			head_of: 'Responsable de estos departamentos',
			role: 'Función en Rapport (employee o hr)'
		},
		notFound: 'No existe esa importación.',
		checkForm: 'Revisa el formulario.',
		gone: 'Esta subida ya no se puede cambiar: se aplicó, se descartó o es demasiado antigua.'
	},
	importDetails: {
		columnsUsed: 'Columnas usadas',
		readAs: (system: string) => `Leído como una exportación de ${system}.`,
		genericSystem: 'otro sistema (genérico)',
		remap: 'Cambiar lo que significan las columnas',
		howRead: 'Cómo se leyeron las columnas del archivo',
		takenAs: 'Se toma como',
		unused: (headers: string) => `Sin usar: ${headers}.`,
		heads: {
			heading: (count: string) => `Responsables de departamento (${count})`,
			label: 'Responsables de departamento',
			intro:
				'El responsable de cada departamento es el superior de la mayoría de sus miembros; el de una división, el superior de la mayoría de los responsables de sus departamentos.',
			change: 'Cambia los que estén mal y guarda: la vista previa se vuelve a hacer.',
			showAll: (count: string) => `Mostrar los ${count} departamentos`,
			department: 'Departamento',
			head: 'Responsable',
			why: 'Por qué',
			noHead: 'Sin responsable',
			basis: {
				manager: (votes: string, members: string) => `Superior de ${votes} de ${members}`,
				head_column: () => 'De la columna de responsable',
				chosen: () => 'Elegido por ti',
				none: () => 'No hay superior en el archivo'
			},
			saving: 'Guardando…',
			save: 'Guardar los responsables'
		},
		firstOf: (listed: string, total: string) => `Se muestran ${listed} de ${total}.`,
		problems: (count: string) => `Problemas (${count})`,
		headerLine: 'La línea 1 es el encabezado.',
		problemRows: 'Filas con problemas',
		line: 'Línea',
		column: 'Columna',
		value: 'Valor',
		problem: 'Problema',
		notes: 'Notas',
		newDepartmentsNote:
			'Empiezan como departamentos internos; después, marca en su página los que son de cara al cliente.',
		showNewDepartments: (count: string) => `Mostrar los ${count} departamentos nuevos`,
		departmentsCreated: 'Departamentos que crea la importación',
		code: 'Código',
		firstLine: 'Primera línea',
		movesNote: 'Sus personas, subdepartamentos e historial se mueven con ellos.',
		departmentsMoved: 'Departamentos que mueve la importación',
		from: 'Ubicación actual',
		to: 'Nueva ubicación',
		showNewPeople: (count: string) => `Mostrar las ${count} personas nuevas de la lista`,
		peopleAdded: 'Personas que añade la importación',
		changes: (count: string) => `Cambios en personas (${count})`,
		movesFirst: 'Primero, los cambios de departamento.',
		showChanges: (count: string) => `Mostrar los ${count} cambios de la lista`,
		peopleChanged: 'Personas que cambia la importación',
		person: 'Persona',
		changed: 'Cambios',
		changedTo: 'a',
		fields: {
			employeeId: 'N.º de empleado',
			email: 'Correo electrónico',
			name: 'Nombre',
			department: 'Departamento',
			locale: 'Idioma',
			role: 'Función',
			active: 'Estado',
			headOf: 'Responsable de'
		},
		states: { active: 'activa', deactivated: 'desactivada' },
		notInFileNote:
			'Personas activas que el archivo no incluye. Siguen activas salvo que elijas una importación completa.',
		showNotInFile: (count: string) => `Mostrar las ${count} personas de la lista`,
		notInFile: 'Personas activas que no están en el archivo'
	},

	// ── Messages made on the server: form, refusal and import problems. Add sections here.
	serverMessages: {
		actions: {
			chooseRound: 'Elige una ronda cerrada de la lista.',
			chooseSubject: 'Elige un factor o una pregunta de la lista.',
			sayWhat: 'Di qué se va a hacer.',
			atMost: (n: number) => `Usa como máximo ${n.toLocaleString('es')} caracteres.`,
			noControls: 'Quita los saltos de línea y los caracteres de control.',
			chooseOwner: 'Elige a la persona responsable de la lista.',
			dueDate: 'Escribe la fecha límite como fecha (AAAA-MM-DD).',
			realDate: 'Escribe una fecha real entre 1900 y 2999.',
			chooseStatus: 'Elige un estado de la lista.',
			controlsInNotes: 'Quita los caracteres de control.',
			ownerBoth: 'Elige a una persona de la lista o escribe un nombre, pero no las dos cosas.',
			alreadyFocus: 'Esto ya es un área de mejora en esta ronda.',
			tooMany: (n: number) => `Un departamento elige como máximo ${n} áreas de mejora por ronda.`,
			gone: 'Esto ya no existe: puede que otra persona lo haya cambiado. Vuelve a abrir la página.',
			outOfRange: 'Uno de los campos está fuera de rango.'
		},
		signIn: {
			notSetUp: 'Aquí no está configurado el inicio de sesión único.',
			providerError: (provider: string, detail: string | null) =>
				`${provider} no ha iniciado tu sesión${detail ? ` (${detail})` : ''}. Vuelve a intentarlo o consulta a tu equipo de TI.`,
			notThisBrowser:
				'Esta respuesta de inicio de sesión no corresponde al inicio de sesión empezado en este navegador, así que se ha rechazado. Empieza de nuevo desde la página de inicio de sesión.',
			expired:
				'El inicio de sesión ha tardado demasiado o se empezó en otro navegador. Empieza de nuevo desde la página de inicio de sesión.',
			tokenRejected: (provider: string) =>
				`Rapport no ha podido verificar la respuesta de ${provider}. Empieza de nuevo; si vuelve a ocurrir, avisa a RR. HH.`,
			unreachable: (provider: string) =>
				`Rapport no ha podido conectar con ${provider}. Vuelve a intentarlo en un momento o avisa a RR. HH.`,
			noEmail: (provider: string) =>
				`${provider} no ha comunicado tu dirección de correo a Rapport. Pide a tu equipo de TI que entregue a Rapport el dato «email».`,
			unverifiedEmail: (provider: string) =>
				`${provider} no ha verificado tu dirección de correo, así que Rapport no puede saber quién eres.`,
			unknownPerson: (address: string | null) =>
				`${address ?? 'Tu dirección'} no tiene cuenta en Rapport. Pide a RR. HH. que te añada.`,
			inactive:
				'Tu cuenta de Rapport está desactivada. Consulta a RR. HH. si crees que es un error.'
		},
		exports: {
			chooseFormat: 'Elige CSV, XLSX o PDF.',
			fromDay: '«Desde» debe ser un día, AAAA-MM-DD.',
			toDay: '«Hasta» debe ser un día, AAAA-MM-DD.',
			chooseDepartment: 'Elige un departamento de la lista.',
			chooseContents: 'Elige los contenidos de la lista.',
			choosePaper: 'Elige A4 o Carta.',
			chooseLanguage: 'Elige inglés o español.',
			chooseDialect: 'Elige coma o punto y coma.',
			fromAfterTo: '«Desde» no puede ser posterior a «Hasta».',
			periodHint:
				'Elige un periodo de la lista o escribe uno: un mes (2026-07), un trimestre (2026-Q3), un semestre (2026-H1) o un año (2026).'
		},
		access: {
			noAccessPage: 'No tienes acceso a esta página.',
			noSuchDepartment: 'No existe ese departamento.',
			noAccessDepartment: 'No tienes acceso a este departamento.',
			noClosedRound:
				'No hay ninguna ronda cerrada con ese identificador: los resultados aparecen cuando se cierra una ronda.',
			badDay: (name: string, from: string, to: string) =>
				`${name} debe ser un día, AAAA-MM-DD, entre ${from} y ${to}.`,
			rangeBackwards: 'El intervalo no puede terminar antes de empezar.',
			consumers: 'consumers debe ser departments o divisions.',
			teamForHeads:
				'Los resultados por equipo son para responsables de departamento y RR. HH.; todo el mundo puede ver los resultados de la empresa.',
			noSuchPlan: 'Ese no es uno de los planes de este departamento.',
			exportOwnDepartments: 'Solo puedes exportar los departamentos de los que eres responsable.',
			sendExportForm: 'Envía el formulario de exportación.'
		},
		fields: {
			atMost: (n: number) => `Usa como máximo ${n} caracteres.`,
			invisible:
				'El nombre contiene un carácter invisible (un cambio de dirección del texto o un espacio de ancho cero). Vuelve a escribirlo.',
			enterEmail: 'Escribe una dirección de correo.',
			notEmail: (email: string) =>
				`«${email}» no es una dirección de correo como nombre@ejemplo.com.`,
			enterName: 'Escribe un nombre.',
			nameControl: 'El nombre contiene un salto de línea o un carácter de control.',
			employeeIdControl: 'El ID de empleado contiene un salto de línea o un carácter de control.',
			enterDepartmentName: 'Escribe el nombre del departamento.',
			departmentNameSeparators: 'El nombre de un departamento no puede contener «/» ni «;».',
			enterCode: 'Escribe un código corto, como SUP.',
			codeCharacters:
				'Usa solo letras, cifras, «.», «_» y «-», empezando por una letra o una cifra.',
			languageCode: 'Escribe un código de idioma, como en, es o en-GB.',
			chooseDepartment: 'Elige un departamento de la lista.',
			chooseKind: 'Elige si atiende a clientes o es interno.',
			moveTarget: 'Elige adónde moverlo: bajo un departamento o al nivel superior.',
			choosePreset: 'Elige el sistema del que viene el archivo.',
			chooseMeaning: 'Elige un significado de la lista.',
			formOutOfDate: 'El formulario no coincide con la vista previa. Vuelve a abrir la página.'
		},
		people: {
			emailTaken: 'Otra persona ya tiene esta dirección de correo.',
			employeeIdTaken: 'Otra persona ya tiene este ID de empleado.',
			noSuchDepartment: 'Ese departamento no existe.',
			archivedDepartment: (name: string) =>
				`«${name}» está archivado: elige un departamento en uso.`,
			departmentArchived: (name: string) => `«${name}» está archivado.`,
			ownAccount: 'No puedes desactivar tu propia cuenta.',
			ownHrRole: 'No puedes retirarte la función de RR. HH.: pídeselo a otra persona de RR. HH.',
			reactivateFirst: 'Primero reactiva a esta persona.'
		},
		departments: {
			codeTaken: (code: string) => `Otro departamento ya usa el código «${code}».`,
			nameTaken: (name: string) => `Ya hay un departamento llamado «${name}» en ese lugar.`,
			underItself: 'Un departamento no puede moverse bajo uno de sus propios subdepartamentos.',
			noSuchParent: 'Ese departamento superior no existe.',
			restoreFirst: 'Restaura este departamento antes de moverlo.',
			ownParent: 'Un departamento no puede depender de sí mismo.',
			archiveBlocked: (people: number, subDepartments: number) => {
				const blockers = [
					people > 0 ? `${people} ${people === 1 ? 'persona activa' : 'personas activas'}` : '',
					subDepartments > 0
						? `${subDepartments} ${subDepartments === 1 ? 'subdepartamento en uso' : 'subdepartamentos en uso'}`
						: ''
				].filter(Boolean);
				return `Primero mueve o archiva lo que aún tiene: ${blockers.join(' y ')}.`;
			},
			restoreClash:
				'Un departamento en uso tiene el mismo nombre en el mismo lugar: cambia antes el nombre de uno de ellos.'
		},
		serviceMap: {
			noneChosen: 'Elige al menos un departamento, o deja que valore cualquier departamento.',
			notItself: 'Un departamento no se valora a sí mismo.',
			gone: 'Uno de los departamentos elegidos está archivado o ya no existe.'
		},
		files: {
			empty: 'El archivo está vacío.',
			workbookUnreadable:
				'Parece un libro de hoja de cálculo, pero no se puede leer como tal (.xlsx).',
			binary: 'El archivo contiene datos binarios, no texto.',
			badEncoding: (encoding: string) =>
				`El archivo empieza como texto ${encoding}, pero no es ${encoding} válido.`,
			quoteNotClosed: 'Un campo entre comillas no se cierra nunca: falta una «"».',
			badQuotes: 'Esta línea no se puede leer como CSV: revisa sus comillas.',
			restUnreadable: 'El resto del archivo no se puede leer como CSV.',
			unreadableLine: 'Línea ilegible.',
			noHeader: 'El archivo no tiene línea de encabezado.',
			tooManyRows: (n: number) =>
				`El archivo tiene más de ${n.toLocaleString('es')} filas. Divídelo.`,
			delimiter: (d: string) => (d === '\t' ? 'tabulador' : `«${d}»`),
			fieldCount: (fields: number, header: number, delimiter: string) =>
				`Esta línea tiene ${fields} campos, pero el encabezado tiene ${header}. Comprueba si falta o sobra un ${delimiter} o si hay unas comillas sin cerrar.`
		},
		upload: {
			tooLarge: (size: string, advice: string) =>
				`El archivo es demasiado grande: aquí se admite como máximo ${size}. ${advice}`,
			unreadable: 'No se ha podido leer la subida. Elige el archivo y vuelve a intentarlo.',
			chooseFile: 'Elige un archivo CSV para subir.',
			splitFiles: 'Divídelo en varios archivos.',
			splitOrRaise:
				'Divídelo en varios archivos o pide a tu administrador que aumente BODY_SIZE_LIMIT.'
		},
		externalFigures: {
			monthAndPeriod: 'Indica un mes o el inicio y el fin de un periodo, pero no las dos cosas.',
			notMonth: (month: string) => `«${month}» no es un mes: escríbelo como AAAA-MM.`,
			periodRequired: 'Hace falta un mes (AAAA-MM) o el inicio y el fin de un periodo.',
			requiredWithPeriod: 'Obligatorio con un periodo (o indica un mes en su lugar).',
			notDay: (value: string) => `«${value}» no es un día: escríbelo como AAAA-MM-DD.`,
			endsBeforeStart: 'El periodo termina antes de empezar.',
			npsNoScale: 'El NPS no tiene escala: va de −100 a 100. Deja la escala vacía.',
			notScale: (scale: string) =>
				`«${scale}» no es una escala: escribe percent o el rango de una media, como 1-5 o 1-7.`,
			cesScale: 'El CES necesita su escala, como 1-7 o 1-5.',
			departmentRequired: 'Hace falta el código o la ruta de un departamento.',
			notMetric: (metric: string) => `«${metric}» no es una métrica: usa csat, nps o ces.`,
			metricRequired: 'Hace falta la métrica: csat, nps o ces.',
			valueRequired: 'Hace falta el valor.',
			notNumber: (value: string) => `«${value}» no es un número.`,
			outside: (scale: string | null, min: number, max: number, value: number) => {
				const n = (x: number) => x.toLocaleString('es').replace('-', '−');
				const what =
					scale === null
						? 'El NPS'
						: scale === 'percent'
							? 'Un porcentaje'
							: `Una media en la escala ${scale}`;
				return `${what} va de ${n(min)} a ${n(max)}; ${n(value)} queda fuera.`;
			},
			notSampleSize: (value: string) =>
				`«${value}» no es un número de respuestas (un número entero desde 1).`,
			sourceRequired: 'Hace falta la fuente, como el nombre de la herramienta de encuestas.',
			sourceTooLong: (n: number) => `Como máximo ${n} caracteres.`,
			noDepartment: (value: string) =>
				`No hay ningún departamento «${value}»: indica su código (como SUP) o su ruta (como Operaciones/Atención al cliente).`,
			archived: (name: string) => `El departamento «${name}» está archivado.`,
			line: (n: number) => `la línea ${n}`,
			sameFigure: (earlier: string) =>
				`El mismo departamento, métrica, periodo y fuente que ${earlier}: indica cada cifra una sola vez.`,
			missingColumns: (n: number, missing: string, columns: string) =>
				`Al encabezado le ${n > 1 ? 'faltan las columnas' : 'falta la columna'} ${missing}. Columnas: ${columns}.`,
			columnTwice: (column: string) => `La columna ${column} aparece dos veces en el encabezado.`,
			fieldCount: (fields: number, header: number, delimiter: string) =>
				`Esta línea tiene ${fields} campos, pero el encabezado tiene ${header}. Comprueba si falta o sobra un «${delimiter}».`
		},
		orgImport: {
			columnTwice: (line: number, column: string) =>
				`Línea ${line}: la columna «${column}» aparece dos veces en el encabezado.`,
			headerFirst: (columns: string) =>
				`La primera línea debe ser el encabezado, con el nombre de las columnas: ${columns}. Descarga la plantilla para empezar desde ella.`,
			missingColumns: (columns: string, ...missing: string[]) =>
				`Al encabezado le ${missing.length > 1 ? 'faltan las columnas' : 'falta la columna'} ${new Intl.ListFormat('es').format(missing.map((c) => `«${c}»`))}. Las columnas son: ${columns}.`,
			workbookUnreadable: 'El libro de cálculo no se puede leer.',
			workbookTooBig:
				'El libro de cálculo, descomprimido, ocupa más de lo que admite una importación.',
			saveAsCsv: 'Guárdalo desde tu hoja de cálculo como «CSV UTF-8» y vuelve a subirlo.',
			sheetEmpty: 'La primera hoja del libro de cálculo está vacía.',
			ignoredColumns: (columns: string) => `Columnas no usadas, que se ignoran: ${columns}.`,
			noEmployeeId:
				'El archivo no tiene columna employee_id: las personas se identifican solo por su correo.',
			noColumn: (column: string) =>
				`El archivo no tiene columna ${column}: ese dato se queda como está para todo el mundo.`,
			noRows: 'El archivo tiene encabezado, pero ninguna fila.',
			unknownStatus: (status: string) =>
				`«${status}» no es una situación laboral que Rapport reconozca: usa, por ejemplo, activo, inactivo, baja o excedencia.`,
			duplicateEmployeeId: (line: number) =>
				`N.º de empleado repetido: la línea ${line} también lo tiene.`,
			duplicateEmail: (line: number) => `Correo repetido: la línea ${line} también lo tiene.`,
			notLocale: (value: string) => `«${value}» no es un código de idioma, como en, es o en-GB.`,
			notRole: (value: string) => `La función debe ser «employee» o «hr», no «${value}».`,
			person: (name: string, employeeId: string | null) =>
				employeeId ? `${name}, n.º de empleado ${employeeId}` : name,
			emailOfAnother: (email: string, owner: string, employeeId: string) =>
				`${email} pertenece a otra persona en Rapport (${owner}), no al n.º de empleado ${employeeId}.`,
			emailOfEmployee: (email: string, ownerId: string, employeeId: string) =>
				`${email} pertenece en Rapport al n.º de empleado ${ownerId}, pero esta fila indica ${employeeId}.`,
			samePerson: (line: number, person: string) =>
				`La línea ${line} ya trata de esta persona (${person}).`,
			ownHrRole: 'Es tu propia cuenta: una importación no puede quitarte tu función de RR. HH.',
			ownDeactivation: 'Es tu propia cuenta: una importación no puede desactivarte.',
			leaversNotInRapport: (n: number) =>
				`${n.toLocaleString('es')} ${n === 1 ? 'fila trata de alguien que no está' : 'filas tratan de personas que no están'} en activo (se fueron, están de permiso o aún no han empezado) ni en Rapport: no se añaden.`,
			youNotInFile:
				'No estás en el archivo: una importación completa deja tu propia cuenta activa.',
			placedTwice: (name: string, earlier: string | null, line: number, here: string | null) => {
				const where = (path: string | null) => (path ? `«${path}»` : 'el nivel superior');
				return `«${name}» está bajo ${where(earlier)} en la línea ${line}, pero aquí bajo ${where(here)}.`;
			},
			archived: (name: string) =>
				`El departamento «${name}» está archivado. Restáuralo primero o usa otro.`,
			noSuchDepartment: (text: string) =>
				`Ningún departamento tiene el código o el nombre de nivel superior «${text}». Para crearlo, indica su ruta: Superior/${text}, o /${text} en el nivel superior.`,
			enterDepartment:
				'Indica un departamento: una ruta, como Operaciones/Atención al cliente, o un código.',
			emptyPart: (path: string) => `La ruta «${path}» tiene una parte vacía.`,
			inPath: (segment: string, problem: string) => `«${segment}» en la ruta: ${problem}`,
			cycleItself: (name: string) => `Ciclo: «${name}» no puede depender de sí mismo.`,
			cycleBelow: (name: string, target: string) =>
				`Ciclo: «${name}» no puede moverse bajo «${target}», que depende de él.`,
			twoNamed: (name: string, parentPath: string) =>
				`Habría dos departamentos llamados «${name}» en ${parentPath || 'el nivel superior'}.`,
			severalDepartments: (name: string, paths: string) =>
				`«${name}» corresponde a varios departamentos (${paths}): asigna también una columna de división o indica rutas.`,
			noDepartment: 'Indica un departamento.',
			fullOrFirstAndLast: 'Nombre completo, o nombre y apellidos',
			unmapped: (missing: string) =>
				`Ninguna columna corresponde a: ${missing}. Elige una para cada uno en la página de columnas.`,
			formMismatch:
				'El formulario no coincide con las columnas del archivo. Vuelve a abrir la página.',
			chooseColumn: (missing: string) => `Elige una columna para: ${missing}.`,
			oneColumnEach: (names: string) => `Cada significado solo puede ir a una columna: ${names}.`,
			applied: 'Esta importación ya se aplicó.',
			discarded: 'Esta importación se descartó. Vuelve a subir el archivo.',
			expired:
				'Esta vista previa tiene más de un día. Vuelve a subir el archivo para obtener una nueva.',
			failed: (reference: string) =>
				`No se ha podido aplicar la importación y no se ha cambiado nada (referencia ${reference}).`,
			stale:
				'La organización ha cambiado desde que se hizo esta vista previa. La vista previa de abajo ya está al día: revísala y vuelve a aplicarla.',
			invalid: 'El archivo tiene problemas: corrígelos y vuelve a subirlo.',
			unconfirmed: 'Confirma primero qué significan las columnas del archivo.',
			conflict:
				'Otra persona cambió la organización mientras se hacía la importación. No se ha cambiado nada: vuelve a aplicarla.',
			cannotChange: 'Esta subida ya no se puede cambiar.'
		},
		pages: {
			noSuchPage: 'Esa página no existe.',
			linkOpensNoSurvey:
				'Este enlace no abre ninguna encuesta. Puede que se haya copiado incompleto: vuelve a abrirlo desde tu correo de invitación o pide uno nuevo a RR. HH.'
		}
	}
};

export default es;
