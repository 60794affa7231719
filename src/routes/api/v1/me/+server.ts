import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';

export async function GET() {
	const user = requireUser();
	return json({
		id: user.id,
		name: user.name,
		email: user.email,
		role: user.role,
		locale: user.locale,
		departmentId: user.departmentId,
		headOf: user.headOf
	});
}
