// Who renders wire bodies. The renderer (render.tsx) uses React's server renderer, which Next's
// own bundles (route handlers, server actions, instrumentation, where the delivery worker starts)
// cannot import. So the processes that can (the production server, `npm run scheduler`, tests
// and benchmarks) register it here at start, on globalThis because Next's bundle and the
// server's bundle each hold their own copy of this module; the worker waits until one is there.
import type { Database } from '@/db';
import type { StoryBody } from '@/lib/story-body';

export interface WireBody {
  role: string;
  contenttype: string;
  value: string;
  wordcount: number;
}

export type BodyRenderer = (db: Database, body: StoryBody) => Promise<WireBody[]>;

const registry = globalThis as typeof globalThis & { __datelineWireBodyRenderer?: BodyRenderer };

export function setBodyRenderer(renderer: BodyRenderer): void {
  registry.__datelineWireBodyRenderer = renderer;
}

export function bodyRenderer(): BodyRenderer | null {
  return registry.__datelineWireBodyRenderer ?? null;
}
