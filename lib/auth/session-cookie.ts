// The names of Auth.js's session cookie: plain over http, `__Secure-` over https, and split into
// `.0`, `.1`… when it grows large. Read by the proxy (a visitor without one goes to sign-in) and
// by the session check (a session that could not be checked is not the same as none).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIES.some((cookie) => name.startsWith(cookie));
}
