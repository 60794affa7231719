import { describe, expect, it } from 'vitest';
import { passwordPolicyMessage } from '../../src/lib/server/auth/password';
import { findPasswordProblem } from '../../src/lib/domain/password-policy';

describe('password policy', () => {
	const never = () => false;

	it('asks for at least 8 characters, counted as characters not bytes', () => {
		expect(findPasswordProblem('short', {}, never)).toBe('too_short');
		expect(findPasswordProblem('ñandúñan', {}, never)).toBeNull();
		expect(findPasswordProblem('😀😀😀😀', {}, never)).toBe('too_short');
	});

	it('imposes no composition rules', () => {
		expect(passwordPolicyMessage('correct horse battery staple')).toBeNull();
		expect(passwordPolicyMessage('lowercaseonlybutlong')).toBeNull();
	});

	it('refuses the most common passwords, whatever their case', () => {
		for (const common of ['password', 'Password', '12345678', 'qwertyuiop', 'iloveyou']) {
			expect(passwordPolicyMessage(common), common).toMatch(/most common/);
		}
	});

	it('refuses a password made of the email address or name', () => {
		expect(passwordPolicyMessage('helena.ruiz2026', { email: 'helena.ruiz@example.com' })).toMatch(
			/email address or name/
		);
		expect(passwordPolicyMessage('xx Helena Ruiz xx', { name: 'Helena Ruiz' })).toMatch(/name/);
	});

	it('refuses absurdly long input', () => {
		expect(findPasswordProblem('a'.repeat(257), {}, never)).toBe('too_long');
	});
});
