import type { ImportProgress, ImportSummary } from '../records/person-import.js';

const n = (x: number) => Math.round(x).toLocaleString('en-IN');

/**
 * Progress of an import on stderr: at a terminal a bar redrawn in place (by bytes read, which is
 * known from the start, unlike the number of rows); in a log file or a pipe, one plain line every
 * few seconds, so a long import run under nohup or systemd shows it is alive without flooding.
 */
export function importProgressReporter(out: NodeJS.WriteStream = process.stderr, lineEveryMs = 5000) {
  const tty = out.isTTY === true;
  // A pipe gets its first line after the first interval, not a line of zeros at the start.
  let last = tty ? 0 : Date.now();
  let drawn = false;
  return {
    update(p: ImportProgress): void {
      const now = Date.now();
      if (now - last < (tty ? 150 : lineEveryMs)) return;
      last = now;
      const pct = p.totalBytes ? Math.min(100, (p.bytesRead / p.totalBytes) * 100) : 100;
      const rate = p.rows / Math.max(p.elapsedMs / 1000, 1e-3);
      const counts = `${n(p.rows)} rows · ${n(p.imported)} imported${p.importedEarlier ? ` (+${n(p.importedEarlier)} earlier)` : ''} · ${n(p.rejected)} rejected · ${n(rate)} rows/s`;
      if (tty) {
        const width = 24;
        const full = Math.round((pct / 100) * width);
        out.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${pct.toFixed(0).padStart(3)}% ${counts}   `);
        drawn = true;
      } else {
        out.write(`${pct.toFixed(1)}% ${counts}\n`);
      }
    },
    /** Ends the bar's line before the summary is printed. */
    done(): void {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}

/** The closing report, for a person reading the console. */
export function formatImportSummary(s: ImportSummary): string {
  if (s.alreadyComplete) {
    return `${s.file} was imported completely before (SHA-256 ${s.sha256.slice(0, 16)}…): ${n(s.importedEarlier)} persons. Nothing to do.`;
  }
  const seconds = s.elapsedMs / 1000;
  const lines = [
    s.interrupted ? `Stopped after ${n(s.rows)} rows: run the same command again to continue.` : `Imported ${s.file}.`,
    `  imported:             ${n(s.imported)}${s.importedEarlier ? ` (and ${n(s.importedEarlier)} by the earlier run${s.resumedAfterLine ? `, up to line ${n(s.resumedAfterLine)}` : ''})` : ''}`,
    `  rejected:             ${n(s.rejected)}${s.rejected && s.rejectsFile ? ` — reasons in ${s.rejectsFile}` : ''}`,
    `  duplicates skipped:   ${n(s.duplicates)}`,
    `  time:                 ${seconds.toFixed(1)} s (${n(s.rowsPerSecond)} rows/s)`,
  ];
  return lines.join('\n');
}
