import type { ActionState } from '@/lib/action-state';
import { FormMessage } from '@/components/ui/form-message';

/** An action's message, and the one-time secret it returned, if any, in a copyable box. */
export function ActionResult({ state }: { state: ActionState }) {
  return (
    <div>
      <FormMessage state={state} />
      {state.secret ? (
        <output
          aria-label="One-time secret"
          className="mt-1 block rounded border border-ink bg-rule/30 px-2 py-1 font-mono text-sm break-all select-all"
        >
          {state.secret}
        </output>
      ) : null}
    </div>
  );
}
