import { describe, expect, it } from 'vitest';
import { withoutClientScripts } from './static-html';

describe('public pages as plain HTML', () => {
  it("drops Next's runtime, its preloads and the RSC payload, and keeps structured data", () => {
    const html = [
      '<head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<script src="/_next/static/chunks/c.js" async=""></script>',
      '<script src="/_next/static/chunks/d.js" noModule=""></script></head>',
      '<body><h1>Headline</h1>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script>self.__next_f.push([1,"<\\/script> and more"])</script></body>',
    ].join('');
    const plain = withoutClientScripts(html);
    expect(plain).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(plain).toContain('<h1>Headline</h1>');
    expect(plain).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(plain).not.toMatch(/__next_f|chunks\/[bcd]\.js|rel="preload"/);
    expect(plain.match(/<script/g)).toHaveLength(1);
  });
});

describe('the notice of a missing public page', () => {
  it('is told apart by its marker, which the page cache answers with 404', async () => {
    const { isMissingPage } = await import('./missing');
    expect(isMissingPage('<head><meta name="dateline-status" content="404"/></head>')).toBe(true);
    expect(isMissingPage('<head><meta name="robots" content="noindex"/></head>')).toBe(false);
  });
});
