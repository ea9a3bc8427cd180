import { forbidden } from 'next/navigation';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { siteLanguages } from '@/lib/languages';
import { nameLanguages } from '@/lib/taxonomy';
import { can } from '@/lib/permissions';
import { listTaxonomy } from '@/lib/services/taxonomy-reads';
import { TaxonomyTable } from '@/components/desk/taxonomy-table';
import { sectionAction } from './actions';

export const metadata = { title: 'Sections' };

const LIMIT = 200;

export default async function SectionsPage() {
  const user = await requireDeskUser();
  if (!can(user, 'sections.manage')) forbidden();
  const rows = await listTaxonomy(await getDb(), user, 'section', '', LIMIT);
  return (
    <TaxonomyTable
      kind="section"
      rows={rows}
      action={sectionAction}
      limit={LIMIT}
      languages={nameLanguages(siteLanguages())}
    />
  );
}
