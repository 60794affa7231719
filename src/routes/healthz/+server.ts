import { json } from '@sveltejs/kit';
import { checkDatabase } from '$lib/server/db/health';

export async function GET() {
	const healthy = await checkDatabase();
	return json(healthy ? { status: 'ok' } : { status: 'unavailable' }, {
		status: healthy ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
}
