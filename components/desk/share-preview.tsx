'use client';
// "Share preview link" and the story's live links, on the desk's preview page (docs/product.md,
// "Preview"). The new address is shown once, from the action's answer; only its hash is stored.
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { SelectField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

const LIFETIMES: [hours: number, label: string][] = [
  [1, '1 hour'],
  [6, '6 hours'],
  [24, '24 hours'],
  [48, '48 hours'],
  [72, '3 days'],
  [168, '7 days'],
];

export interface ShownLink {
  id: string;
  expires: string;
  createdBy: string;
}

export function SharePreview({
  storyId,
  links,
  share,
  revoke,
}: {
  storyId: string;
  links: ShownLink[];
  share: FormAction;
  revoke: FormAction;
}) {
  const [shared, shareAction] = useActionState(share, idle);
  return (
    <section aria-labelledby="share-preview" className="space-y-3 rounded border border-rule p-3">
      <h2 id="share-preview" className="font-semibold">
        Share preview link
      </h2>
      <form action={shareAction} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="storyId" value={storyId} />
        <SelectField label="Link works for" name="hours" defaultValue="48" small>
          {LIFETIMES.map(([hours, label]) => (
            <option key={hours} value={hours}>
              {label}
            </option>
          ))}
        </SelectField>
        <SubmitButton pendingLabel="Making…">Share preview link</SubmitButton>
      </form>
      <FormMessage state={shared} />
      {shared.ok && shared.link ? (
        <p className="text-sm">
          <label htmlFor="preview-link" className="block font-medium">
            The link (shown once; anyone with it can read the preview)
          </label>
          <input
            id="preview-link"
            readOnly
            value={shared.link}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded border border-rule bg-paper px-2 py-1 font-mono text-xs"
          />
        </p>
      ) : null}
      <LiveLinks storyId={storyId} links={links} revoke={revoke} />
    </section>
  );
}

function LiveLinks({
  storyId,
  links,
  revoke,
}: {
  storyId: string;
  links: ShownLink[];
  revoke: FormAction;
}) {
  const [revoked, revokeAction] = useActionState(revoke, idle);
  return (
    <div>
      <h3 className="text-sm font-semibold">Live links</h3>
      {links.length ? (
        <ul className="mt-1 divide-y divide-rule text-sm">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-x-4 py-1.5">
              <span>
                Made by {link.createdBy}, works until {link.expires}
              </span>
              <form action={revokeAction} className="ml-auto">
                <input type="hidden" name="storyId" value={storyId} />
                <input type="hidden" name="linkId" value={link.id} />
                <SubmitButton
                  variant="danger"
                  pendingLabel="Revoking…"
                  aria-label={`Revoke the link made by ${link.createdBy}, working until ${link.expires}`}
                >
                  Revoke
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted">No live links.</p>
      )}
      <FormMessage state={revoked} />
    </div>
  );
}
