// The limits of a story's metadata, apart from the schema that enforces them: the editor's browser
// code reads these, and importing them from story.ts would bring zod into the desk's bundle, whose
// start-up probe for `Function` is a Content-Security-Policy violation there.
export const HEADLINE_MAX = 200;
export const HEADLINE_WARN = 110;
export const STANDFIRST_MAX = 400;
