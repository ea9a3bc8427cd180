// Workflow mail (docs/product.md, "Mail"): the author hears when their story is sent back, is
// published or withdrawn; editors hear of each submission, and get a daily digest of stories
// waiting more than 2 hours. Each person turns each kind on or off on their profile page
// (`mail_preferences`: the kinds turned off). Messages are queued in the transaction of the step,
// and name a story only by its headline and desk link (messages.ts).
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { queryRows } from '@/db/open';
import { mailPreferences, settings, users } from '@/db/schema';
import { timeZone } from '@/lib/dates';
import { isEditor, type Actor } from '@/lib/permissions';
import { digestMail, workflowMail } from './messages';
import { queueMail } from './outbox';

export const MAIL_KINDS = [
  { kind: 'request_changes', label: 'Changes are requested to a story of mine', editors: false },
  { kind: 'publish', label: 'A story of mine is published', editors: false },
  { kind: 'withdraw', label: 'A story of mine is withdrawn', editors: false },
  { kind: 'submitted', label: 'A story is submitted for review', editors: true },
  { kind: 'digest', label: 'Daily digest of stories waiting over 2 hours', editors: true },
] as const;

export type MailKind = (typeof MAIL_KINDS)[number]['kind'];
type StepKind = Exclude<MailKind, 'digest'>;

/** The kinds a person may receive: editors' kinds only for editors and admins. */
export const kindsFor = (actor: Pick<Actor, 'role'>) =>
  MAIL_KINDS.filter((entry) => !entry.editors || isEditor(actor as Actor));

const isStepKind = (kind: string): kind is StepKind =>
  MAIL_KINDS.some((entry) => entry.kind === kind && kind !== 'digest');

/** Active people among `userIds` (who can sign in) that have not turned `kind` off. */
async function recipients(tx: Executor, userIds: string[], kind: MailKind) {
  if (userIds.length === 0) return [];
  return tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .leftJoin(mailPreferences, eq(mailPreferences.userId, users.id))
    .where(
      and(
        inArray(users.id, userIds),
        eq(users.active, true),
        isNotNull(users.passwordHash),
        sql`not (coalesce(${mailPreferences.off}, '{}'::text[]) @> array[${kind}]::text[])`,
      ),
    );
}

/** Queues the mail of a workflow step, if its kind mails; call inside the step's transaction. */
export async function queueStepMail(
  tx: Executor,
  step: { kind: string; storyId: string; headline: string; actorId: string | null },
  userIds: string[],
): Promise<void> {
  if (!isStepKind(step.kind)) return;
  const to = await recipients(
    tx,
    userIds.filter((id) => id !== step.actorId),
    step.kind,
  );
  if (to.length === 0) return;
  let by = 'The scheduler';
  if (step.actorId) {
    const [actor] = await tx
      .select({ name: users.displayName })
      .from(users)
      .where(eq(users.id, step.actorId));
    by = actor?.name ?? 'The desk';
  }
  const draft = workflowMail({
    kind: step.kind,
    headline: step.headline,
    storyId: step.storyId,
    by,
  });
  await queueMail(
    tx,
    to.map((person) => ({ kind: step.kind, userId: person.id, to: person.email, ...draft })),
  );
}

export const DIGEST_SETTING = 'mail_digest_day';
/** The newsroom hour after which the day's digest goes (MAIL_DIGEST_HOUR, default 8). */
const digestHour = () => Number(process.env.MAIL_DIGEST_HOUR ?? 8);

const digestChecked = new WeakMap<Database, string>();

function newsroomDayAndHour(now: Date): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timeZone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/**
 * Once a newsroom day, at the first call after the digest hour: mails each editor who wants it
 * the stories submitted more than 2 hours ago and still waiting. The day is claimed in the
 * settings table in the same transaction, so of several instances exactly one sends it.
 * Answers how many messages it queued.
 */
export async function queueDailyDigest(db: Database, now = new Date()): Promise<number> {
  const { day, hour } = newsroomDayAndHour(now);
  // The scheduler asks every second: once this process has seen the day claimed, it stops asking.
  if (hour < digestHour() || digestChecked.get(db) === day) return 0;
  const queued = await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(settings)
      .values({ key: DIGEST_SETTING, value: day })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: day, updatedAt: new Date() },
        setWhere: sql`${settings.value} <> ${JSON.stringify(day)}::jsonb`,
      })
      .returning({ key: settings.key });
    if (claimed.length === 0) return 0;
    const waiting = await queryRows<{ id: string; headline: string; hours: number }>(
      tx,
      sql`select s.id, coalesce(nullif(s.headline, ''), 'Untitled') as headline,
                 floor(extract(epoch from (now() - s.modified_at)) / 3600)::int as hours
          from stories s
          where s.state = 'submitted' and s.modified_at < now() - interval '2 hours'
          order by s.modified_at
          limit 50`,
    );
    if (waiting.length === 0) return 0;
    const editors = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.role} in ('editor', 'admin')`);
    const to = await recipients(
      tx,
      editors.map((editor) => editor.id),
      'digest',
    );
    const draft = digestMail(waiting);
    await queueMail(
      tx,
      to.map((person) => ({ kind: 'digest', userId: person.id, to: person.email, ...draft })),
    );
    return to.length;
  });
  digestChecked.set(db, day);
  return queued;
}

/** The kinds a person has turned off. */
export async function mailTurnedOff(db: Executor, userId: string): Promise<string[]> {
  const [row] = await db
    .select({ off: mailPreferences.off })
    .from(mailPreferences)
    .where(eq(mailPreferences.userId, userId));
  return row?.off ?? [];
}
