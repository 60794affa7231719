import { z } from 'zod';
import { formatBytes } from '../../domain/format';
import { hasControlCharacters } from '../../domain/org-fields';
import { importFileLimit, requestBodyLimit } from '../org/import/limits';

export type CsvUpload =
	| { ok: true; bytes: Uint8Array; fileName: string }
	| { ok: false; status: 400 | 413; message: string };

/**
 * The CSV file of an upload form (field `file`): refused when over the size limit, empty or
 * missing, with the browser's file name kept printable. `tooLargeAdvice` ends the size message.
 */
export async function readCsvUpload(request: Request, tooLargeAdvice: string): Promise<CsvUpload> {
	const limit = importFileLimit();
	const tooLarge = `The file is too large: the largest accepted here is ${formatBytes(limit)}. ${tooLargeAdvice}`;
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > requestBodyLimit()) return { ok: false, status: 413, message: tooLarge };
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return {
			ok: false,
			status: 400,
			message: 'The upload could not be read. Choose the file and try again.'
		};
	}
	const chosen = form.get('file');
	const upload = z
		.file({ error: 'Choose a CSV file to upload.' })
		.min(1, 'The file is empty.')
		.max(limit, tooLarge)
		.safeParse(chosen instanceof File && chosen.name !== '' ? chosen : undefined);
	if (!upload.success) {
		return {
			ok: false,
			status: upload.error.issues[0]?.code === 'too_big' ? 413 : 400,
			message: upload.error.issues[0]?.message ?? 'Choose a CSV file to upload.'
		};
	}
	const bytes = new Uint8Array(await upload.data.arrayBuffer());
	// The name comes from the browser: keep it printable, as PostgreSQL refuses NUL in text.
	const printable = [...upload.data.name].filter((c) => !hasControlCharacters(c)).join('');
	return { ok: true, bytes, fileName: printable.trim().slice(0, 200) || 'upload.csv' };
}
