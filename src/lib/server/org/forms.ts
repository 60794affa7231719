import { z } from 'zod';
import { MAPPED_FIELDS } from '../../domain/org-import/mapping/fields';
import { PRESET_IDS } from '../../domain/org-import/mapping/presets';
import { isUuid } from '../../domain/ids';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';

/**
 * Form shapes for the org pages, their messages in the reader's language; the field rules
 * themselves live in domain/org-fields.
 */

/** The move form's value for "no parent": a move to the top level is chosen, never assumed. */
export const TOP_LEVEL = 'top';

export function orgForms({ fields: e }: ServerWords = ENGLISH_SERVER_WORDS) {
	const text = (max: number) =>
		z
			.string()
			.default('')
			.transform((s) => s.trim())
			.pipe(z.string().max(max, e.atMost(max)));

	/** An optional department id: empty means none. */
	const departmentId = z
		.string()
		.default('')
		.refine((s) => s === '' || isUuid(s), e.chooseDepartment)
		.transform((s) => (s === '' ? null : s));

	const department = z.object({
		name: text(500),
		code: text(100),
		kind: z.enum(['customer_facing', 'internal'], { error: e.chooseKind })
	});

	return {
		department,
		newDepartment: department.extend({ parentId: departmentId }),
		moveDepartment: z.object({
			parentId: z
				.string({ error: e.moveTarget })
				.refine((s) => s === TOP_LEVEL || isUuid(s), e.moveTarget)
				.transform((s) => (s === TOP_LEVEL ? null : s))
		}),
		person: z.object({
			name: text(500),
			email: text(500),
			employeeId: text(200).transform((s) => (s === '' ? null : s)),
			departmentId,
			locale: text(100)
		}),
		head: z.object({
			departmentId: z.string({ error: e.chooseDepartment }).refine(isUuid, e.chooseDepartment)
		}),
		applyImport: z.object({
			deactivateMissing: z
				.string()
				.optional()
				.transform((v) => v === 'on' || v === 'true')
		}),
		/** The mapping page: a preset and, in the file's column order, each column's meaning ('' = unused). */
		importMapping: z.object({
			preset: z.enum(PRESET_IDS, { error: e.choosePreset }),
			field: z
				.array(z.union([z.literal(''), z.enum(MAPPED_FIELDS)], { error: e.chooseMeaning }))
				.max(500)
				.transform((fields) => fields.map((f) => (f === '' ? null : f)))
		}),
		/** The derived heads' corrections: parallel lists of department keys and heads' emails. */
		importHeads: z
			.object({
				department: z.array(z.string().max(1000)).max(1000),
				head: z.array(z.string().max(320)).max(1000)
			})
			.refine((f) => f.department.length === f.head.length, {
				error: e.formOutOfDate,
				path: ['head']
			})
	};
}
