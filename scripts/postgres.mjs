// A throwaway PostgreSQL server for tests and benchmarks, from the machine's own binaries.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the "postgres" user.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function findBinDir() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (or set DATABASE_URL)');
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error(`No initdb under ${base}/*/bin`);
  return { bin: path.join(base, versions[0], 'bin'), version: versions[0] };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startPostgres() {
  const { bin, version } = findBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cctns-pg-'));
  const isRoot = process.getuid?.() === 0;
  const asPg = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  fs.chmodSync(dir, 0o700);
  const data = path.join(dir, 'data');
  const [c1, a1] = asPg(path.join(bin, 'initdb'), ['-D', data, '-U', 'cctns', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  execFileSync(c1, a1, { stdio: 'pipe' });
  const port = await freePort();
  // Durability is pointless for a throwaway test cluster; speed is not.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const [c2, a2] = asPg(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  execFileSync(c2, a2, { stdio: 'pipe' });
  const url = `postgres://cctns@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    version,
    async stop() {
      const [c3, a3] = asPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      try {
        execFileSync(c3, a3, { stdio: 'pipe' });
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// `node scripts/postgres.mjs` starts one and prints its URL until interrupted (for benchmarks and manual runs).
if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startPostgres();
  console.log(pg.url);
  const stop = async () => {
    await pg.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  spawn('sleep', ['infinity'], { stdio: 'ignore' });
}
