import { json } from '@sveltejs/kit';
import { checkDatabase, checkReplicas } from '$lib/server/db/health';

export async function GET() {
	const healthy = await checkDatabase();
	const replicas = checkReplicas();
	return json(
		{ status: healthy ? 'ok' : 'unavailable', ...(replicas ? { replicas } : {}) },
		{ status: healthy ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
}
