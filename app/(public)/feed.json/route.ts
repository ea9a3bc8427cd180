// GET /feed.json — JSON Feed 1.1 of the newest published stories.
import { connection } from 'next/server';
import { getDb } from '@/db';
import { feedItems } from '@/lib/public/stories';
import { jsonFeed } from '@/lib/public/feeds';
import { xmlResponse } from '@/lib/public/xml-response';

export async function GET() {
  await connection();
  return xmlResponse(jsonFeed(await feedItems(await getDb())), 'application/feed+json');
}
