'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import {
  BIO_MAX,
  DISPLAY_NAME_MAX,
  HANDLE_MAX,
  PASSWORD_MIN,
  TITLE_MAX,
} from '@/lib/validation/limits';
import { Field, TextArea } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

interface Profile {
  displayName: string;
  handle: string;
  title: string;
  bio: string;
}

export function ProfileForm({ profile, update }: { profile: Profile; update: FormAction }) {
  const [state, action] = useActionState(update, idle);
  return (
    <form action={action} className="space-y-3">
      <Field
        label="Display name"
        name="displayName"
        defaultValue={profile.displayName}
        required
        maxLength={DISPLAY_NAME_MAX}
        hint="Shown in bylines."
        error={state.fields?.displayName}
      />
      <Field
        label="Handle"
        name="handle"
        defaultValue={profile.handle}
        required
        maxLength={HANDLE_MAX}
        hint="The address of your author page."
        error={state.fields?.handle}
      />
      <Field
        label="Title"
        name="title"
        defaultValue={profile.title}
        maxLength={TITLE_MAX}
        placeholder="Washington correspondent"
        error={state.fields?.title}
      />
      <TextArea
        label="Bio"
        name="bio"
        defaultValue={profile.bio}
        rows={4}
        maxLength={BIO_MAX}
        error={state.fields?.bio}
      />
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function PasswordForm({ change }: { change: FormAction }) {
  const [state, action] = useActionState(change, idle);
  return (
    <form action={action} className="space-y-3">
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters; a long phrase is best. You will sign in again afterwards.`}
        error={state.fields?.newPassword}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
