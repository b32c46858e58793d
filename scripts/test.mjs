#!/usr/bin/env node
// Runs the whole test suite: unit and integration tests on SQLite and on PostgreSQL, then the
// browser tests. With no DATABASE_URL it starts a throwaway PostgreSQL from the machine's
// /usr/lib/postgresql/*/bin and removes it afterwards.
//
//   npm test                      everything
//   npm test -- --only unit       unit + integration only (both engines)
//   npm test -- --only e2e        browser tests only
//   npm test -- --engine sqlite   one engine only
//   npm test -- test/unit/x.test.ts   just these files
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = valueOf('--only');
const engineArg = valueOf('--engine');
const files = args.filter((a, i) => !a.startsWith('--') && !['--only', '--engine'].includes(args[i - 1]));

function valueOf(flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

function listTests(dir, suffix) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(suffix)) out.push(path.relative(root, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

const totals = { pass: 0, fail: 0, skipped: 0 };

function runNodeTests(label, testFiles, env) {
  return new Promise((resolve) => {
    if (testFiles.length === 0) return resolve(0);
    console.log(`\n▶ ${label}: ${testFiles.length} files`);
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...testFiles], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const num = (name) => Number((new RegExp(`ℹ ${name} (\\d+)`).exec(tail) ?? [])[1] ?? 0);
      totals.pass += num('pass');
      totals.fail += num('fail') + num('cancelled');
      totals.skipped += num('skipped');
      if (code !== 0 && num('fail') === 0) totals.fail += 1;
      resolve(code ?? 1);
    });
  });
}

const unitFiles = files.length ? files.filter((f) => !f.includes('e2e')) : [...listTests(path.join(root, 'test/unit'), '.test.ts'), ...listTests(path.join(root, 'test/integration'), '.test.ts')];
const e2eFiles = files.length ? files.filter((f) => f.includes('e2e')) : listTests(path.join(root, 'test/e2e'), '.test.ts');
const engines = engineArg ? [engineArg] : ['sqlite', 'postgres'];

let pg;
let exit = 0;
try {
  if (engines.includes('postgres') && !process.env.DATABASE_URL) {
    pg = await startPostgres();
    console.log(`Started a throwaway PostgreSQL ${pg.version} on port ${pg.port}`);
  }
  const adminUrl = process.env.DATABASE_URL ?? pg?.url;
  if (only !== 'e2e') {
    for (const engine of engines) {
      const code = await runNodeTests(`unit + integration on ${engine}`, unitFiles, {
        CCTNS_TEST_ENGINE: engine,
        CCTNS_TEST_PG_URL: adminUrl ?? '',
      });
      if (code !== 0) exit = 1;
    }
  }
  if (only !== 'unit' && e2eFiles.length) {
    console.log('\n▶ building the web app for the browser tests');
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) exit = 1;
    else {
      for (const engine of engines) {
        const code = await runNodeTests(`browser tests on ${engine}`, e2eFiles, {
          CCTNS_TEST_ENGINE: engine,
          CCTNS_TEST_PG_URL: adminUrl ?? '',
        });
        if (code !== 0) exit = 1;
      }
    }
  }
} finally {
  await pg?.stop();
}
console.log(`\nAll runs: ${totals.pass} passed, ${totals.fail} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(exit || (totals.fail > 0 ? 1 : 0));
