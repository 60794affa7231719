import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string; subject: string; text: string };

/** A real SMTP server on loopback that keeps every message it is handed. */
export type SmtpSink = { url: string; received: ReceivedMail[]; close(): Promise<void> };

export async function startSmtpSink(): Promise<SmtpSink> {
	const received: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		disableReverseLookup: true,
		logger: false,
		onData: (stream, session, callback) => {
			simpleParser(stream).then(
				(mail) => {
					for (const rcpt of session.envelope.rcptTo) {
						received.push({ to: rcpt.address, subject: mail.subject ?? '', text: mail.text ?? '' });
					}
					callback();
				},
				(err: Error) => callback(err)
			);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
