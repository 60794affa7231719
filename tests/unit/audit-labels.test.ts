import { describe, expect, it } from 'vitest';
import { auditActionLabel } from '../../src/lib/domain/audit';
import { i18n } from '../../src/lib/i18n';

// The action's type (AuditAction) makes every catalogue label every action the log records; these
// are the ones the audit log page used to show as bare codes.
describe('audit log actions', () => {
	const english = i18n('en');
	const spanish = i18n('es');

	it('read as words in every language', () => {
		expect(auditActionLabel('report.sent', english)).toBe('Scheduled report sent');
		expect(auditActionLabel('report.sent', spanish)).toBe('Informe programado enviado');
		expect(auditActionLabel('department.service_providers_set', english)).toBe(
			'Departments it rates changed'
		);
		expect(auditActionLabel('story.hide', spanish)).toBe('Historia de servicio ocultada');
		for (const action of Object.keys(english.t.audit.actions)) {
			expect(auditActionLabel(action, spanish)).not.toBe(action);
		}
	});

	it('an action this version does not know (an older log) reads as it is', () => {
		expect(auditActionLabel('person.renamed_long_ago', english)).toBe('person.renamed_long_ago');
	});
});
