import {
	createCipheriv,
	createDecipheriv,
	createHmac,
	randomBytes,
	timingSafeEqual
} from 'node:crypto';
import { rapportSecret } from '../surveys/secret';

// Keys derived from RAPPORT_SECRET, one per purpose, so that no two uses ever share a key.
function keyFor(purpose: string): Buffer {
	return createHmac('sha256', rapportSecret()).update(`rapport:${purpose}`).digest();
}

/** Encrypts a stored credential (AES-256-GCM); the database alone does not reveal it. */
export function seal(plaintext: string, purpose: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv);
	const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
	return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** The plaintext, or null when the value was not sealed with this secret and purpose. */
export function unseal(sealed: string, purpose: string): string | null {
	try {
		const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
		const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), iv);
		decipher.setAuthTag(tag);
		return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
	} catch {
		return null;
	}
}

/** `value.mac`: a value the browser keeps but cannot change. */
export function sign(value: string, purpose: string): string {
	const mac = createHmac('sha256', keyFor(purpose)).update(value).digest('base64url');
	return `${value}.${mac}`;
}

export function verifySigned(signed: string, purpose: string): string | null {
	const dot = signed.lastIndexOf('.');
	if (dot < 0) return null;
	const value = signed.slice(0, dot);
	const expected = Buffer.from(sign(value, purpose).slice(dot + 1));
	const given = Buffer.from(signed.slice(dot + 1));
	return expected.length === given.length && timingSafeEqual(expected, given) ? value : null;
}
