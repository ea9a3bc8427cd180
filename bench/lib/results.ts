// Where every benchmark leaves its figures: bench/results/<name>-<date>.json, with the time, the
// machine's cores and the Node version beside them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function writeResults(name: string, figures: Record<string, unknown>): string {
  const out = path.join('bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}-${new Date().toISOString().slice(0, 10)}.json`);
  const header = { at: new Date().toISOString(), cpus: os.cpus().length, node: process.version };
  fs.writeFileSync(file, `${JSON.stringify({ ...header, ...figures }, null, 2)}\n`);
  console.log(`written to ${file}`);
  return file;
}
