import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { commandList } from '../../src/cli/usage.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { runCctns } from '../support/cli.js';

/** Runs the command in this process and returns what it printed and its exit code. */
async function call(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void lines.push(a.join(' '));
  try {
    return { code: await main(argv), out: lines.join('\n') };
  } finally {
    console.log = log;
  }
}

test('every command and subcommand answers --help, -h and help with its own usage, exit 0', async () => {
  const all = commandList();
  assert.ok(all.length >= 20, `only ${all.length} commands listed`);
  // `cctns help --help` prints the overview, like `cctns help`.
  for (const { command, sub } of all.filter((c) => c.command !== 'help')) {
    const words = sub ? [command, sub] : [command];
    for (const argv of [
      [...words, '--help'],
      [...words, '-h'],
      ['help', ...words],
      [...words, '--unit', 'X', '--help'],
    ]) {
      const r = await call(argv);
      assert.equal(r.code, 0, argv.join(' '));
      assert.match(r.out, new RegExp(`^Usage: cctns ${words.join(' ')}`), `cctns ${argv.join(' ')} printed:\n${r.out}`);
    }
  }
});

test('the overview names every command; an unknown command asked for help is a usage error', async () => {
  const r = await call(['--help']);
  assert.equal(r.code, 0);
  for (const { command } of commandList()) assert.match(r.out, new RegExp(`^  ${command}\\b`, 'm'));
  await assert.rejects(call(['frobnicate', '--help']), (e) => e instanceof UsageError && /Unknown command "frobnicate"/.test(e.message));
});

test('the real command exits 0 on serve --help and sync --help, 2 on an unknown option with a pointer to --help', () => {
  const env = { dataDir: '/nonexistent-cctns-help-test' };
  for (const args of [
    ['serve', '--help'],
    ['sync', '--help'],
  ]) {
    const r = runCctns(args, env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: cctns ${args[0]}`));
  }
  const bad = runCctns(['serve', '--bogus'], env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Unknown option '--bogus'.*cctns serve --help/s);
});
