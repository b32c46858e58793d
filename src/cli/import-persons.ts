import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AuditActor } from '../access/audit-log.js';
import type { CctnsNode } from '../node.js';
import { defaultRejectsFile, ImportError, PersonImporter } from '../records/person-import.js';
import { formatImportSummary, importProgressReporter } from './import-progress.js';
import { UsageError } from './usage-error.js';
import { usageOf } from './usage.js';

const USAGE = usageOf('import', 'persons')!;

/** `cctns import persons FILE.csv`: the console side of {@link PersonImporter}. */
export async function importPersons(node: CctnsNode, actor: AuditActor, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { unit: { type: 'string' }, rejects: { type: 'string' }, 'batch-size': { type: 'string' }, offline: { type: 'boolean', default: false } },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = path.resolve(positionals[0]!);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 50_000)) {
    throw new UsageError('--batch-size must be a whole number from 1 to 50000.');
  }
  const unit = values.unit ?? node.originUnit();
  // Ctrl-C stops after the batch being written (committed work stays; a re-run continues);
  // a second Ctrl-C leaves at once — the open batch rolls back, nothing half-written remains.
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current batch… (Ctrl-C again to leave at once)\n');
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  const progress = importProgressReporter();
  try {
    const summary = await new PersonImporter(node).run({
      file,
      unit,
      actor,
      rejectsFile: values.rejects ? path.resolve(values.rejects) : defaultRejectsFile(file),
      batchSize,
      offline: values.offline,
      signal: stop.signal,
      onProgress: progress.update,
    });
    progress.done();
    console.log(formatImportSummary(summary));
    return summary.interrupted ? 130 : 0;
  } catch (e) {
    progress.done();
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
