// A labelled form field: a real <label for>, the control, and the hint, character count and error
// that `aria-describedby` ties to it. Every form of the desk builds its fields from these, so the
// look of a text box is stated once (inputClass) and no field can lose its label.
import type {
  InputHTMLAttributes,
  ReactElement,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

/** The look of a compact control in a row: a filter bar, a table's menu. */
export const compactInputClass = 'rounded border border-rule bg-paper px-2 py-1';

/** The look of every field of a form. */
export const inputClass =
  'mt-1 block w-full rounded border border-rule bg-paper px-2.5 py-1.5 text-sm text-ink shadow-inner focus:border-accent disabled:opacity-60';

/** A running count of characters against a limit, with a warning past `warnAt`. */
export interface CharacterCount {
  length: number;
  max: number;
  warnAt?: number;
  /** Said after the count once past `warnAt`. */
  warning?: string;
  /** Said after the count always: what the field is for. */
  note?: string;
}

interface FrameProps {
  label: string;
  /** The control's id; made from its name when left out. */
  id?: string;
  hint?: ReactNode;
  /** The hint is a warning for now (shown in the accent colour). */
  hintAlert?: boolean;
  count?: CharacterCount;
  error?: string;
  /** A smaller label, for fields in a card or a side panel. */
  small?: boolean;
  /** Classes of the block around label and control (its place in a grid). */
  frameClassName?: string;
}

function fieldIdOf(id: string | undefined, name: string | undefined): string {
  if (id) return id;
  if (name) return `field-${name}`;
  throw new Error('A field needs an id or a name.');
}

function countText({ length, max, warnAt, warning, note }: CharacterCount): string {
  const over = warnAt !== undefined && length > warnAt && warning ? ` — ${warning}` : '';
  return `${length}/${max}${over}${note ? ` · ${note}` : ''}`;
}

type Framed = FrameProps & { name?: string; className?: string };

/** What the control itself gets: its own attributes, and the ids and look the frame gives it. */
type Control<P extends Framed> = Omit<P, keyof FrameProps | 'className'> & {
  id: string;
  className: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

/** The label above and the descriptions below the control `render` draws. */
function framed<P extends Framed>(props: P, render: (control: Control<P>) => ReactElement) {
  const { label, id, hint, hintAlert, count, error, small, frameClassName, className, ...own } =
    props;
  const fieldId = fieldIdOf(id, own.name);
  const warned = count?.warnAt !== undefined && count.length > count.warnAt;
  const describedBy = [
    hint ? `${fieldId}-hint` : '',
    count ? `${fieldId}-count` : '',
    error ? `${fieldId}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={frameClassName}>
      <label htmlFor={fieldId} className={`block font-medium ${small ? 'text-xs' : 'text-sm'}`}>
        {label}
      </label>
      {render({
        ...(own as Omit<P, keyof FrameProps | 'className'>),
        id: fieldId,
        className: className ? `${inputClass} ${className}` : inputClass,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error || hintAlert ? true : undefined,
      })}
      {hint ? (
        <p
          id={`${fieldId}-hint`}
          className={`mt-1 text-xs ${hintAlert ? 'text-accent' : 'text-muted'}`}
        >
          {hint}
        </p>
      ) : null}
      {count ? (
        <p
          id={`${fieldId}-count`}
          className={`mt-1 text-xs ${warned ? 'text-accent' : 'text-muted'}`}
          // Only a count that can warn is announced as it changes.
          aria-live={count.warnAt !== undefined ? 'polite' : undefined}
        >
          {countText(count)}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="mt-1 text-xs text-accent">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Own = 'id' | 'className';

/** A labelled input. */
export function Field(
  props: FrameProps &
    Omit<InputHTMLAttributes<HTMLInputElement>, Own> & {
      /** Added to the shared look (a font, say). */
      className?: string;
      ref?: Ref<HTMLInputElement>;
    },
) {
  return framed(props, (control) => <input {...control} />);
}

/** A labelled text area. */
export function TextArea(
  props: FrameProps &
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Own> & {
      className?: string;
      ref?: Ref<HTMLTextAreaElement>;
    },
) {
  return framed(props, (control) => <textarea {...control} />);
}

/** A labelled menu; its options are the children. */
export function SelectField(
  props: FrameProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, Own> & { className?: string },
) {
  return framed(props, (control) => <select {...control} />);
}
