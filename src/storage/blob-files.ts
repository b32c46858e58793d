import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Clock } from '../util/clock.js';
import { sha256Hex } from '../util/hash.js';
import { KeyedQueue } from '../util/keyed-queue.js';
import type { Executor, Storage } from './db.js';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Attachment files stored once by their SHA-256 under DATA/attachments/ab/cd/<hash>. A file that
 * arrives in pieces (sync) grows as <hash>.partial and becomes the file only when its bytes hash
 * to its name; the `blobs` table says which files are here.
 */
export class BlobFiles {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    readonly dir: string,
  ) {}

  fileFor(sha: string): string {
    if (!SHA256_PATTERN.test(sha)) throw new Error('not a SHA-256 hash');
    return path.join(this.dir, sha.slice(0, 2), sha.slice(2, 4), sha);
  }

  async has(sha: string, exec: Executor = this.storage.db): Promise<boolean> {
    return !!(await exec.selectFrom('blobs').select('sha256').where('sha256', '=', sha).executeTakeFirst());
  }

  /** Stores a whole file (an upload); returns its hash. */
  async put(body: Buffer, exec: Executor = this.storage.db): Promise<string> {
    const sha = sha256Hex(body);
    const file = this.fileFor(sha);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, body, { mode: 0o600 });
      fs.renameSync(tmp, file);
    }
    await this.record(sha, body.length, exec);
    return sha;
  }

  /**
   * How much of a file of the given size is here, settling a partial file that has reached its
   * size without being finished (the process stopped between the last piece and the check): it
   * becomes the file if it hashes to its name, and is discarded otherwise.
   */
  progress(sha: string, size: number): Promise<{ received: number; complete: boolean }> {
    return this.queue.run(sha, () => this.settle(sha, size));
  }

  /**
   * Appends a piece at the offset where the file stands; a piece at another offset is refused
   * with the offset to resume from. When the file reaches its size it is checked against its
   * hash: a mismatch discards it. Returns the bytes now held and whether the file is complete.
   * Pieces of one file are taken one at a time, so two copies of a piece cannot both be appended.
   */
  append(sha: string, offset: number, chunk: Buffer, size: number): Promise<{ received: number; complete: boolean; accepted: boolean; mismatch?: boolean }> {
    return this.queue.run(sha, async () => {
      const { received: held, complete } = await this.settle(sha, size);
      if (complete) return { received: size, complete: true, accepted: true };
      if (offset !== held) return { received: held, complete: false, accepted: false };
      const partial = `${this.fileFor(sha)}.partial`;
      if (held + chunk.length > size) {
        fs.rmSync(partial, { force: true });
        return { received: 0, complete: false, accepted: false, mismatch: true };
      }
      fs.mkdirSync(path.dirname(partial), { recursive: true });
      fs.appendFileSync(partial, chunk, { mode: 0o600 });
      const now = held + chunk.length;
      if (now < size) return { received: now, complete: false, accepted: true };
      const done = await this.settle(sha, size);
      return done.complete ? { ...done, accepted: true } : { received: 0, complete: false, accepted: false, mismatch: true };
    });
  }

  private async settle(sha: string, size: number): Promise<{ received: number; complete: boolean }> {
    if (await this.has(sha)) return { received: size, complete: true };
    const partial = `${this.fileFor(sha)}.partial`;
    let held: number;
    try {
      held = fs.statSync(partial).size;
    } catch {
      return { received: 0, complete: false };
    }
    if (held < size) return { received: held, complete: false };
    const hash = createHash('sha256');
    hash.update(fs.readFileSync(partial));
    if (held > size || hash.digest('hex') !== sha) {
      fs.rmSync(partial, { force: true });
      return { received: 0, complete: false };
    }
    fs.renameSync(partial, this.fileFor(sha));
    await this.record(sha, size);
    return { received: size, complete: true };
  }

  /** Pieces of one file are taken one at a time. */
  private readonly queue = new KeyedQueue();

  read(sha: string): Buffer {
    return fs.readFileSync(this.fileFor(sha));
  }

  readRange(sha: string, offset: number, length: number): Buffer {
    const fd = fs.openSync(this.fileFor(sha), 'r');
    try {
      const buf = Buffer.alloc(length);
      const n = fs.readSync(fd, buf, 0, length, offset);
      return buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  }

  private async record(sha: string, size: number, exec: Executor = this.storage.db): Promise<void> {
    await exec
      .insertInto('blobs')
      .values({ sha256: sha, size, stored_at: this.clock.now().toISOString() })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }

  /** Files stored before the blobs table existed are entered into it (once, on open). */
  async backfill(): Promise<void> {
    const missing = await this.storage.db
      .selectFrom('attachments')
      .leftJoin('blobs', 'blobs.sha256', 'attachments.sha256')
      .select(['attachments.sha256', 'attachments.size'])
      .where('blobs.sha256', 'is', null)
      .execute();
    for (const m of missing) if (fs.existsSync(this.fileFor(m.sha256))) await this.record(m.sha256, Number(m.size));
  }
}
