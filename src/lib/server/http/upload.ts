import { z } from 'zod';
import { formatBytes } from '../../domain/format';
import { withoutControlCharacters } from '../../domain/org-fields';
import { i18n, type I18n } from '../../i18n';
import { importFileLimit, requestBodyLimit } from '../org/import/limits';
import { apiError } from './api-errors';

/**
 * True when reading a request's body failed because it passed the server's body size limit,
 * which is found out only while reading when the client sent no Content-Length.
 */
export function isBodyTooLarge(err: unknown): boolean {
	for (let e = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
		if ((e as { status?: unknown }).status === 413) return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}

/** What a client is told when its request's body is over the server's limit. */
export function bodyTooLargeMessage(): string {
	return `The request body is too large: the largest accepted is ${formatBytes(requestBodyLimit())}.`;
}

/**
 * The parsed JSON body of an API request, or the API's refusal: 415 unless it is sent as JSON
 * (`what` names it in the message), 413 over the size limit, 400 when it does not parse.
 */
export async function readJsonBody(
	request: Request,
	what: string
): Promise<{ body: unknown } | Response> {
	if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
		return apiError(415, `Send the ${what} as application/json.`, 'unsupported_media_type');
	}
	try {
		return { body: await request.json() };
	} catch (err) {
		if (isBodyTooLarge(err)) return apiError(413, bodyTooLargeMessage(), 'payload_too_large');
		return apiError(400, 'The body is not valid JSON.', 'invalid_json');
	}
}

export type CsvUpload =
	| { ok: true; bytes: Uint8Array; fileName: string }
	| { ok: false; status: 400 | 413; message: string };

/**
 * The CSV file of an upload form (field `file`): refused when over the size limit, empty or
 * missing, with the browser's file name kept printable. `tooLargeAdvice` ends the size message;
 * the messages are in the reader's language.
 */
export async function readCsvUpload(
	request: Request,
	tooLargeAdvice: string,
	{ t, f }: Pick<I18n, 't' | 'f'> = i18n('en')
): Promise<CsvUpload> {
	const w = t.serverMessages;
	const limit = importFileLimit();
	const tooLarge = w.upload.tooLarge(f.bytes(limit), tooLargeAdvice);
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > requestBodyLimit()) return { ok: false, status: 413, message: tooLarge };
	let form: FormData;
	try {
		form = await request.formData();
	} catch (err) {
		if (isBodyTooLarge(err)) return { ok: false, status: 413, message: tooLarge };
		return { ok: false, status: 400, message: w.upload.unreadable };
	}
	const chosen = form.get('file');
	const upload = z
		.file({ error: w.upload.chooseFile })
		.min(1, w.files.empty)
		.max(limit, tooLarge)
		.safeParse(chosen instanceof File && chosen.name !== '' ? chosen : undefined);
	if (!upload.success) {
		return {
			ok: false,
			status: upload.error.issues[0]?.code === 'too_big' ? 413 : 400,
			message: upload.error.issues[0]?.message ?? w.upload.chooseFile
		};
	}
	const bytes = new Uint8Array(await upload.data.arrayBuffer());
	// The name comes from the browser: keep it printable, as PostgreSQL refuses NUL in text.
	const printable = withoutControlCharacters(upload.data.name);
	return { ok: true, bytes, fileName: printable.trim().slice(0, 200) || 'upload.csv' };
}
