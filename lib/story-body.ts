// The story body as stored: a Tiptap (ProseMirror) JSON document. Pure helpers, no editor imports,
// so the schema, services, feeds and search can all use them.

export interface BodyMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  marks?: BodyMark[];
  text?: string;
}

export interface StoryBody extends BodyNode {
  type: 'doc';
  content: BodyNode[];
}

export const emptyBody = (): StoryBody => ({ type: 'doc', content: [{ type: 'paragraph' }] });

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'bulletList',
  'orderedList',
  'horizontalRule',
]);

/** Plain text of a body, blocks separated by blank lines: for search, feeds and word counts. */
export function bodyToPlainText(body: BodyNode): string {
  const blocks: string[] = [];
  let current = '';
  const walk = (node: BodyNode) => {
    if (node.type === 'text') current += node.text ?? '';
    else if (node.type === 'hardBreak') current += '\n';
    const isBlock = BLOCK_TYPES.has(node.type);
    node.content?.forEach(walk);
    if (isBlock && current.trim()) {
      blocks.push(current.trim());
      current = '';
    }
  };
  walk(body);
  if (current.trim()) blocks.push(current.trim());
  return blocks.join('\n\n');
}

export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** The library images a body shows, by id: what the page loads before rendering it. */
export function bodyMediaIds(body: StoryBody): string[] {
  const ids: string[] = [];
  const walk = (node: { type?: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
    if (node.type === 'image' && typeof node.attrs?.mediaId === 'string')
      ids.push(node.attrs.mediaId);
    for (const child of node.content ?? []) walk(child as typeof node);
  };
  walk(body as Parameters<typeof walk>[0]);
  return ids;
}
