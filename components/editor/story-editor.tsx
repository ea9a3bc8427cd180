'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { BODY_FIELD } from '@/lib/collab/limits';
import { sharedStoryExtensions, storyExtensions } from './extensions';
import { colorOf, sharedCarets } from './collaboration-caret';
import { useSharedBody } from './shared-body';
import { statusText } from './status-line';
import { Toolbar } from './toolbar';
import { MetadataPanel, type EditableMeta, type EditorOptions } from './metadata-panel';
import { ConflictView } from './conflict-view';
import { EditorBar } from './editor-bar';
import { ImageButton } from './images/image-button';
import { ImageDetails } from './images/image-details';
import { UploadStatus } from './images/upload-status';
import { imageFiles, useImageUploads } from './images/use-image-uploads';
import { LocalCopyOffer } from './local-copy-offer';
import { editableMeta, loadStory, metadataSaves } from './save-client';
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
  /** Who is signed in, as the others see them in the story (caret and presence). */
  me: { id: string; name: string };
}

export function StoryEditor({
  initial,
  options,
  readOnlyReason,
  sidePanel,
  signedInAs,
  providerName,
  me,
}: Props) {
  const storyId = initial.id;
  const user = useMemo(() => ({ ...me, color: colorOf(me.id) }), [me]);
  // The body is the story's shared document (ARCHITECTURE.md, "Co-editing"); the metadata keeps
  // its versioned saves below, which leave the body alone.
  const { shared, state: body, storeNow, reconnect } = useSharedBody(storyId, user);
  const bound = shared !== null && body.ready;
  const [meta, setMeta] = useState<EditableMeta>(() => editableMeta(initial.meta));
  const [status, setStatus] = useState<AutosaveStatus<EditorState>>({ kind: 'idle' });
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  const [words, setWords] = useState(() => countWords(bodyToPlainText(initial.body)));
  const metaRef = useRef(meta);
  // Metadata saves, checked against the metadata the server last had from this editor.
  const [metaSaves] = useState(() => metadataSaves(storyId, editableMeta(initial.meta)));
  const readOnly = readOnlyReason !== null;

  // One engine for the life of the page: the editor's callbacks hold on to it.
  const [saver] = useState(
    () =>
      new Autosaver<EditorSnapshot, EditorState>({
        baseVersion: initial.version,
        send: (snapshot, baseVersion, saveId) => metaSaves.send(snapshot, baseVersion, saveId),
        onStatus: setStatus,
        local: localDraftStore(storyId),
        newSaveId: () => crypto.randomUUID(),
      }),
  );

  // Pasted and dropped pictures are uploaded; the editor's handlers reach the uploader here.
  const insertImagesRef = useRef<(files: File[], position?: number) => void>(() => {});

  // Until the shared document holds the story, the page shows the body as last saved, read-only
  // and not yet "Story body"; then the editor is made again, bound to the document.
  const editor = useEditor(
    {
      extensions: bound
        ? [
            ...sharedStoryExtensions,
            Collaboration.configure({ document: shared.doc, field: BODY_FIELD }),
            sharedCarets(shared.provider, user),
          ]
        : storyExtensions,
      content: bound ? undefined : initial.body,
      editable: bound && !readOnly,
      immediatelyRender: false,
      editorProps: {
        attributes: bound
          ? {
              class: 'article-body min-h-[24rem] px-4 py-3 focus:outline-none',
              'aria-label': 'Story body',
              role: 'textbox',
              'aria-multiline': 'true',
            }
          : {
              class: 'article-body min-h-[24rem] px-4 py-3 text-muted focus:outline-none',
              'aria-label': 'The text as last saved, while the editor connects',
              'aria-busy': 'true',
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
      onCreate: ({ editor: current }) => setWords(countWords(current.getText())),
      onUpdate: ({ editor: current }) => setWords(countWords(current.getText())),
    },
    [bound],
  );

  const uploads = useImageUploads(editor);
  useEffect(() => {
    insertImagesRef.current = (files, position) => void uploads.insert(files, position);
  });

  const changeMeta = useCallback(
    (next: EditableMeta) => {
      metaRef.current = next;
      setMeta(next);
      saver.update({ meta: next });
    },
    [saver],
  );

  // After a workflow step the page reloads its data: follow the new version and editability.
  useEffect(() => {
    if (!saver.dirty && saver.baseVersion !== initial.version) saver.reset(initial.version);
  }, [saver, initial.version]);
  // Editable when bound, allowed by the page and by the server (asked when the socket opened).
  const editable = bound && !readOnly && !body.readOnly;
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);
  // What this user may do changed (a workflow step): the socket asks the permission rules again.
  const readOnlyBefore = useRef(readOnly);
  useEffect(() => {
    if (readOnlyBefore.current === readOnly) return;
    readOnlyBefore.current = readOnly;
    reconnect();
  }, [readOnly, reconnect]);

  // A workflow step reads the stored story: the metadata is saved and the shared document stored
  // first, and the step is built on the version that store made.
  const beforeStep = async (): Promise<number | null> => {
    await saver.flush();
    if (saver.dirty || status.kind === 'conflict') return null;
    const version = await storeNow();
    // Who may only read has nothing to store; the version it loaded is the best it knows then.
    if (version === null) return readOnly || body.readOnly ? saver.baseVersion : null;
    if (version > saver.baseVersion && !saver.dirty) saver.reset(version);
    return version;
  };
  // The preview shows what the server has: what is unsaved is saved first. The tab opens at the
  // click (a tab opened after a wait would be taken for a pop-up), and is sent on once saved.
  const openPreview = async () => {
    const tab = window.open('about:blank', '_blank');
    if (!readOnly) {
      await saver.flush();
      await storeNow();
    }
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
      JSON.stringify(draft.snapshot.meta) === JSON.stringify(editableMeta(initial.meta));
    if (landed) localDraftStore(storyId).clear();
    else setOffer(draft); // eslint-disable-line react-hooks/set-state-in-effect -- reads the browser once
  }, [storyId, initial]);

  // Before the tab closes: send what is unsent, with its own save id, so that if it lands the
  // copy kept on the device is recognised as saved on the next visit.
  useEffect(() => {
    const onLeave = () => {
      const unsent = saver.unsent();
      if (!unsent) return;
      void metaSaves.send(unsent.snapshot, unsent.baseVersion, unsent.saveId, true);
    };
    const onOnline = () => void saver.flush();
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('online', onOnline);
    };
  }, [saver, metaSaves]);

  // Only the metadata: the body is the shared document's, and merges by itself.
  const showCopy = (snapshot: EditorSnapshot) => {
    metaRef.current = snapshot.meta;
    setMeta(snapshot.meta);
  };

  const restoreOffer = () => {
    if (!offer) return;
    showCopy(offer.snapshot);
    setOffer(null);
    // Sent on the version it was based on, with its own id: if it landed after all, the server
    // says so; if someone else changed the metadata since, the conflict view opens.
    saver.rebase(offer.baseVersion, { meta: offer.snapshot.meta }, offer.saveId);
  };

  const discardOffer = async () => {
    localDraftStore(storyId).clear();
    setOffer(null);
    // The page may have loaded before a last save landed: show what the server has now.
    const current = await loadStory(storyId);
    if (!current) return;
    metaSaves.builtOn(editableMeta(current.meta));
    showCopy({ meta: editableMeta(current.meta) });
    saver.reset(current.version);
  };

  const conflict = status.kind === 'conflict' ? status.current : null;
  const keepMine = () => {
    if (!conflict) return;
    metaSaves.builtOn(editableMeta(conflict.meta));
    saver.rebase(conflict.version, { meta: metaRef.current });
  };
  const takeTheirs = () => {
    if (!conflict) return;
    metaSaves.builtOn(editableMeta(conflict.meta));
    showCopy({ meta: editableMeta(conflict.meta) });
    saver.reset(conflict.version);
  };

  return (
    <div className="space-y-4">
      <EditorBar
        status={statusText(readOnly ? { kind: 'idle' } : status, shared ? body : null)}
        people={body.people}
        words={words}
        onPreview={() => void openPreview()}
      />

      <SignInAgain
        open={status.kind === 'signed_out' || body.signedOut}
        email={signedInAs}
        providerName={providerName}
        onSignedIn={async () => {
          if (body.signedOut) reconnect();
          await saver.resume();
        }}
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
