import ExcelJS from 'exceljs';

/**
 * Realistic HR-system exports for import tests, shaped as each vendor documents its employee
 * directory or worker report: 61 rows with a CEO, three divisions of two departments each,
 * managers, accents, leavers (left, on leave, inactive) and, on request, four bad rows.
 */
export type VendorPerson = {
	id: string;
	first: string;
	last: string;
	email: string;
	department: string;
	division: string;
	manager: number | null;
	status: 'active' | 'terminated' | 'on_leave' | 'inactive' | 'unknown';
	title: string;
	locale: 'en' | 'es' | 'fr' | 'de';
};

export const DIVISIONS: Record<string, string[]> = {
	Operations: ['Customer Support', 'Logistics'],
	Finance: ['Payroll', 'Accounting'],
	Tecnología: ['Ingeniería', 'Datos']
};

const FIRST = [
	'Ana',
	'Björn',
	'Chloé',
	'Dário',
	'Elif',
	'Fátima',
	'Gaël',
	'Hélène',
	'Iñigo',
	'Jonas'
];
const LAST = ['García', 'Okafor', 'Núñez', 'Søndergaard', 'Brontë', 'Ibáñez', 'Lefèvre', 'Kraus'];

/** The organisation; `withDivisions` false puts division heads in Leadership (no division column). */
export function vendorPeople(options: {
	withDivisions: boolean;
	badRows: boolean;
}): VendorPerson[] {
	const people: VendorPerson[] = [];
	const add = (p: Omit<VendorPerson, 'id' | 'email' | 'title' | 'locale'> & { title?: string }) => {
		const n = people.length + 1;
		const ascii = `${p.first}.${p.last}`
			.normalize('NFKD')
			.replace(/[^\w.]/g, '')
			.toLowerCase();
		people.push({
			...p,
			id: String(1000 + n),
			email: `${ascii}.${n}@vendor.test`,
			title: p.title ?? 'Specialist',
			locale: (['en', 'es', 'fr', 'de'] as const)[n % 4]
		});
		return people.length - 1;
	};
	const ceo = add({
		first: 'Marta',
		last: 'Ibáñez',
		department: 'Leadership',
		division: '',
		manager: null,
		status: 'active',
		title: 'CEO'
	});
	add({
		first: 'Zoë',
		last: 'Clarke',
		department: 'Leadership',
		division: '',
		manager: ceo,
		status: 'active',
		title: 'Executive Assistant'
	});
	const divisionHeads = ['Olivia Brennan', 'François Dubois', 'Jürgen Müller'];
	Object.entries(DIVISIONS).forEach(([division, departments], d) => {
		const [first, last] = divisionHeads[d].split(' ');
		const head = add({
			first,
			last,
			department: options.withDivisions ? division : 'Leadership',
			division: options.withDivisions ? division : '',
			manager: ceo,
			status: 'active',
			title: `VP ${division}`
		});
		departments.forEach((department, k) => {
			const lead = add({
				first: FIRST[(d * 2 + k) % FIRST.length],
				last: `Lead${d}${k}`,
				department,
				division,
				manager: head,
				status: 'active',
				title: 'Team Lead'
			});
			for (let m = 0; m < 7; m++) {
				add({
					first: FIRST[(m + k + d) % FIRST.length],
					last: LAST[(m * 3 + d + k) % LAST.length],
					department,
					division,
					manager: lead,
					status: 'active'
				});
			}
			if (k === 0) {
				add({
					first: 'Leaver',
					last: `Number${d}`,
					department,
					division,
					manager: lead,
					status: d === 0 ? 'terminated' : d === 1 ? 'on_leave' : 'inactive'
				});
			}
		});
	});
	add({
		first: 'Gone',
		last: 'Before',
		department: 'Logistics',
		division: 'Operations',
		manager: null,
		status: 'terminated'
	});
	if (options.badRows) {
		const bad = (p: Partial<VendorPerson>) => {
			const i = add({
				first: 'Bad',
				last: `Row${people.length}`,
				department: 'Payroll',
				division: 'Finance',
				manager: ceo,
				status: 'active'
			});
			Object.assign(people[i], p);
		};
		bad({ email: 'not-an-email' });
		bad({ email: people[5].email });
		bad({ department: '', division: '' });
		bad({ status: 'unknown' });
	}
	return people;
}

type Column = [header: string, value: (p: VendorPerson, all: VendorPerson[]) => string];
const full = (p: VendorPerson) => `${p.first} ${p.last}`;
const managerName = (p: VendorPerson, all: VendorPerson[]) =>
	p.manager === null ? '' : full(all[p.manager]);
const managerEmail = (p: VendorPerson, all: VendorPerson[]) =>
	p.manager === null ? '' : all[p.manager].email;
const hire = (p: VendorPerson) => {
	const n = Number(p.id.replace(/\D/g, ''));
	return `20${10 + (n % 14)}-0${1 + (n % 9)}-15`;
};
const status = (words: Record<VendorPerson['status'], string>) => (p: VendorPerson) =>
	words[p.status];
const LANGUAGE = { en: 'English', es: 'Spanish', fr: 'French', de: 'German' };

export type VendorFormat = {
	preset: 'bamboohr' | 'workday' | 'personio' | 'hibob' | 'rippling';
	withDivisions: boolean;
	columns: Column[];
	encode: (rows: string[][]) => Promise<Uint8Array> | Uint8Array;
	fileName: string;
};

function csv(rows: string[][], delimiter: string): string {
	const quote = (v: string) => (/["\n;,\t]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
	return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

async function xlsx(rows: string[][]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Workers');
	for (const row of rows) sheet.addRow(row);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const VENDOR_FORMATS: VendorFormat[] = [
	{
		preset: 'bamboohr',
		withDivisions: true,
		fileName: 'bamboohr-directory.csv',
		encode: (rows) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(csv(rows, ','), 'utf8')]),
		columns: [
			['Employee #', (p) => p.id],
			['First Name', (p) => p.first],
			['Last Name', (p) => p.last],
			['Work Email', (p) => p.email],
			['Department', (p) => p.department],
			['Division', (p) => p.division],
			['Job Title', (p) => p.title],
			['Supervisor', managerName],
			[
				'Status',
				status({
					active: 'Active',
					terminated: 'Inactive',
					on_leave: 'Inactive',
					inactive: 'Inactive',
					unknown: 'Contractor'
				})
			],
			['Hire Date', hire]
		]
	},
	{
		preset: 'workday',
		withDivisions: true,
		fileName: 'workday-workers.xlsx',
		encode: xlsx,
		columns: [
			['Employee_ID', (p) => p.id],
			['Legal_Name', full],
			['Email_-_Primary_Work', (p) => p.email],
			[
				'Supervisory_Organization',
				(p, all) => (p.department ? `${p.department} (${managerName(p, all) || full(p)})` : '')
			],
			['Superior_Organization', (p) => (p.division === p.department ? '' : p.division)],
			['Business_Title', (p) => p.title],
			['Manager', managerName],
			[
				'Worker_Status',
				status({
					active: 'Active',
					terminated: 'Terminated',
					on_leave: 'On Leave',
					inactive: 'Terminated',
					unknown: 'Contractor'
				})
			],
			['Hire_Date', hire]
		]
	},
	{
		preset: 'personio',
		withDivisions: false,
		fileName: 'personio-export.csv',
		encode: (rows) => Buffer.from(csv(rows, ';'), 'utf8'),
		columns: [
			['ID', (p) => p.id],
			['First name', (p) => p.first],
			['Last name', (p) => p.last],
			['Email', (p) => p.email],
			[
				'Status',
				status({
					active: 'active',
					terminated: 'inactive',
					on_leave: 'leave',
					inactive: 'inactive',
					unknown: 'Contractor'
				})
			],
			['Position', (p) => p.title],
			['Supervisor', managerName],
			['Department', (p) => p.department],
			['Office', () => 'Madrid'],
			['Hire date', hire]
		]
	},
	{
		preset: 'hibob',
		withDivisions: true,
		fileName: 'hibob-people.csv',
		encode: (rows) => new Uint8Array([0xff, 0xfe, ...Buffer.from(csv(rows, '\t'), 'utf16le')]),
		columns: [
			['Employee ID', (p) => p.id],
			['Display name', full],
			['Email', (p) => p.email],
			['Department', (p) => p.department],
			['Division', (p) => p.division],
			['Site', () => 'London'],
			['Job title', (p) => p.title],
			['Reports to', managerName],
			[
				'Lifecycle status',
				status({
					active: 'Employed',
					terminated: 'Terminated',
					on_leave: 'Garden leave',
					inactive: 'Terminated',
					unknown: 'Contractor'
				})
			],
			['Start date', hire]
		]
	},
	{
		preset: 'rippling',
		withDivisions: true,
		fileName: 'rippling-employees.csv',
		encode: (rows) => new Uint8Array(windows1252(csv(rows, ','))),
		columns: [
			['Employee number', (p) => p.id],
			['Legal first name', (p) => p.first],
			['Legal last name', (p) => p.last],
			['Work email', (p) => p.email],
			['Department', (p) => p.department],
			['Parent department', (p) => (p.division === p.department ? '' : p.division)],
			['Title', (p) => p.title],
			["Manager's work email", managerEmail],
			[
				'Role state',
				status({
					active: 'Active',
					terminated: 'Terminated',
					on_leave: 'Leave of absence',
					inactive: 'Terminated',
					unknown: 'Contractor'
				})
			],
			['Language', (p) => LANGUAGE[p.locale]],
			['Start date', hire]
		]
	}
];

const CP1252_EXTRAS: Record<string, number> = { '€': 0x80, œ: 0x9c, Œ: 0x8c, '’': 0x92 };

/** Text as Windows-1252 bytes (Latin-1 plus a few), as a western Windows Excel saves a CSV. */
function windows1252(text: string): number[] {
	return [...text].map((ch) => {
		const code = ch.codePointAt(0)!;
		if (code < 0x100) return code;
		const extra = CP1252_EXTRAS[ch];
		if (extra === undefined) throw new Error(`not in Windows-1252: ${ch}`);
		return extra;
	});
}

/** The file a vendor would export for these people: header, then one row each. */
export function vendorFile(format: VendorFormat, people: VendorPerson[]) {
	const rows = [
		format.columns.map(([h]) => h),
		...people.map((p) => format.columns.map(([, v]) => v(p, people)))
	];
	return format.encode(rows);
}
