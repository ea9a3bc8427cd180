// Other people's carets and selections in the shared body, each with their name and colour
// (ARCHITECTURE.md, "Co-editing"). The plugin is @tiptap/y-tiptap's own cursor plugin, which
// Tiptap's CollaborationCaret extension wraps too; that wrapper is published only for Tiptap
// versions other than the one the desk uses, so this file is the same few lines over the plugin.
import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

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

export const CollaborationCaret = Extension.create<{
  awareness: Awareness | null;
  user: SharedUser | null;
}>({
  name: 'collaborationCaret',
  priority: 999,

  addOptions() {
    return { awareness: null, user: null };
  },

  addProseMirrorPlugins() {
    const { awareness, user } = this.options;
    if (!awareness) return [];
    if (user) awareness.setLocalStateField('user', user);
    return [
      yCursorPlugin(awareness, {
        cursorBuilder: (other) => caretOf(other as Partial<SharedUser>),
        selectionBuilder: (other) => {
          const color = HEX.test(String(other.color)) ? String(other.color) : '#555555';
          // The selection in the person's colour, light enough to read the text through.
          return {
            style: `background-color: ${color}33`,
            class: 'collaboration-carets__selection',
          };
        },
      }),
    ];
  },
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
