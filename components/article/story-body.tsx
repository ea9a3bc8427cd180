import type { ReactNode } from 'react';
import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import { storyExtensions } from '@/components/editor/extensions';
import { isExternalHref, isSafeHref, isSafeImageSrc } from '@/lib/links';
import type { StoryBody as StoryBodyJson } from '@/lib/story-body';

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

function BodyImage({ node }: { node: Attrs }) {
  const { src, alt, title } = node.attrs ?? {};
  if (!isSafeImageSrc(src)) return null;
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- renditions come with the media issue */}
      <img src={src} alt={typeof alt === 'string' ? alt : ''} loading="lazy" />
      {typeof title === 'string' && title ? <figcaption>{title}</figcaption> : null}
    </figure>
  );
}

/** Renders a stored story body on the server, with the editor's own extension list. */
export function StoryBody({ body }: { body: StoryBodyJson }) {
  return (
    <div className="article-body">
      {renderToReactElement({
        extensions: storyExtensions,
        content: body,
        options: {
          markMapping: { link: SafeLink },
          nodeMapping: { image: BodyImage },
          unhandledNode: () => null,
          unhandledMark: ({ children }) => <>{children}</>,
        },
      })}
    </div>
  );
}
