// Times are shown in the newsroom's zone (NEWSROOM_TIME_ZONE, default UTC) so that the server
// render and every reader see the same text.
const timeZone = () => process.env.NEWSROOM_TIME_ZONE || 'UTC';

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: timeZone(),
  }).format(date);
}

export function formatDateTime(date: Date): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timeZone(),
    timeZoneName: 'short',
  }).format(date);
  return `${formatDate(date)}, ${time}`;
}
