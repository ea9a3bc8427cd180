// The in-memory side of reader analytics (ARCHITECTURE.md, "Reader analytics"): a view adds one
// to its story's count for the current hour, and nothing else about it is kept. Every few seconds
// the counts are taken and added to the database (flush.ts); a failed write puts them back. The
// last five minutes are also kept per minute, for the desk's "reading now".
//
// One counter per process, on globalThis: the production server counts (scripts/server.ts) and
// the desk, which Next bundles apart from it, reads the same counter.
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const RECENT_MINUTES = 5;
/** Distinct story-hours held between writes: a flood of made-up ids cannot grow memory past it. */
const MAX_PENDING = 50_000;

export interface PendingViews {
  storyId: string;
  /** The start of the hour, in milliseconds since the epoch. */
  hour: number;
  views: number;
}

const keyOf = (storyId: string, hour: number) => `${storyId} ${hour}`;

export class ViewCounter {
  private pending = new Map<string, PendingViews>();
  private minutes: { minute: number; views: Map<string, number> }[] = [];
  private hourStart = 0;
  private thisHour = new Map<string, number>();
  /** Views that found no room (MAX_PENDING) since the start. */
  dropped = 0;

  constructor(private readonly now: () => number = Date.now) {}

  record(storyId: string): void {
    const now = this.now();
    const hour = now - (now % HOUR_MS);
    const key = keyOf(storyId, hour);
    const entry = this.pending.get(key);
    if (entry) entry.views++;
    else if (this.pending.size >= MAX_PENDING) {
      this.dropped++;
      return;
    } else this.pending.set(key, { storyId, hour, views: 1 });
    this.noteRecent(storyId, now, hour);
  }

  private noteRecent(storyId: string, now: number, hour: number) {
    if (hour !== this.hourStart) {
      this.hourStart = hour;
      this.thisHour = new Map();
    }
    this.thisHour.set(storyId, (this.thisHour.get(storyId) ?? 0) + 1);
    const minute = now - (now % MINUTE_MS);
    let slot = this.minutes.at(-1);
    if (slot?.minute !== minute) {
      slot = { minute, views: new Map() };
      this.minutes.push(slot);
      this.minutes = this.minutes.filter((s) => s.minute > minute - RECENT_MINUTES * MINUTE_MS);
    }
    slot.views.set(storyId, (slot.views.get(storyId) ?? 0) + 1);
  }

  /** Takes every count not yet written, leaving none. */
  take(): PendingViews[] {
    const taken = [...this.pending.values()];
    this.pending = new Map();
    return taken;
  }

  /** Puts back counts whose write failed, so the next write carries them. */
  restore(entries: readonly PendingViews[]): void {
    for (const { storyId, hour, views } of entries) {
      const key = keyOf(storyId, hour);
      const entry = this.pending.get(key);
      if (entry) entry.views += views;
      else this.pending.set(key, { storyId, hour, views });
    }
  }

  /** Views this process counted in the last five minutes, per story. */
  recent(): Map<string, number> {
    const since = this.now() - RECENT_MINUTES * MINUTE_MS;
    const total = new Map<string, number>();
    for (const slot of this.minutes) {
      if (slot.minute + MINUTE_MS <= since) continue;
      for (const [id, views] of slot.views) total.set(id, (total.get(id) ?? 0) + views);
    }
    return total;
  }

  /** Views this process counted in the current hour, written or not, per story. */
  currentHour(): { hour: number; views: Map<string, number> } {
    const now = this.now();
    const hour = now - (now % HOUR_MS);
    return { hour, views: hour === this.hourStart ? this.thisHour : new Map() };
  }

  /** Views not yet written, per story, for the current hour only. */
  unwrittenThisHour(): Map<string, number> {
    const { hour } = this.currentHour();
    const views = new Map<string, number>();
    for (const entry of this.pending.values()) {
      if (entry.hour === hour) views.set(entry.storyId, entry.views);
    }
    return views;
  }
}

const globalCounter = globalThis as typeof globalThis & { __datelineViews?: ViewCounter };

/** This process's counter. */
export function viewCounter(): ViewCounter {
  globalCounter.__datelineViews ??= new ViewCounter();
  return globalCounter.__datelineViews;
}

/** Counting is on unless ANALYTICS=off. */
export const analyticsOn = () => process.env.ANALYTICS !== 'off';
