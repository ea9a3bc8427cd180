import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { failure, type ActionState } from './action-state';
import { auditRefusal } from './refusal-audit';
import { assertSameOrigin } from './same-origin';

/**
 * The frame of every server action: refuse cross-site calls, run the work, and turn a refusal into
 * a message for the form (auditing a refusal by the permission rules first). Redirects and other
 * Next control flow pass through.
 */
export async function runAction(work: () => Promise<ActionState>): Promise<ActionState> {
  try {
    assertSameOrigin(await headers());
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    await auditRefusal(error);
    return failure(error);
  }
}
