'use client';
import { useEffect, useState } from 'react';

const BEAT_MS = 15_000;

function sentence(names: string[]): string {
  if (names.length === 1) return `${names[0]} is also editing this story.`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are also editing this story.`;
}

/** "Name is also editing": a heartbeat while the story is open, and who else sent one lately. */
export function Presence({ storyId }: { storyId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const response = await fetch(`/api/stories/${storyId}/presence`, { method: 'POST' });
        if (response.ok && !stopped) setOthers((await response.json()).others as string[]);
      } catch {
        // Offline: the status line already says so.
      }
    };
    void beat();
    const timer = setInterval(beat, BEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [storyId]);
  return (
    <p
      aria-live="polite"
      className={others.length ? 'text-sm font-semibold text-accent' : 'sr-only'}
    >
      {others.length ? sentence(others) : ''}
    </p>
  );
}
