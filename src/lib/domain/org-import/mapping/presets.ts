import { headerKey, type MappedField } from './fields';

export const PRESET_IDS = [
	'bamboohr',
	'workday',
	'personio',
	'hibob',
	'rippling',
	'generic'
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export type Preset = {
	id: PresetId;
	label: string;
	/** The export's column headers as the vendor documents them, with their meaning. */
	columns: Record<string, MappedField | null>;
	/** Workday names a supervisory organisation with its manager: "Support (Maria Lopez)". */
	stripManagerFromDepartment?: boolean;
};

// Written from each vendor's published field list for its standard employee directory or worker
// report; columns mapped to null are known and deliberately not used (docs/org-import-mapping.md).
export const PRESETS: Preset[] = [
	{
		id: 'bamboohr',
		label: 'BambooHR',
		columns: {
			'Employee #': 'employee_id',
			'First Name': 'first_name',
			'Last Name': 'last_name',
			'Preferred Name': null,
			'Work Email': 'email',
			'Home Email': null,
			Department: 'department',
			Division: 'division',
			Location: null,
			'Job Title': null,
			Supervisor: 'manager_name',
			'Supervisor Email': 'manager_email',
			'Supervisor EID': 'manager_id',
			Status: 'status',
			'Employment Status': null,
			'Hire Date': null,
			'Termination Date': null
		}
	},
	{
		id: 'workday',
		label: 'Workday',
		stripManagerFromDepartment: true,
		columns: {
			Employee_ID: 'employee_id',
			Worker: null,
			Legal_Name: 'full_name',
			Preferred_Name: null,
			'Legal_Name_-_First_Name': 'first_name',
			'Legal_Name_-_Last_Name': 'last_name',
			'Email_-_Primary_Work': 'email',
			Supervisory_Organization: 'department',
			Superior_Organization: 'division',
			Cost_Center: null,
			Company: null,
			Location: null,
			Business_Title: null,
			Job_Profile: null,
			Manager: 'manager_name',
			Manager_Employee_ID: 'manager_id',
			Worker_Status: 'status',
			Active_Status: null,
			Worker_Type: null,
			Hire_Date: null,
			Termination_Date: null,
			Preferred_Language: 'locale'
		}
	},
	{
		id: 'personio',
		label: 'Personio',
		columns: {
			ID: 'employee_id',
			'First name': 'first_name',
			'Last name': 'last_name',
			'Preferred name': null,
			Email: 'email',
			Gender: null,
			Status: 'status',
			Position: null,
			Supervisor: 'manager_name',
			'Employment type': null,
			'Weekly working hours': null,
			'Hire date': null,
			'Contract end date': null,
			'Termination date': null,
			Office: null,
			Subcompany: null,
			Department: 'department',
			Team: null,
			'Cost centers': null
		}
	},
	{
		id: 'hibob',
		label: 'HiBob',
		columns: {
			'Employee ID': 'employee_id',
			'Display name': 'full_name',
			'First name': 'first_name',
			'Last name': 'last_name',
			Email: 'email',
			Department: 'department',
			Division: 'division',
			Site: null,
			'Job title': null,
			'Reports to': 'manager_name',
			'Reports to email': 'manager_email',
			'Lifecycle status': 'status',
			'Employment type': null,
			'Start date': null,
			'Termination date': null,
			'Work phone': null
		}
	},
	{
		id: 'rippling',
		label: 'Rippling',
		columns: {
			'Employee number': 'employee_id',
			'Legal first name': 'first_name',
			'Legal last name': 'last_name',
			'Preferred first name': null,
			'Work email': 'email',
			'Personal email': null,
			Department: 'department',
			'Parent department': 'division',
			Title: null,
			Manager: 'manager_name',
			"Manager's work email": 'manager_email',
			'Role state': 'status',
			'Employment type': null,
			'Work location': null,
			'Start date': null,
			'End date': null,
			Language: 'locale'
		}
	}
];

/**
 * Usual header words of any export, for the generic preset and columns a preset does not name;
 * within a field, the earlier spelling wins when two columns have one each.
 */
export const GENERIC_HEADERS: Record<string, { field: MappedField; rank: number }> =
	Object.fromEntries(
		(
			[
				[
					'employee_id',
					[
						'employee id',
						'employee number',
						'employee no',
						'emp id',
						'staff id',
						'personnel number',
						'worker id',
						'id'
					]
				],
				[
					'email',
					[
						'work email',
						'email',
						'e-mail',
						'email address',
						'business email',
						'company email',
						'mail'
					]
				],
				[
					'full_name',
					['name', 'full name', 'employee name', 'employee', 'display name', 'legal name']
				],
				['first_name', ['first name', 'given name', 'forename', 'firstname']],
				['last_name', ['last name', 'surname', 'family name', 'lastname']],
				[
					'department',
					[
						'department',
						'dept',
						'team',
						'unit',
						'org unit',
						'organisation',
						'organization',
						'department name'
					]
				],
				[
					'department_path',
					['department path', 'org path', 'organisation path', 'organization path', 'hierarchy']
				],
				[
					'division',
					['division', 'parent department', 'parent unit', 'business unit', 'superior organization']
				],
				[
					'manager_name',
					['manager', 'manager name', 'supervisor', 'supervisor name', 'reports to', 'line manager']
				],
				[
					'manager_email',
					['manager email', 'supervisor email', 'reports to email', 'line manager email']
				],
				[
					'manager_id',
					['manager id', 'manager employee id', 'supervisor id', 'supervisor eid', 'reports to id']
				],
				[
					'status',
					[
						'status',
						'employment status',
						'employee status',
						'worker status',
						'lifecycle status',
						'active'
					]
				],
				['locale', ['locale', 'language', 'preferred language', 'lang']],
				['customer_facing', ['customer facing', 'customer-facing', 'client facing', 'frontline']],
				['head_of', ['head of', 'head_of', 'department head of', 'heads']],
				['role', ['role', 'rapport role']]
			] as [MappedField, string[]][]
		).flatMap(([field, headers]) => headers.map((h, rank) => [headerKey(h), { field, rank }]))
	);

export function presetById(id: string): Preset | null {
	return PRESETS.find((p) => p.id === id) ?? null;
}

/** The preset whose documented headers the file has most of (at least three), else generic. */
export function detectPreset(headers: string[]): PresetId {
	const keys = new Set(headers.map(headerKey));
	// A preset needs at least two of its headers spelled exactly, or three in other spellings.
	let best: { id: PresetId; score: number } = { id: 'generic', score: 3 };
	for (const preset of PRESETS) {
		// Exact spelling counts more than the same words, so Workday's underscores tell it apart.
		const exact = new Set(headers.map((h) => h.trim()));
		let score = 0;
		for (const header of Object.keys(preset.columns)) {
			if (exact.has(header)) score += 2;
			else if (keys.has(headerKey(header))) score += 1;
		}
		if (score > best.score) best = { id: preset.id, score };
	}
	return best.id;
}
