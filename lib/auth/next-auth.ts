// next-auth (Auth.js v5) wiring: credentials sign-in, an optional OpenID Connect provider, and JWT
// sessions that the database can revoke. The JWT only says who signed in, with which session
// version, in which session row; every request re-reads the user and the row, so deactivation,
// role changes, password resets and idle or absolute expiry (lib/auth/sessions.ts) take effect on
// the next request.
import { Auth, setEnvDefaults } from '@auth/core';
import NextAuth, { CredentialsSignin, type NextAuthConfig, type Profile } from 'next-auth';
import { headers } from 'next/headers';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { authSecret } from './secret';
import { clientIp } from './client-ip';
import { loadSessionUser } from './session-user';
import { oidcSettings } from './oidc';
import { endUserSessions, sessionAlive, sessionHours, startSession } from './sessions';
import { verifySignIn } from './sign-in';
import { sessionsEnded } from '@/lib/collab/sessions-ended';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    sv?: number;
    /** The session's row (lib/auth/sessions.ts). */
    sid?: string;
  }
}

/** Carries why a sign-in was refused to the form (`invalid`, `code_required`, `code_invalid`). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/**
 * Sign-in through the newsroom's identity provider, when AUTH_OIDC_* are set (docs/sso.md): the
 * authorization code flow with PKCE, state and nonce, all three checked on the way back.
 */
function oidcProvider(): Provider[] {
  const settings = oidcSettings();
  if (!settings) return [];
  return [
    {
      id: 'oidc',
      name: settings.name,
      type: 'oidc',
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      checks: ['pkce', 'state', 'nonce'],
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

/**
 * Whether the person the identity provider vouched for may sign in: only someone already added in
 * People, and active (no self-registration). Audited like a password sign-in. A refusal goes back
 * to the sign-in page with its reason (`NotStaff`, `Deactivated`, `Unverified`); nothing is
 * created.
 */
async function admitBySingleSignOn(profile: Profile | undefined, ip: string | null) {
  const email = typeof profile?.email === 'string' ? profile.email.toLowerCase() : '';
  const db = await getDb();
  const [user] = email
    ? await db
        .select({ id: users.id, active: users.active })
        .from(users)
        .where(eq(users.email, email))
    : [];
  let reason: 'Unverified' | 'NotStaff' | 'Deactivated' | null = null;
  if (!email || profile?.email_verified === false) reason = 'Unverified';
  else if (!user) reason = 'NotStaff';
  else if (!user.active) reason = 'Deactivated';
  await recordAudit(db, {
    actorId: user?.id ?? null,
    action: reason ? 'auth.sign_in_failed' : 'auth.sign_in',
    subjectType: 'session',
    subjectId: email || null,
    newValue: reason ? { method: 'oidc', reason } : { method: 'oidc' },
    ip,
  });
  return reason ? `/login?${new URLSearchParams({ error: reason })}` : true;
}

/** Every session of the user issued so far stops working at its next request. */
async function endSessions(userId: string) {
  const db = await getDb();
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
  await endUserSessions(db, userId);
  sessionsEnded(userId); // their co-editing sockets close too (lib/collab/sessions-ended.ts)
}

/** The token of a new session: who, which session version, which session row. */
async function newSession(userId: string, sessionVersion: number) {
  return { sub: userId, sv: sessionVersion, sid: await startSession(await getDb(), userId) };
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
      // What went wrong underneath (a provider's refusal, a failed check) is in the cause.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      const detail = cause instanceof Error ? ` (${cause.message})` : '';
      console.error(`[auth] ${error.name}: ${error.message.split('. Read more')[0]}${detail}`);
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
      const requestHeaders = await headers().catch(() => new Headers());
      return admitBySingleSignOn(profile, clientIp(requestHeaders));
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === 'oidc' && profile?.email) {
        const staff = await activeUserByEmail(profile.email);
        if (!staff) return null;
        return newSession(staff.id, staff.sessionVersion);
      }
      if (user?.id) return newSession(user.id, user.sessionVersion ?? 0);
      try {
        if (!token.sub || !token.sid) return null;
        const current = await loadSessionUser(token.sub);
        if (!current || !current.active || current.sessionVersion !== token.sv) return null;
        // Idle past SESSION_IDLE_MINUTES, or older than SESSION_HOURS: signed out.
        if (!(await sessionAlive(await getDb(), token.sid, token.sub))) return null;
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

export const { auth, signIn, signOut } = NextAuth(config);

/**
 * Auth.js's endpoints (`/api/auth/*`), answered at AUTH_URL's address. next-auth's own handlers
 * move the request to AUTH_URL through a NextRequest, and a NextRequest turns a loopback host
 * (127.0.0.1) into `localhost`: the OpenID callback then names a redirect URI the sign-in did not,
 * and the provider refuses the code. A plain Request keeps the address as given.
 */
async function handle(request: Request): Promise<Response> {
  const settings = config();
  settings.basePath ??= '/api/auth';
  setEnvDefaults(process.env, settings, true);
  return Auth(await atAuthUrl(request), settings);
}

async function atAuthUrl(request: Request): Promise<Request> {
  const base = process.env.AUTH_URL;
  if (!base) return request;
  const url = new URL(request.url);
  const { protocol, host } = new URL(base);
  url.protocol = protocol;
  url.host = host;
  const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
  return new Request(url, { method: request.method, headers: request.headers, body });
}

export const GET = handle;
export const POST = handle;
