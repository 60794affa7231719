/** SCIM 2.0 (RFC 7643/7644) names Rapport reads and writes. */
export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export type ScimType =
	| 'invalidFilter'
	| 'tooMany'
	| 'uniqueness'
	| 'mutability'
	| 'invalidSyntax'
	| 'invalidPath'
	| 'noTarget'
	| 'invalidValue'
	| 'invalidVers'
	| 'sensitive';

/** A refusal a SCIM client understands: its status, the RFC's error type and a sentence. */
export class ScimError extends Error {
	constructor(
		readonly status: number,
		readonly detail: string,
		readonly scimType?: ScimType
	) {
		super(detail);
	}
}

export function scimErrorBody(status: number, detail: string, scimType?: ScimType) {
	return {
		schemas: [ERROR_SCHEMA],
		status: String(status),
		...(scimType ? { scimType } : {}),
		detail
	};
}
