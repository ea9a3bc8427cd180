'use client';
import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { Field, TextArea } from '@/components/ui/field';
import { IMAGE_TEXT_MAX } from '@/lib/validation/limits';

/** Alt text, caption and credit of the picture selected in the body. */
export function ImageDetails({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { selection } = e.state;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') {
        return null;
      }
      const { alt, caption, credit, src } = selection.node.attrs as Record<string, string | null>;
      return { alt: alt ?? '', caption: caption ?? '', credit: credit ?? '', src: src ?? '' };
    },
  });
  const altField = useRef<HTMLTextAreaElement>(null);
  const src = selected?.src;
  useEffect(() => {
    // A picture just put in: ask for its description at once.
    if (src && !altField.current?.value) altField.current?.focus();
  }, [src]);
  if (!selected) return null;
  const set = (name: 'alt' | 'caption' | 'credit', value: string) =>
    editor.commands.updateAttributes('image', { [name]: value || null });
  const missingAlt = !selected.alt.trim();
  return (
    <fieldset className="space-y-3 rounded border border-rule p-3 text-sm">
      <legend className="px-1 font-semibold">Selected image</legend>
      <TextArea
        label="Alt text"
        id="image-alt"
        ref={altField}
        rows={2}
        maxLength={IMAGE_TEXT_MAX.alt}
        disabled={disabled}
        value={selected.alt}
        onChange={(event) => set('alt', event.target.value.replace(/\n/g, ' '))}
        hint="What the picture shows, for readers who cannot see it. Needed before the story goes to the desk."
        hintAlert={missingAlt}
      />
      <TextArea
        label="Caption"
        id="image-caption"
        rows={2}
        maxLength={IMAGE_TEXT_MAX.caption}
        disabled={disabled}
        value={selected.caption}
        onChange={(event) => set('caption', event.target.value)}
      />
      <Field
        label="Credit"
        id="image-credit"
        maxLength={IMAGE_TEXT_MAX.credit}
        disabled={disabled}
        value={selected.credit}
        onChange={(event) => set('credit', event.target.value)}
      />
    </fieldset>
  );
}
