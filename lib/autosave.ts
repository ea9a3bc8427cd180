// The autosave engine of the story editor, free of React and the network so it can be tested:
// one save in flight at a time, the newest text always sent last, a local copy kept until the
// server has acknowledged exactly that text, retries that carry the same save id.

export type SaveOutcome<TCurrent> =
  | { kind: 'saved'; version: number; savedAt: string }
  | { kind: 'conflict'; current: TCurrent }
  | { kind: 'offline' }
  | { kind: 'signed_out' }
  | { kind: 'invalid'; message: string };

export type AutosaveStatus<TCurrent> =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'offline' }
  | { kind: 'conflict'; current: TCurrent }
  | { kind: 'signed_out' }
  | { kind: 'invalid'; message: string };

export interface LocalCopy<TSnapshot> {
  write(copy: { baseVersion: number; snapshot: TSnapshot; at: string; saveId: string }): void;
  clear(): void;
}

export interface AutosaverOptions<TSnapshot, TCurrent> {
  baseVersion: number;
  send(snapshot: TSnapshot, baseVersion: number, saveId: string): Promise<SaveOutcome<TCurrent>>;
  onStatus(status: AutosaveStatus<TCurrent>): void;
  local: LocalCopy<TSnapshot>;
  newSaveId(): string;
  delayMs?: number;
  retryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => Date;
}

export class Autosaver<TSnapshot, TCurrent> {
  private version: number;
  private generation = 0;
  private savedGeneration = 0;
  private latest: TSnapshot | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private status: AutosaveStatus<TCurrent> = { kind: 'idle' };
  // Retries of the same text reuse the id, so a save that reached the server is not made twice.
  private pending: { generation: number; saveId: string } | null = null;

  constructor(private readonly options: AutosaverOptions<TSnapshot, TCurrent>) {
    this.version = options.baseVersion;
  }

  get baseVersion() {
    return this.version;
  }

  get dirty() {
    return this.generation > this.savedGeneration;
  }

  /** The user changed something: keep it on this device now, send it after a pause. */
  update(snapshot: TSnapshot, saveId?: string): void {
    this.generation++;
    this.latest = snapshot;
    // The id travels with this text everywhere: the local copy, retries, the save sent as the
    // page closes, a restore after a reload. The server answers a repeat of an id it has already
    // stored as a success, so the same text never conflicts with itself.
    this.pending = { generation: this.generation, saveId: saveId ?? this.options.newSaveId() };
    const at = (this.options.now?.() ?? new Date()).toISOString();
    this.options.local.write({
      baseVersion: this.version,
      snapshot,
      at,
      saveId: this.pending.saveId,
    });
    if (this.waiting) return;
    if (this.status.kind !== 'offline') this.setStatus({ kind: 'dirty' });
    this.schedule(this.options.delayMs ?? 2000);
  }

  /**
   * Send now (blur, leaving the page, a workflow step). Resolves once the save under way, if any,
   * and a save of the latest text have both been answered.
   */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    await this.run();
  }

  /**
   * Continue on top of another version: after a conflict (keep mine), or to send a local copy
   * found after a reload (with the save id it was kept with).
   */
  rebase(version: number, snapshot?: TSnapshot, saveId?: string): void {
    this.version = version;
    this.setStatus({ kind: 'dirty' });
    if (snapshot !== undefined) {
      this.update(snapshot, saveId);
    } else {
      // Same text, new base: a new id, or the server would take it for the refused save.
      this.pending = { generation: this.generation, saveId: this.options.newSaveId() };
      this.schedule(0);
    }
  }

  /** Signed in again after the session ended: send what was kept meanwhile. */
  async resume(): Promise<void> {
    if (this.status.kind !== 'signed_out') return;
    this.setStatus(this.dirty ? { kind: 'dirty' } : { kind: 'idle' });
    await this.flush();
  }

  /** A conflict waits for a choice, an ended session for a sign-in: nothing is sent meanwhile. */
  private get waiting() {
    return this.status.kind === 'conflict' || this.status.kind === 'signed_out';
  }

  /** What is unsent, for a last request as the page closes; null when nothing is. */
  unsent(): { snapshot: TSnapshot; baseVersion: number; saveId: string } | null {
    if (!this.dirty || this.latest === null || !this.pending) return null;
    return { snapshot: this.latest, baseVersion: this.version, saveId: this.pending.saveId };
  }

  /** After taking the other version: nothing of ours is left to send. */
  reset(version: number): void {
    this.version = version;
    this.savedGeneration = this.generation;
    this.pending = null;
    this.latest = null;
    this.options.local.clear();
    this.setStatus({ kind: 'idle' });
  }

  private schedule(ms: number) {
    this.cancelTimer();
    const set = this.options.setTimer ?? ((fn, delay) => setTimeout(fn, delay));
    this.timer = set(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private cancelTimer() {
    if (this.timer !== null)
      (this.options.clearTimer ?? ((h) => clearTimeout(h as never)))(this.timer);
    this.timer = null;
  }

  private setStatus(status: AutosaveStatus<TCurrent>) {
    this.status = status;
    this.options.onStatus(status);
  }

  private async run(): Promise<void> {
    if (this.inFlight || !this.dirty || this.latest === null) return;
    if (this.waiting) return;
    const generation = this.generation;
    const snapshot = this.latest;
    if (this.pending?.generation !== generation) {
      this.pending = { generation, saveId: this.options.newSaveId() };
    }
    const { saveId } = this.pending;
    this.setStatus({ kind: 'saving' });
    const answer = this.options
      .send(snapshot, this.version, saveId)
      .catch((): SaveOutcome<TCurrent> => ({ kind: 'offline' }));
    this.inFlight = answer.then(() => undefined);
    const outcome = await answer;
    this.inFlight = null;

    switch (outcome.kind) {
      case 'saved':
        this.version = outcome.version;
        this.savedGeneration = generation;
        this.pending = null;
        if (generation === this.generation) {
          this.options.local.clear();
          this.setStatus({ kind: 'saved', savedAt: outcome.savedAt });
        } else {
          // More was typed while this was on its way: send that too.
          this.setStatus({ kind: 'dirty' });
          await this.run();
        }
        return;
      case 'conflict':
        this.setStatus({ kind: 'conflict', current: outcome.current });
        return;
      case 'signed_out':
        this.setStatus({ kind: 'signed_out' });
        return;
      case 'offline':
        this.setStatus({ kind: 'offline' });
        this.schedule(this.options.retryMs ?? 5000);
        return;
      case 'invalid':
        this.setStatus({ kind: 'invalid', message: outcome.message });
        return;
    }
  }
}
