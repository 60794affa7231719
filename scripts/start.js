// Serves the built app. Migrations run as the server starts (the init hook).
// adapter-node refuses form posts unless it knows its public origin, so default it to localhost.
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import('../build/index.js');
