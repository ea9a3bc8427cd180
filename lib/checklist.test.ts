import { describe, expect, it } from 'vitest';
import { blockers, runChecklist, warnings, type ChecklistStory } from './checklist';

const paragraph = (text: string, href?: string) => ({
  type: 'paragraph',
  content: [
    { type: 'text', text, ...(href ? { marks: [{ type: 'link', attrs: { href } }] } : {}) },
  ],
});

function story(overrides: Partial<ChecklistStory['meta']> = {}, content: unknown[] = []) {
  return {
    meta: {
      headline: 'Council approves the new budget',
      standfirst: 'The vote was close.',
      dateline: 'Lisbon',
      sectionId: 'section',
      authorIds: ['author'],
      tagIds: ['tag'],
      featuredMediaId: 'image',
      ...overrides,
    },
    body: { type: 'doc', content: [paragraph('The council voted.'), ...content] },
    featuredAlt: 'The council chamber',
  } as ChecklistStory;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('the publishing checklist', () => {
  it('passes a complete story with neither blockers nor warnings', () => {
    const items = runChecklist(story());
    expect(blockers(items)).toEqual([]);
    expect(warnings(items)).toEqual([]);
  });

  it('asks for a headline of 10 to 110 characters, counted without outer spaces', () => {
    expect(ids(blockers(runChecklist(story({ headline: '  Ten chars! ' }))))).toEqual([]);
    expect(ids(blockers(runChecklist(story({ headline: ' Short  ' }))))).toEqual(['headline']);
    expect(ids(blockers(runChecklist(story({ headline: 'x'.repeat(110) }))))).toEqual([]);
    const long = runChecklist(story({ headline: 'x'.repeat(111) }));
    expect(ids(blockers(long))).toEqual(['headline']);
    expect(blockers(long)[0]!.fix).toMatch(/too long \(111 of at most 110/);
  });

  it('blocks without a section, a dateline or a byline', () => {
    const items = runChecklist(story({ sectionId: null, dateline: '  ', authorIds: [] }));
    expect(ids(blockers(items))).toEqual(['section', 'dateline', 'byline']);
  });

  it('blocks a picture without alt text, in the body or as the featured image', () => {
    const picture = (alt: string) => ({ type: 'image', attrs: { src: '/media/x.jpg', alt } });
    expect(ids(blockers(runChecklist(story({}, [picture('A harbour')]))))).toEqual([]);
    expect(ids(blockers(runChecklist(story({}, [picture(' ')]))))).toEqual(['alt']);
    const featured = { ...story(), featuredAlt: '' };
    expect(ids(blockers(runChecklist(featured)))).toEqual(['alt']);
    // An alt text the caller does not know (null) is not held against the story.
    expect(ids(blockers(runChecklist({ ...story(), featuredAlt: null })))).toEqual([]);
  });

  it('blocks links that are not http(s) or mailto, wherever they sit', () => {
    const fine = [paragraph('mail', 'mailto:desk@example.org'), paragraph('web', 'https://a.b/')];
    expect(ids(blockers(runChecklist(story({}, fine))))).toEqual([]);
    const nested = { type: 'blockquote', content: [paragraph('bad', 'javascript:alert(1)')] };
    expect(ids(blockers(runChecklist(story({}, [nested]))))).toEqual(['links']);
    expect(ids(blockers(runChecklist(story({}, [paragraph('ftp', 'ftp://a.b/')]))))).toEqual([
      'links',
    ]);
  });

  it('warns of a missing standfirst, tag and featured image, and a headline of 70 or more', () => {
    const items = runChecklist(
      story({ standfirst: '', tagIds: [], featuredMediaId: null, headline: 'x'.repeat(70) }),
    );
    expect(blockers(items)).toEqual([]);
    expect(ids(warnings(items))).toEqual(['standfirst', 'tags', 'featured', 'headline-short']);
    expect(ids(warnings(runChecklist(story({ headline: 'x'.repeat(69) }))))).toEqual([]);
  });
});
