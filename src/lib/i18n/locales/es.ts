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
	survey: {
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
				'El identificador de su sistema de RR. HH.; la importación CSV reconoce a las personas por él.',
			department: 'Departamento',
			noDepartment: 'Sin departamento',
			language: 'Idioma',
			languageHint: 'Un código de idioma como en, es o en-GB: lo usan las encuestas y el correo.'
		},
		newPerson: {
			title: 'Añadir una persona',
			crumb: 'Nueva',
			intro:
				'Para quien se incorpora entre dos importaciones. Después, cree un enlace de contraseña en su ficha para que pueda iniciar sesión.',
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
			ownAccount: 'Es su propia cuenta.',
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
			shownOnce: 'Aquí tiene el enlace; solo se muestra esta vez.',
			sendIt: (until: string | null) =>
				`Envíeselo usted mismo: permite a quien lo tenga elegir la contraseña${until ? ` hasta el ${until}` : ''} y funciona una sola vez.`,
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
			addOne: 'Añada uno',
			or: ' o',
			importOrg: 'importe su organización',
			noneAfter: 'desde su sistema de RR. HH.',
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
				'Nadie es responsable de este departamento. Nombre a alguien responsable desde su ficha.',
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
			lead: 'En cada pulso, el personal valora el apoyo que recibe de otros departamentos. Pregúnteles solo por los departamentos de los que dependen: la encuesta sigue siendo breve y la matriz de servicio puede mostrar más, porque una pareja por la que no se preguntó a nadie no tiene valoraciones y no necesita protección. Un cambio se aplica desde la ronda siguiente; las rondas abiertas y cerradas conservan la lista con la que se abrieron.',
			saved: 'Guardado. La próxima ronda preguntará por estos departamentos.',
			who: (name: string) => `A quién valora ${name}`,
			any: 'Cualquier departamento (cada persona elige a quién valorar)',
			chosen: 'Solo los departamentos marcados abajo',
			dependsOn: (name: string) => `Departamentos de los que depende ${name}`,
			chooseMode: 'Indique si valora cualquier departamento.',
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
			'person.signed_in_sso': 'Primer inicio de sesión único',
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
			'programme.ended': 'Programa finalizado'
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
			breakGlass: 'Cuenta de emergencia'
		},
		values: {
			customer_facing: 'de cara al cliente',
			internal: 'interno',
			hr: 'RR. HH.',
			employee: 'empleado'
		},
		yes: 'sí',
		no: 'no'
	}
};

export default es;
