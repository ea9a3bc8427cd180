import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './data-dir';

/**
 * The demo staff's password: DEMO_PASSWORD when set, else one generated on first use and kept in
 * DATA_DIR/demo-password (readable by this user only). `generated` is true the one time it is made.
 */
export function demoPassword(): { password: string; generated: boolean; file: string | null } {
  const fromEnv = process.env.DEMO_PASSWORD;
  if (fromEnv) return { password: fromEnv, generated: false, file: null };
  const file = path.join(dataDir(), 'demo-password');
  if (fs.existsSync(file)) {
    return { password: fs.readFileSync(file, 'utf8').trim(), generated: false, file };
  }
  const password = crypto.randomBytes(12).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, generated: true, file };
}
