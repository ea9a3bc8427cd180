import { forbidden } from 'next/navigation';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions';
import { frontView } from '@/lib/front/desk-view';
import { loadFront } from '@/lib/services/front';
import { FrontCurator } from '@/components/desk/front-curator';
import { BreakingNewsForm } from '@/components/desk/breaking-news-form';
import {
  clearBreakingAction,
  saveFrontAction,
  searchFrontAction,
  setBreakingAction,
} from './actions';

export const metadata = { title: 'Front page' };

export default async function FrontDeskPage() {
  const user = await requireDeskUser();
  if (!can(user, 'front.curate')) forbidden();
  const view = frontView(await loadFront(await getDb(), user));
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-2xl font-bold">Front page</h1>
        <p className="mt-1 text-muted">
          What leads{' '}
          <a href="/" className="underline">
            the front page
          </a>{' '}
          and the six top stories beneath it. Readers see a saved arrangement within a second or
          two.
        </p>
      </div>
      <FrontCurator initial={view} save={saveFrontAction} search={searchFrontAction} />
      <section aria-labelledby="breaking-heading" className="border-t border-rule pt-6">
        <h2 id="breaking-heading" className="text-base font-semibold">
          Breaking-news strip
        </h2>
        <p className="mt-1 mb-3 text-muted">Shown at the top of every public page until cleared.</p>
        <BreakingNewsForm
          current={view.breaking}
          set={setBreakingAction}
          clear={clearBreakingAction}
        />
      </section>
    </div>
  );
}
