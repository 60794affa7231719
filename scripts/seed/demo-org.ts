import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Database, DepartmentKind, NewPerson } from '../../src/lib/server/db/schema';
import { DEPENDS_ON } from './demo-model';
import { pick, seededRandom } from './random';

export const DEMO_PASSWORD = 'rapport-demo';
export const DEMO_ORGANISATION = 'Northwind Outfitters';

type DepartmentSeed = {
	code: string;
	name: string;
	slug: string;
	kind: DepartmentKind;
	/** People placed directly in this department, its head included. */
	size: number;
	children?: DepartmentSeed[];
};

// Four divisions, two or three levels deep; Legal stays below the anonymity threshold on purpose.
export const DEMO_TREE: DepartmentSeed[] = [
	{
		code: 'OPS',
		name: 'Operations',
		slug: 'operations',
		kind: 'internal',
		size: 3,
		children: [
			{ code: 'SUP', name: 'Customer Support', slug: 'support', kind: 'customer_facing', size: 48 },
			{ code: 'FLD', name: 'Field Service', slug: 'field', kind: 'customer_facing', size: 30 },
			{
				code: 'LOG',
				name: 'Logistics',
				slug: 'logistics',
				kind: 'internal',
				size: 18,
				children: [
					{ code: 'WHS', name: 'Warehouse', slug: 'warehouse', kind: 'internal', size: 26 }
				]
			}
		]
	},
	{
		code: 'COM',
		name: 'Commercial',
		slug: 'commercial',
		kind: 'internal',
		size: 3,
		children: [
			{ code: 'SAL', name: 'Sales', slug: 'sales', kind: 'customer_facing', size: 32 },
			{
				code: 'ACM',
				name: 'Account Management',
				slug: 'accounts',
				kind: 'customer_facing',
				size: 20
			},
			{ code: 'MKT', name: 'Marketing', slug: 'marketing', kind: 'internal', size: 16 }
		]
	},
	{
		code: 'TEC',
		name: 'Technology',
		slug: 'technology',
		kind: 'internal',
		size: 2,
		children: [
			{ code: 'ENG', name: 'Engineering', slug: 'engineering', kind: 'internal', size: 42 },
			{ code: 'ITS', name: 'IT Service Desk', slug: 'itdesk', kind: 'internal', size: 12 },
			{ code: 'DAT', name: 'Data & Analytics', slug: 'data', kind: 'internal', size: 10 }
		]
	},
	{
		code: 'CRP',
		name: 'Corporate Services',
		slug: 'corporate',
		kind: 'internal',
		size: 2,
		children: [
			{ code: 'FIN', name: 'Finance', slug: 'finance', kind: 'internal', size: 14 },
			{ code: 'PPL', name: 'People & Culture', slug: 'people', kind: 'internal', size: 8 },
			{ code: 'LEG', name: 'Legal', slug: 'legal', kind: 'internal', size: 3 }
		]
	}
];

const FIRST_NAMES = [
	'Ana',
	'Ben',
	'Carla',
	'David',
	'Elena',
	'Farid',
	'Grace',
	'Hugo',
	'Ines',
	'James',
	'Kira',
	'Luis',
	'Maya',
	'Noah',
	'Olga',
	'Pablo',
	'Quinn',
	'Rosa',
	'Samir',
	'Tara',
	'Umar',
	'Vera',
	'Wen',
	'Ximena',
	'Yusuf',
	'Zoe',
	'Amara',
	'Bruno',
	'Chloe',
	'Diego',
	'Emma',
	'Felix',
	'Gita',
	'Hana',
	'Ivan',
	'Julia',
	'Kofi',
	'Lena',
	'Marco',
	'Nadia',
	'Oscar',
	'Priya',
	'Rafael',
	'Sofia',
	'Tomás',
	'Ulla',
	'Victor',
	'Wanda',
	'Yara',
	'Lucía',
	'Mateo',
	'Aisha',
	'Jonas',
	'Mei',
	'Omar'
];
const LAST_NAMES = [
	'Alvarez',
	'Brooks',
	'Chen',
	'Dubois',
	'Eriksen',
	'Fischer',
	'García',
	'Haddad',
	'Ibrahim',
	'Jensen',
	'Kowalski',
	'López',
	'Müller',
	'Nakamura',
	'Okafor',
	'Petrov',
	'Quispe',
	'Rossi',
	'Santos',
	'Tanaka',
	'Usman',
	'Varga',
	'Williams',
	'Xu',
	'Yilmaz',
	'Zhang',
	'Andersson',
	'Bianchi',
	'Costa',
	'Dalton',
	'Evans',
	'Fernández',
	'Gupta',
	'Hughes',
	'Ivanova',
	'Jovanović',
	'Kim',
	'Larsen',
	'Moreno',
	'Novak',
	"O'Brien",
	'Park',
	'Ramírez',
	'Silva',
	'Torres',
	'Walsh'
];

export type SeededOrg = {
	departments: Map<string, string>;
	people: number;
};

function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]+/g, '');
}

/** Longer than the demo's history (two years of monthly rounds). */
const DEMO_TENURE_YEARS = 3;

/** Seeds the demo organisation into an empty database. Returns department ids by code. */
export async function seedDemoOrg(db: Kysely<Database>): Promise<SeededOrg> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	// Everyone joined their department before the demo's history begins, so that no round of it
	// is hidden as a group that changed just before it.
	const now = new Date();
	const departmentSince = new Date(
		Date.UTC(now.getUTCFullYear() - DEMO_TENURE_YEARS, now.getUTCMonth(), 1)
	);
	const random = seededRandom(20261123);
	return db.transaction().execute(async (trx) => {
		await trx.updateTable('org_settings').set({ name: DEMO_ORGANISATION }).execute();
		const departments = new Map<string, string>();
		const people: NewPerson[] = [];
		const heads: { email: string; code: string }[] = [];
		const usedEmails = new Set<string>();
		let employeeNumber = 1000;

		const addPerson = (departmentCode: string, fixed?: { email: string; name: string }) => {
			let name = fixed?.name ?? '';
			let email = fixed?.email ?? '';
			while (!email) {
				name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
				const candidate = `${slugify(name.split(' ')[0])}.${slugify(name.split(' ')[1])}@demo.test`;
				if (!usedEmails.has(candidate)) email = candidate;
			}
			usedEmails.add(email);
			employeeNumber += 1;
			people.push({
				employee_id: `E${employeeNumber}`,
				email,
				name,
				department_id: departments.get(departmentCode) ?? null,
				locale: random() < 0.22 ? 'es' : 'en',
				password_hash: passwordHash,
				department_since: departmentSince
			});
			return email;
		};

		const insertTree = async (nodes: DepartmentSeed[], parentId: string | null) => {
			for (const node of nodes) {
				const row = await trx
					.insertInto('departments')
					.values({ code: node.code, name: node.name, parent_id: parentId, kind: node.kind })
					.returning('id')
					.executeTakeFirstOrThrow();
				departments.set(node.code, row.id);
				const headEmail = addPerson(node.code, {
					email: `head.${node.slug}@demo.test`,
					name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`
				});
				heads.push({ email: headEmail, code: node.code });
				const fixed =
					node.code === 'SUP'
						? [{ email: 'employee@demo.test', name: 'Eva Employee' }]
						: node.code === 'PPL'
							? [{ email: 'hr@demo.test', name: 'Helena Ruiz' }]
							: [];
				for (const person of fixed) addPerson(node.code, person);
				for (let i = 1 + fixed.length; i < node.size; i++) addPerson(node.code);
				await insertTree(node.children ?? [], row.id);
			}
		};
		await insertTree(DEMO_TREE, null);

		const inserted = await trx
			.insertInto('people')
			.values(people)
			.returning(['id', 'email'])
			.execute();
		const idByEmail = new Map(inserted.map((p) => [p.email, p.id]));
		await trx
			.updateTable('people')
			.set({ role: 'hr' })
			.where('email', 'in', ['hr@demo.test', 'head.people@demo.test'])
			.execute();
		await trx
			.insertInto('department_heads')
			.values(
				heads.map((h) => ({
					person_id: idByEmail.get(h.email) as string,
					department_id: departments.get(h.code) as string
				}))
			)
			.execute();
		// A few leavers, kept for history as the product never deletes people.
		const leavers = inserted
			.filter((p) => !p.email.startsWith('head.') && !p.email.endsWith('employee@demo.test'))
			.filter((_, i) => i % 97 === 13)
			.map((p) => p.id);
		if (leavers.length) {
			await trx.updateTable('people').set({ active: false }).where('id', 'in', leavers).execute();
		}
		// The service map: each department rates the departments it depends on (demo-model.ts).
		await trx
			.insertInto('service_relationships')
			.values(
				Object.entries(DEPENDS_ON).flatMap(([consumer, providers]) =>
					providers.map((provider) => ({
						consumer_department_id: departments.get(consumer) as string,
						provider_department_id: departments.get(provider) as string
					}))
				)
			)
			.execute();
		return { departments, people: inserted.length };
	});
}
