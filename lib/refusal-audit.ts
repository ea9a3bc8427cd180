// Every refusal by the permission rules that an entry point answers is audited, here and only
// here: route handlers (errorResponse, lib/http.ts), server actions (runAction,
// lib/server-action.ts) and desk pages (orNotFound, lib/not-found.ts) hand this every error before
// they answer it. That includes the refusals answered as 404 (a colleague's story: ScopeRefusal).
import { headers } from 'next/headers';
import { getDb } from '@/db';
import { recordRefusal } from './audit';
import { clientIp } from './auth/client-ip';
import { PermissionRefusal, ScopeRefusal } from './permissions';

/**
 * Writes an `authz_denied` audit row when `error` is a refusal by the permission rules (not a
 * missing session, not bad input, not a conflict, not an unknown id). A failure to write is
 * logged and goes no further: the caller is still answered with its 403 or 404, never a 500.
 */
export async function auditRefusal(error: unknown): Promise<void> {
  if (!(error instanceof PermissionRefusal || error instanceof ScopeRefusal)) return;
  try {
    await recordRefusal(await getDb(), error, await requestIp());
  } catch (failure) {
    const reason = failure instanceof Error ? failure.message : String(failure);
    console.error(`dateline: a refused ${error.action} could not be audited: ${reason}`);
  }
}

/** The caller's address, as the sign-in throttle reads it; none outside a request. */
async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}
