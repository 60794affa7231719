import { z } from 'zod';
import { isUuid } from '../../domain/ids';

/** Form shapes for the org pages; the field rules themselves live in domain/org-fields. */

const text = (max: number) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.pipe(z.string().max(max, `Use at most ${max} characters.`));

/** An optional department id: empty means none. */
const departmentId = z
	.string()
	.default('')
	.refine((s) => s === '' || isUuid(s), 'Choose a department from the list.')
	.transform((s) => (s === '' ? null : s));

export const departmentForm = z.object({
	name: text(500),
	code: text(100),
	kind: z.enum(['customer_facing', 'internal'], { error: 'Choose customer-facing or internal.' })
});

export const newDepartmentForm = departmentForm.extend({ parentId: departmentId });

export const moveDepartmentForm = z.object({ parentId: departmentId });

export const personForm = z.object({
	name: text(500),
	email: text(500),
	employeeId: text(200).transform((s) => (s === '' ? null : s)),
	departmentId,
	locale: text(100)
});

export const headForm = z.object({
	departmentId: z
		.string({ error: 'Choose a department from the list.' })
		.refine(isUuid, 'Choose a department from the list.')
});

export const applyImportForm = z.object({
	deactivateMissing: z
		.string()
		.optional()
		.transform((v) => v === 'on' || v === 'true')
});
