import { describe, expect, it } from 'vitest';
import { Overloaded, RenderBudget } from './budget';

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('the render budget', () => {
  it('runs a few renders at once, queues a few, and refuses the rest at once', async () => {
    const budget = new RenderBudget(2, 1);
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`start ${name}`);
      await later(20);
      order.push(`end ${name}`);
      return name;
    };
    const running = [budget.run(task('a')), budget.run(task('b')), budget.run(task('c'))];
    expect(budget.stats()).toEqual({ running: 2, waiting: 1, refused: 0 });
    await expect(budget.run(task('d'))).rejects.toBeInstanceOf(Overloaded);
    expect(await Promise.all(running)).toEqual(['a', 'b', 'c']);
    expect(order.indexOf('start c')).toBeGreaterThan(order.indexOf('end a'));
    expect(budget.stats()).toEqual({ running: 0, waiting: 0, refused: 1 });
  });

  it('rests a slot after a render for as long as the render took, times its rest factor', async () => {
    const budget = new RenderBudget(1, 1, 1);
    let secondStarted = 0;
    const firstDone = budget.run(() => later(40));
    const second = budget.run(async () => {
      secondStarted = performance.now();
    });
    await firstDone;
    const firstEnded = performance.now();
    // The first render is over, but its slot rests: the second has not started.
    expect(secondStarted).toBe(0);
    expect(budget.stats()).toMatchObject({ running: 1, waiting: 1 });
    await second;
    expect(secondStarted - firstEnded).toBeGreaterThanOrEqual(30);
  });
});
