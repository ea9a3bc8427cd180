// The short page a withdrawn story's address answers with (status 410).
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function goneNotice(headline: string): string {
  const title = headline
    ? `“${escape(headline)}” has been withdrawn`
    : 'This story has been withdrawn';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Withdrawn — Dateline</title>
<style>body{font-family:Georgia,serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#16181d;background:#fdfcfa}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#15171b}a{color:#ff7a6e}}a{color:#a3161a}</style></head>
<body><p><a href="/">Dateline</a></p><h1>${title}</h1>
<p>The editors have withdrawn this story. It is no longer available.</p>
<p><a href="/">Go to the front page</a></p></body></html>`;
}
