// Other people's carets and selections in the shared body, each with their name and colour
// (ARCHITECTURE.md, "Co-editing"): Tiptap's CollaborationCaret extension, with the desk's own
// drawing of a caret and a colour per person that stays the same everywhere.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';

/** Who this editor is, as the others see them: in the awareness state's `user` field. */
export interface SharedUser {
  id: string;
  name: string;
  color: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** The caret: a thin coloured bar with the person's name above it. */
function caretOf(user: Partial<SharedUser>): HTMLElement {
  const color = HEX.test(user.color ?? '') ? user.color! : '#555555';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('data-user', user.name ?? '');
  Object.assign(caret.style, {
    position: 'relative',
    marginLeft: '-1px',
    marginRight: '-1px',
    borderLeft: `2px solid ${color}`,
    wordBreak: 'normal',
    pointerEvents: 'none',
  });
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.textContent = user.name ?? '';
  Object.assign(label.style, {
    position: 'absolute',
    top: '-1.45em',
    left: '-2px',
    padding: '0 0.3em',
    borderRadius: '3px 3px 3px 0',
    background: color,
    color: '#ffffff',
    fontSize: '0.75rem',
    fontWeight: '600',
    lineHeight: '1.4',
    whiteSpace: 'nowrap',
    userSelect: 'none',
    fontStyle: 'normal',
  });
  caret.append(label);
  return caret;
}

/** The selection in the person's colour, light enough to read the text through. */
function selectionOf(user: Partial<SharedUser>) {
  const color = HEX.test(user.color ?? '') ? user.color! : '#555555';
  return { style: `background-color: ${color}33`, class: 'collaboration-carets__selection' };
}

/**
 * Tiptap's caret extension on the story's provider, drawing carets and selections as above: a
 * colour that is not a plain hex colour (others' awareness states are theirs to write) is drawn grey.
 */
export const sharedCarets = (provider: HocuspocusProvider, user: SharedUser) =>
  CollaborationCaret.configure({
    provider,
    user,
    render: (other) => caretOf(other as Partial<SharedUser>),
    selectionRender: (other) => selectionOf(other as Partial<SharedUser>),
  });

/** Colours for people's carets, each dark enough for white names on it (WCAG AA). */
const PALETTE = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7e22ce',
  '#b45309',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
];

/** The same colour for the same person, on every device and in every story. */
export function colorOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
