#!/usr/bin/env node
// The compiled CLI; `npm run build` (or `npm start`) produces dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('cctns is not built yet: run "npm run build" first.');
  process.exit(1);
}
await import(entry.href);
