// Axis arithmetic shared by the charts: a round top for the value axis and its ticks.

/** The smallest "round" number (1, 2 or 5 times a power of ten) at or above `max`, at least 1. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Tick values from 0 to `top` in `count` equal steps (whole numbers when `top` allows it). */
export function ticks(top: number, count = 4): number[] {
  const step = top / count;
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

/** Indexes of at most `count` evenly spaced labels out of `length`, the last one included. */
export function labelIndexes(length: number, count = 6): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const every = Math.ceil((length - 1) / (count - 1));
  const picked = new Set<number>();
  for (let i = length - 1; i >= 0; i -= every) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}

export const formatNumber = (value: number) => new Intl.NumberFormat('en').format(value);
