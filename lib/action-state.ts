// What every server action answers its form with.
import { publicError } from './errors';

export interface ActionState {
  ok: boolean;
  message: string;
  fields?: Record<string, string>;
  /** A secret to show once (a one-time password, recovery codes), never stored in the page. */
  secret?: string;
  /** Several one-time secrets (recovery codes). */
  secrets?: string[];
  /** What the user had typed, given back after a refusal so the form keeps it. */
  values?: Record<string, string>;
  /** A link that goes with the secret (an otpauth:// address for authenticator apps). */
  link?: string;
}

/** A server action a form runs: its last answer and the form in, the next answer out. */
export type FormAction<State = ActionState> = (state: State, form: FormData) => Promise<State>;

/** What the sign-in action answers its form with. */
export interface LoginState {
  error: string;
  needsCode: boolean;
}

export const idle: ActionState = { ok: false, message: '' };

export function failure(error: unknown): ActionState {
  const { code, message, fields } = publicError(error);
  if (code === 'internal') console.error(error);
  return { ok: false, message, fields };
}
