import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

/** Runs the real `cctns` command (from source) against a data directory / database. */
export function runCctns(args: string[], env: { dataDir: string; databaseUrl?: string }): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PACKAGE_ROOT, 'src/cli/run.ts'), ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, CCTNS_DATA: env.dataDir, DATABASE_URL: env.databaseUrl ?? '', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
