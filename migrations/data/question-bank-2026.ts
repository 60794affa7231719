// The question bank Rapport ships with (migration 0003). Frozen with that migration: later
// wording changes are made by HR in the app, which versions them.
type Seed = {
	key: string;
	driver: string;
	kind: 'likert' | 'scale_0_10' | 'comment' | 'internal_service';
	texts: { en: string; es: string };
};

export const QUESTION_BANK_2026: Seed[] = [
	// Empowerment: meaning, competence, self-determination, impact, and the authority to put a
	// customer's problem right without escalating.
	{
		key: 'empowerment.meaning',
		driver: 'empowerment',
		kind: 'likert',
		texts: {
			en: 'The work I do here matters to me.',
			es: 'El trabajo que hago aquí es importante para mí.'
		}
	},
	{
		key: 'empowerment.competence',
		driver: 'empowerment',
		kind: 'likert',
		texts: {
			en: 'I have the skills and the tools to do my job well.',
			es: 'Tengo las habilidades y las herramientas para hacer bien mi trabajo.'
		}
	},
	{
		key: 'empowerment.self_determination',
		driver: 'empowerment',
		kind: 'likert',
		texts: {
			en: 'I can decide for myself how to go about my work.',
			es: 'Puedo decidir por mí mismo cómo organizar mi trabajo.'
		}
	},
	{
		key: 'empowerment.impact',
		driver: 'empowerment',
		kind: 'likert',
		texts: {
			en: 'I have a real say in what happens in my team.',
			es: 'Tengo voz real en lo que ocurre en mi equipo.'
		}
	},
	{
		key: 'empowerment.fix_for_customer',
		driver: 'empowerment',
		kind: 'likert',
		texts: {
			en: 'When a customer has a problem, I am allowed to put it right without asking for permission.',
			es: 'Cuando un cliente tiene un problema, puedo resolverlo sin tener que pedir permiso.'
		}
	},
	// Internal support received: how well other departments serve this person.
	{
		key: 'internal_support.on_time',
		driver: 'internal_support',
		kind: 'likert',
		texts: {
			en: 'When I need something from another department, I get it in time.',
			es: 'Cuando necesito algo de otro departamento, lo recibo a tiempo.'
		}
	},
	{
		key: 'internal_support.know_whom',
		driver: 'internal_support',
		kind: 'likert',
		texts: {
			en: 'I know whom to ask in other departments to get things done.',
			es: 'Sé a quién acudir en otros departamentos para sacar el trabajo adelante.'
		}
	},
	{
		key: 'internal_support.quality',
		driver: 'internal_support',
		kind: 'likert',
		texts: {
			en: 'What other departments hand over to us is accurate and complete.',
			es: 'Lo que nos entregan otros departamentos es correcto y completo.'
		}
	},
	{
		key: 'internal_support.treated_as_customer',
		driver: 'internal_support',
		kind: 'likert',
		texts: {
			en: 'Other departments treat our requests as if we were their customers.',
			es: 'Otros departamentos tratan nuestras peticiones como si fuéramos sus clientes.'
		}
	},
	{
		key: 'internal_support.serve_customers',
		driver: 'internal_support',
		kind: 'likert',
		texts: {
			en: 'The help I get from colleagues lets me serve our customers well.',
			es: 'La ayuda que recibo de mis compañeros me permite atender bien a nuestros clientes.'
		}
	},
	// Morale.
	{
		key: 'morale.energy',
		driver: 'morale',
		kind: 'likert',
		texts: {
			en: 'Most days I come to work with energy.',
			es: 'La mayoría de los días llego al trabajo con energía.'
		}
	},
	{
		key: 'morale.pride',
		driver: 'morale',
		kind: 'likert',
		texts: {
			en: 'I am proud to tell people where I work.',
			es: 'Me enorgullece decir dónde trabajo.'
		}
	},
	{
		key: 'morale.team_mood',
		driver: 'morale',
		kind: 'likert',
		texts: {
			en: 'The mood in my team is good.',
			es: 'El ambiente en mi equipo es bueno.'
		}
	},
	{
		key: 'morale.future',
		driver: 'morale',
		kind: 'likert',
		texts: {
			en: 'I see myself still working here two years from now.',
			es: 'Me veo trabajando aquí dentro de dos años.'
		}
	},
	// Recognition.
	{
		key: 'recognition.noticed',
		driver: 'recognition',
		kind: 'likert',
		texts: {
			en: 'When I do good work, someone notices.',
			es: 'Cuando hago un buen trabajo, alguien lo nota.'
		}
	},
	{
		key: 'recognition.thanked',
		driver: 'recognition',
		kind: 'likert',
		texts: {
			en: 'In the past month someone thanked me for my work.',
			es: 'En el último mes alguien me agradeció mi trabajo.'
		}
	},
	{
		key: 'recognition.fair',
		driver: 'recognition',
		kind: 'likert',
		texts: {
			en: 'Recognition here goes to the people who earn it.',
			es: 'Aquí el reconocimiento es para quienes se lo ganan.'
		}
	},
	{
		key: 'recognition.progress',
		driver: 'recognition',
		kind: 'likert',
		texts: {
			en: 'My manager talks with me about how I am progressing.',
			es: 'Mi responsable habla conmigo sobre cómo estoy progresando.'
		}
	},
	// Workload.
	{
		key: 'workload.manageable',
		driver: 'workload',
		kind: 'likert',
		texts: {
			en: 'My workload is manageable.',
			es: 'Mi carga de trabajo es manejable.'
		}
	},
	{
		key: 'workload.time_to_do_well',
		driver: 'workload',
		kind: 'likert',
		texts: {
			en: 'I have enough time to do my work properly.',
			es: 'Tengo tiempo suficiente para hacer bien mi trabajo.'
		}
	},
	{
		key: 'workload.switch_off',
		driver: 'workload',
		kind: 'likert',
		texts: {
			en: 'I can switch off from work in my own time.',
			es: 'Puedo desconectar del trabajo en mi tiempo libre.'
		}
	},
	{
		key: 'workload.priorities',
		driver: 'workload',
		kind: 'likert',
		texts: {
			en: 'When everything seems urgent, I know what to do first.',
			es: 'Cuando todo parece urgente, sé qué hacer primero.'
		}
	},
	// Asked every round by default.
	{
		key: 'enps.recommend',
		driver: 'enps',
		kind: 'scale_0_10',
		texts: {
			en: 'How likely are you to recommend {organisation} as a place to work?',
			es: '¿Qué probabilidad hay de que recomiendes {organisation} como lugar para trabajar?'
		}
	},
	{
		key: 'internal_service.rating',
		driver: 'internal_service',
		kind: 'internal_service',
		texts: {
			en: 'Which departments did you depend on this period, and how well did each one support you in serving your customers?',
			es: '¿De qué departamentos dependiste en este periodo y qué tan bien te apoyó cada uno para atender a tus clientes?'
		}
	},
	{
		key: 'comment.open',
		driver: 'comment',
		kind: 'comment',
		texts: {
			en: 'Is there anything else you would like to tell us?',
			es: '¿Hay algo más que quieras contarnos?'
		}
	}
];
