import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from '../../domain/scim/schemas';
import { MAX_PAGE_SIZE } from '../../domain/scim/filter';
import { listResponse } from './resources';

/** RFC 7643 §5: what this service provider supports. */
export function serviceProviderConfig(base: string) {
	return {
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
		documentationUri: `${base.replace(/\/scim\/v2$/, '')}/`,
		patch: { supported: true },
		bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
		filter: { supported: true, maxResults: MAX_PAGE_SIZE },
		changePassword: { supported: false },
		sort: { supported: false },
		etag: { supported: false },
		authenticationSchemes: [
			{
				type: 'oauthbearertoken',
				name: 'API key',
				description: 'An API key with the "scim" scope, sent as Authorization: Bearer <key>.',
				primary: true
			}
		],
		meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` }
	};
}

const resourceTypes = (base: string) => [
	{
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
		id: 'User',
		name: 'User',
		endpoint: '/Users',
		schema: USER_SCHEMA,
		schemaExtensions: [{ schema: ENTERPRISE_USER_SCHEMA, required: false }],
		meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` }
	},
	{
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
		id: 'Group',
		name: 'Group',
		endpoint: '/Groups',
		description: 'A department',
		schema: GROUP_SCHEMA,
		meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` }
	}
];

const attribute = (name: string, type = 'string', extra: Record<string, unknown> = {}) => ({
	name,
	type,
	multiValued: false,
	required: false,
	caseExact: false,
	mutability: 'readWrite',
	returned: 'default',
	uniqueness: 'none',
	...extra
});

const schemas = (base: string) => [
	{
		id: USER_SCHEMA,
		name: 'User',
		attributes: [
			attribute('userName', 'string', { required: true, uniqueness: 'server' }),
			attribute('externalId'),
			attribute('displayName'),
			attribute('name', 'complex', {
				subAttributes: [attribute('formatted'), attribute('givenName'), attribute('familyName')]
			}),
			attribute('emails', 'complex', {
				multiValued: true,
				subAttributes: [attribute('value'), attribute('type'), attribute('primary', 'boolean')]
			}),
			attribute('preferredLanguage'),
			attribute('active', 'boolean')
		],
		meta: { resourceType: 'Schema', location: `${base}/Schemas/${USER_SCHEMA}` }
	},
	{
		id: ENTERPRISE_USER_SCHEMA,
		name: 'EnterpriseUser',
		attributes: [
			attribute('employeeNumber'),
			attribute('department'),
			attribute('manager', 'complex', {
				subAttributes: [
					attribute('value'),
					attribute('displayName', 'string', { mutability: 'readOnly' })
				]
			})
		],
		meta: { resourceType: 'Schema', location: `${base}/Schemas/${ENTERPRISE_USER_SCHEMA}` }
	},
	{
		id: GROUP_SCHEMA,
		name: 'Group',
		description: 'A department',
		attributes: [
			attribute('displayName', 'string', { required: true }),
			attribute('externalId'),
			attribute('members', 'complex', {
				multiValued: true,
				subAttributes: [
					attribute('value'),
					attribute('display', 'string', { mutability: 'readOnly' })
				]
			})
		],
		meta: { resourceType: 'Schema', location: `${base}/Schemas/${GROUP_SCHEMA}` }
	}
];

function listOf(resources: unknown[]) {
	return listResponse(resources.length, 1, resources);
}

/** `/ResourceTypes` or `/Schemas`, whole or one by id; null when there is no such one. */
export function discoveryResource(
	kind: 'ResourceTypes' | 'Schemas',
	id: string | null,
	base: string
) {
	const all: { id: string }[] = kind === 'ResourceTypes' ? resourceTypes(base) : schemas(base);
	if (id === null) return listOf(all);
	return all.find((r) => r.id === id) ?? null;
}
