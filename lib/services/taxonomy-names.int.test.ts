import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import { auditLog, sections } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { localName } from '@/lib/taxonomy';
import { createTaxonomy, setLocalNames } from './taxonomy';
import { listTaxonomy } from './taxonomy-reads';

// Names of sections and tags in the site's other languages (ARCHITECTURE.md, Languages).
describe.each(testDatabaseKinds)('section and tag names per language on %s', (kind) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  let editor: Actor;
  let sectionId: string;
  const savedLanguages = process.env.SITE_LANGUAGES;
  beforeAll(async () => {
    process.env.SITE_LANGUAGES = 'en,ru,az';
    handle = await createTestDatabase(kind);
    admin = await createTestStaff(handle, 'admin');
    editor = await createTestStaff(handle, 'editor');
    sectionId = await createTestSection(handle, `politics-${kind}`, 'Politics');
  });
  afterAll(async () => {
    if (savedLanguages === undefined) delete process.env.SITE_LANGUAGES;
    else process.env.SITE_LANGUAGES = savedLanguages;
    await handle.close();
  });

  const sectionRow = async () =>
    (await handle.db.select().from(sections).where(eq(sections.id, sectionId)))[0]!;

  it('sets a section’s names, audited, shown in the desk’s list and by localName', async () => {
    const change = await setLocalNames(handle.db, admin, 'section', {
      id: sectionId,
      names: { ru: '  Политика ', az: 'Siyasət', en: 'Not this one' },
    });
    expect(change.names).toEqual({ ru: 'Политика', az: 'Siyasət' });
    expect(change.invalidation).not.toBeNull();
    const row = await sectionRow();
    expect(localName(row, 'ru', 'en')).toBe('Политика');
    expect(localName(row, 'en', 'en')).toBe('Politics');
    const listed = await listTaxonomy(handle.db, admin, 'section');
    expect(listed.find((r) => r.id === sectionId)!.names).toEqual(change.names);
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, sectionId), eq(auditLog.action, 'section.names')));
    expect(audit).toHaveLength(1);
  });

  it('removes a name left empty, so the default name shows again', async () => {
    await setLocalNames(handle.db, admin, 'section', {
      id: sectionId,
      names: { ru: 'Политика', az: '' },
    });
    const row = await sectionRow();
    expect(row.names).toEqual({ ru: 'Политика' });
    expect(localName(row, 'az', 'en')).toBe('Politics');
  });

  it('refuses a name that breaks the rules, naming its field, and changes nothing', async () => {
    await expect(
      setLocalNames(handle.db, admin, 'section', {
        id: sectionId,
        names: { ru: 'Новая', az: '<i>Siyasət</i>' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fields: { name_az: expect.stringMatching(/markup/) },
    });
    expect((await sectionRow()).names).toEqual({ ru: 'Политика' });
  });

  it('takes the right to manage: sections are the admin’s, tags the editor’s', async () => {
    await expect(
      setLocalNames(handle.db, editor, 'section', { id: sectionId, names: { ru: 'Власть' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const tag = await createTaxonomy(handle.db, editor, 'tag', { name: `Elections ${kind}` });
    const named = await setLocalNames(handle.db, editor, 'tag', {
      id: tag.id,
      names: { ru: 'Выборы', az: 'Seçkilər' },
    });
    expect(named.names).toEqual({ ru: 'Выборы', az: 'Seçkilər' });
  });
});
