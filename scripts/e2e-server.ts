// The server the Playwright journeys run against: the production build, on a fresh PGlite
// directory of its own (never the developer's ./data), seeded with a known demo password, and
// mailing through a real SMTP server on loopback whose messages the journeys read from a file.
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '@/lib/demo/prepare';
import {
  E2E_DATA_DIR,
  E2E_MAILBOX,
  E2E_PASSWORD,
  E2E_PORT,
  E2E_SMTP_PORT,
} from '@/e2e/fixtures/env';
import { E2E_OIDC_CLIENT, E2E_OIDC_ISSUER, E2E_OIDC_NAME } from '@/e2e/fixtures/sso';
import { startSmtpServer } from '@/test/support/smtp';
import { exitWithError } from './cli';
import { startOidcProvider } from './e2e-oidc';
import { startNextServer } from './serve';

const dataDir = path.resolve(E2E_DATA_DIR);
fs.rmSync(dataDir, { recursive: true, force: true });
// The production configuration: the public address is set, so no Host header decides it.
const address = `http://127.0.0.1:${E2E_PORT}`;
Object.assign(process.env, {
  DATA_DIR: dataDir,
  DEMO_PASSWORD: E2E_PASSWORD,
  SITE_URL: address,
  AUTH_URL: address,
  // The wire journey's webhook receiver listens on loopback.
  WEBHOOK_ALLOW_PRIVATE: '1',
  // Single sign-on through the provider this script starts (scripts/e2e-oidc.ts).
  AUTH_OIDC_ISSUER: E2E_OIDC_ISSUER,
  AUTH_OIDC_CLIENT_ID: E2E_OIDC_CLIENT.id,
  AUTH_OIDC_CLIENT_SECRET: E2E_OIDC_CLIENT.secret,
  AUTH_OIDC_NAME: E2E_OIDC_NAME,
  // The test-only hook of the idle-session journey (app/api/e2e/idle).
  E2E_HOOKS: '1',
  // The demo newsroom's languages (docs/product.md, Languages).
  SITE_LANGUAGES: 'en,ru,az',
});
delete process.env.DATABASE_URL;
// Nor a shared page cache: a Redis would hold pages of an earlier run's database.
delete process.env.REDIS_URL;
// Analytics at a journey's pace (e2e/analytics.spec.ts): counts written every half second, the
// most read list looked at every two seconds (a minute and five seconds in production).
process.env.ANALYTICS_FLUSH_MS ??= '500';
process.env.ANALYTICS_MOST_READ_MS ??= '2000';

// Mail (docs/operating.md, "Mail"): each message the server sends lands in E2E_MAILBOX.
const mailbox = path.resolve(E2E_MAILBOX);
fs.rmSync(mailbox, { force: true });
process.env.MAIL_POLL_MS ??= '200';

startOidcProvider(address)
  .then(() =>
    startSmtpServer(E2E_SMTP_PORT, (mail) =>
      fs.appendFileSync(mailbox, `${JSON.stringify(mail)}\n`),
    ),
  )
  .then((smtp) => {
    process.env.SMTP_URL = smtp.url;
    return prepareDatabase({ seed: 'always' });
  })
  .then(() => startNextServer(E2E_PORT))
  .catch(exitWithError);
