// Starts Debian's nginx in front of app instances with deploy/nginx/dateline.conf, in a folder of
// its own (its cache, logs and pid), for the benchmark, the system tests and trying it by hand:
//   npx tsx deploy/front.ts 8080 127.0.0.1:3000 [127.0.0.1:3001 …]
// Also serves a folder as static files, the benchmark's baseline.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX);
}

export interface RunningNginx {
  dir: string;
  stop(): Promise<void>;
}

function mainConfig(dir: string, http: string): string {
  // Run as root here (CI and this machine), the workers would drop to `nobody`: keep them as the
  // current user, who owns the folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${http}
}
`;
}

async function run(dir: string, http: string): Promise<RunningNginx> {
  const config = path.join(dir, 'nginx.conf');
  fs.writeFileSync(config, mainConfig(dir, http));
  const test = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', config], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused its configuration:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await new Promise((resolve) => setTimeout(resolve, 300)); // nginx binds at once or exits
  if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode})`);
  return {
    dir,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** nginx with the production front configuration, before `upstreams` (host:port each). */
export function startFront(listen: number, upstreams: string[]): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-front-'));
  const site = fs
    .readFileSync(path.join(import.meta.dirname, 'nginx', 'dateline.conf'), 'utf8')
    .replaceAll('{{CACHE_DIR}}', path.join(dir, 'cache'))
    .replaceAll('{{LISTEN}}', `127.0.0.1:${listen}`)
    .replaceAll('{{UPSTREAMS}}', upstreams.map((upstream) => `    server ${upstream};`).join('\n'));
  return run(dir, site);
}

/** nginx serving `html` as a static file at every address: the benchmark's ceiling. */
export function startStaticNginx(listen: number, html: string): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-static-'));
  fs.mkdirSync(path.join(dir, 'www'));
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), html);
  return run(
    dir,
    `  server {
    listen 127.0.0.1:${listen};
    root ${dir}/www;
    location / { try_files /index.html =404; default_type text/html; }
  }`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [listen, ...upstreams] = process.argv.slice(2);
  if (!listen || upstreams.length === 0) {
    console.error('usage: npx tsx deploy/front.ts <port> <host:port> [<host:port> …]');
    process.exit(2);
  }
  startFront(Number(listen), upstreams).then(
    (front) => {
      console.log(`dateline: nginx front on http://127.0.0.1:${listen} (${front.dir})`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.on(signal, () => void front.stop().then(() => process.exit(0)));
      }
    },
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}
