// GET and POST /api/auth/* — next-auth's own endpoints (CSRF token, callbacks, sign-out).
export { GET, POST } from '@/lib/auth/next-auth';
