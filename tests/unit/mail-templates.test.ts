import { describe, expect, it } from 'vitest';
import {
	invitationMessage,
	mailLocale,
	reminderMessage,
	type SurveyMailInput
} from '../../src/lib/server/mail/templates';
import { escapeHtml } from '../../src/lib/components/markup';

const LINK = 'https://rapport.example.com/i/Zx81ab?src=mail&v=2';

function input(overrides: Partial<SurveyMailInput> = {}): SurveyMailInput {
	return {
		locale: 'en',
		personName: 'Ana Ruiz',
		organisationName: 'Northwind Outfitters',
		programmeName: 'Quarterly pulse',
		link: LINK,
		closesAt: new Date('2026-03-14T00:00:00Z'),
		questionCount: 8,
		...overrides
	};
}

describe('invitation and reminder messages', () => {
	it('invite in English: time, closing day, privacy, the link and that it is personal', () => {
		const m = invitationMessage(input());
		expect(m.subject).toBe('Quarterly pulse: how is work going? (2–3 minutes)');
		expect(m.text).toContain('Hi Ana Ruiz,');
		expect(m.text).toContain('8 short questions and takes 2–3 minutes');
		// Rounds close at 00:00 UTC, so the last day to answer is the one before.
		expect(m.text).toContain('until the end of Friday, 13 March 2026 (UTC)');
		expect(m.text).toContain('stored without your name');
		expect(m.text).toContain('groups of at least 5 people, and only after the round has closed');
		expect(m.text).toContain("please don't forward it");
		expect(m.text).toContain(`\n${LINK}\n`);
		expect(m.html).toContain('<html lang="en">');
	});

	it('invite in Spanish, for es and regional variants', () => {
		for (const locale of ['es', 'es-MX', 'ES']) {
			const m = invitationMessage(input({ locale }));
			expect(m.subject).toBe('Quarterly pulse: ¿cómo te va en el trabajo? (2–3 minutos)');
			expect(m.text).toContain('Hola, Ana Ruiz:');
			expect(m.text).toContain('8 preguntas breves y te llevará 2 o 3 minutos');
			expect(m.text).toContain('hasta el final del viernes, 13 de marzo de 2026 (UTC)');
			expect(m.text).toContain('Tus respuestas se guardan sin tu nombre');
			expect(m.text).toContain('grupos de al menos 5 personas');
			expect(m.text).toContain('no lo reenvíes');
			expect(m.text).toContain(LINK);
			expect(m.html).toContain('<html lang="es">');
		}
	});

	it('falls back to English for other or missing locales', () => {
		expect(mailLocale('fr')).toBe('en');
		expect(mailLocale('')).toBe('en');
		expect(mailLocale(null)).toBe('en');
		expect(mailLocale('es_ES')).toBe('es');
		expect(invitationMessage(input({ locale: 'de' })).subject).toBe(
			invitationMessage(input()).subject
		);
	});

	it('reminds in both languages, telling those who answered to ignore it', () => {
		const en = reminderMessage(input());
		expect(en.subject).toBe('Reminder: Quarterly pulse is still open');
		expect(en.text).toContain('If you have already answered, thank you');
		expect(en.text).toContain(LINK);
		const es = reminderMessage(input({ locale: 'es' }));
		expect(es.subject).toBe('Recordatorio: la encuesta «Quarterly pulse» sigue abierta');
		expect(es.text).toContain('Si ya has respondido, gracias');
		expect(es.text).toContain(LINK);
		expect(invitationMessage(input()).text).not.toContain('already answered');
	});

	it('gives the closing time when a round does not end at midnight UTC', () => {
		const closesAt = new Date('2026-03-13T15:30:00Z');
		expect(invitationMessage(input({ closesAt })).text).toContain(
			'until Friday, 13 March 2026 at 15:30 (UTC)'
		);
		expect(invitationMessage(input({ closesAt, locale: 'es' })).text).toContain(
			'hasta el viernes, 13 de marzo de 2026, 15:30 (UTC)'
		);
	});

	it("states the programme's own anonymity threshold and counts one question right", () => {
		const en = invitationMessage(input({ minGroupSize: 7, questionCount: 1 }));
		expect(en.text).toContain('at least 7 people');
		expect(en.text).toContain('has 1 short question and');
		const es = reminderMessage(input({ locale: 'es', questionCount: 1 }));
		expect(es.text).toContain('Es 1 pregunta breve');
	});

	it('HTML: a button and the raw URL, both escaped', () => {
		const { html } = invitationMessage(input());
		const href = 'https://rapport.example.com/i/Zx81ab?src=mail&amp;v=2';
		expect(html).toMatch(new RegExp(`<a href="${escapeRe(href)}"[^>]*>Answer the survey</a>`));
		expect(html).toContain(`>${href}</a>`);
		expect(html).not.toContain('src=mail&v=2');
	});

	it('escapes every interpolated value in the HTML, and keeps the text version literal', () => {
		const nasty = `<b>O'Brien & co</b>`;
		const m = invitationMessage(
			input({
				personName: nasty,
				organisationName: '<script>alert(1)</script>',
				programmeName: 'Q1 "pulse" & <more>'
			})
		);
		expect(m.html).toContain('&lt;b&gt;O&#39;Brien &amp; co&lt;/b&gt;');
		expect(m.html).not.toContain('<b>');
		expect(m.html).not.toContain('<script>');
		expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(m.html).toContain('Q1 &quot;pulse&quot; &amp; &lt;more&gt;');
		expect(m.text).toContain(`Hi ${nasty},`);
		expect(m.subject).toBe('Q1 "pulse" & <more>: how is work going? (2–3 minutes)');
	});

	it('keeps a subject on one line and refuses a link that is not an absolute http(s) URL', () => {
		expect(invitationMessage(input({ programmeName: 'Pulse\r\nBcc: x@evil.test' })).subject).toBe(
			'Pulse Bcc: x@evil.test: how is work going? (2–3 minutes)'
		);
		expect(() => invitationMessage(input({ link: 'javascript:alert(1)' }))).toThrow();
		expect(() => invitationMessage(input({ link: '/i/abc' }))).toThrow();
	});

	it('escapeHtml covers the five special characters', () => {
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});
});

function escapeRe(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
