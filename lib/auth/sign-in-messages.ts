// What a refused password sign-in is told, by the sign-in page and by the editor's "sign in
// again" dialog alike. One answer for an unknown email, a wrong password and a locked account.
export const SIGN_IN_MESSAGES: Record<string, string> = {
  invalid:
    'Email or password is incorrect. After several failed attempts, sign-in pauses for 15 minutes.',
  code_required: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
  code_invalid: 'That code is not valid. Codes change every 30 seconds and work once.',
};

export const signInMessage = (code: string | null | undefined) =>
  SIGN_IN_MESSAGES[code ?? 'invalid'] ?? SIGN_IN_MESSAGES.invalid!;

export const needsSecondFactor = (code: string | null | undefined) =>
  code === 'code_required' || code === 'code_invalid';
