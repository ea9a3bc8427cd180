// npm run user:create -- --email … --name … --role admin [--title …] [--password …]
// Creates a staff member (the first admin of a production newsroom) in the configured database.
import { parseArgs } from 'node:util';
import { migrateDatabase } from '@/db/migrate';
import { openDatabase, targetFromEnv } from '@/db/open';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { createUserSchema, newPasswordSchema } from '@/lib/validation/users';
import { insertStaff, oneTimePassword } from '@/lib/services/users';
import { exitWithError } from './cli';

const USAGE =
  'usage: npm run user:create -- --email EMAIL --name "DISPLAY NAME" --role correspondent|editor|admin [--title TITLE] [--handle HANDLE] [--password PASSWORD]';

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        title: { type: 'string' },
        handle: { type: 'string' },
        password: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new AppError('invalid', `${(error as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  const input = parseInput(createUserSchema, {
    email: values.email,
    displayName: values.name,
    role: values.role,
    title: values.title ?? '',
    handle: values.handle,
  });
  const password = values.password
    ? parseInput(newPasswordSchema, values.password)
    : oneTimePassword();

  const handle = await openDatabase(targetFromEnv());
  try {
    await migrateDatabase(handle);
    const user = await handle.db.transaction((tx) => insertStaff(tx, input, password, null));
    console.log(`dateline: created ${user.role} ${user.email} (${user.displayName}).`);
    if (!values.password) console.log(`One-time password, shown only now: ${password}`);
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof AppError) {
      const fieldNames: Record<string, string> = { displayName: 'name' };
      const details = Object.entries(error.fields)
        .map(([field, message]) => `--${fieldNames[field] ?? field}: ${message}`)
        .join('; ');
      console.error(`dateline: ${details || error.message}`);
      process.exit(1);
    }
    exitWithError(error);
  },
);
