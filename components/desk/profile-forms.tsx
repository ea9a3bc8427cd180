'use client';
import { useActionState } from 'react';
import { changePasswordAction, updateProfileAction } from '@/app/(desk)/desk/profile/actions';
import { idle } from '@/lib/action-state';
import { Field, TextArea } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

interface Profile {
  displayName: string;
  handle: string;
  title: string;
  bio: string;
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const [state, action] = useActionState(updateProfileAction, idle);
  return (
    <form action={action} className="space-y-3">
      <Field
        label="Display name"
        name="displayName"
        defaultValue={profile.displayName}
        required
        maxLength={100}
        hint="Shown in bylines."
        error={state.fields?.displayName}
      />
      <Field
        label="Handle"
        name="handle"
        defaultValue={profile.handle}
        required
        maxLength={40}
        hint="The address of your author page."
        error={state.fields?.handle}
      />
      <Field
        label="Title"
        name="title"
        defaultValue={profile.title}
        maxLength={120}
        placeholder="Washington correspondent"
        error={state.fields?.title}
      />
      <TextArea
        label="Bio"
        name="bio"
        defaultValue={profile.bio}
        rows={4}
        maxLength={2000}
        error={state.fields?.bio}
      />
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, idle);
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
        minLength={8}
        hint="At least 8 characters; a long phrase is best. You will sign in again afterwards."
        error={state.fields?.newPassword}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
