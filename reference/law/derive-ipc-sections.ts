/**
 * Writes reference/law/ipc_sections.csv from bns_sections.csv, ipc-bns-extra.csv and
 * ipc-curated.csv. Run after changing any of them:
 *
 *   node --import tsx reference/law/derive-ipc-sections.ts
 *
 * test/unit/law-rules.test.ts fails while the file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deriveIpcRows, ipcRowsToCsv, LAW_REFERENCE_DIR } from '../../src/records/law-reference.js';

const rows = deriveIpcRows();
fs.writeFileSync(path.join(LAW_REFERENCE_DIR, 'ipc_sections.csv'), ipcRowsToCsv(rows));
console.log(`ipc_sections.csv: ${rows.length} IPC sections (${rows.filter((r) => r.basis === 'curated').length} curated)`);
