// The body of a wire item: the stored Tiptap JSON rendered by the public article's own renderer
// (components/article/story-body.tsx) to static HTML, with the media library's addresses made
// absolute, since partners read it on their own sites. `registerBodyRenderer` makes it the one
// the wire uses (body-renderer.ts says why it is registered rather than imported).
import { renderToStaticMarkup } from 'react-dom/server';
import { StoryBody } from '@/components/article/story-body';
import type { Database } from '@/db';
import { imagesByIds } from '@/lib/public/stories';
import { siteUrl } from '@/lib/site';
import {
  bodyMediaIds,
  bodyToPlainText,
  countWords,
  type StoryBody as Body,
} from '@/lib/story-body';
import { setBodyRenderer, type WireBody } from './body-renderer';

function absoluteMedia(html: string): string {
  const site = siteUrl();
  return html.replace(
    /(\s(?:src|srcset|href)=")([^"]*)"/gi,
    (_match, start: string, value: string) =>
      `${start}${value.replace(/(^|,\s*)\/media\//g, `$1${site}/media/`)}"`,
  );
}

/** The ninjs `bodies` of a story body: HTML and its word count. */
export async function renderBodies(db: Database, body: Body): Promise<WireBody[]> {
  const images = await imagesByIds(db, bodyMediaIds(body));
  const html = absoluteMedia(renderToStaticMarkup(<StoryBody body={body} images={images} />));
  return [
    {
      role: 'main',
      contenttype: 'text/html',
      value: html,
      wordcount: countWords(bodyToPlainText(body)),
    },
  ];
}

export const registerBodyRenderer = () => setBodyRenderer(renderBodies);
