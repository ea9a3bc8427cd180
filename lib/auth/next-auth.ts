// next-auth (Auth.js v5) wiring: credentials sign-in, an optional OpenID Connect provider, and JWT
// sessions that the database can revoke. The JWT only says who signed in and with which session
// version; every request re-reads the user, so deactivation, role changes and password resets
// take effect on the next request.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { authSecret } from './secret';
import { clientIp } from './client-ip';
import { loadSessionUser } from './session-user';
import { verifySignIn } from './sign-in';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    sv?: number;
  }
}

/** Carries why a sign-in was refused to the form (`invalid`, `code_required`, `code_invalid`). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const sessionHours = () => Number(process.env.SESSION_HOURS) || 12;

/** Sign-in through the newsroom's identity provider, when AUTH_OIDC_* are set. */
function oidcProvider(): Provider[] {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET } = process.env;
  if (!AUTH_OIDC_ISSUER || !AUTH_OIDC_CLIENT_ID || !AUTH_OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: 'oidc',
      name: process.env.AUTH_OIDC_NAME || 'single sign-on',
      type: 'oidc',
      issuer: AUTH_OIDC_ISSUER,
      clientId: AUTH_OIDC_CLIENT_ID,
      clientSecret: AUTH_OIDC_CLIENT_SECRET,
    },
  ];
}

/** A staff member known to the newsroom, by the verified email their identity provider gave. */
async function activeUserByEmail(email: string) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.email, email.toLowerCase()), eq(users.active, true)));
  return user ?? null;
}

/** Every session of the user issued so far stops working at its next request. */
async function endSessions(userId: string) {
  const db = await getDb();
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

const config = (): NextAuthConfig => ({
  secret: authSecret(),
  // Redirect URLs come from AUTH_URL when set (production); see docs/security.md.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: sessionHours() * 3600 },
  pages: { signIn: '/login', error: '/login' },
  logger: {
    // A refused sign-in is an answer, not a fault: it is in the audit log, not the error log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const result = await verifySignIn(await getDb(), credentials, clientIp(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== 'oidc') return true;
      // No self-registration: the address must belong to an active staff member.
      if (!profile?.email || profile.email_verified === false) return false;
      return (await activeUserByEmail(profile.email)) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === 'oidc' && profile?.email) {
        const staff = await activeUserByEmail(profile.email);
        if (!staff) return null;
        return { sub: staff.id, sv: staff.sessionVersion };
      }
      if (user) return { sub: user.id, sv: user.sessionVersion };
      try {
        const current = token.sub ? await loadSessionUser(token.sub) : null;
        if (!current || !current.active || current.sessionVersion !== token.sv) return null;
        return token;
      } catch {
        return null; // fail closed: no database answer, no session
      }
    },
    session({ session, token }) {
      // Only the id leaves the server; the desk reads everything else from the database.
      return { expires: session.expires, user: { id: token.sub! } } as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (!token?.sub) return;
      // A JWT cannot be revoked by itself, and a copy of the cookie would outlive the browser's:
      // signing out moves the session version on, which ends this session and the user's others.
      await endSessions(token.sub);
      await recordAudit(await getDb(), {
        actorId: token.sub,
        action: 'auth.sign_out',
        subjectType: 'session',
        subjectId: token.sub,
      });
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(config);
export const { GET, POST } = handlers;
