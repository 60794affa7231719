import { apiExportEndpoint } from '$lib/server/exports/api';

// The trend figures as tidy CSV for scripts: ?period= or ?from=&to=, department, optional
// contents, dialect and bom.
export const GET = apiExportEndpoint('csv');
