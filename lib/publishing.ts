// After a story's public face changed (published, updated, withdrawn…): refresh exactly the
// pages that show it. Public pages render per request today, so this clears what Next keeps
// between requests (the router's cache of those paths); every publishing path goes through here,
// so tagged page caching can be added in one place.
import { revalidatePath } from 'next/cache';
import type { TransitionResult } from './services/workflow';

export function invalidatePublicPages({ touched }: Pick<TransitionResult, 'touched'>): void {
  revalidatePath('/');
  for (const slug of touched.slugs) revalidatePath(`/news/${slug}`);
  // The lists a story appears in: its section, tags and authors, whichever they are.
  for (const list of ['/section/[slug]', '/tag/[slug]', '/author/[handle]']) {
    revalidatePath(list, 'page');
  }
}
