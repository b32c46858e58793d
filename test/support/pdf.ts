import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { TestServer } from './server.js';

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

/** A PDF as this user gets it (a print token, as the web app downloads it), checked to be a PDF, read as text. */
export async function pdfAs(server: TestServer, username: string, url: string): Promise<string> {
  const token = (await server.node.tokens.create((await server.node.users.byUsername(username))!.id, 'print', null, 'test')).token;
  const r = await server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  assert.equal(r.statusCode, 200, r.body);
  assert.match(String(r.headers['content-type']), /application\/pdf/);
  return pdfText(r.rawPayload);
}
