/** What an API key may do. A key carries one or more scopes; each endpoint asks for one. */
export const API_SCOPES = [
	'external_metrics:write',
	'insights:read',
	'exports:read',
	'scim'
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
	'external_metrics:write': 'Send external satisfaction figures (CSAT, NPS, CES)',
	'insights:read': 'Read the service-chain insights',
	'exports:read': 'Download trend exports',
	scim: 'Provision people and departments by SCIM (from an identity provider)'
};

export function isApiScope(value: unknown): value is ApiScope {
	return typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);
}
