// The front page's arrangement as the desk's browser code gets it: plain values, times already
// in the newsroom's words (lib/dates.ts), so the client needs no time zone of its own.
import type { DeskFront, DeskSlot, FrontCandidate } from '@/lib/services/front';
import { formatDateTime, timeZone } from '@/lib/dates';
import type { BreakingNews } from './rules';

export interface FrontItem {
  storyId: string;
  headline: string;
  /** Section and time of publication, in words. */
  detail: string;
  /** False once the story was withdrawn: it has left the front page. */
  live: boolean;
  /** When the pin ends: "18:00" as typed, the instant it was saved with, or empty for never. */
  until: string;
  /** The saved end in words ("7 Dec 2026, 18:00 UTC"), while `until` is still that instant. */
  untilLabel: string;
  /** The saved end as the newsroom's clock shows it ("18:00"), for the time field. */
  untilClock: string;
}

export interface FrontView {
  version: number;
  /** Slot 0 is the lead, 1 to 6 the top stories; null fills with the newest story. */
  slots: (FrontItem | null)[];
  breaking: BreakingNews | null;
  /** What readers see in each slot now, as saved: a headline, or null for nothing. */
  showing: (string | null)[];
}

const clockOf = (instant: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: timeZone(),
  }).format(instant);

const detailOf = (story: { section: string | null; publishedAt: Date | null }) =>
  [story.section, story.publishedAt ? formatDateTime(story.publishedAt) : null]
    .filter(Boolean)
    .join(' · ');

function itemOf(slot: DeskSlot | null): FrontItem | null {
  if (!slot) return null;
  return {
    storyId: slot.storyId,
    headline: slot.headline,
    detail: detailOf(slot),
    live: slot.live,
    until: slot.pinnedUntil?.toISOString() ?? '',
    untilLabel: slot.pinnedUntil ? formatDateTime(slot.pinnedUntil) : '',
    untilClock: slot.pinnedUntil ? clockOf(slot.pinnedUntil) : '',
  };
}

export function frontView(front: DeskFront): FrontView {
  return {
    version: front.version,
    slots: [itemOf(front.lead), ...front.top.map(itemOf)],
    breaking: front.breaking,
    showing: front.showing,
  };
}

export function candidateItem(story: FrontCandidate): FrontItem {
  return {
    storyId: story.storyId,
    headline: story.headline,
    detail: detailOf(story),
    live: true,
    until: '',
    untilLabel: '',
    untilClock: '',
  };
}
