'use client';
import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';

type Variant = 'primary' | 'secondary' | 'danger';

const variants: Record<Variant, string> = {
  primary: 'bg-ink text-paper hover:opacity-90',
  secondary: 'border border-rule bg-paper text-ink hover:bg-rule/40',
  danger: 'border border-accent text-accent hover:bg-accent hover:text-paper',
};

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shown while the form is being sent. */
  pendingLabel?: string;
}

/** A submit button that shows the wait and refuses a second click while its form is pending. */
export function SubmitButton({
  variant = 'primary',
  pendingLabel,
  children,
  className,
  ...rest
}: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || rest.disabled}
      aria-disabled={pending || rest.disabled}
      className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${variants[variant]} ${className ?? ''}`}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
