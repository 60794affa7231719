import { CONSUMER_LEVELS } from '../../domain/reporting-groups';
import { EXTERNAL_METRICS } from '../../domain/external-metrics';
import { INTERNAL_MEASURES } from '../../domain/service-chain';
import { TREND_MEASURES } from '../analytics/trend';
import { schemas } from './openapi-schemas';

// The API's description, written by hand beside the endpoints (src/routes/api/v1) and checked
// against their real answers by tests/e2e/api/openapi.test.ts.

type Operation = Record<string, unknown>;
type Parameter = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });

const ERRORS = {
	400: errorResponse('A parameter is missing or malformed (`bad_request`).'),
	401: errorResponse(
		'No session and no API key (`unauthenticated`), or an unknown or revoked key.'
	),
	403: errorResponse(
		'Not allowed (`forbidden`), or a key without the scope (`insufficient_scope`).'
	),
	404: errorResponse('Unknown round or department (`not_found`).'),
	409: errorResponse('The round is still open (`round_open`): results appear when it closes.')
} as const;

const SESSION_ONLY = [{ session: [] }];
const sessionOrKey = (scope: string) => [{ session: [] }, { apiKey: [scope] }];

function query(name: string, schema: unknown, description: string, required = false): Parameter {
	return { name, in: 'query', required, description, schema };
}
const roundParameter = query('round', { type: 'string', format: 'uuid' }, 'A closed round.', true);
const departmentParameter: Parameter = {
	name: 'id',
	in: 'path',
	required: true,
	description: 'A department id (from GET /departments).',
	schema: { type: 'string', format: 'uuid' }
};
const dayParameter = (name: string, description: string) =>
	query(name, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, description);

function read(
	summary: string,
	body: string,
	options: { parameters?: Parameter[]; security?: unknown[]; errors?: (keyof typeof ERRORS)[] }
): Operation {
	const errors = options.errors ?? [400, 401, 403, 404, 409];
	return {
		summary,
		security: options.security ?? SESSION_ONLY,
		parameters: options.parameters ?? [],
		responses: {
			200: { description: 'The figures, every one through the privacy gate.', ...json(ref(body)) },
			...Object.fromEntries(errors.map((status) => [status, ERRORS[status]]))
		}
	};
}

/** Which rounds and which part of the organisation an export covers. */
const REPORT_SCOPE = [
	query(
		'period',
		{ type: 'string' },
		'A named period (2026-07, 2026-Q3, 2026-H1, 2026) or a preset (last_month, this_quarter, ' +
			'last_quarter, this_half, last_half, this_year, last_year); instead of from and to.'
	),
	dayParameter('from', 'Rounds that opened on or after this day.'),
	dayParameter('to', 'Rounds that opened on or before this day.'),
	query('department', { type: 'string', format: 'uuid' }, 'A subtree; HR: optional.'),
	query('contents', { type: 'string' }, 'Comma-separated sections.')
];

export const openApiDocument = {
	openapi: '3.1.0',
	info: {
		title: 'Rapport API',
		version: '1',
		description:
			'Read the gated results of closed rounds and send external satisfaction figures. Every ' +
			'figure is a cell: `{"value", "n"}` when shown, exactly `{"suppressed": true, "reason"}` ' +
			'when the privacy gate withholds it. Errors are `{"error": {"code", "message"}}`.'
	},
	servers: [{ url: '/api/v1' }],
	components: {
		securitySchemes: {
			session: {
				type: 'apiKey',
				in: 'cookie',
				name: '__Host-rapport_session',
				description: 'The session of a signed-in browser (`rapport_session` over plain http).'
			},
			apiKey: {
				type: 'http',
				scheme: 'bearer',
				description:
					'An API key made by HR on Insights › API keys, sent as `Authorization: Bearer rpk_…`. ' +
					'Scopes: external_metrics:write, insights:read, exports:read.'
			}
		},
		schemas
	},
	paths: {
		'/me': {
			get: read('The signed-in person', 'Me', { errors: [401, 403] })
		},
		'/departments': {
			get: {
				...read('Active departments (anyone signed in)', 'Department', { errors: [401, 403] }),
				responses: {
					200: {
						description: 'Every active department.',
						...json({ type: 'array', items: ref('Department') })
					},
					401: ERRORS[401],
					403: ERRORS[403]
				}
			}
		},
		'/rounds': {
			get: {
				...read('Rounds, latest first (HR and heads)', 'Round', {}),
				parameters: [query('status', { enum: ['open', 'closed'] }, 'Only rounds in this state.')],
				responses: {
					200: { description: 'The rounds.', ...json({ type: 'array', items: ref('Round') }) },
					400: ERRORS[400],
					401: ERRORS[401],
					403: ERRORS[403]
				}
			}
		},
		'/departments/{id}/health': {
			get: read(
				'A department subtree in one round (HR, heads of it or above)',
				'DepartmentHealth',
				{
					parameters: [departmentParameter, roundParameter]
				}
			)
		},
		'/departments/{id}/trend': {
			get: read('A measure of a department over closed rounds, oldest first', 'Trend', {
				parameters: [
					departmentParameter,
					query('driver', { enum: TREND_MEASURES }, 'The measure.', true),
					dayParameter('from', 'Rounds that opened on or after this day.'),
					dayParameter('to', 'Rounds that opened on or before this day.'),
					query('programme', { type: 'string', format: 'uuid' }, 'One programme only.')
				],
				errors: [400, 401, 403, 404]
			})
		},
		'/departments/{id}/actions': {
			get: read('Focus areas and actions, latest round first', 'FocusAreas', {
				parameters: [
					departmentParameter,
					query('round', { type: 'string', format: 'uuid' }, 'One round only.')
				],
				errors: [400, 401, 403, 404]
			}),
			post: {
				summary: 'Add a focus area (or actions to one); see docs/action-plans.md',
				security: SESSION_ONLY,
				parameters: [departmentParameter],
				requestBody: { required: true, ...json({ type: 'object' }) },
				responses: {
					201: { description: 'The focus area as stored.', ...json({ type: 'object' }) },
					400: ERRORS[400],
					401: ERRORS[401],
					403: ERRORS[403],
					404: ERRORS[404],
					415: errorResponse('Not application/json.'),
					422: errorResponse('The focus area or its actions have problems.')
				}
			}
		},
		'/org/heatmap': {
			get: read('Departments × measures in one round (HR; heads their rows)', 'Heatmap', {
				parameters: [roundParameter]
			})
		},
		'/internal-service/matrix': {
			get: read('Consumer × provider internal NPS in one round', 'ServiceMatrix', {
				parameters: [
					roundParameter,
					query('consumers', { enum: [...CONSUMER_LEVELS] }, 'Rows by department or division.')
				]
			})
		},
		'/insights/service-chain': {
			get: read('Internal figures against customer satisfaction', 'ServiceChain', {
				security: sessionOrKey('insights:read'),
				parameters: [
					query('metric', { enum: [...EXTERNAL_METRICS] }, 'The customers’ figure (csat).'),
					query('internal', { enum: [...INTERNAL_MEASURES] }, 'The internal figure (support).'),
					dayParameter('from', 'Rounds that opened on or after this day.'),
					dayParameter('to', 'Rounds that opened on or before this day.'),
					query('lag', { enum: ['0', '1', '2'] }, 'Months from internal to external (0).')
				],
				errors: [400, 401, 403]
			})
		},
		'/exports/trends.csv': {
			get: {
				summary: 'The trend figures as tidy CSV (see docs/exports.md)',
				security: sessionOrKey('exports:read'),
				parameters: [
					...REPORT_SCOPE,
					query('dialect', { enum: ['comma', 'semicolon'] }, 'Separator and decimal mark.'),
					query('bom', { enum: ['0', '1'] }, 'Start with a byte-order mark.')
				],
				responses: {
					200: {
						description: 'CSV, written round by round.',
						content: { 'text/csv': { schema: { type: 'string' } } }
					},
					400: ERRORS[400],
					401: ERRORS[401],
					403: ERRORS[403],
					404: errorResponse('Unknown department, or no closed round in the period.')
				}
			}
		},
		'/exports/report.pdf': {
			get: {
				summary: 'The leadership report as a PDF (see docs/exports.md)',
				security: sessionOrKey('exports:read'),
				parameters: [
					...REPORT_SCOPE,
					query('paper', { enum: ['a4', 'letter'] }, 'Paper size; A4 unless asked.'),
					query('language', { enum: ['en', 'es'] }, "The report's language; English unless asked.")
				],
				responses: {
					200: {
						description: 'The PDF.',
						content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }
					},
					400: ERRORS[400],
					401: ERRORS[401],
					403: ERRORS[403],
					404: errorResponse('Unknown department, or no closed round in the period.')
				}
			}
		},
		'/external-metrics': {
			post: {
				summary: 'Send CSAT, NPS or CES figures: all stored, or none',
				security: sessionOrKey('external_metrics:write'),
				requestBody: { required: true, ...json(ref('ExternalMetricsBatch')) },
				responses: {
					200: { description: 'What was stored.', ...json(ref('ExternalMetricsCounts')) },
					400: errorResponse('Not JSON (`invalid_json`).'),
					401: ERRORS[401],
					403: ERRORS[403],
					413: errorResponse('Larger than the body size limit.'),
					415: errorResponse('Not application/json.'),
					422: errorResponse('Some items have problems (`invalid_input`); nothing was stored.')
				}
			}
		}
	}
} as const;
