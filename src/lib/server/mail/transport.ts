import nodemailer, { type SendMailOptions } from 'nodemailer';

export const DEFAULT_MAIL_FROM = 'Rapport <rapport@localhost>';

/** What delivery needs of a transport; a nodemailer transporter is one. */
export type MailTransport = {
	sendMail(message: SendMailOptions): Promise<unknown>;
	close?(): void;
};

function smtpUrl(env: NodeJS.ProcessEnv): { raw: string; url: URL } | null {
	const raw = env.SMTP_URL?.trim();
	if (!raw) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error('SMTP_URL is not a URL; expected smtp://user:password@host:587 or smtps://…');
	}
	if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
		throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
	}
	if (!url.hostname) throw new Error('SMTP_URL names no host');
	return { raw, url };
}

/**
 * An SMTP transporter for `SMTP_URL` (query parameters are nodemailer options, e.g.
 * `?pool=false`), sending as `MAIL_FROM`; null when `SMTP_URL` is unset and mail waits in the
 * outbox. Throws on a malformed `SMTP_URL` so a typo shows at start-up, not as lost mail.
 */
export function mailTransportFromEnv(env: NodeJS.ProcessEnv = process.env) {
	const smtp = smtpUrl(env);
	if (!smtp) return null;
	return nodemailer.createTransport(
		{
			url: smtp.raw,
			// A round may invite thousands: reuse a few connections instead of one per message.
			pool: true,
			maxConnections: 5,
			idleTimeout: 10_000,
			connectionTimeout: 30_000,
			greetingTimeout: 30_000,
			socketTimeout: 60_000
		},
		{
			from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
			// RFC 3834: out-of-office replies should not answer automated mail.
			headers: { 'Auto-Submitted': 'auto-generated' }
		}
	);
}

export type MailTransportStatus =
	{ kind: 'outbox' } | { kind: 'smtp'; host: string } | { kind: 'misconfigured'; problem: string };

/** How mail leaves, for people to read ("smtp.example.com:587"): never the credentials. */
export function mailTransportStatus(env: NodeJS.ProcessEnv = process.env): MailTransportStatus {
	try {
		const smtp = smtpUrl(env);
		if (!smtp) return { kind: 'outbox' };
		const { hostname, port, protocol } = smtp.url;
		return { kind: 'smtp', host: `${hostname}:${port || (protocol === 'smtps:' ? 465 : 587)}` };
	} catch (err) {
		return { kind: 'misconfigured', problem: (err as Error).message };
	}
}
