// GET /feed.xml — RSS 2.0 of the newest published stories.
import { connection } from 'next/server';
import { getDb } from '@/db';
import { feedItems } from '@/lib/public/stories';
import { rssFeed } from '@/lib/public/feeds';
import { xmlResponse } from '@/lib/public/xml-response';
import { SITE_NAME } from '@/lib/site';

export async function GET() {
  await connection();
  const items = await feedItems(await getDb());
  return xmlResponse(
    rssFeed(items, { title: SITE_NAME, path: '/', feedPath: '/feed.xml' }),
    'application/rss+xml',
  );
}
