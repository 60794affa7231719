import { CONSUMER_LEVELS } from '../../domain/reporting-groups';
import { EXTERNAL_METRICS } from '../../domain/external-metrics';
import { SUPPRESSION_REASONS } from '../../domain/suppression-reasons';

// The JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the API's bodies. Objects stay open to
// new properties, so that adding a field is not a breaking change; the suppressed cell is closed,
// because a hidden figure must carry nothing but its reason.

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const uuid: Schema = { type: 'string', format: 'uuid' };
const day: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const count: Schema = { type: 'integer', minimum: 0 };
const histogram: Schema = { type: 'array', items: count };

function object(properties: Record<string, Schema>, optional: string[] = []): Schema {
	return {
		type: 'object',
		required: Object.keys(properties).filter((key) => !optional.includes(key)),
		properties
	};
}

/** A gated figure: shown with its value and respondents, or hidden with its reason only. */
function cellOf(value: Schema): Schema {
	return { oneOf: [object({ value, n: count }), ref('SuppressedCell')] };
}

const departmentRef = object({ id: uuid, code: { type: 'string' }, name: { type: 'string' } });
const participationValue = object({ invited: count, responded: count, rate: nullable('number') });
const driverValue = object({
	favourable: nullable('number'),
	mean: nullable('number'),
	histogram
});
const enpsValue = object({
	score: { type: 'number' },
	promoters: { type: 'number' },
	passives: { type: 'number' },
	detractors: { type: 'number' },
	histogram
});
const serviceValue = object({
	internalNps: { type: 'number' },
	mean: nullable('number'),
	promoters: { type: 'number' },
	passives: { type: 'number' },
	detractors: { type: 'number' },
	ratings: count,
	reasons: { type: 'object', additionalProperties: count },
	histogram
});
const measureCell = cellOf({ anyOf: [ref('DriverValue'), ref('EnpsValue')] });
const groupCells: Schema = object({
	participation: cellOf(ref('ParticipationValue')),
	cells: { type: 'object', additionalProperties: measureCell }
});
const interval: Schema = {
	oneOf: [{ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, { type: 'null' }]
};
const lagFigure = object({ n: count, units: count, r: nullable('number'), ci95: interval });

export const schemas: Record<string, Schema> = {
	Error: object({
		error: object(
			{
				code: { type: 'string', description: 'Stable, machine-readable: not_found, forbidden …' },
				message: { type: 'string', description: 'For people; may change.' },
				items: {
					type: 'array',
					description: 'On 422 from POST /external-metrics: every problem by item and field.',
					items: object({ index: count, field: { type: 'string' }, message: { type: 'string' } })
				}
			},
			['items']
		)
	}),
	SuppressedCell: {
		type: 'object',
		description: 'A figure the privacy gate withholds: its reason and nothing else, not even n.',
		required: ['suppressed', 'reason'],
		additionalProperties: false,
		properties: {
			suppressed: { const: true },
			reason: { enum: [...SUPPRESSION_REASONS] }
		}
	},
	RoundRef: object({ id: uuid, programmeId: uuid, opensOn: day, closesOn: day }),
	ParticipationValue: participationValue,
	DriverValue: driverValue,
	EnpsValue: enpsValue,
	ServiceValue: serviceValue,
	Department: object({
		id: uuid,
		code: { type: 'string' },
		name: { type: 'string' },
		parentId: { oneOf: [uuid, { type: 'null' }] },
		kind: { enum: ['customer_facing', 'internal'] }
	}),
	Round: object({
		id: uuid,
		programmeId: uuid,
		opensOn: day,
		closesOn: day,
		status: { enum: ['open', 'closed'] }
	}),
	Me: object({
		id: uuid,
		name: { type: 'string' },
		email: { type: 'string' },
		role: { enum: ['employee', 'hr'] },
		locale: { type: 'string' },
		departmentId: { oneOf: [uuid, { type: 'null' }] },
		headOf: { type: 'array', items: uuid }
	}),
	Heatmap: object({
		round: ref('RoundRef'),
		measures: { type: 'array', items: { type: 'string' } },
		company: groupCells,
		rows: {
			type: 'array',
			items: {
				allOf: [
					groupCells,
					object({
						departmentId: uuid,
						code: { type: 'string' },
						name: { type: 'string' },
						parentId: { oneOf: [uuid, { type: 'null' }] },
						depth: count,
						scope: { enum: ['subtree', 'direct'] },
						ownMembersPooled: { type: 'boolean' }
					})
				]
			}
		}
	}),
	ServiceMatrix: object({
		round: ref('RoundRef'),
		consumers: { enum: [...CONSUMER_LEVELS] },
		providers: { type: 'array', items: departmentRef },
		rows: {
			type: 'array',
			items: object(
				{
					consumer: departmentRef,
					total: cellOf(ref('ServiceValue')),
					cells: { type: 'object', additionalProperties: cellOf(ref('ServiceValue')) }
				},
				['total']
			)
		},
		received: { type: 'object', additionalProperties: cellOf(ref('ServiceValue')) },
		total: cellOf(ref('ServiceValue'))
	}),
	DepartmentHealth: {
		allOf: [
			groupCells,
			object({
				department: ref('Department'),
				round: ref('RoundRef'),
				scope: { const: 'subtree' },
				ownMembersPooled: { type: 'boolean' },
				responses: cellOf(count),
				internalService: object({
					received: cellOf(ref('ServiceValue')),
					given: {
						type: 'array',
						items: { allOf: [departmentRef, object({ cell: cellOf(ref('ServiceValue')) })] }
					}
				}),
				driverImpact: object({
					minimumN: count,
					drivers: {
						type: 'object',
						additionalProperties: cellOf(object({ r: nullable('number') }))
					}
				}),
				comments: cellOf({ type: 'array', items: { type: 'string' } }),
				serviceComments: cellOf({ type: 'array', items: { type: 'string' } }),
				changes: {
					type: 'object',
					additionalProperties: {
						oneOf: [
							object({
								since: ref('RoundRef'),
								cell: cellOf({ type: 'object', additionalProperties: nullable('number') })
							}),
							{ type: 'null' }
						]
					}
				},
				breakdown: {
					type: 'array',
					items: {
						allOf: [groupCells, departmentRef, object({ scope: { enum: ['direct', 'subtree'] } })]
					}
				}
			})
		]
	},
	Trend: object({
		department: departmentRef,
		measure: { type: 'string' },
		points: {
			type: 'array',
			items: object({
				round: ref('RoundRef'),
				cell: cellOf({
					anyOf: [
						ref('DriverValue'),
						ref('EnpsValue'),
						ref('ParticipationValue'),
						ref('ServiceValue')
					]
				})
			})
		}
	}),
	ServiceChain: object({
		metric: { enum: [...EXTERNAL_METRICS] },
		internal: { type: 'string' },
		from: { oneOf: [day, { type: 'null' }] },
		to: { oneOf: [day, { type: 'null' }] },
		lag: { enum: [0, 1, 2] },
		scale: nullable('string'),
		units: {
			type: 'array',
			items: object({
				departmentId: uuid,
				code: { type: 'string' },
				name: { type: 'string' },
				internal: { type: 'number' },
				external: { type: 'number' },
				respondents: { type: 'number' },
				externalSampleSize: nullable('number'),
				months: count
			})
		},
		unitsWithheld: count,
		n: count,
		enough: { type: 'boolean' },
		r: nullable('number'),
		ci95: interval,
		spearman: nullable('number'),
		slope: nullable('number'),
		intercept: nullable('number'),
		lagged: {
			oneOf: [object({ forward: lagFigure, reverse: lagFigure }), { type: 'null' }]
		},
		excluded: object({ internalWithheld: count, otherScale: count })
	}),
	FocusAreas: object({
		departmentId: uuid,
		focusAreas: { type: 'array', items: { type: 'object' } }
	}),
	ExternalMetricsBatch: object({
		items: {
			type: 'array',
			maxItems: 5000,
			items: object(
				{
					department: { type: 'string', description: 'A department code or path of names.' },
					metric: { enum: [...EXTERNAL_METRICS] },
					month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
					period_start: day,
					period_end: day,
					value: { type: 'number' },
					scale: { type: 'string' },
					sample_size: count,
					source: { type: 'string' }
				},
				['month', 'period_start', 'period_end', 'scale', 'sample_size']
			)
		}
	}),
	ExternalMetricsCounts: object({ inserted: count, updated: count, unchanged: count })
};
