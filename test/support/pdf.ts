import { spawnSync } from 'node:child_process';

/** The text of a PDF as a reader sees it (pdftotext, Debian's poppler-utils), spaces collapsed. */
export function pdfText(pdf: Buffer): string {
  return spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
}

/** The verification code printed on a document (STATION-YEAR-NUMBER-XXXX-XXXX), as a reader would copy it. */
export function printedCode(text: string): string {
  const m = /\b([A-Z0-9]+(?:-[A-Z0-9]+)*-\d{4}-\d{4,}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(text);
  if (!m) throw new Error(`no verification code in: ${text.slice(0, 300)}`);
  return m[1]!;
}
