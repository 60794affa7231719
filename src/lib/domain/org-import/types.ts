import type { Person, Role } from '../org-fields';

export const IMPORT_COLUMNS = [
	'employee_id',
	'email',
	'name',
	'department',
	'head_of',
	'locale',
	'role'
] as const;
/** The template's columns and `status`, which vendor files bring and Rapport's own may have. */
export const IMPORT_ACCEPTED_COLUMNS = [...IMPORT_COLUMNS, 'status'] as const;
export type ImportColumn = (typeof IMPORT_ACCEPTED_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['email', 'name', 'department'];

/** Something wrong with the file: a line number (1 = the header) and column where there is one. */
export type ImportProblem = {
	line: number | null;
	column: ImportColumn | null;
	value?: string;
	message: string;
};

/** One data row of the file, with the values of the columns the header has. */
export type ImportRecord = { line: number; values: Partial<Record<ImportColumn, string>> };

export type TableDelimiter = ',' | ';' | '\t';

/** A file read as a header and rows of text cells, before any column has a meaning. */
export type ImportTable = {
	format: 'csv' | 'xlsx';
	encoding: string | null;
	delimiter: TableDelimiter | null;
	/** Line (CSV) or row (worksheet) number of the header; 0 when there is none. */
	headerLine: number;
	headers: string[];
	rows: { line: number; cells: string[] }[];
	/** Problems found while reading: a file-level one means `rows` is empty. */
	problems: ImportProblem[];
};

export type CsvRead = {
	delimiter: TableDelimiter | null;
	columns: ImportColumn[];
	ignoredColumns: string[];
	records: ImportRecord[];
	/** Problems found while reading: a file-level one means `records` is empty. */
	problems: ImportProblem[];
};

/** The organisation as it stands, as far as the import is concerned. */
export type OrgSnapshot = {
	departments: {
		id: string;
		code: string;
		name: string;
		parentId: string | null;
		archived: boolean;
	}[];
	people: Person[];
	heads: { personId: string; departmentId: string }[];
	defaultLocale: string;
};

/**
 * A department reference inside a plan: an existing department's id, or `new:<n>` for one the
 * import creates.
 */
export type DepartmentRef = string;

export type PlannedDepartment = {
	ref: DepartmentRef;
	name: string;
	code: string;
	parentRef: DepartmentRef | null;
	path: string;
	line: number;
};

export type PlannedMove = {
	id: string;
	code: string;
	name: string;
	fromParentId: string | null;
	toParentRef: DepartmentRef | null;
	fromPath: string;
	toPath: string;
	line: number;
};

export type PersonValues = {
	employeeId: string | null;
	email: string;
	name: string;
	departmentRef: DepartmentRef | null;
	locale: string;
	role: Role;
	active: boolean;
	/** Departments this person heads, sorted. */
	headOf: DepartmentRef[];
};

export type PersonField = 'employeeId' | 'email' | 'name' | 'department' | 'locale' | 'role';
export type ChangeField = PersonField | 'active' | 'headOf';

export type FieldChange = { field: ChangeField; from: string; to: string };

export type PlannedCreate = { line: number; values: PersonValues; departmentPath: string };

export type PlannedUpdate = {
	line: number;
	id: string;
	before: PersonValues;
	after: PersonValues;
	changes: FieldChange[];
	departmentPath: string;
};

export type PlannedDeactivation = {
	id: string;
	name: string;
	email: string;
	employeeId: string | null;
	departmentPath: string;
	role: Role;
};

export type ImportPlan = {
	rowsRead: number;
	delimiter: TableDelimiter | null;
	columns: ImportColumn[];
	problems: ImportProblem[];
	notes: string[];
	newDepartments: PlannedDepartment[];
	moves: PlannedMove[];
	creates: PlannedCreate[];
	updates: PlannedUpdate[];
	unchanged: number;
	/** Active people no row lists: deactivated only by a full import. */
	notInFile: PlannedDeactivation[];
	/** Display path of every department the plan mentions, by ref. */
	paths: Record<DepartmentRef, string>;
};
