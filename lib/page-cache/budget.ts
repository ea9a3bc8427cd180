// The render budget: how many page renders run at once, and how many may wait. A cache miss costs
// a render (queries and React); a flood of distinct addresses (a search per request, a fresh
// address per click) would otherwise start renders without limit, and every reader of a cached
// page, the desk and autosave with them, would wait behind them for the CPU. Past the queue a
// render is refused at once: the caller answers with a stale copy or a fast 503. Hits never come
// here.
//
// A slot also rests after each render, for as long as the render took times RENDER_REST (default
// 1): renders then use at most about half of the time a slot has, whatever a flood asks, and the
// rest is left to hits. That matters most on PGlite, whose queries run on the server's own thread
// (a search there holds it for several milliseconds), so it gets one slot; PostgreSQL works on the
// other core, and gets one per core.
import os from 'node:os';

export class Overloaded extends Error {
  constructor() {
    super('the render queue is full');
  }
}

export interface BudgetStats {
  running: number;
  waiting: number;
  refused: number;
}

export class RenderBudget {
  private running = 0;
  private refused = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueLength: number,
    /** How long a slot rests after a render, as a multiple of the render's time. */
    readonly rest = 0,
  ) {}

  /** Runs `task` when a slot is free; rejects with `Overloaded` at once when the queue is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLength) {
        this.refused++;
        throw new Overloaded();
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    const started = performance.now();
    try {
      return await task();
    } finally {
      const resting = (performance.now() - started) * this.rest;
      if (resting >= 1) setTimeout(() => this.release(), resting).unref();
      else this.release();
    }
  }

  /** The slot passes straight to the next in line, or is freed. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  stats(): BudgetStats {
    return { running: this.running, waiting: this.waiting.length, refused: this.refused };
  }
}

const globalBudget = globalThis as typeof globalThis & { __datelineRenderBudget?: RenderBudget };

/**
 * This process's budget: RENDER_CONCURRENCY renders at once (default one per core on PostgreSQL,
 * one on PGlite), RENDER_QUEUE waiting (default four per slot), RENDER_REST after each.
 */
export function renderBudget(): RenderBudget {
  const slots = process.env.DATABASE_URL ? os.availableParallelism() : 1;
  const concurrency = Number(process.env.RENDER_CONCURRENCY) || slots;
  const rest = Number(process.env.RENDER_REST ?? 1);
  globalBudget.__datelineRenderBudget ??= new RenderBudget(
    concurrency,
    Number(process.env.RENDER_QUEUE) || 4 * concurrency,
    Number.isFinite(rest) && rest >= 0 ? rest : 1,
  );
  return globalBudget.__datelineRenderBudget;
}
