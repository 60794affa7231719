/** What a ZIP archive's central directory says it holds, read without unpacking anything. */
export type ZipContents = { entries: number; compressed: number; uncompressed: number };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * Entry count and total sizes from the central directory, or null when the archive is not a
 * plain ZIP (truncated, ZIP64, inconsistent): such a workbook is refused rather than unpacked.
 */
export function zipContents(bytes: Uint8Array): ZipContents | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === END_OF_DIRECTORY) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const entries = view.getUint16(end + 10, true);
	const size = view.getUint32(end + 12, true);
	let offset = view.getUint32(end + 16, true);
	if (entries === 0xffff || offset === 0xffffffff || offset + size > end) return null;
	let compressed = 0;
	let uncompressed = 0;
	for (let n = 0; n < entries; n++) {
		if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
		const packed = view.getUint32(offset + 20, true);
		const unpacked = view.getUint32(offset + 24, true);
		if (packed === 0xffffffff || unpacked === 0xffffffff) return null;
		compressed += packed;
		uncompressed += unpacked;
		offset +=
			46 +
			view.getUint16(offset + 28, true) +
			view.getUint16(offset + 30, true) +
			view.getUint16(offset + 32, true);
	}
	return { entries, compressed, uncompressed };
}
