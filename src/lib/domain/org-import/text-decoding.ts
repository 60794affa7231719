import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';

/** The words of a file's reading problems: the uploader's, or English. */
export type FileWords = ServerWords['files'];
const ENGLISH: FileWords = ENGLISH_SERVER_WORDS.files;

/** The encodings an uploaded CSV file may be in, as HR systems and spreadsheets save them. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (next & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** True when the bytes start like a ZIP archive, which is what an .xlsx workbook is. */
export function isZipArchive(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Text of an uploaded file: UTF-16 when it starts with its byte-order mark, UTF-8 (with or without
 * one) when every byte sequence is valid UTF-8, Windows-1252 otherwise — what Excel writes for
 * “CSV (Comma delimited)” on a western Windows.
 */
export function decodeCsvBytes(
	bytes: Uint8Array,
	w: FileWords = ENGLISH
): { text: string; encoding: TextEncodingName } | { problem: string } {
	if (bytes.length === 0) return { problem: w.empty };
	if (isZipArchive(bytes)) return { problem: w.workbookUnreadable };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'UTF-16LE', w);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'UTF-16BE', w);
	const body =
		bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	if (body.includes(0)) return { problem: w.binary };
	if (firstInvalidUtf8(body) < 0) {
		return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8' };
	}
	return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
}

function utf16(
	bytes: Uint8Array,
	encoding: 'UTF-16LE' | 'UTF-16BE',
	w: FileWords
): { text: string; encoding: TextEncodingName } | { problem: string } {
	try {
		const text = new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes.subarray(2));
		if (text.includes('\0')) return { problem: w.binary };
		return { text, encoding };
	} catch {
		return { problem: w.badEncoding(encoding) };
	}
}
