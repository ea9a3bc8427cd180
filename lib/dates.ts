// Times are shown in the newsroom's zone (NEWSROOM_TIME_ZONE, default UTC) so that the server
// render and every reader see the same text, in the words of the page's language (English by
// default: the desk speaks English; the public pages pass their own language).
//
// Building an Intl.DateTimeFormat costs far more than using one (it loads locale and zone data):
// a page of twenty cards built forty of them, a tenth of an uncached render. Each formatter is
// made once per zone and language and reused.
export const timeZone = () => process.env.NEWSROOM_TIME_ZONE || 'UTC';

/** The Intl locale a language's dates are written in. */
const LOCALES: Record<string, string> = { en: 'en-GB', ru: 'ru-RU', az: 'az-Latn-AZ' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'date' | 'time', language: string): Intl.DateTimeFormat {
  const zone = timeZone();
  const locale = LOCALES[language] ?? LOCALES.en!;
  const key = `${kind} ${zone} ${locale}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      locale,
      kind === 'date'
        ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }
        : { hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' },
    );
    formatters.set(key, made);
  }
  return made;
}

export function formatDate(date: Date, language = 'en'): string {
  return formatter('date', language).format(date);
}

export function formatDateTime(date: Date, language = 'en'): string {
  return `${formatDate(date, language)}, ${formatter('time', language).format(date)}`;
}
