// The render budget: how many page renders run at once, and how many may wait. A cache miss costs
// a render (queries and React); a flood of distinct addresses (a search per request, a fresh
// address per click) would otherwise start renders without limit, and every reader of a cached
// page, the desk and autosave with them, would wait behind them for the CPU. Past the queue a
// render is refused at once: the caller answers with a stale copy or a fast 503. Hits never come
// here.
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
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  stats(): BudgetStats {
    return { running: this.running, waiting: this.waiting.length, refused: this.refused };
  }
}

const globalBudget = globalThis as typeof globalThis & { __datelineRenderBudget?: RenderBudget };

/**
 * This process's budget: RENDER_CONCURRENCY renders at once (default twice the cores) and
 * RENDER_QUEUE waiting (default four times that).
 */
export function renderBudget(): RenderBudget {
  const concurrency = Number(process.env.RENDER_CONCURRENCY) || 2 * os.availableParallelism();
  globalBudget.__datelineRenderBudget ??= new RenderBudget(
    concurrency,
    Number(process.env.RENDER_QUEUE) || 4 * concurrency,
  );
  return globalBudget.__datelineRenderBudget;
}
