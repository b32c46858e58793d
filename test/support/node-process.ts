import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const RUN = path.join(PACKAGE_ROOT, 'src/cli/run.ts');

/** Environment of a `cctns` process on this data directory / database. */
export function cctnsEnv(dataDir: string, databaseUrl?: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, CCTNS_DATA: dataDir, DATABASE_URL: databaseUrl ?? '', LOG_LEVEL: 'warn', PORT: '0', ...extra };
}

/** Runs a `cctns` command to its end without blocking the event loop (link emulators run in it). */
export async function cctns(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN, ...args], { cwd: PACKAGE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code: code ?? -1, stdout, stderr };
}

/**
 * A `cctns serve` process that can be killed (SIGKILL, as a power cut would) and started again on
 * the same data directory. Its address changes with each start.
 */
export class NodeProcess {
  private child: ChildProcess | null = null;
  url = '';
  output = '';
  starts = 0;

  constructor(
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts it and waits for its banner (bounded by the test's own timeout, not by a sleep). */
  async start(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', RUN, 'serve', ...this.args], { cwd: PACKAGE_ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.starts++;
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      this.output = (this.output + d).slice(-20_000);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    while (!/CCTNS node running at (http:\/\/\S+)/.test(out)) {
      if (child.exitCode !== null) throw new Error(`cctns serve exited early:\n${out}`);
      await Promise.race([once(child.stdout!, 'data'), once(child, 'exit')]);
    }
    this.url = /CCTNS node running at (http:\/\/\S+)/.exec(out)![1]!;
    return this.url;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** As a power cut: no chance to finish anything. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await once(child, 'exit');
  }

  /** A clean shutdown; answers the exit code. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    return code;
  }
}
