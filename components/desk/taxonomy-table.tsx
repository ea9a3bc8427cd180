// The list of /desk/tags and /desk/sections: each with its address, former addresses (which
// redirect), its stories, and its forms. Drawn on the server; the forms are client components.
import type { FormAction } from '@/lib/action-state';
import { TableHead } from '@/components/ui/table-head';
import {
  CreateTaxonomyForm,
  TaxonomyRowForms,
  type OtherLanguage,
  type TaxonomyKind,
  type TaxonomyRowView,
} from './taxonomy-forms';

interface Props {
  kind: TaxonomyKind;
  rows: TaxonomyRowView[];
  action: FormAction;
  /** The search the tag list is filtered by. */
  q?: string;
  limit: number;
  /** The site's other languages, in which a name may be given. */
  languages?: OtherLanguage[];
}

export function TaxonomyTable({ kind, rows, action, q, limit, languages = [] }: Props) {
  const title = kind === 'tag' ? 'Tags' : 'Sections';
  return (
    <div className="space-y-6">
      <h1 className="text-lg font-semibold">{title}</h1>
      <section aria-labelledby="new-heading" className="rounded border border-rule p-3">
        <h2 id="new-heading" className="mb-2 font-semibold">
          New {kind}
        </h2>
        <CreateTaxonomyForm kind={kind} action={action} />
      </section>
      <section aria-labelledby="list-heading" className="space-y-2">
        <h2 id="list-heading" className="font-semibold">
          {kind === 'tag' && q ? `Tags matching “${q}”` : `All ${title.toLowerCase()}`}
        </h2>
        {kind === 'tag' ? (
          <form method="get" className="flex items-end gap-2" role="search">
            <label className="block">
              <span className="block text-xs font-medium">Find tags</span>
              <input
                type="search"
                name="q"
                defaultValue={q}
                maxLength={100}
                className="rounded border border-rule bg-paper px-2 py-1"
              />
            </label>
            <button type="submit" className="rounded border border-rule px-3 py-1">
              Find
            </button>
          </form>
        ) : null}
        <table className="w-full border-collapse text-left">
          <TableHead
            columns={[
              { label: 'Name' },
              { label: 'Address' },
              { label: 'Stories', className: 'text-right' },
              { label: 'Changes' },
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-rule align-top">
                <td className="py-2 pr-4">
                  <span className="font-medium">{row.name}</span>
                  {row.retired ? <span className="ml-2 text-xs text-muted">Retired</span> : null}
                  {languages.some((language) => row.names[language.code]) ? (
                    <ul className="text-xs text-muted">
                      {languages
                        .filter((language) => row.names[language.code])
                        .map((language) => (
                          <li key={language.code}>
                            {language.name}:{' '}
                            <span lang={language.code}>{row.names[language.code]}</span>
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </td>
                <td className="py-2 pr-4 font-mono text-xs">
                  <a href={`/${kind}/${row.slug}`} className="underline">
                    /{kind}/{row.slug}
                  </a>
                  {row.formerSlugs.length ? (
                    <p className="text-muted">
                      Redirected from {row.formerSlugs.map((slug) => `/${kind}/${slug}`).join(', ')}
                    </p>
                  ) : null}
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{row.stories}</td>
                <td className="py-2">
                  <TaxonomyRowForms kind={kind} row={row} action={action} languages={languages} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="text-muted">None found.</p> : null}
        {rows.length >= limit ? (
          <p className="text-muted">
            The first {limit} are shown; find a tag by its name to see others.
          </p>
        ) : null}
      </section>
    </div>
  );
}
