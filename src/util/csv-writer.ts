import fs from 'node:fs';
import { once } from 'node:events';
import { csvField } from './csv.js';

/** Writes CSV records to a file as they come, waiting when the disk falls behind. */
export class CsvFileWriter {
  private readonly out: fs.WriteStream;

  constructor(
    readonly file: string,
    columns: readonly string[],
  ) {
    this.out = fs.createWriteStream(file);
    this.out.write(columns.map((c) => csvField(c)).join(',') + '\n');
  }

  async write(fields: readonly (string | number | null)[]): Promise<void> {
    if (!this.out.write(fields.map((f) => csvField(f)).join(',') + '\n')) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
