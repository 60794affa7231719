import type { Db } from '../../db';
import type { OrgSnapshot } from '../../../domain/org-import/types';

/** The whole organisation in three queries, for planning an import in memory. */
export async function loadOrgSnapshot(db: Db): Promise<OrgSnapshot> {
	const [departments, people, heads, settings] = await Promise.all([
		db
			.selectFrom('departments')
			.select(['id', 'code', 'name', 'parent_id as parentId', 'archived_at'])
			.execute(),
		db
			.selectFrom('people')
			.select([
				'id',
				'employee_id as employeeId',
				'email',
				'name',
				'department_id as departmentId',
				'locale',
				'role',
				'active'
			])
			.execute(),
		db
			.selectFrom('department_heads')
			.select(['person_id as personId', 'department_id as departmentId'])
			.execute(),
		db.selectFrom('org_settings').select('default_locale').executeTakeFirst()
	]);
	return {
		departments: departments.map(({ archived_at, ...d }) => ({
			...d,
			archived: archived_at !== null
		})),
		people,
		heads,
		defaultLocale: settings?.default_locale ?? 'en'
	};
}
