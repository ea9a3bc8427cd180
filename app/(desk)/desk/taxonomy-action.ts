// The one server-side step behind the tag and section forms (docs/product.md, "Sections and
// tags"): which change the form asks for, through lib/services/taxonomy.ts, then the page-cache
// invalidation applied here at once (other instances read it from the outbox).
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import type { ActionState } from '@/lib/action-state';
import { requireActor } from '@/lib/auth/current-user';
import { formText } from '@/lib/form-data';
import { languageName, siteLanguages } from '@/lib/languages';
import { applyInvalidation } from '@/lib/page-cache/invalidation';
import { runAction } from '@/lib/server-action';
import {
  createTaxonomy,
  moveTaxonomy,
  renameTaxonomy,
  retireTaxonomy,
  setLocalNames,
  type Kind,
} from '@/lib/services/taxonomy';
import { mergeTags } from '@/lib/services/taxonomy-merge';
import { tagIdByName } from '@/lib/services/taxonomy-reads';

export async function taxonomyAction(kind: Kind, form: FormData): Promise<ActionState> {
  const intent = formText(form, 'intent');
  const site = siteLanguages();
  // The names in the site's other languages, sent as name_ru, name_az…
  const names = Object.fromEntries(
    site.all
      .filter((code) => code !== site.default)
      .map((code) => [code, formText(form, `name_${code}`) ?? '']),
  );
  const values: Record<string, string> = {
    name: formText(form, 'name') ?? '',
    slug: formText(form, 'slug') ?? '',
    ...Object.fromEntries(Object.entries(names).map(([code, name]) => [`name_${code}`, name])),
  };
  const result = await runAction(async () => {
    const actor = await requireActor();
    const db = await getDb();
    const id = formText(form, 'id');
    const noun = kind === 'tag' ? 'Tag' : 'Section';
    let message: string;
    let change;
    switch (intent) {
      case 'create':
        change = await createTaxonomy(db, actor, kind, values);
        message = `${noun} “${change.name}” created at /${kind}/${change.slug}.`;
        break;
      case 'rename':
        change = await renameTaxonomy(db, actor, kind, { id, name: values.name });
        message = `Renamed “${change.name}”.`;
        break;
      case 'names': {
        const named = await setLocalNames(db, actor, kind, { id, names });
        change = named;
        const set = Object.keys(named.names).filter((code) => code in names);
        message = set.length
          ? `“${named.name}” is named in ${set.map(languageName).join(', ')}.`
          : `“${named.name}” shows its ${languageName(site.default)} name in every language.`;
        break;
      }
      case 'move':
        change = await moveTaxonomy(db, actor, kind, { id, slug: values.slug });
        message = `“${change.name}” is now at /${kind}/${change.slug}; its old address leads there.`;
        break;
      case 'merge':
        change = await mergeTags(db, actor, {
          sourceId: id,
          targetId: await tagIdByName(db, formText(form, 'target')),
        });
        message = `Merged into “${change.name}”; the old address leads to /tag/${change.slug}.`;
        break;
      case 'retire':
      case 'restore':
        change = await retireTaxonomy(db, actor, kind, { id, retired: intent === 'retire' });
        message =
          intent === 'retire'
            ? `“${change.name}” is retired: no longer offered for stories.`
            : `“${change.name}” is offered for stories again.`;
        break;
      default:
        return { ok: false, message: 'Unknown change.' };
    }
    applyInvalidation(change.invalidation);
    revalidatePath(`/desk/${kind}s`);
    return { ok: true, message };
  });
  return result.ok ? result : { ...result, values };
}
