// Shared pieces of the browser tests: Debian's chromium, the web build, TOTP codes, and a watch
// on what a page must never do (contact other origins, break the CSP, throw).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OTPAuth from 'otpauth';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Debian chromium with the flags that keep it off this machine's closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function totp(secret: string): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate();
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/** The server serves web/dist: build it when it is missing or older than web/. */
export function ensureWebBuilt(): void {
  const index = join(repo, 'web/dist/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(repo, 'web'))) return;
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
  });
  assert.equal(r.status, 0, 'vite build failed');
}

/** Records what a page does that it must not: other origins, CSP violations, script errors. */
export class Watch {
  readonly foreign: string[] = [];
  readonly csp: string[] = [];
  readonly errors: string[] = [];
  constructor(
    page: Page,
    private readonly origin: string,
  ) {
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== this.origin) this.foreign.push(url);
    });
    page.on('console', (msg) => {
      if (/Content[- ]Security[- ]Policy/i.test(msg.text())) this.csp.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
  }
  check(): void {
    assert.deepEqual(this.foreign, [], 'requests to other origins');
    assert.deepEqual(this.csp, [], 'Content-Security-Policy violations');
    assert.deepEqual(this.errors, [], 'uncaught errors in the page');
  }
}

