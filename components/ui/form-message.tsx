import type { ActionState } from '@/lib/action-state';

/** The result of a form's last submission, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <p
      role={state.ok ? 'status' : 'alert'}
      aria-live="polite"
      className={`text-sm ${state.ok ? 'text-ink' : 'text-accent'} ${state.message ? '' : 'sr-only'}`}
    >
      {state.message}
    </p>
  );
}
