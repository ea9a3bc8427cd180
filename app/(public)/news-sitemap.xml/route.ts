// GET /news-sitemap.xml — Google News sitemap: stories first published in the last 48 hours.
import { connection } from 'next/server';
import { getDb } from '@/db';
import { storiesPublishedSince } from '@/lib/public/stories';
import { newsSitemap } from '@/lib/public/sitemaps';
import { xmlResponse } from '@/lib/public/xml-response';

export async function GET() {
  await connection();
  return xmlResponse(newsSitemap(await storiesPublishedSince(await getDb(), 48)));
}
