import { isOneOf } from './one-of';

/** What an API key may do. A key carries one or more scopes; each endpoint asks for one. */
export const API_SCOPES = [
	'external_metrics:write',
	'insights:read',
	'exports:read',
	'scim'
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
	return isOneOf(API_SCOPES, value);
}
