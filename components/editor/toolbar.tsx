'use client';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { isSafeHref } from '@/lib/links';

interface ToolButton {
  label: string;
  shortcut?: string;
  text: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

function toggleLink(editor: Editor) {
  if (editor.isActive('link')) {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  const href = window.prompt('Link address (https://…, http://… or mailto:…)');
  if (href === null) return;
  if (!isSafeHref(href.trim())) {
    window.alert('Links may only point to http, https or mailto addresses.');
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
}

const GROUPS: ToolButton[][] = [
  [
    {
      label: 'Bold',
      shortcut: 'Ctrl+B',
      text: 'B',
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      label: 'Italic',
      shortcut: 'Ctrl+I',
      text: 'I',
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
    {
      label: 'Link',
      text: 'Link',
      isActive: (e) => e.isActive('link'),
      run: toggleLink,
    },
  ],
  [
    {
      label: 'Heading',
      shortcut: 'Ctrl+Alt+2',
      text: 'H2',
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'Subheading',
      shortcut: 'Ctrl+Alt+3',
      text: 'H3',
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      label: 'Quote',
      shortcut: 'Ctrl+Shift+B',
      text: '“ ”',
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
    {
      label: 'Bulleted list',
      shortcut: 'Ctrl+Shift+8',
      text: '•',
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      label: 'Numbered list',
      shortcut: 'Ctrl+Shift+7',
      text: '1.',
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      label: 'Horizontal rule',
      text: '—',
      run: (e) => e.chain().focus().setHorizontalRule().run(),
    },
  ],
  [
    { label: 'Undo', shortcut: 'Ctrl+Z', text: '↶', run: (e) => e.chain().focus().undo().run() },
    {
      label: 'Redo',
      shortcut: 'Ctrl+Shift+Z',
      text: '↷',
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
];

export function Toolbar({
  editor,
  disabled,
  extra,
}: {
  editor: Editor;
  disabled: boolean;
  /** Controls after the formatting buttons (the image button). */
  extra?: ReactNode;
}) {
  // Re-render the pressed states as the selection moves.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      GROUPS.flat().map((button) => (button.isActive ? button.isActive(e) : false)),
  });
  let index = 0;
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      className="flex flex-wrap gap-1 border-b border-rule bg-paper p-1"
    >
      {GROUPS.map((group, groupIndex) => (
        <div key={groupIndex} className="flex gap-1 border-r border-rule pr-1 last:border-r-0">
          {group.map((button) => {
            const pressed = button.isActive ? active[index] : undefined;
            index++;
            return (
              <button
                key={button.label}
                type="button"
                disabled={disabled}
                aria-label={button.label}
                aria-pressed={pressed}
                aria-keyshortcuts={button.shortcut?.replace(/Ctrl/g, 'Control')}
                title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
                onClick={() => button.run(editor)}
                className={`min-w-8 rounded px-2 py-1 text-sm font-semibold disabled:opacity-40 ${
                  pressed ? 'bg-ink text-paper' : 'hover:bg-rule/50'
                }`}
              >
                {button.text}
              </button>
            );
          })}
        </div>
      ))}
      {extra ? <div className="flex gap-1">{extra}</div> : null}
    </div>
  );
}
