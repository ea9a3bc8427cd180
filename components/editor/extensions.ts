// THE extension list of a story body. The desk editor and the server renderer both use it, so what
// an editor can make is exactly what a reader can be shown (docs/product.md, "The story": body).
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { isSafeHref, isSafeImageSrc } from '@/lib/links';

/** StarterKit as a story uses it; `undoRedo: false` when the shared document keeps the history. */
const starterKit = (undoRedo: boolean) =>
  StarterKit.configure({
    undoRedo: undoRedo ? undefined : false,
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    // Appending an empty paragraph on load would change the story just by opening it.
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['mailto'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  });

const image = Image.configure({ inline: false, allowBase64: false }).extend({
  // A library image carries its id (the public page renders its renditions from it), and the
  // caption and credit shown under it in this story.
  addAttributes() {
    const text = (name: string) => ({
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
      renderHTML: (attributes: Record<string, unknown>) =>
        attributes[name] ? { [`data-${name}`]: attributes[name] } : {},
    });
    return {
      ...this.parent?.(),
      mediaId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-media-id'),
        renderHTML: (attributes: Record<string, unknown>) =>
          attributes.mediaId ? { 'data-media-id': attributes.mediaId } : {},
      },
      caption: text('caption'),
      credit: text('credit'),
    };
  },
  // Pasted or dropped images the server would refuse (file:, http:, relative junk) never enter
  // the document, so one stray picture cannot block every later save.
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (img) => (isSafeImageSrc(img.getAttribute('src')) ? null : false),
      },
    ];
  },
});

export const storyExtensions: Extensions = [starterKit(true), image];

/**
 * The same nodes and marks for an editor bound to the shared document (ARCHITECTURE.md,
 * "Co-editing"): undo and redo come from the collaboration extension then, which undoes only this
 * person's own changes, so StarterKit's history is left out as Tiptap's collaboration docs require.
 */
export const sharedStoryExtensions: Extensions = [starterKit(false), image];
