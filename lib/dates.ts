// Times are shown in the newsroom's zone (NEWSROOM_TIME_ZONE, default UTC) so that the server
// render and every reader see the same text.
//
// Building an Intl.DateTimeFormat costs far more than using one (it loads locale and zone data):
// a page of twenty cards built forty of them, a tenth of an uncached render. Each formatter is
// made once per zone and reused.
export const timeZone = () => process.env.NEWSROOM_TIME_ZONE || 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'date' | 'time'): Intl.DateTimeFormat {
  const zone = timeZone();
  const key = `${kind} ${zone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      'en-GB',
      kind === 'date'
        ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }
        : { hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' },
    );
    formatters.set(key, made);
  }
  return made;
}

export function formatDate(date: Date): string {
  return formatter('date').format(date);
}

export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${formatter('time').format(date)}`;
}
