/** Where people reach this Rapport, for links in mail that is sent outside any request. */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
	const origin = env.ORIGIN ?? `http://localhost:${env.PORT ?? '3000'}`;
	return origin.replace(/\/+$/, '');
}
