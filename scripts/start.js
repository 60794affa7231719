// Serves the built app. Migrations run as the server starts (the init hook).
import { secretProblem } from '../src/lib/server/surveys/secret-rule.js';

// Refuse before loading anything, with a message for the operator rather than a stack trace.
const problem = secretProblem(process.env);
if (problem) {
	console.error(problem);
	process.exit(1);
}
// adapter-node refuses form posts unless it knows its public origin, so default it to localhost.
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Room for an HR system's CSV export of a 10,000-person organisation (about 1 MB per 10,000).
process.env.BODY_SIZE_LIMIT ??= '11M';
await import('../build/index.js');
