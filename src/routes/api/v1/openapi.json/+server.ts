import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/api/openapi';
import type { RequestHandler } from './$types';

// The description of the API is public: it says what exists, never what anyone may read.
export const GET: RequestHandler = () => json(openApiDocument);
