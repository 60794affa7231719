import { z } from 'zod';
import { MAPPED_FIELDS } from '../../domain/org-import/mapping/fields';
import { PRESET_IDS } from '../../domain/org-import/mapping/presets';
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

/** The move form's value for "no parent": a move to the top level is chosen, never assumed. */
export const TOP_LEVEL = 'top';
const MOVE_TARGET_MESSAGE = 'Choose where to move it: under a department, or to the top level.';

export const moveDepartmentForm = z.object({
	parentId: z
		.string({ error: MOVE_TARGET_MESSAGE })
		.refine((s) => s === TOP_LEVEL || isUuid(s), MOVE_TARGET_MESSAGE)
		.transform((s) => (s === TOP_LEVEL ? null : s))
});

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

/** The mapping page: a preset and, in the file's column order, each column's meaning ('' = unused). */
export const importMappingForm = z.object({
	preset: z.enum(PRESET_IDS, { error: 'Choose the system the file comes from.' }),
	field: z
		.array(
			z.union([z.literal(''), z.enum(MAPPED_FIELDS)], { error: 'Choose a meaning from the list.' })
		)
		.max(500)
		.transform((fields) => fields.map((f) => (f === '' ? null : f)))
});

/** The derived heads' corrections: parallel lists of department keys and heads' emails. */
export const importHeadsForm = z
	.object({
		department: z.array(z.string().max(1000)).max(1000),
		head: z.array(z.string().max(320)).max(1000)
	})
	.refine((f) => f.department.length === f.head.length, {
		error: 'The form does not match the preview. Open the page again.',
		path: ['head']
	});
