import type { ReactNode } from 'react';
import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import { storyExtensions } from '@/components/editor/extensions';
import { isExternalHref, isSafeHref, isSafeImageSrc } from '@/lib/links';
import type { PublicImage } from '@/lib/public/images';
import type { StoryBody as StoryBodyJson } from '@/lib/story-body';
import { Caption, Picture } from './picture';

interface Attrs {
  attrs?: Record<string, unknown>;
}

// Stored JSON is untrusted input: links and images are re-checked here, whatever the editor allowed.
function SafeLink({ mark, children }: { mark: Attrs; children?: ReactNode }) {
  const href = mark.attrs?.href;
  if (!isSafeHref(href)) return <>{children}</>;
  return (
    <a href={href} rel={isExternalHref(href) ? 'noopener noreferrer nofollow' : undefined}>
      {children}
    </a>
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function BodyImage({ node, images }: { node: Attrs; images: Map<string, PublicImage> }) {
  const { src, alt, mediaId, caption, credit } = node.attrs ?? {};
  const image = typeof mediaId === 'string' ? images.get(mediaId) : undefined;
  if (image) {
    // The library's renditions; this story's own alt text, caption and credit where it has them.
    return (
      <figure>
        <Picture
          image={{ ...image, alt: text(alt) || image.alt }}
          sizes="(min-width: 768px) 42rem, 100vw"
        />
        <Caption caption={text(caption) || image.caption} credit={text(credit) || image.credit} />
      </figure>
    );
  }
  if (!isSafeImageSrc(src) || src.startsWith('/media/')) return null; // a deleted library image
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- an outside https image, as linked */}
      <img src={src} alt={text(alt)} loading="lazy" />
      <Caption caption={text(caption)} credit={text(credit)} />
    </figure>
  );
}

// A published revision never changes, so its rendering can be kept: turning Tiptap JSON into
// elements costs several milliseconds a story, more than the rest of the page's render.
const rendered = new Map<string, ReactNode>();
const RENDERED_MAX = 500;

/**
 * Renders a stored story body on the server, with the editor's own extension list. With a
 * `revisionId` (a published revision), the result is kept for the next reader.
 */
export function StoryBody({
  body,
  images = new Map(),
  revisionId,
}: {
  body: StoryBodyJson;
  images?: Map<string, PublicImage>;
  revisionId?: string;
}) {
  if (!revisionId) return <div className="article-body">{renderBody(body, images)}</div>;
  // The library's descriptions show in the body too: a change to them is a different rendering.
  const key = `${revisionId}|${[...images]
    .map(([id, image]) => `${id}:${image.alt}:${image.caption}:${image.credit}`)
    .join('|')}`;
  let content = rendered.get(key);
  if (content === undefined) {
    content = renderBody(body, images);
    if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, content);
  }
  return <div className="article-body">{content}</div>;
}

function renderBody(body: StoryBodyJson, images: Map<string, PublicImage>): ReactNode {
  return (
    <>
      {renderToReactElement({
        extensions: storyExtensions,
        content: body,
        options: {
          markMapping: { link: SafeLink },
          nodeMapping: { image: ({ node }) => <BodyImage node={node} images={images} /> },
          unhandledNode: () => null,
          unhandledMark: ({ children }) => <>{children}</>,
        },
      })}
    </>
  );
}
