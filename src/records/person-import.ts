/**
 * Bulk import of persons from a CSV file (name, father_name, gender, age, district), for loading
 * the registers of a station or a district. The file is streamed, never read whole; good rows are
 * committed in batches — each person a real 'person.created' event — with a checkpoint in the
 * same transaction, so an interrupted import continues where it stopped, and a running node's
 * database is never held for long. Refused rows go to a rejects report with the reason.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditActor, AuditLog } from '../access/audit-log.js';
import { EXPECTED_HEADER, resolveHeader, rowIdentity, validateRow, type ColumnMap, type ImportRow } from '../domain/person-import-rules.js';
import { bulkWriteSettings } from '../storage/bulk.js';
import type { Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import { byteLines } from '../util/byte-lines.js';
import { CsvError, parseCsvRows } from '../util/csv.js';
import { CsvFileWriter } from '../util/csv-writer.js';
import type { PersonRegistry } from './persons.js';
import { personInput, type PersonInput } from '../domain/schemas/person.js';
import type { UnitService } from '../directory/units.js';

/** A whole-file problem (wrong columns, unknown unit, unreadable header): nothing is imported. */
export class ImportError extends Error {}

export interface ImportOptions {
  file: string;
  /** Owner unit of the imported persons. */
  unit: string;
  actor: AuditActor;
  /** Where refused rows are reported; default next to the input (persons.csv → persons.rejects.csv). */
  rejectsFile?: string;
  /** Rows per transaction: small enough that a live node waits at most a fraction of a second. */
  batchSize?: number;
  /** No running node uses the database meanwhile: lets SQLite checkpoint rarely (faster). */
  offline?: boolean;
  /** Stops cleanly after the batch being committed; a re-run continues from there. */
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** After each committed batch (tests use it to simulate a crash between batches). */
  afterBatch?: (p: ImportProgress) => void | Promise<void>;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  /** Data rows read so far (blank lines and the header not counted). */
  rows: number;
  /** Persons created by this run. */
  imported: number;
  /** Persons created by earlier, interrupted runs on the same file (skipped now). */
  importedEarlier: number;
  rejected: number;
  duplicates: number;
  elapsedMs: number;
}

export interface ImportSummary extends ImportProgress {
  file: string;
  sha256: string;
  rejectsFile: string | null;
  /** The file was imported completely before: nothing was done. */
  alreadyComplete: boolean;
  /** Continued after this line of an interrupted earlier run. */
  resumedAfterLine: number | null;
  /** Stopped by the signal before the end; re-run to continue. */
  interrupted: boolean;
  rowsPerSecond: number;
}

interface Checkpoint {
  file: string;
  unit: string;
  /** Every row up to this line has been dealt with and committed. */
  line: number;
  imported: number;
  done: boolean;
  rejected?: number;
  duplicates?: number;
}

/**
 * Rows per transaction: about a third of a second of a node's write lock. A power of two, so a
 * batch's events and persons rows fill whole multi-row statements (see insertChunks).
 */
export const DEFAULT_BATCH = 2048;
const CHECKPOINT_PREFIX = 'import.persons.';
const REJECT_COLUMNS = ['line', 'reason', 'row'];

export function defaultRejectsFile(file: string): string {
  const ext = path.extname(file);
  const base = ext.toLowerCase() === '.csv' ? file.slice(0, -ext.length) : file;
  return `${base}.rejects.csv`;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A row as the person the station form would have sent. */
function toPersonInput(row: ImportRow): PersonInput {
  return personInput.parse({
    name: row.name,
    relativeName: row.fatherName ?? undefined,
    relativeKind: row.fatherName ? 'father' : undefined,
    gender: row.gender,
    age: row.age ?? undefined,
    // The person record keeps the district on an address; the district is all the file knows of it.
    addresses: row.district ? [{ kind: 'present', line: row.district, district: row.district }] : [],
  });
}

export type PersonImportDeps = { storage: Storage; events: EventLog; persons: PersonRegistry; audit: AuditLog; units: UnitService };

export class PersonImporter {
  constructor(private readonly deps: PersonImportDeps) {}

  private key(sha256: string): string {
    return CHECKPOINT_PREFIX + sha256;
  }

  private async readCheckpoint(sha256: string): Promise<{ raw: string; cp: Checkpoint } | null> {
    const row = await this.deps.storage.db.selectFrom('settings').select('value').where('key', '=', this.key(sha256)).executeTakeFirst();
    return row ? { raw: row.value, cp: JSON.parse(row.value) as Checkpoint } : null;
  }

  /**
   * Moves the checkpoint from `from` to `to` inside the batch's transaction. The update only
   * matches the value this run last wrote: a second import of the same file running at the same
   * time finds it changed and fails, instead of both importing the same rows.
   */
  private async advance(tx: Tx, sha256: string, from: string, to: Checkpoint): Promise<string> {
    const value = JSON.stringify(to);
    const r = await tx.updateTable('settings').set({ value }).where('key', '=', this.key(sha256)).where('value', '=', from).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ImportError('Another import of this file is running (its checkpoint moved). Let it finish, or stop it and run this again.');
    return value;
  }

  async run(opts: ImportOptions): Promise<ImportSummary> {
    const { storage, events, persons, audit, units } = this.deps;
    const started = performance.now();
    const batchSize = opts.batchSize ?? DEFAULT_BATCH;
    if (!(await units.get(opts.unit))) throw new ImportError(`There is no unit "${opts.unit}".`);
    const stat = await fs.promises.stat(opts.file).catch(() => null);
    if (!stat?.isFile()) throw new ImportError(`Cannot read the file ${opts.file}.`);
    const sha256 = await fileSha256(opts.file);
    const fileName = path.basename(opts.file);
    const progress: ImportProgress = { bytesRead: 0, totalBytes: stat.size, rows: 0, imported: 0, importedEarlier: 0, rejected: 0, duplicates: 0, elapsedMs: 0 };
    const summary = (extra: Partial<ImportSummary>): ImportSummary => {
      const elapsedMs = performance.now() - started;
      return {
        ...progress,
        elapsedMs,
        file: opts.file,
        sha256,
        rejectsFile: null,
        alreadyComplete: false,
        resumedAfterLine: null,
        interrupted: false,
        rowsPerSecond: progress.rows / Math.max(elapsedMs / 1000, 1e-3),
        ...extra,
      };
    };

    const existing = await this.readCheckpoint(sha256);
    if (existing?.cp.done) {
      const { imported, rejected = 0, duplicates = 0 } = existing.cp;
      Object.assign(progress, { importedEarlier: imported, rejected, duplicates, bytesRead: stat.size });
      return summary({ alreadyComplete: true });
    }
    if (existing && existing.cp.unit !== opts.unit) {
      throw new ImportError(`This file was being imported for unit ${existing.cp.unit}; continue it with --unit ${existing.cp.unit}.`);
    }
    const resumeAfter = existing?.cp.line ?? 0;

    const lines = byteLines(fs.createReadStream(opts.file, { highWaterMark: 1 << 20 }));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let columns: ColumnMap | null = null;
    let rejects: CsvFileWriter | null = null;
    let checkpointValue = existing?.raw ?? '';
    let committedLine = resumeAfter;
    // Exact duplicates are found across the whole file (earlier runs' rows included): a 16-byte
    // digest per distinct row keeps a million rows in tens of megabytes, not the rows themselves.
    const seen = new Set<string>();
    let batch: PersonInput[] = [];
    let lastLine = 0;
    let interrupted = false;
    const inFlight = new OneAtATime();
    const restoreSettings = await bulkWriteSettings(storage, { offline: opts.offline });

    const commit = async (inputs: PersonInput[], throughLine: number, final: boolean) => {
      const next: Checkpoint = {
        file: fileName,
        unit: opts.unit,
        line: throughLine,
        imported: progress.importedEarlier + progress.imported + inputs.length,
        done: final,
        ...(final ? { rejected: progress.rejected, duplicates: progress.duplicates } : {}),
      };
      await events.transaction(async (tx) => {
        if (inputs.length) await persons.createMany(tx, inputs, opts.unit, opts.actor.username);
        checkpointValue = await this.advance(tx, sha256, checkpointValue, next);
        if (final) {
          await audit.record(tx, {
            actor: opts.actor,
            action: 'person.import',
            outcome: 'success',
            targetType: 'file',
            targetId: sha256,
            targetUnit: opts.unit,
            detail: { file: fileName, sha256, imported: next.imported, rejected: progress.rejected, duplicates: progress.duplicates, resumedAfterLine: resumeAfter || null },
          });
        }
      });
      committedLine = throughLine;
      progress.imported += inputs.length;
      progress.elapsedMs = performance.now() - started;
      opts.onProgress?.({ ...progress });
      await opts.afterBatch?.({ ...progress });
    };

    try {
      for await (const chunk of lines) {
        for (const { line, bytes, end } of chunk) {
          progress.bytesRead = end;
          lastLine = line;
          if (columns === null) {
            columns = await this.readHeader(bytes, decoder);
            if (!existing) checkpointValue = await this.startCheckpoint(sha256, { file: fileName, unit: opts.unit, line: 0, imported: 0, done: false });
            rejects = new CsvFileWriter(opts.rejectsFile ?? defaultRejectsFile(opts.file), REJECT_COLUMNS);
            continue;
          }
          if (isBlank(bytes)) continue;
          progress.rows++;
          const result = this.readRow(bytes, decoder, columns);
          if (!result.ok) {
            progress.rejected++;
            await rejects!.write([line, result.reason, result.text]);
            continue;
          }
          const id = createHash('sha256').update(rowIdentity(result.row)).digest('base64').slice(0, 22);
          if (seen.has(id)) {
            progress.duplicates++;
            continue;
          }
          seen.add(id);
          if (line <= resumeAfter) {
            progress.importedEarlier++;
            continue;
          }
          batch.push(result.input);
          if (batch.length >= batchSize) {
            // The previous batch must have committed before this one starts (and a stop request
            // is honoured between batches); this one then commits while the next is being read.
            await inFlight.settle();
            if (opts.signal?.aborted) {
              interrupted = true;
              break;
            }
            inFlight.start(commit(batch, line, false));
            batch = [];
          }
        }
        progress.elapsedMs = performance.now() - started;
        opts.onProgress?.({ ...progress });
        if (interrupted) break;
      }
      await inFlight.settle();
      if (columns === null) throw new ImportError(`The file is empty. ${EXPECTED_HEADER}`);
      if (!interrupted) await commit(batch, lastLine, true);
    } finally {
      // Never leave a batch committing behind a failure: wait for it, then report the failure.
      await inFlight.settle().catch(() => undefined);
      await rejects?.close();
      await restoreSettings();
    }
    if (interrupted) {
      // Stopped on request: the persons committed so far are on record, and so is who stopped where.
      await audit.record(storage.db, {
        actor: opts.actor,
        action: 'person.import',
        outcome: 'failure',
        targetType: 'file',
        targetId: sha256,
        targetUnit: opts.unit,
        detail: { file: fileName, sha256, imported: progress.importedEarlier + progress.imported, rejected: progress.rejected, duplicates: progress.duplicates, stoppedAfterLine: committedLine },
      });
    }
    return summary({
      rejectsFile: rejects?.file ?? null,
      resumedAfterLine: resumeAfter || null,
      interrupted,
    });
  }

  /** The checkpoint of a file seen for the first time; if another run just created it, that one's. */
  private async startCheckpoint(sha256: string, cp: Checkpoint): Promise<string> {
    await this.deps.storage.db
      .insertInto('settings')
      .values({ key: this.key(sha256), value: JSON.stringify(cp) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return (await this.readCheckpoint(sha256))!.raw;
  }

  private async readHeader(bytes: Buffer, decoder: TextDecoder): Promise<ColumnMap> {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new ImportError(`The header row is not valid UTF-8 text. Save the file as CSV UTF-8. ${EXPECTED_HEADER}`);
    }
    let fields: string[];
    try {
      fields = parseCsvRows(text)[0]?.fields ?? [];
    } catch (e) {
      throw new ImportError(`The header row cannot be read: ${(e as Error).message}. ${EXPECTED_HEADER}`);
    }
    const header = resolveHeader(fields);
    if (!header.ok) throw new ImportError(header.message);
    return header.columns;
  }

  /** One data line: decoded on its own, parsed as one CSV record, validated, made a person. */
  private readRow(bytes: Buffer, decoder: TextDecoder, columns: ColumnMap): { ok: true; row: ImportRow; input: PersonInput } | { ok: false; reason: string; text: string } {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      // The report shows the line as best it can (bad bytes as �) so it can be found and fixed.
      return { ok: false, reason: 'the line is not valid UTF-8 text (save the file as CSV UTF-8)', text: bytes.toString('utf8') };
    }
    let records;
    try {
      records = parseCsvRows(text, { skipEmpty: false });
    } catch (e) {
      return { ok: false, reason: `cannot be read as CSV: ${(e as CsvError).message.replace(/^line \d+: /, '')}`, text };
    }
    // One line, one person: a carriage return alone inside a line splits it in two.
    if (records.length !== 1) return { ok: false, reason: 'contains a line break inside a field', text };
    const v = validateRow(records[0]!.fields, columns);
    if (!v.ok) return { ok: false, reason: v.reason, text };
    try {
      return { ok: true, row: v.row, input: toPersonInput(v.row) };
    } catch (e) {
      // The row rules mirror the person schema; this is the safety net if they ever drift apart.
      return { ok: false, reason: `is not a valid person: ${(e as Error).message}`, text };
    }
  }
}

/**
 * At most one batch committing at a time, while the caller reads on: on PostgreSQL the database
 * works on one batch while this process parses the next.
 */
class OneAtATime {
  private pending: Promise<void> | null = null;

  start(work: Promise<void>): void {
    if (this.pending) throw new Error('a batch is already committing');
    // Marked handled now; the failure is rethrown by settle().
    work.catch(() => undefined);
    this.pending = work;
  }

  /** Waits for the batch in flight; rethrows its failure. */
  async settle(): Promise<void> {
    const p = this.pending;
    this.pending = null;
    await p;
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x2c) return false;
  return true;
}
