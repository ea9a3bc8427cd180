// After a story's public face changed (published, updated, withdrawn…): refresh exactly the
// pages that show it. Public pages render per request today, so this matters for the pages Next
// keeps (the router cache, later the tagged page cache); every publishing path goes through here.
import { revalidatePath } from 'next/cache';
import type { TransitionResult } from './services/workflow';

export function invalidatePublicPages({ touched }: Pick<TransitionResult, 'touched'>): void {
  try {
    revalidatePath('/');
    for (const slug of touched.slugs) revalidatePath(`/news/${slug}`);
  } catch (error) {
    // Outside a request (the in-server scheduler) there is no cache to refresh.
    if (
      !(error instanceof Error) ||
      !/static generation store|outside a request/i.test(error.message)
    ) {
      throw error;
    }
  }
}
