import type { SubmitFunction } from '@sveltejs/kit';

/**
 * A form's `use:enhance` that keeps what was typed when the page comes back, e.g. with errors to
 * put right: the page updates as after any submit, but the form is not emptied.
 */
export const keepEntries: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });
