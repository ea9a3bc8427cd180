import { requireDeskUser } from '@/lib/auth/current-user';
import { NewStoryForm } from '@/components/desk/new-story-form';
import { createStoryAction } from '../actions';

export const metadata = { title: 'New story' };

export default async function NewStoryPage() {
  await requireDeskUser();
  return (
    <section aria-labelledby="new-heading">
      <h1 id="new-heading" className="mb-4 text-lg font-semibold">
        New story
      </h1>
      <NewStoryForm create={createStoryAction} />
    </section>
  );
}
