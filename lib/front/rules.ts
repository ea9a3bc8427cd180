// The front page's rules, without I/O (docs/product.md, "The front page"): how many slots it has,
// what "pinned until 18:00" means, how slots that are not curated fill with the newest stories,
// and what a breaking-news strip may say and link to.
import { AppError } from '@/lib/errors';
import { isSafeHref } from '@/lib/links';

/** The lead is slot 0; the top stories are slots 1 to TOP_STORIES. */
export const TOP_STORIES = 6;
export const BREAKING_TEXT_MAX = 160;

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant: Date, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const local = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant when the wall clock of `zone` shows `hours:minutes` on the local day of `day`. */
function wallClock(day: Date, hours: number, minutes: number, zone: string): Date {
  const local = new Date(day.getTime() + zoneOffset(day, zone));
  const guess = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate(),
    hours,
    minutes,
  );
  // Twice, so that a change of offset between `day` and the guess (summer time) is allowed for.
  let instant = guess - zoneOffset(new Date(guess), zone);
  instant = guess - zoneOffset(new Date(instant), zone);
  return new Date(instant);
}

/**
 * When a pin ends. `until` is a time of day in the newsroom's zone ("18:00": the next time the
 * clock shows it, today or tomorrow), an instant the desk was given earlier (ISO 8601, kept as it
 * is, and refused once passed), or empty for a pin without end.
 */
export function pinExpiry(
  until: string | null | undefined,
  now: Date,
  zone: string,
  headline = 'this story',
): Date | null {
  const value = until?.trim() ?? '';
  if (value === '') return null;
  const clock = CLOCK.exec(value);
  if (clock) {
    const hours = Number(clock[1]);
    const minutes = Number(clock[2]);
    let end = wallClock(now, hours, minutes, zone);
    if (end.getTime() <= now.getTime()) {
      end = wallClock(new Date(now.getTime() + 86_400_000), hours, minutes, zone);
    }
    return end;
  }
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new AppError('invalid', `The pin of “${headline}” needs a time such as 18:00.`);
  }
  if (instant.getTime() <= now.getTime()) {
    throw new AppError(
      'invalid',
      `The pin of “${headline}” has run out: set a new time or take the story off.`,
    );
  }
  return instant;
}

/** A story that may fill a slot: only its id matters here. */
interface HasId {
  id: string;
}

export interface FilledFront<T extends HasId> {
  lead: T | null;
  /** The top stories, in slot order. */
  top: T[];
  /** The latest rail: the newest stories not already on the front. */
  latest: T[];
}

/**
 * The front page readers see. `curated` holds the slots editors pinned whose stories are still
 * public and whose pins have not run out (slot → story); every other slot takes the newest story
 * not already shown, and the latest rail the next `latestCount`.
 */
export function fillFront<T extends HasId>(
  curated: ReadonlyMap<number, T>,
  newest: readonly T[],
  latestCount: number,
): FilledFront<T> {
  const used = new Set([...curated.values()].map((story) => story.id));
  const pool = newest.filter((story) => !used.has(story.id));
  const next = () => pool.shift() ?? null;
  const lead = curated.get(0) ?? next();
  const top: T[] = [];
  for (let slot = 1; slot <= TOP_STORIES; slot++) {
    const story = curated.get(slot) ?? next();
    if (story) top.push(story);
  }
  return { lead, top, latest: pool.slice(0, latestCount) };
}

export interface BreakingNews {
  text: string;
  /** A page of this site ("/news/…") or an http(s) address; empty for none. */
  url: string;
}

/** A strip's text and link, checked; a refusal names the field. */
export function checkBreaking(input: { text?: unknown; url?: unknown }): BreakingNews {
  const text = typeof input.text === 'string' ? input.text.replace(/\s+/g, ' ').trim() : '';
  const url = typeof input.url === 'string' ? input.url.trim() : '';
  if (text === '') {
    throw new AppError('invalid', 'Write the line the strip shows.', {
      text: 'Write the line the strip shows.',
    });
  }
  if (text.length > BREAKING_TEXT_MAX) {
    const message = `Keep the line to ${BREAKING_TEXT_MAX} characters (it has ${text.length}).`;
    throw new AppError('invalid', message, { text: message });
  }
  const local = /^\/(?![/\\])[^\s]*$/.test(url);
  if (url !== '' && !local && !(isSafeHref(url) && /^https?:/i.test(url))) {
    const message = 'The link must be a page of this site (/news/…) or an http(s) address.';
    throw new AppError('invalid', message, { url: message });
  }
  return { text, url };
}
