// The words of each message. Plain text; a story is named by its headline and reached by a desk
// link, never quoted: mail leaves the newsroom, and an unpublished or embargoed story must not
// (docs/product.md, "Mail").
import { formatDateTime } from '@/lib/dates';
import { absolute, SITE_NAME } from '@/lib/site';

export interface Draft {
  subject: string;
  body: string;
}

const signature = `\n-- \n${SITE_NAME}, ${absolute('/desk')}\n`;

export function invitationMail(input: {
  displayName: string;
  role: string;
  url: string;
  expiresAt: Date;
}): Draft {
  return {
    subject: `You are invited to the ${SITE_NAME} desk`,
    body:
      `Hello ${input.displayName},\n\n` +
      `You have been added to the newsroom's desk as ${input.role}. To choose your password ` +
      `and sign in, open this link:\n\n${input.url}\n\n` +
      `It works once, until ${formatDateTime(input.expiresAt)}. If you did not expect this, ` +
      `ignore this message.\n${signature}`,
  };
}

export function passwordResetMail(input: { url: string; expiresAt: Date }): Draft {
  return {
    subject: `Reset your ${SITE_NAME} password`,
    body:
      `Someone asked to reset the password of this address on the desk. To choose a new ` +
      `password, open this link:\n\n${input.url}\n\n` +
      `It works once, until ${formatDateTime(input.expiresAt)}. Using it signs you out ` +
      `everywhere. If you did not ask, ignore this message: your password stays as it is.\n` +
      signature,
  };
}

const deskLink = (storyId: string) => absolute(`/desk/stories/${storyId}`);

/** A workflow step's message: what happened to which headline, and where to look. */
export function workflowMail(input: {
  kind: 'submitted' | 'request_changes' | 'publish' | 'withdraw';
  headline: string;
  storyId: string;
  by: string;
}): Draft {
  const { headline, by } = input;
  const what = {
    submitted: [`Submitted: ${headline}`, `${by} submitted “${headline}” for review.`],
    request_changes: [
      `Changes requested: ${headline}`,
      `${by} asked for changes to “${headline}”.`,
    ],
    publish: [`Published: ${headline}`, `${by} published “${headline}”.`],
    withdraw: [`Withdrawn: ${headline}`, `${by} withdrew “${headline}”.`],
  }[input.kind];
  return {
    subject: what[0]!,
    body: `${what[1]}\n\nOpen it on the desk: ${deskLink(input.storyId)}\n${signature}`,
  };
}

export function digestMail(waiting: { id: string; headline: string; hours: number }[]): Draft {
  const lines = waiting.map(
    (story) => `- “${story.headline}”, waiting ${story.hours} hours: ${deskLink(story.id)}`,
  );
  return {
    subject: `${waiting.length} ${waiting.length === 1 ? 'story' : 'stories'} waiting for review`,
    body:
      `These submitted stories have waited more than 2 hours for an editor:\n\n` +
      `${lines.join('\n')}\n\nThe review queue: ${absolute('/desk')}\n${signature}`,
  };
}
