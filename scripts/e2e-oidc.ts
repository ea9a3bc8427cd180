// The OpenID Connect provider of the single sign-on journeys, started by the e2e server on
// loopback (e2e/fixtures/sso.ts). It is oidc-provider, a certified implementation, with its
// development sign-in screens: whoever types an address there is that address, verified, so a
// journey can be anyone, known to the newsroom or not. The app talks to it as to any provider:
// discovery, the authorization code flow with PKCE, state and nonce, signed ID tokens.
import http from 'node:http';
import Provider from 'oidc-provider';
import { E2E_OIDC_CLIENT, E2E_OIDC_ISSUER, E2E_OIDC_PORT } from '@/e2e/fixtures/sso';

export async function startOidcProvider(appAddress: string): Promise<http.Server> {
  const provider = new Provider(E2E_OIDC_ISSUER, {
    clients: [
      {
        client_id: E2E_OIDC_CLIENT.id,
        client_secret: E2E_OIDC_CLIENT.secret,
        redirect_uris: [`${appAddress}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Every client must send a PKCE challenge, so a flow without one fails here.
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims in the ID token itself, which is what Auth.js reads the profile from.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['dateline-e2e-oidc-cookie-key'] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: id, email_verified: true, name: id }),
      };
    },
  });
  // What the provider refused, in the e2e server's log, for a journey that fails.
  for (const event of ['grant.error', 'authorization.error', 'server_error', 'userinfo.error']) {
    provider.on(event, (_ctx: unknown, error: { message?: string; error_description?: string }) =>
      console.error(`[oidc-provider] ${event}: ${error.message} ${error.error_description ?? ''}`),
    );
  }
  const answer = provider.callback();
  let down = false;
  const server = http.createServer((request, response) => {
    if (request.method === 'POST' && request.url?.startsWith('/__e2e/')) {
      down = request.url === '/__e2e/down';
      response.end(down ? 'down\n' : 'up\n');
      return;
    }
    // "Down": the connection is cut before any answer, as when the provider is unreachable.
    if (down) return void request.socket.destroy();
    answer(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(E2E_OIDC_PORT, '127.0.0.1', resolve);
  });
  return server;
}
