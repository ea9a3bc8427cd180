// Every refusal by the permission rules that an entry point answers is audited, here and only
// here: route handlers (errorResponse, lib/http.ts) and server actions (runAction,
// lib/server-action.ts) hand this every error before they answer it.
import { headers } from 'next/headers';
import { getDb } from '@/db';
import { recordRefusal } from './audit';
import { clientIp } from './auth/client-ip';
import { PermissionRefusal } from './permissions';

/**
 * Writes an `authz_denied` audit row when `error` is a refusal by the permission rules (not a
 * missing session, not bad input, not a conflict). A failure to write is logged and goes no
 * further: the caller is still answered with its 403, never with a 500.
 */
export async function auditRefusal(error: unknown): Promise<void> {
  if (!(error instanceof PermissionRefusal)) return;
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
