// GET /robots.txt — crawl everything public, nothing of the desk; where the sitemaps are.
import { connection } from 'next/server';
import { robots } from '@/lib/public/sitemaps';

export async function GET() {
  await connection(); // the address comes from runtime configuration
  return new Response(robots(), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
