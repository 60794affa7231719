/** The largest CSV the import accepts, whatever the server allows. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
// Room for the multipart envelope around the file in the same request.
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;
const UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** adapter-node's request body limit, read from BODY_SIZE_LIMIT the way it reads it. */
export function requestBodyLimit(env: NodeJS.ProcessEnv = process.env): number {
	const value = env.BODY_SIZE_LIMIT ?? '512K';
	const unit = UNITS[value.slice(-1).toUpperCase()];
	const bytes = unit ? Number(value.slice(0, -1)) * unit : Number(value);
	return Number.isNaN(bytes) ? 512 * 1024 : bytes;
}

/** The size a file can have and still reach the import: the smaller of both limits. */
export function importFileLimit(env: NodeJS.ProcessEnv = process.env): number {
	return Math.min(MAX_IMPORT_FILE_BYTES, requestBodyLimit(env) - MULTIPART_OVERHEAD_BYTES);
}
