// How long what people type may be, apart from the schemas that enforce it: forms in the browser
// read these too, and importing them from a zod module would bring zod into the desk's bundle,
// whose start-up probe for `Function` is a Content-Security-Policy violation there.

// A story's metadata (the slug's limit is MAX_SLUG_LENGTH in lib/slug.ts).
export const HEADLINE_MAX = 200;
/** Past this, search engines cut a headline: the editor warns. */
export const HEADLINE_WARN = 110;
export const STANDFIRST_MAX = 400;
export const DATELINE_MAX = 100;

/** An image's description: in the media library, and on a picture in a story's body. */
export const IMAGE_TEXT_MAX = { alt: 300, caption: 1_000, credit: 200 } as const;

// People.
export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 100;
export const HANDLE_MIN = 2;
export const HANDLE_MAX = 40;
export const TITLE_MAX = 120;
export const BIO_MAX = 2_000;
export const PASSWORD_MIN = 8;
export const NEW_PASSWORD_MAX = 256;
/** A password typed to sign in or to confirm: generous, but bounded before hashing. */
export const PASSWORD_INPUT_MAX = 1_024;
/** A second-factor code as typed: six digits, or a recovery code. */
export const CODE_INPUT_MAX = 32;

// The desk's words on a story.
export const COMMENT_MAX = 5_000;
/** A reason for sending a story back, or a published correction. */
export const NOTE_MAX = 1_000;

/** A limit as the messages say it: 5,000. */
export const formatLimit = (limit: number) => limit.toLocaleString('en-GB');
