// A story as an IPTC ninjs 2.2 item (docs/wire.md), built inside the transaction of the workflow
// step that makes the event, from the revision that step put out. Everything but the body's HTML
// is built here; the body is rendered once, outside the transaction (render.tsx), because the
// renderer is React's and the workflow also runs where React's server renderer is not available.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import {
  media,
  revisions,
  sections,
  stories,
  tags,
  users,
  type Priority,
  type RevisionMeta,
} from '@/db/schema';
import { mediaUrl } from '@/lib/public/images';
import { absolute } from '@/lib/site';
import type { StoryBody } from '@/lib/story-body';

/** ninjs urgency runs from 1 (most urgent) to 9. */
export const URGENCY: Record<Priority, number> = { flash: 1, urgent: 3, routine: 5 };

const CONTENT_TYPES = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const;

export type NinjsItem = Record<string, unknown>;

export const storyUri = (storyId: string) => `urn:dateline:story:${storyId}`;

export interface ItemSource {
  item: NinjsItem;
  body: StoryBody;
  sectionId: string | null;
}

async function associations(tx: Executor, mediaId: string | null) {
  if (!mediaId) return {};
  const [image] = await tx.select().from(media).where(eq(media.id, mediaId));
  if (!image) return {};
  const feature: NinjsItem = {
    name: 'featureimage',
    uri: `urn:dateline:media:${image.id}`,
    type: 'picture',
    renditions: [...image.renditions]
      .sort((a, b) => a.width - b.width || a.format.localeCompare(b.format))
      .map((r) => ({
        name: `${r.format}-${r.width}`,
        href: absolute(mediaUrl(r.key)),
        contenttype: CONTENT_TYPES[r.format],
        width: r.width,
        height: r.height,
        sizeinbytes: r.bytes,
      })),
  };
  if (image.alt) feature.descriptions = [{ role: 'alt', value: image.alt }];
  if (image.caption) feature.headlines = [{ role: 'caption', value: image.caption }];
  if (image.credit) feature.by = image.credit;
  return { associations: [feature] };
}

async function subjects(tx: Executor, meta: RevisionMeta) {
  const [section] = meta.sectionId
    ? await tx.select().from(sections).where(eq(sections.id, meta.sectionId))
    : [];
  const tagRows = meta.tagIds.length
    ? await tx.select().from(tags).where(inArray(tags.id, meta.tagIds)).orderBy(asc(tags.name))
    : [];
  return [
    ...(section
      ? [{ name: section.name, rel: 'section', uri: absolute(`/section/${section.slug}`) }]
      : []),
    ...tagRows.map((tag) => ({ name: tag.name, rel: 'tag', uri: absolute(`/tag/${tag.slug}`) })),
  ];
}

async function people(tx: Executor, meta: RevisionMeta) {
  if (!meta.authorIds.length) return [];
  const rows = await tx.select().from(users).where(inArray(users.id, meta.authorIds));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return meta.authorIds.flatMap((id) => {
    const person = byId.get(id);
    if (!person) return [];
    return [{ name: person.displayName, rel: 'author', uri: absolute(`/author/${person.handle}`) }];
  });
}

export interface ItemOptions {
  version: number;
  canceled: boolean;
  /** The revision the item shows: the published one, or the working one of a scheduled story. */
  revisionId: string;
  ednote: string | null;
  embargoedUntil: Date | null;
  now: Date;
}

/** The ninjs item of a story at a workflow step, without `bodies` (added when rendered). */
export async function buildItem(
  tx: Executor,
  storyId: string,
  options: ItemOptions,
): Promise<ItemSource> {
  const [story] = await tx.select().from(stories).where(eq(stories.id, storyId));
  const [revision] = await tx.select().from(revisions).where(eq(revisions.id, options.revisionId));
  if (!story || !revision) throw new Error('A wire item needs its story and revision.');
  const { meta } = revision;
  const byline = await people(tx, meta);
  const item: NinjsItem = {
    uri: storyUri(storyId),
    type: 'text',
    representationtype: 'full',
    version: String(options.version),
    firstcreated: (story.publishedAt ?? story.publishAt ?? options.now).toISOString(),
    versioncreated: options.now.toISOString(),
    pubstatus: options.canceled ? 'canceled' : 'usable',
    urgency: URGENCY[meta.priority],
    headlines: [{ value: meta.headline }],
    ...(meta.standfirst ? { descriptions: [{ role: 'summary', value: meta.standfirst }] } : {}),
    ...(meta.dateline ? { located: meta.dateline } : {}),
    language: story.language,
    subjects: await subjects(tx, meta),
    people: byline,
    ...(byline.length ? { by: byline.map((person) => person.name).join(', ') } : {}),
    slugline: story.slug,
    ...(await associations(tx, meta.featuredMediaId)),
    ...(options.ednote ? { ednote: options.ednote } : {}),
    ...(options.embargoedUntil ? { embargoed: options.embargoedUntil.toISOString() } : {}),
  };
  return { item, body: revision.body, sectionId: meta.sectionId };
}
