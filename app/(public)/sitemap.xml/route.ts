// GET /sitemap.xml — every public address with its last change.
import { connection } from 'next/server';
import { getDb } from '@/db';
import { allSections } from '@/lib/public/directory';
import { publicStoryAddresses } from '@/lib/public/stories';
import { sitemap } from '@/lib/public/sitemaps';
import { xmlResponse } from '@/lib/public/xml-response';

export async function GET() {
  await connection();
  const db = await getDb();
  const [stories, sections] = await Promise.all([publicStoryAddresses(db), allSections(db)]);
  return xmlResponse(
    sitemap(
      stories,
      sections.map((section) => section.slug),
    ),
  );
}
