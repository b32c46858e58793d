// The web app takes the server's answers and request bodies from the server's zod schemas
// (web/src/contract.ts), never from a copy by hand: a copy drifts silently when a route changes.
// Fails on any interface or object type in web/src named like a schema of the contract (its
// OpenAPI id or the name contract.ts gives it), and on any interface in the API modules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as alert from '../../src/api/schemas/alert.js';
import * as arrestSchemas from '../../src/api/schemas/arrests.js';
import * as audit from '../../src/api/schemas/audit.js';
import * as cases from '../../src/api/schemas/cases.js';
import * as law from '../../src/api/schemas/law.js';
import * as propertySchemas from '../../src/api/schemas/property.js';
import * as records from '../../src/api/schemas/records.js';
import * as search from '../../src/api/schemas/search.js';
import * as session from '../../src/api/schemas/session.js';
import * as sync from '../../src/api/schemas/sync.js';
import * as unit from '../../src/api/schemas/unit.js';
import * as user from '../../src/api/schemas/user.js';
import * as ncReports from '../../src/api/schemas/nc-reports.js';
import * as missingPersons from '../../src/api/schemas/missing-persons.js';
import * as unnaturalDeaths from '../../src/api/schemas/unnatural-deaths.js';
import * as stolenProperty from '../../src/api/schemas/stolen-property.js';

const web = fileURLToPath(new URL('../../web/src/', import.meta.url));
const CONTRACT = 'contract.ts';
/** The API modules: calls and the contract's types, no shapes of their own. Their own helpers below. */
const API_MODULES = new Set(['api.ts', 'arrests-api.ts', 'cases-api.ts', 'property-api.ts', 'records-api.ts', 'registers-api.ts', 'search-api.ts', 'sync-api.ts']);
const API_HELPERS = new Set(['CallOptions', 'SearchAnswer']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

function contractNames(): Set<string> {
  const names = new Set<string>();
  for (const mod of [alert, arrestSchemas, audit, cases, law, propertySchemas, records, search, session, sync, unit, user, ncReports, missingPersons, unnaturalDeaths, stolenProperty]) {
    for (const value of Object.values(mod)) {
      const id = value instanceof z.ZodType ? z.globalRegistry.get(value)?.id : undefined;
      if (id) names.add(id);
    }
  }
  for (const m of readFileSync(join(web, CONTRACT), 'utf8').matchAll(/^export type (\w+)/gm)) names.add(m[1]!);
  return names;
}

test('the web app declares no server answer or request body by hand', () => {
  const names = contractNames();
  assert.ok(names.has('Fir') && names.has('Complaint') && names.has('PersonView'), 'the contract names are found');
  const copies: string[] = [];
  for (const file of sources(web)) {
    const rel = relative(web, file);
    if (rel === CONTRACT) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:export )?(?:interface (\w+)|type (\w+)(?:<[^>]*>)? = \{)/gm)) {
      const name = (m[1] ?? m[2])!;
      if (names.has(name) || (API_MODULES.has(rel) && m[1] && !API_HELPERS.has(name))) copies.push(`${rel}: ${name}`);
    }
  }
  assert.deepEqual(copies, [], 'take these from web/src/contract.ts (the server’s schemas) instead');
});
