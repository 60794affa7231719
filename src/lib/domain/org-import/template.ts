import { IMPORT_COLUMNS } from './types';

/** The downloadable starting point: the header and a few rows showing each way to fill it in. */
export const IMPORT_TEMPLATE_ROWS: string[][] = [
	[...IMPORT_COLUMNS],
	[
		'E1001',
		'ana.garcia@example.com',
		'Ana García',
		'Operations/Customer Support',
		'Operations/Customer Support',
		'es',
		'employee'
	],
	[
		'E1002',
		'ben.okafor@example.com',
		'Ben Okafor',
		'Operations/Customer Support',
		'',
		'en',
		'employee'
	],
	[
		'E1003',
		'chloe.martin@example.com',
		'Chloé Martin',
		'Corporate Services/People & Culture',
		'',
		'fr',
		'hr'
	],
	[
		'E1004',
		'dev.patel@example.com',
		'Dev Patel',
		'Operations',
		'Operations;Operations/Logistics',
		'en-GB',
		'employee'
	]
];
