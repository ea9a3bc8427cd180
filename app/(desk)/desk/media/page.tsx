// The media library: every image uploaded, newest first, searchable by alt text, caption, credit
// and uploader; where each is used (the stories the user may open, a count of the others); its
// description; deletion for the desk.
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions';
import { listMedia } from '@/lib/services/media';
import { mediaUsageFor } from '@/lib/services/media-usage';
import { MediaLibrary, UploadForm } from '@/components/desk/media-library';
import { compactInputClass } from '@/components/ui/field';

export const metadata = { title: 'Media' };

type Props = { searchParams: Promise<{ q?: string; before?: string }> };

export default async function MediaPage({ searchParams }: Props) {
  const user = await requireDeskUser();
  const { q = '', before } = await searchParams;
  const db = await getDb();
  const { items, next } = await listMedia(db, user, { q, before });
  const uses = await Promise.all(items.map((item) => mediaUsageFor(db, user, item.id)));
  const older = next
    ? `/desk/media?${new URLSearchParams({ ...(q ? { q } : {}), before: next })}`
    : null;

  return (
    <div className="space-y-8">
      <section aria-labelledby="media-heading" className="space-y-4">
        <h1 id="media-heading" className="text-lg font-semibold">
          Media
        </h1>
        <UploadForm />
      </section>

      <section aria-labelledby="library-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="library-heading" className="font-semibold">
            Library
          </h2>
          <form role="search" action="/desk/media" className="flex items-end gap-2">
            <label className="block">
              <span className="block text-xs font-medium">
                Search alt text, captions, credits, uploaders
              </span>
              <input
                type="search"
                name="q"
                defaultValue={q}
                className={`mt-1 w-72 ${compactInputClass}`}
              />
            </label>
            <button type="submit" className="rounded border border-rule px-3 py-1.5 font-semibold">
              Search
            </button>
          </form>
        </div>
        {items.length === 0 ? (
          <p className="text-muted">{q ? `No images match “${q}”.` : 'No images yet.'}</p>
        ) : (
          <MediaLibrary
            items={items.map((item, index) => ({ ...item, ...uses[index]! }))}
            canDelete={can(user, 'media.delete')}
          />
        )}
        {older ? (
          <p>
            <a href={older} rel="next" className="font-semibold underline">
              Older images
            </a>
          </p>
        ) : null}
      </section>
    </div>
  );
}
