// The wire from the desk: an admin adds a partner and sees its key once, an editor publishes, the
// partner's receiver gets the signed story and the delivery shows in the partner's log.
import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { step, workflow, writeDispatch } from './fixtures/workflow';

test('an admin adds a partner, an editor publishes, and the delivery shows in the log', async ({
  page: admin,
  otherPage: editor,
  request,
}) => {
  const bodies: string[] = [];
  const receiver = http.createServer((incoming, answer) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    incoming.on('end', () => {
      bodies.push(body);
      answer.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as { port: number };
  const name = `Gazette ${Date.now().toString(36)}`;

  await signIn(admin, DEMO.admin);
  await admin.goto('/desk/partners');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Partners');
  const axe = await new AxeBuilder({ page: admin })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await admin.getByLabel('Name', { exact: true }).fill(name);
  await admin.getByLabel('Webhook URL').fill(`http://127.0.0.1:${port}/hook`);
  await expect(admin.getByLabel('All sections, including new ones')).toBeChecked();
  await expect(admin.getByLabel('Receives embargoed stories')).not.toBeChecked();
  await admin.getByRole('button', { name: 'Add partner' }).click();
  await expect(admin.getByLabel('API key')).toContainText(/^dlw_/);
  const key = await admin.getByLabel('API key').textContent();
  expect(key).toMatch(/^dlw_/);
  await expect(admin.getByLabel('Webhook secret')).toContainText(/^whsec_/);

  // Shown once: a fresh page has the partner, not its key.
  await admin.reload();
  const partner = admin.getByRole('article', { name: name });
  await expect(partner).toContainText(key!.slice(0, 10));
  await expect(admin.getByText(key!)).toHaveCount(0);
  await expect(partner).toContainText('Nothing sent yet.');

  await signIn(editor, DEMO.editor);
  const headline = `Harbour Talks Resume ${Date.now().toString(36)}`;
  const id = await writeDispatch(editor, headline, 'Negotiators returned to the table.');
  await step(editor, 'Publish now');
  await expect(workflow(editor).getByRole('status')).toContainText('Published.');

  await expect.poll(() => bodies.some((body) => body.includes(headline))).toBe(true);
  const payload = JSON.parse(bodies.find((body) => body.includes(headline))!);
  expect(payload).toMatchObject({ type: 'story.published', data: { version: '1' } });

  await admin.reload();
  const log = admin.getByRole('table', { name: `Deliveries to ${name}` });
  const row = log.getByRole('row', { name: new RegExp(headline) });
  await expect(row).toContainText('Delivered');
  await expect(row).toContainText('204');
  await expect(row.getByRole('button', { name: 'Send again' })).toBeVisible();

  const item = await request.get(`/api/wire/v1/items/${id}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(item.status()).toBe(200);
  expect(await item.json()).toMatchObject({
    headlines: [{ value: headline }],
    pubstatus: 'usable',
  });
  expect((await request.get('/api/wire/v1/items')).status()).toBe(401);

  // Withdrawn at the end, so other journeys do not meet it.
  await step(editor, 'Withdraw', { label: 'Reason for withdrawing', value: 'End of the journey.' });
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
