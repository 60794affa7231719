import { describe, expect, it } from 'vitest';
import { describeSendError, retryDelayMs } from '../../src/lib/server/mail/deliver';
import {
	DEFAULT_MAIL_FROM,
	mailTransportFromEnv,
	mailTransportStatus
} from '../../src/lib/server/mail/transport';

describe('mail transport from the environment', () => {
	it('is null without SMTP_URL, so mail waits in the outbox', () => {
		expect(mailTransportFromEnv({})).toBeNull();
		expect(mailTransportFromEnv({ SMTP_URL: '  ' })).toBeNull();
		expect(mailTransportStatus({})).toEqual({ kind: 'outbox' });
	});

	it('builds an SMTP transporter sending as MAIL_FROM, or as Rapport by default', () => {
		const custom = mailTransportFromEnv({
			SMTP_URL: 'smtp://user:secret@mail.example.com:2525',
			MAIL_FROM: 'People team <people@example.com>'
		});
		expect(custom).not.toBeNull();
		expect(custom?._defaults.from).toBe('People team <people@example.com>');
		custom?.close();
		const plain = mailTransportFromEnv({ SMTP_URL: 'smtps://mail.example.com' });
		expect(plain?._defaults.from).toBe(DEFAULT_MAIL_FROM);
		plain?.close();
	});

	it('describes where mail goes without ever showing the credentials', () => {
		const env = { SMTP_URL: 'smtp://apikey:s3cr%40t@smtp.example.com:587' };
		expect(mailTransportStatus(env)).toEqual({ kind: 'smtp', host: 'smtp.example.com:587' });
		expect(mailTransportStatus({ SMTP_URL: 'smtps://u:p@mx.example.com' })).toEqual({
			kind: 'smtp',
			host: 'mx.example.com:465'
		});
		expect(mailTransportStatus({ SMTP_URL: 'smtp://mx.example.com' })).toEqual({
			kind: 'smtp',
			host: 'mx.example.com:587'
		});
	});

	it('refuses a malformed SMTP_URL loudly, and says so without the secret', () => {
		for (const SMTP_URL of ['mail.example.com:587', 'https://u:hunter2@mail.example.com']) {
			expect(() => mailTransportFromEnv({ SMTP_URL })).toThrow(/SMTP_URL/);
			const status = mailTransportStatus({ SMTP_URL });
			expect(status.kind).toBe('misconfigured');
			expect(JSON.stringify(status)).not.toContain('hunter2');
		}
	});
});

describe('delivery retries', () => {
	it('waits 2, 4, 8 … minutes after each failed attempt, at most 6 hours', () => {
		expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2, 4, 8, 16].map((m) => m * 60_000));
		expect(retryDelayMs(9)).toBe(6 * 60 * 60_000);
		expect(retryDelayMs(50)).toBe(6 * 60 * 60_000);
	});

	it('keeps one short line of an error, never its stack', () => {
		const err = new Error('Invalid login: 535 5.7.8 Authentication failed\n    at SMTPConnection');
		expect(describeSendError(err)).toBe('Invalid login: 535 5.7.8 Authentication failed');
		expect(describeSendError('x'.repeat(1000))).toHaveLength(300);
		expect(describeSendError(new Error(''))).toBe('unknown error');
	});
});
