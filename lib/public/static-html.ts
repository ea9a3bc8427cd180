// Public pages reach readers as plain HTML: they hold no client component (links are plain <a>,
// search is a GET form, dark mode is CSS), so the React runtime and the page's RSC payload that
// Next adds would only cost readers download and main-thread time. The page cache keeps each
// public page without them; structured data (application/ld+json) stays.
// A public page that ever needs a client component must not go through this.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

export function withoutClientScripts(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string) =>
      /\btype="application\/ld\+json"/i.test(attributes) ? tag : '',
    )
    .replace(SCRIPT_PRELOAD, '')
    .replace(MODULE_PRELOAD, '');
}
