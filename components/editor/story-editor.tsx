'use client';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { storyExtensions } from './extensions';
import { Toolbar } from './toolbar';
import { MetadataPanel, type EditableMeta, type EditorOptions } from './metadata-panel';
import { ConflictView } from './conflict-view';
import { EditorBar } from './editor-bar';
import { ImageButton } from './images/image-button';
import { ImageDetails } from './images/image-details';
import { UploadStatus } from './images/upload-status';
import { imageFiles, useImageUploads } from './images/use-image-uploads';
import { LocalCopyOffer } from './local-copy-offer';
import { editableMeta, loadStory, sendSave } from './save-client';
import { SignInAgain } from './sign-in-again';
import { WorkflowPanel } from '@/components/desk/workflow-panel';
import {
  localDraftStore,
  readLocalDraft,
  type EditorSnapshot,
  type LocalDraft,
} from './local-draft';
import { Autosaver, type AutosaveStatus } from '@/lib/autosave';
import type { EditorState } from '@/lib/services/stories';
import { bodyToPlainText, countWords, type StoryBody } from '@/lib/story-body';
import { storyAsText } from '@/lib/text-diff';
import { runChecklist } from '@/lib/checklist';

interface Props {
  initial: EditorState;
  options: EditorOptions;
  /** Why the story cannot be edited by this user right now, when it cannot. */
  readOnlyReason: string | null;
  /** Drawn on the server and shown at the foot of the side panel (the story's readers). */
  sidePanel?: ReactNode;
  /** Who is signed in, and the newsroom's single sign-on: for signing in again in place. */
  signedInAs: string;
  providerName: string | null;
}

export function StoryEditor({
  initial,
  options,
  readOnlyReason,
  sidePanel,
  signedInAs,
  providerName,
}: Props) {
  const storyId = initial.id;
  const [meta, setMeta] = useState<EditableMeta>(() => editableMeta(initial.meta));
  const [status, setStatus] = useState<AutosaveStatus<EditorState>>({ kind: 'idle' });
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  const [words, setWords] = useState(() => countWords(bodyToPlainText(initial.body)));
  const metaRef = useRef(meta);
  const readOnly = readOnlyReason !== null;

  // One engine for the life of the page: the editor's callbacks hold on to it.
  const [saver] = useState(
    () =>
      new Autosaver<EditorSnapshot, EditorState>({
        baseVersion: initial.version,
        send: (snapshot, baseVersion, saveId) => sendSave(storyId, snapshot, baseVersion, saveId),
        onStatus: setStatus,
        local: localDraftStore(storyId),
        newSaveId: () => crypto.randomUUID(),
      }),
  );

  // Pasted and dropped pictures are uploaded; the editor's handlers reach the uploader here.
  const insertImagesRef = useRef<(files: File[], position?: number) => void>(() => {});

  const editor = useEditor({
    extensions: storyExtensions,
    content: initial.body,
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'article-body min-h-[24rem] px-4 py-3 focus:outline-none',
        'aria-label': 'Story body',
        role: 'textbox',
        'aria-multiline': 'true',
      },
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData?.files);
        if (!files.length) return false;
        insertImagesRef.current(files);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : imageFiles(event.dataTransfer?.files);
        if (!files.length) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        insertImagesRef.current(files, at?.pos);
        return true;
      },
    },
    onUpdate: ({ editor: current }) => {
      setWords(countWords(current.getText()));
      saver.update({ meta: metaRef.current, body: current.getJSON() as StoryBody });
    },
    onBlur: () => void saver.flush(),
  });

  const uploads = useImageUploads(editor);
  useEffect(() => {
    insertImagesRef.current = (files, position) => void uploads.insert(files, position);
  });

  const changeMeta = useCallback(
    (next: EditableMeta) => {
      metaRef.current = next;
      setMeta(next);
      if (editor) saver.update({ meta: next, body: editor.getJSON() as StoryBody });
    },
    [editor, saver],
  );

  // After a workflow step the page reloads its data: follow the new version and editability.
  useEffect(() => {
    if (!saver.dirty && saver.baseVersion !== initial.version) saver.reset(initial.version);
  }, [saver, initial.version]);
  useEffect(() => {
    // Without `false`, Tiptap reports this as an edit, which would autosave an unchanged story.
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  const beforeStep = async (): Promise<number | null> => {
    await saver.flush();
    return saver.dirty || status.kind === 'conflict' ? null : saver.baseVersion;
  };
  // The preview shows what the server has: what is unsaved is saved first. The tab opens at the
  // click (a tab opened after a wait would be taken for a pop-up), and is sent on once saved.
  const openPreview = async () => {
    const tab = window.open('about:blank', '_blank');
    if (!readOnly) await saver.flush();
    const address = `/desk/stories/${storyId}/preview`;
    if (tab) tab.location.href = address;
    else window.open(address, '_self');
  };
  const currentText = () =>
    editor ? storyAsText(metaRef.current, editor.getJSON() as StoryBody) : '';

  // Work left on this device by a crash, a closed tab or a lost connection is offered back,
  // unless the server already has it (its save id is the server's last).
  useEffect(() => {
    const draft = readLocalDraft(storyId);
    if (!draft) return;
    const landed =
      draft.saveId === initial.lastSaveId ||
      (JSON.stringify(draft.snapshot.body) === JSON.stringify(initial.body) &&
        JSON.stringify(draft.snapshot.meta) === JSON.stringify(editableMeta(initial.meta)));
    if (landed) localDraftStore(storyId).clear();
    else setOffer(draft); // eslint-disable-line react-hooks/set-state-in-effect -- reads the browser once
  }, [storyId, initial]);

  // Before the tab closes: send what is unsent, with its own save id, so that if it lands the
  // copy kept on the device is recognised as saved on the next visit.
  useEffect(() => {
    const onLeave = () => {
      const unsent = saver.unsent();
      if (unsent) void sendSave(storyId, unsent.snapshot, unsent.baseVersion, unsent.saveId, true);
    };
    const onOnline = () => void saver.flush();
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('online', onOnline);
    };
  }, [saver, storyId]);

  const showCopy = (snapshot: EditorSnapshot) => {
    metaRef.current = snapshot.meta;
    setMeta(snapshot.meta);
    editor?.commands.setContent(snapshot.body, { emitUpdate: false });
  };

  const restoreOffer = () => {
    if (!offer || !editor) return;
    showCopy(offer.snapshot);
    setOffer(null);
    // Sent on the version it was based on, with its own id: if it landed after all, the server
    // says so; if someone else saved since, the conflict view opens.
    saver.rebase(offer.baseVersion, offer.snapshot, offer.saveId);
  };

  const discardOffer = async () => {
    localDraftStore(storyId).clear();
    setOffer(null);
    // The page may have loaded before a last save landed: show what the server has now.
    const current = await loadStory(storyId);
    if (!current) return;
    showCopy({ meta: editableMeta(current.meta), body: current.body });
    saver.reset(current.version);
  };

  const conflict = status.kind === 'conflict' ? status.current : null;
  const keepMine = () => {
    if (!conflict || !editor) return;
    saver.rebase(conflict.version, { meta: metaRef.current, body: editor.getJSON() as StoryBody });
  };
  const takeTheirs = () => {
    if (!conflict) return;
    showCopy({ meta: editableMeta(conflict.meta), body: conflict.body });
    saver.reset(conflict.version);
  };

  return (
    <div className="space-y-4">
      <EditorBar
        status={readOnly ? { kind: 'idle' } : status}
        storyId={storyId}
        words={words}
        onPreview={() => void openPreview()}
      />

      <SignInAgain
        open={status.kind === 'signed_out'}
        email={signedInAs}
        providerName={providerName}
        onSignedIn={() => saver.resume()}
      />

      <WorkflowPanel
        storyId={storyId}
        state={initial.state}
        transitions={initial.transitions}
        beforeStep={beforeStep}
        currentText={currentText}
        liveText={initial.live ? storyAsText(initial.live.meta, initial.live.body) : null}
        checklist={runChecklist({
          meta,
          body: editor ? (editor.getJSON() as StoryBody) : initial.body,
          featuredAlt: null,
        })}
      />

      {readOnlyReason ? (
        <p role="note" className="rounded border border-rule p-3 text-sm">
          {readOnlyReason}
        </p>
      ) : null}

      {offer ? (
        <LocalCopyOffer
          offer={offer}
          onRestore={restoreOffer}
          onDiscard={() => void discardOffer()}
        />
      ) : null}

      {conflict && editor ? (
        <ConflictView
          mine={storyAsText(meta, editor.getJSON() as StoryBody)}
          current={conflict}
          currentText={storyAsText(conflict.meta, conflict.body)}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="rounded border border-rule">
          {editor ? (
            <Toolbar
              editor={editor}
              disabled={readOnly}
              extra={
                <ImageButton
                  disabled={readOnly}
                  onFiles={(files) => insertImagesRef.current(files)}
                />
              }
            />
          ) : null}
          <EditorContent editor={editor} />
          <UploadStatus state={uploads.state} />
        </div>
        <aside aria-label="Story details" className="space-y-4">
          {editor ? <ImageDetails editor={editor} disabled={readOnly} /> : null}
          <MetadataPanel
            storyId={storyId}
            meta={meta}
            options={options}
            disabled={readOnly}
            published={initial.firstPublishedAt !== null}
            onChange={changeMeta}
          />
          {sidePanel}
        </aside>
      </div>
    </div>
  );
}
