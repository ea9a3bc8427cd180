import { forbidden } from 'next/navigation';
import { TableHead } from '@/components/ui/table-head';
import { CreatePartnerForm, PartnerActions, SendAgainForm } from '@/components/desk/partner-forms';
import {
  createPartnerAction,
  revokePartnerAction,
  rotateKeyAction,
  rotateSecretAction,
  sendAgainAction,
} from './actions';

const PARTNER_ACTIONS = {
  rotateKey: rotateKeyAction,
  rotateSecret: rotateSecretAction,
  revoke: revokePartnerAction,
};
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { can } from '@/lib/permissions';
import { allSections } from '@/lib/public/directory';
import { deliveryLog, listPartners, type DeliveryEntry } from '@/lib/wire/desk';

export const metadata = { title: 'Partners' };

const STATUS: Record<string, string> = {
  pending: 'Waiting',
  delivered: 'Delivered',
  failed: 'Failed',
};

function DeliveryLog({
  entries,
  partner,
  resend,
}: {
  entries: DeliveryEntry[];
  partner: string;
  resend: boolean;
}) {
  if (!entries.length) return <p className="mt-2 text-muted">Nothing sent yet.</p>;
  return (
    <table
      className="mt-2 w-full border-collapse text-left"
      aria-label={`Deliveries to ${partner}`}
    >
      <TableHead
        columns={[
          { label: 'Event' },
          { label: 'Story' },
          { label: 'Status' },
          { label: 'Time' },
          { label: 'Response' },
          { label: 'Attempts' },
          { label: 'Actions' },
        ]}
      />
      <tbody className="divide-y divide-rule align-top">
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="py-1 pr-3 font-mono text-xs">
              {entry.type} v{entry.version}
            </td>
            <td className="py-1 pr-3">{entry.headline || 'Untitled'}</td>
            <td className="py-1 pr-3">{STATUS[entry.status] ?? entry.status}</td>
            <td className="py-1 pr-3">{formatDateTime(entry.at)}</td>
            <td className="py-1 pr-3">{entry.lastStatusCode ?? entry.lastError ?? '—'}</td>
            <td className="py-1 pr-3">{entry.attempts}</td>
            <td className="py-1">
              {resend ? <SendAgainForm deliveryId={entry.id} sendAgain={sendAgainAction} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function PartnersPage() {
  const user = await requireDeskUser();
  if (!can(user, 'wire.manage')) forbidden();
  const db = await getDb();
  const [partners, sections] = await Promise.all([listPartners(db, user), allSections(db)]);
  const logs = await Promise.all(partners.map((partner) => deliveryLog(db, user, partner.id)));
  const sectionName = new Map(sections.map((section) => [section.id, section.name]));

  return (
    <div className="space-y-8">
      <section aria-labelledby="partners-heading">
        <h1 id="partners-heading" className="text-lg font-semibold">
          Partners
        </h1>
        <p className="mt-1 max-w-2xl text-muted">
          Partners take stories through the wire API and signed webhooks; corrections and
          withdrawals follow the stories they took.
        </p>
        {partners.length === 0 ? <p className="mt-4">No partners yet.</p> : null}
        {partners.map((partner, index) => (
          <article
            key={partner.id}
            aria-labelledby={`partner-${partner.id}`}
            className="mt-6 border-t border-rule pt-4"
          >
            <h2 id={`partner-${partner.id}`} className="text-base font-semibold">
              {partner.name}
              {partner.revokedAt ? <span className="ml-2 text-accent">Revoked</span> : null}
            </h2>
            <dl className="mt-2 grid max-w-3xl grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
              <dt className="text-muted">Webhook</dt>
              <dd className="break-all">{partner.webhookUrl ?? 'None (API only)'}</dd>
              <dt className="text-muted">Sections</dt>
              <dd>
                {partner.sectionIds === null
                  ? 'All sections'
                  : partner.sectionIds.map((id) => sectionName.get(id) ?? 'Removed').join(', ')}
              </dd>
              <dt className="text-muted">Embargoed stories</dt>
              <dd>{partner.receivesEmbargoed ? 'Receives them' : 'Only once public'}</dd>
              <dt className="text-muted">API keys</dt>
              <dd className="font-mono text-xs">
                {partner.keyPrefixes.map((prefix) => `${prefix}…`).join(', ') || 'None'}
              </dd>
            </dl>
            {partner.revokedAt ? null : (
              <PartnerActions id={partner.id} name={partner.name} actions={PARTNER_ACTIONS} />
            )}
            <h3 className="mt-4 font-medium">Deliveries</h3>
            <DeliveryLog
              entries={logs[index]!}
              partner={partner.name}
              resend={!partner.revokedAt}
            />
          </article>
        ))}
      </section>

      <section aria-labelledby="add-partner-heading" className="max-w-2xl">
        <h2 id="add-partner-heading" className="text-base font-semibold">
          Add a partner
        </h2>
        <div className="mt-3">
          <CreatePartnerForm sections={sections} create={createPartnerAction} />
        </div>
      </section>
    </div>
  );
}
