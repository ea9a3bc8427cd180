/** The result of a form's last submission, announced to screen readers. */
export function FormMessage({ state }: { state: { ok: boolean; message: string } }) {
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
