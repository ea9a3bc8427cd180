// Many synthetic public stories at once, to see how lists, search and the desk grow
// (`npm run db:seed -- --stories 100000`, bench/scale.ts). Written by the database itself
// (generate_series) in batches: 100,000 stories take seconds, not the hours that going through the
// services one by one would. The text is built from a small word list, so search has something to
// find; slugs start with `scale-` so they are easy to tell apart.
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { queryRows } from './open';

const WORDS = [
  'ministers',
  'harbour',
  'pipeline',
  'election',
  'sanctions',
  'inflation',
  'drones',
  'summit',
  'budget',
  'border',
  'grain',
  'energy',
  'talks',
  'defence',
  'court',
  'strike',
  'storm',
  'rates',
  'exports',
  'parliament',
  'refinery',
  'ceasefire',
  'tariffs',
  'reactor',
  'ferry',
  'bonds',
];

// Arrays go to the database as one literal: drizzle would spread a JS array into a list.
const pgArray = (ids: string[]) => `{${ids.join(',')}}`;

/** Adds `count` published stories spread over the last year, with bodies, bylines and tags. */
export async function seedManyStories(db: Database, count: number, batch = 10_000): Promise<void> {
  const [staff] = await queryRows<{ ids: string[] }>(
    db,
    sql`select array_agg(id order by created_at) as ids from users where active`,
  );
  const [sections] = await queryRows<{ ids: string[] }>(
    db,
    sql`select array_agg(id order by position) as ids from sections`,
  );
  const [tags] = await queryRows<{ ids: string[] }>(db, sql`select array_agg(id) as ids from tags`);
  if (!staff?.ids?.length || !sections?.ids?.length) {
    throw new Error('Seed the demo newsroom first: synthetic stories need staff and sections.');
  }
  const [{ start }] = (await queryRows<{ start: number }>(
    db,
    sql`select count(*)::int as start from stories where slug like 'scale-%'`,
  )) as [{ start: number }];
  const words = sql.raw(`(array[${WORDS.map((word) => `'${word}'`).join(',')}])`);
  for (let from = start + 1; from <= start + count; from += batch) {
    const to = Math.min(from + batch - 1, start + count);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        with made as (
          insert into stories (slug, state, headline, standfirst, dateline, section_id, priority,
                               body_text, published_at, modified_at, created_by)
          select 'scale-' || g,
                 'published',
                 initcap(${words}[1 + g % 26] || ' ' || ${words}[1 + (g / 26) % 26] || ' report ' || g),
                 'A synthetic dispatch about ' || ${words}[1 + (g / 7) % 26] || ' and ' || ${words}[1 + (g / 3) % 26] || '.',
                 'Washington D.C.',
                 (${pgArray(sections.ids)}::uuid[])[1 + g % ${sections.ids.length}],
                 (array['routine','routine','routine','urgent','flash'])[1 + g % 5]::priority,
                 repeat(${words}[1 + g % 26] || ' ' || ${words}[1 + (g / 5) % 26] || ' officials said on ' || g || '. ', 12),
                 now() - (g || ' minutes')::interval / 2,
                 now() - (g || ' minutes')::interval / 2,
                 (${pgArray(staff.ids)}::uuid[])[1 + g % ${staff.ids.length}]
          from generate_series(${from}::int, ${to}::int) g
          returning id, slug, headline, body_text, created_by
        ),
        revision as (
          insert into revisions (story_id, number, body, meta, author_id, reason)
          select id, 1,
                 jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
                   jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(
                     jsonb_build_object('type', 'text', 'text', body_text))))),
                 jsonb_build_object('headline', headline, 'standfirst', '', 'dateline', 'Washington D.C.',
                   'slug', slug, 'sectionId', null, 'priority', 'routine',
                   'authorIds', jsonb_build_array(created_by), 'tagIds', '[]'::jsonb,
                   'featuredMediaId', null),
                 created_by, 'publish'
          from made
          returning id, story_id
        )
        update stories set working_revision_id = revision.id, published_revision_id = revision.id
        from revision where stories.id = revision.story_id`);
      await tx.execute(sql`
        insert into story_authors (story_id, user_id, position)
        select id, created_by, 0 from stories
        where slug like 'scale-%' and substring(slug from 7)::int between ${from} and ${to}`);
      if (tags?.ids?.length) {
        await tx.execute(sql`
          insert into story_tags (story_id, tag_id)
          select id, (${pgArray(tags.ids)}::uuid[])[1 + substring(slug from 7)::int % ${tags.ids.length}]
          from stories
          where slug like 'scale-%' and substring(slug from 7)::int between ${from} and ${to}`);
      }
    });
  }
  await db.execute(sql`analyze`);
}
