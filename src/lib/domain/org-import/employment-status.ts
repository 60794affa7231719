/** What an HR system's status column says about a person, in Rapport's terms. */
export type EmploymentStatus = 'active' | 'on_leave' | 'not_started' | 'inactive' | 'terminated';

// Spellings seen in HR exports (BambooHR, Workday, Personio, HiBob, Rippling) and by hand in
// English, Spanish, French and German, compared lower-case with spaces, dashes and dots folded.
const SPELLINGS: Record<EmploymentStatus, string[]> = {
	active: [
		'active',
		'a',
		'1',
		'y',
		'yes',
		'true',
		'employed',
		'current',
		'working',
		'full time',
		'part time',
		'activo',
		'activa',
		'alta',
		'actif',
		'aktiv'
	],
	on_leave: [
		'on leave',
		'leave',
		'leave of absence',
		'loa',
		'garden leave',
		'parental leave',
		'maternity leave',
		'paternity leave',
		'sick leave',
		'sabbatical',
		'furloughed',
		'de permiso',
		'excedencia',
		'en congé',
		'beurlaubt',
		'elternzeit'
	],
	not_started: [
		'hired',
		'pre hire',
		'prehire',
		'onboarding',
		'pending',
		'invited',
		'accepted',
		'future',
		'not started'
	],
	inactive: [
		'inactive',
		'i',
		'0',
		'n',
		'no',
		'false',
		'disabled',
		'suspended',
		'inactivo',
		'inactiva',
		'inactif',
		'inaktiv'
	],
	terminated: [
		'terminated',
		'termination',
		'term',
		't',
		'left',
		'leaver',
		'former',
		'former employee',
		'resigned',
		'retired',
		'dismissed',
		'offboarded',
		'offboarding',
		'deceased',
		'baja',
		'dado de baja',
		'terminado',
		'parti',
		'ausgetreten'
	]
};

const BY_SPELLING = new Map<string, EmploymentStatus>(
	Object.entries(SPELLINGS).flatMap(([status, spellings]) =>
		spellings.map((s) => [s, status as EmploymentStatus] as const)
	)
);

const fold = (value: string) =>
	value
		.trim()
		.toLowerCase()
		.replace(/[\s_\-.]+/g, ' ')
		.trim();

/** The status a value names, or null when it names none Rapport knows. */
export function parseEmploymentStatus(value: string): EmploymentStatus | null {
	return BY_SPELLING.get(fold(value)) ?? null;
}

/**
 * Only people at work take part: someone on leave, not started yet or gone is deactivated (kept,
 * never deleted, never invited) and active again when a later file says so.
 */
export function takesPart(status: EmploymentStatus): boolean {
	return status === 'active';
}
