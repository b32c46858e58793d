import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../../src/util/hash.js';

/**
 * Files copied from ../shared into the repository are checked against the SHA-256 manifest taken
 * when they were copied (`sha256sum` format), so the check runs in every clone; where the shared
 * source sits next to the checkout, it must still hash the same (a newer source means: copy again).
 */
export function assertCopiesOf(dir: string, manifest: string, sourceDir: string): void {
  const lines = fs.readFileSync(path.join(dir, manifest), 'utf8').trim().split('\n');
  assert.ok(lines.length > 0, `${manifest} lists the copied files`);
  for (const line of lines) {
    const [hash, file] = line.split(/\s+\*?/) as [string, string];
    assert.equal(sha256Hex(fs.readFileSync(path.join(dir, file))), hash, `${file} is the copy the manifest records`);
    if (fs.existsSync(sourceDir)) assert.equal(sha256Hex(fs.readFileSync(path.join(sourceDir, file))), hash, `${file} in ${sourceDir} is unchanged since it was copied`);
  }
}
