'use client';
// Pictures pasted, dropped or picked in the editor: each is uploaded to the library, then put in
// the body with its library id, and the last one selected so its details are at hand.
import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import { uploadImage } from './media-client';

export interface UploadState {
  pending: number;
  error: string | null;
}

/** The image files among those pasted or dropped. */
export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
}

/** Uploads files and inserts them as images at `position` (or the cursor), selecting the last. */
export function useImageUploads(editor: Editor | null) {
  const [state, setState] = useState<UploadState>({ pending: 0, error: null });
  const insert = async (files: File[], position?: number) => {
    if (!editor || files.length === 0) return;
    setState((s) => ({ pending: s.pending + files.length, error: null }));
    for (const file of files) {
      try {
        const item = await uploadImage(file);
        const at = position ?? editor.state.selection.to;
        editor
          .chain()
          .focus()
          .insertContentAt(at, {
            type: 'image',
            attrs: {
              src: item.src,
              alt: item.alt || null,
              mediaId: item.id,
              caption: item.caption || null,
              credit: item.credit || null,
            },
          })
          .run();
        // Select the new picture, so its details (alt text first) are at hand.
        const { doc } = editor.state;
        doc.descendants((node, pos) => {
          if (node.type.name === 'image' && node.attrs.mediaId === item.id) {
            editor.commands.setNodeSelection(pos);
          }
        });
        setState((s) => ({ ...s, pending: s.pending - 1 }));
      } catch (error) {
        setState((s) => ({ pending: s.pending - 1, error: (error as Error).message }));
      }
    }
  };
  return { state, insert };
}
