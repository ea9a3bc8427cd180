// The newsroom's single sign-on, when AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and
// AUTH_OIDC_CLIENT_SECRET are set (docs/sso.md).
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

export function oidcSettings(): OidcSettings | null {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET } = process.env;
  if (!AUTH_OIDC_ISSUER || !AUTH_OIDC_CLIENT_ID || !AUTH_OIDC_CLIENT_SECRET) return null;
  return {
    issuer: AUTH_OIDC_ISSUER,
    clientId: AUTH_OIDC_CLIENT_ID,
    clientSecret: AUTH_OIDC_CLIENT_SECRET,
    name: process.env.AUTH_OIDC_NAME || 'single sign-on',
  };
}

/** The name on the "Sign in with …" button; null without single sign-on. */
export const oidcProviderName = () => oidcSettings()?.name ?? null;
