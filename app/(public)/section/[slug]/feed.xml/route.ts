// GET /section/{slug}/feed.xml — RSS 2.0 of one section's newest published stories.
import { connection } from 'next/server';
import { getDb } from '@/db';
import { sectionBySlug } from '@/lib/public/directory';
import { feedItems } from '@/lib/public/stories';
import { rssFeed } from '@/lib/public/feeds';
import { xmlResponse } from '@/lib/public/xml-response';
import { SITE_NAME } from '@/lib/site';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const db = await getDb();
  const section = await sectionBySlug(db, (await params).slug);
  if (!section) return new Response('No such section.', { status: 404 });
  const items = await feedItems(db, { filter: { sectionId: section.id } });
  return xmlResponse(
    rssFeed(items, {
      title: `${SITE_NAME}: ${section.name}`,
      path: `/section/${section.slug}`,
      feedPath: `/section/${section.slug}/feed.xml`,
    }),
    'application/rss+xml',
  );
}
