// Feeds and sitemaps: fresh for readers' caches for a minute, and never from a forged Host.
export function xmlResponse(body: string, type = 'application/xml'): Response {
  return new Response(body, {
    headers: {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
    },
  });
}
