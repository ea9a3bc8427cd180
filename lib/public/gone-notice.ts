// The short page a withdrawn story's address answers with (status 410), in the story's language.
import { localePath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function goneNotice(headline: string, language = 'en'): string {
  const t = messages(language);
  const title = headline ? escape(t.withdrawnTitle(headline)) : escape(t.withdrawnUntitled);
  const front = escape(localePath(language, '/'));
  return `<!doctype html>
<html lang="${escape(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(t.withdrawn)} — Dateline</title>
<style>body{font-family:Georgia,serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#16181d;background:#fdfcfa}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#15171b}a{color:#ff7a6e}}a{color:#a3161a}</style></head>
<body><p><a href="${front}">Dateline</a></p><h1>${title}</h1>
<p>${escape(t.withdrawnText)}</p>
<p><a href="${front}">${escape(t.goToFront)}</a></p></body></html>`;
}
