import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './server';

export const OIDC_CLIENT = { id: 'rapport-e2e', secret: 'e2e-client-secret-not-for-production' };

export type TestProvider = { issuer: string; stop(): Promise<void> };

/**
 * A real OpenID Connect provider on a loopback port, with one confidential client registered for
 * `rapportBase` and a user store of login → claims. Its development login form takes the login in
 * the username field and any password.
 */
export async function startOidcProvider(
	rapportBase: string,
	users: Record<string, { email: string; name: string; emailVerified?: boolean }>
): Promise<TestProvider> {
	const port = await freePort();
	const issuer = `http://127.0.0.1:${port}`;
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: OIDC_CLIENT.id,
				client_secret: OIDC_CLIENT.secret,
				redirect_uris: [`${rapportBase}/login/sso/callback`],
				post_logout_redirect_uris: [`${rapportBase}/login`],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_post'
			}
		],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		// Put every granted claim in the ID token, as Entra ID and Okta do for these scopes.
		conformIdTokenClaims: false,
		pkce: { required: () => true },
		features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
		cookies: { keys: ['e2e-cookie-key-not-for-production'] },
		findAccount: async (_ctx, id) => {
			const user = users[id];
			if (!user) return undefined;
			return {
				accountId: id,
				claims: async () => ({
					sub: id,
					email: user.email,
					email_verified: user.emailVerified ?? true,
					name: user.name
				})
			};
		}
	});
	const server: Server = createServer(provider.callback());
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		issuer,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
