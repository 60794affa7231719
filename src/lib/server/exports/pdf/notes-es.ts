import type { ReportNotes } from './catalogue-notes';

export const NOTES_ES: ReportNotes = {
	marks: { protects_smaller_group: 'oculto', group_changed: 'cambió' },
	contents: {
		drivers: 'Puntuaciones de los factores',
		enps: 'eNPS',
		participation: 'Participación',
		internal_service: 'Servicio interno recibido (NPS interno)',
		matrix: 'Matriz de servicio interno',
		service_chain: 'Cadena de servicio: apoyo interno y satisfacción de los clientes',
		comments: 'Comentarios (solo RR. HH.)'
	},
	dateTime: (at) =>
		`${new Intl.DateTimeFormat('es', {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZone: 'UTC'
		}).format(at)} UTC`,
	legends: {
		likert: '1 totalmente en desacuerdo · 2 · 3 · 4 · 5 totalmente de acuerdo',
		nps: 'detractores 0–6 · pasivos 7–8 · promotores 9–10'
	},
	items: {
		heading: 'Pregunta por pregunta',
		note: 'Cómo respondieron las personas a cada pregunta de la última ronda, de 1 (totalmente en desacuerdo) a 5 (totalmente de acuerdo), con n. Una pregunta oculta indica el motivo y no muestra ningún recuento.'
	},
	hiddenCells: (entries) => `Celdas ocultas: ${entries}.`,
	units: {
		participation: '% que respondió',
		score: 'puntuación, de −100 a 100',
		favourable: '% favorable'
	},
	latestValue: (value) => `último ${value}`,
	hiddenValue: (mark) => `oculto (${mark})`,
	trendsCaption: (subject, legend) =>
		(subject
			? `${subject} (azul) junto a toda la empresa (gris, discontinua), `
			: 'Toda la empresa, ') +
		'ronda a ronda.' +
		(legend
			? ` Una banda gris es una ronda cuya cifra está oculta: la línea se interrumpe ahí y la marca en la parte superior de la banda indica el motivo (${legend}).`
			: ''),
	heatmap: {
		caption: (from, to) =>
			`Ronda del ${from} al ${to}. Factores: % favorable; eNPS y NPS interno: de -100 a 100; ` +
			'participación: % que respondió. Las celdas grises están ocultas, cada una marcada con el ' +
			'motivo (véase debajo de la tabla); una celda en blanco queda fuera de esta exportación.',
		department: 'Departamento',
		ownMembers: 'miembros propios',
		short: {
			participation: 'Particip.',
			empowerment: 'Autonom.',
			internal_support: 'Apoyo',
			morale: 'Moral',
			recognition: 'Reconoc.',
			workload: 'Carga',
			manager_support: 'Resp.',
			enps: 'eNPS',
			internal_nps_received: 'NPS int.'
		}
	},
	matrix: {
		caption: (rounds, shown, asked) =>
			`${rounds} ${rounds === 1 ? 'ronda' : 'rondas'} del periodo: NPS interno (de -100 a 100) que los miembros propios de cada ` +
			'departamento cliente (filas) dieron a cada departamento proveedor (columnas, por código), agregado en las ' +
			'rondas en que el par podía mostrarse. Las celdas grises están ocultas en todas las rondas, cada una marcada ' +
			`con el motivo (véase debajo de la tabla); una celda en blanco queda fuera de esta exportación. Se muestran ${shown} de ${asked} pares consultados.`,
		corner: 'Cliente \\ proveedor',
		everyone: 'Todos los que los valoraron'
	},
	chain: {
		intro:
			'¿Los departamentos a los que sus compañeros atienden bien atienden bien a sus clientes? Cada punto es un ' +
			'departamento: el apoyo interno que recibe y la satisfacción de sus clientes, promediados en los meses ' +
			'de este periodo en que existen ambas cifras. Solo cuentan los departamentos cuya cifra interna superó el ' +
			'umbral de anonimato. Correlación no implica causalidad.',
		noExternal: 'No hay cifras de satisfacción externa en este periodo.',
		noDepartment: 'Ningún departamento de esta exportación tiene ambas cifras en el periodo.',
		internalAnd: (metric) => `Apoyo interno y ${metric}`,
		vertical: (metric) => `${metric} (vertical)`,
		internalAxis: 'Apoyo interno recibido (% favorable)',
		departments: (n, withheld) =>
			`Departamentos: ${n}${withheld ? ` (${withheld} fuera de esta exportación, no se muestran)` : ''}`,
		correlation: (r, interval, n) =>
			`r = ${r}${interval ? `, intervalo del 95 % ${interval}` : ''}, n = ${n}`,
		interval: (low, high) => `de ${low} a ${high}`,
		tooFew: (minimum) => `Menos de ${minimum} departamentos: no se calcula ninguna correlación.`,
		spearman: (rho) => `Rho de Spearman = ${rho}`,
		quartiles: (top, bottom, gap) =>
			`Cuartil superior ${top} frente a cuartil inferior ${bottom} (diferencia ${gap})`,
		dots: 'Tamaño del punto: personas que respondieron. Discontinua: ajuste ponderado por las respuestas.',
		lagged: 'Con desfase: cambio dentro de los departamentos a lo largo del tiempo',
		tooFewPairs: 'demasiado pocos pares',
		notEnough: ': todavía no hay pruebas suficientes',
		forward: (metric, lag, figure) =>
			`Apoyo interno ahora -> ${metric} ${lag} ${lag === 1 ? 'mes' : 'meses'} después: ${figure}`,
		reverse: (metric, lag, figure) =>
			`${metric} ahora -> apoyo interno ${lag} ${lag === 1 ? 'mes' : 'meses'} después: ${figure}`,
		verdicts: {
			inconclusive:
				'Todavía no hay pruebas suficientes: el intervalo es demasiado amplio (o los departamentos demasiado pocos) para saber si ambas cifras van juntas.',
			positive: 'Ambas cifras van juntas: el intervalo está por encima de cero.',
			negative: 'Ambas cifras van en sentido contrario: el intervalo está por debajo de cero.',
			no_clear_relation: 'No hay una relación clara: el intervalo incluye el cero.'
		}
	},
	comments: {
		intro: (from, to) =>
			`Comentarios abiertos de la ronda del ${from} al ${to}, en orden aleatorio y sin fecha.`,
		hidden: (reason) => `Ocultos: ${reason}.`,
		none: 'No hay comentarios en esta ronda.'
	},
	actions: {
		heading: 'Áreas de mejora y acciones',
		after: (round) => `Tras la ronda del ${round}`,
		none: 'Todavía no hay acciones.',
		noOwner: 'sin responsable',
		due: (day, overdue) => `vence el ${day}${overdue ? ', con retraso' : ''}`,
		status: {
			Planned: 'Planificada',
			'In progress': 'En curso',
			Done: 'Hecha',
			Dropped: 'Descartada'
		}
	},
	stories: {
		heading: 'Historias de servicio',
		intro: (from, to) =>
			`Historias que contaron los compañeros para agradecer a un departamento, del ${from} al ${to}:`,
		noRound: 'No hay ninguna ronda en esta exportación.',
		none: 'No hay historias en este periodo.',
		happened: (text) => `Qué pasó: ${text}`,
		meant: (text) => `Qué supuso para un cliente: ${text}`,
		anonymous: 'Anónimo',
		more: (n) => `${n} más en la exportación de hoja de cálculo.`
	},
	method: (k, kComments, reasons) => [
		{
			heading: 'De dónde salen las cifras',
			text:
				'Cada cifra se lee de los agregados calculados una sola vez al cerrarse una ronda, a través del ' +
				'mismo filtro de privacidad que los paneles y la API: una exportación muestra exactamente lo mismo. ' +
				'No se incluye nada de una ronda que siga abierta.'
		},
		{
			heading: 'Indicadores',
			text:
				'Las puntuaciones de los factores son el % favorable: la proporción de respuestas de 4 o 5 en la ' +
				'escala de 1 a 5, agrupando las preguntas de cada factor; la media es la de las respuestas. El eNPS y ' +
				'el NPS interno son el % de promotores (9–10) menos el % de detractores (0–6), de −100 a 100. La ' +
				'participación son las respuestas divididas entre las personas invitadas. Los porcentajes y las ' +
				'puntuaciones llevan un decimal; las medias, dos. Un cambio es la diferencia entre dos cifras ' +
				'mostradas; los factores se alternan de una ronda a otra, así que cada factor se compara con la ' +
				'última ronda anterior que lo preguntó.'
		},
		{
			heading: 'Grupos',
			text:
				'Las cifras de un departamento abarcan todo su subárbol: sus propios miembros y todos los ' +
				'departamentos que dependen de él. Las filas marcadas como «miembros propios» son las personas ' +
				'asignadas directamente a un departamento que tiene subdepartamentos. La matriz de servicio interno ' +
				'muestra cómo valoraron los miembros propios de cada departamento cliente a cada departamento proveedor.'
		},
		{
			heading: 'Anonimato',
			text:
				`No se muestra ninguna cifra sobre menos de ${k} personas; los comentarios necesitan ` +
				`${kComments} personas. Cuando varios grupos suman un total, un grupo oculto nunca es el único ` +
				'oculto: se oculta también otro, para que ninguna cifra oculta pueda deducirse por resta. Una ' +
				'cifra oculta nunca aparece como cero ni en blanco: indica por qué está oculta. Los comentarios ' +
				'se muestran sin fecha y en orden aleatorio.'
		},
		{
			heading: 'Por qué se oculta una cifra',
			text:
				'Cada cifra oculta da uno de cuatro motivos, aquí en palabras y como código en la columna ' +
				'"reason" del CSV (cuyas columnas value, mean y n dicen "suppressed"): ' +
				Object.entries(reasons)
					.map(([code, words]) => `${code}: «${words}»`)
					.join('; ') +
				'. Menos de k: el propio grupo es demasiado pequeño. Un grupo más pequeño: la cifra se oculta ' +
				'solo para que un grupo pequeño a su lado no pueda deducirse del total. No preguntado: los ' +
				'factores se turnan y esta ronda no lo preguntó. Grupo cambiado: se trasladó a personas al ' +
				'grupo justo antes de la ronda, así que su cifra podría identificarlas.'
		},
		{
			heading: 'Leer con cuidado',
			text:
				'Los cambios pequeños entre rondas suelen ser ruido: un cambio de unos pocos puntos en un grupo ' +
				'de diez personas son una o dos respuestas. Correlación no implica causalidad.'
		}
	]
};
