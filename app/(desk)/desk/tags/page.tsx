import { forbidden } from 'next/navigation';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { siteLanguages } from '@/lib/languages';
import { nameLanguages } from '@/lib/taxonomy';
import { can } from '@/lib/permissions';
import { listTaxonomy } from '@/lib/services/taxonomy-reads';
import { TaxonomyTable } from '@/components/desk/taxonomy-table';
import { tagAction } from './actions';

export const metadata = { title: 'Tags' };

const LIMIT = 200;

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function TagsPage({ searchParams }: Props) {
  const user = await requireDeskUser();
  if (!can(user, 'taxonomy.manage')) forbidden();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? '';
  const rows = await listTaxonomy(await getDb(), user, 'tag', q, LIMIT);
  return (
    <TaxonomyTable
      kind="tag"
      rows={rows}
      action={tagAction}
      q={q}
      limit={LIMIT}
      languages={nameLanguages(siteLanguages())}
    />
  );
}
