// Checks the web app's translation catalogues (web/src/i18n/*.json):
// same keys everywhere, no empty values, Hindi really translated, placeholders
// kept, and every key the source uses is present (and every key present is used).
import { MATCH_FACTORS, VERDICTS } from '../../src/domain/matching.js';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTIONS } from '../../src/domain/audit-actions.js';
import { EVENT_TYPES } from '../../src/events/catalogue.js';
import { ROLES } from '../../src/domain/roles.js';
import { TIERS } from '../../src/domain/tiers.js';
import { UNIT_KINDS } from '../../src/domain/units.js';
import { GD_KINDS } from '../../src/records/general-diary.js';
import { loadLostPropertyRules } from '../../src/records/lost-property-reference.js';
import { DISPOSAL_GROUNDS } from '../../src/domain/lost-property.js';
import { ALERT_KINDS } from '../../src/domain/schemas/alert.js';
import { complaintClose, complaintInput, complaintListQuery } from '../../src/domain/schemas/complaint.js';
import { firInput } from '../../src/domain/schemas/fir.js';
import { finalReportReviewInput, victimProgressInput } from '../../src/domain/schemas/final-report.js';
import { finalReportSchema } from '../../src/api/schemas/cases.js';
import { gdEntryInput } from '../../src/domain/schemas/gd.js';
import { GENDERS, PERSON_ROLES, personInput } from '../../src/domain/schemas/person.js';
import { COURT_STEPS } from '../../src/domain/seizure-rules.js';
import { ACCUSED_STATUSES } from '../../src/domain/accused-custody.js';
import { custodyOrderInput } from '../../src/domain/schemas/arrest.js';
import { loadInvestigationCodes } from '../../src/records/investigation-reference.js';
import { loadSeizureCodes } from '../../src/records/seizure-reference.js';
import { BUILDS, COMPLEXIONS, FOUND_PLACEMENTS, FOUND_STATUSES, INQUEST_MAGISTRATES, MISSING_STATUSES, UD_STATUSES } from '../../src/domain/code-lists.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const i18nDir = join(repo, 'web/src/i18n');
const srcDir = join(repo, 'web/src');

type Catalogue = Record<string, string>;

function load(lang: string): Catalogue {
  const raw: unknown = JSON.parse(readFileSync(join(i18nDir, `${lang}.json`), 'utf8'));
  assert.ok(raw && typeof raw === 'object' && !Array.isArray(raw), `${lang}.json must be a JSON object`);
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    assert.equal(typeof v, 'string', `${lang}.json: value of "${k}" must be a string (catalogues are flat)`);
  }
  return raw as Catalogue;
}

const languages = readdirSync(i18nDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const catalogues = new Map(languages.map((l) => [l, load(l)]));
const en = catalogues.get('en')!;
const hi = catalogues.get('hi')!;

/** Keys read by the i18n module itself rather than through t(). */
const STRUCTURAL_KEYS = ['language.name'];

/** Keys whose Hindi may equal the English (names, codes, symbols). Keep this short. */
const SAME_IN_HINDI_ALLOWED = new Set<string>([]);

// Codes for keys built at run time (`role.${code}` …) come from the server's own lists: every one
// must be translated.
const ROLE_CODES: readonly string[] = ROLES;
const AUDIT_OUTCOMES = ['success', 'failure', 'denied'];

/** A list exported by a web source file, read from its text (`export const NAME = [ ... ] as const`). */
function sourceList(file: string, name: string): string[] {
  const text = readFileSync(join(srcDir, file), 'utf8');
  const m = text.match(new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\] as const`));
  assert.ok(m, `${name} not found in web/src/${file}`);
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!);
}

/** Server problem types the web app translates (web/src/errors.ts). */
const PROBLEM_SLUGS = sourceList('errors.ts', 'PROBLEM_SLUGS');

/** The options of a zod enum inside the server's request schemas (defaults and optionals unwrapped). */
function enumOptions(schema: unknown): string[] {
  let s = schema as { options?: unknown; unwrap?: () => unknown; def?: { innerType?: unknown; in?: unknown } };
  for (let i = 0; i < 6 && !Array.isArray(s.options); i++) {
    const next = s.def?.innerType ?? s.def?.in ?? s.unwrap?.();
    if (!next) break;
    s = next as typeof s;
  }
  assert.ok(Array.isArray(s.options), 'not an enum schema');
  return [...(s.options as string[])];
}

const personShape = personInput.shape;
const idDocumentShape = (personShape.idDocuments.unwrap().element as unknown as { def: { in: { shape: { kind: unknown } } } }).def.in.shape;

/** Codes the forms offer (station records, alerts) as the server accepts them (src/records). */
const SERVER_CODES = {
  GENDERS: [...GENDERS],
  RELATIVE_KINDS: enumOptions(personShape.relativeKind),
  ID_KINDS: enumOptions(idDocumentShape.kind),
  COMPLAINT_MODES: enumOptions(complaintInput.shape.mode),
  COMPLAINT_STATUSES: enumOptions(complaintListQuery.shape.status),
  CLOSURE_CHOICES: enumOptions(complaintClose.shape.closure),
  FIR_ORIGINS: enumOptions(firInput.shape.origin),
  INFO_TYPES: enumOptions(firInput.shape.infoType),
  GD_MANUAL_KINDS: enumOptions(gdEntryInput.shape.kind),
  PERSON_ROLES: [...PERSON_ROLES],
  ALERT_KINDS: [...ALERT_KINDS],
  // Seizures and the property room: the law's lists (reference/law/*.json) and the court's steps.
  SEIZURE_CATEGORIES: loadSeizureCodes().itemCategories.map((c) => c.code),
  ELECTRONIC_CATEGORIES: loadSeizureCodes()
    .itemCategories.filter((c) => c.electronic)
    .map((c) => c.code),
  CUSTODY_PLACES: loadInvestigationCodes().custodyPlaces.map((p) => p.code),
  // The deposit (a move from nowhere) is made by the seizure itself, never chosen.
  CUSTODY_MOVES: loadInvestigationCodes()
    .custodyMoves.filter((m) => !m.from.includes('none'))
    .map((m) => m.code),
  CUSTODY_MOVES_WITH_DESTINATION: loadInvestigationCodes()
    .custodyMoves.filter((m) => m.needsDestination)
    .map((m) => m.code),
  CUSTODY_MOVES_WITH_ORDER: loadInvestigationCodes()
    .custodyMoves.filter((m) => m.needsOrder)
    .map((m) => m.code),
  COURT_STEPS: [...COURT_STEPS],
  // Arrests and custody: the accused's standing, the memo's lists (reference/law/investigation-codes.json).
  ACCUSED_STATUSES: [...ACCUSED_STATUSES],
  ARREST_OUTCOMES: loadInvestigationCodes()
    .arrestOutcomes.filter((o) => o.arrest)
    .map((o) => o.code),
  SURRENDER_OUTCOMES: loadInvestigationCodes()
    .arrestOutcomes.filter((o) => !o.arrest)
    .map((o) => o.code),
  SURRENDER_TO_POLICE_CUSTODY: loadInvestigationCodes()
    .arrestOutcomes.filter((o) => o.custody === 'police')
    .map((o) => o.code),
  CUSTODY_KINDS: enumOptions(custodyOrderInput.shape.kind),
  HANDCUFF_CATEGORIES: loadInvestigationCodes().handcuffCategories.map((c) => c.code),
  INFORMED_RELATIONSHIPS: loadInvestigationCodes().informedRelationships.map((c) => c.code),
  POLICE_RANKS: loadInvestigationCodes().policeRanks.map((c) => c.code),
  // The registers of issue 14: the description shared by missing persons and bodies, their statuses.
  BUILDS: [...BUILDS],
  COMPLEXIONS: [...COMPLEXIONS],
  MISSING_STATUSES: [...MISSING_STATUSES],
  UD_STATUSES: [...UD_STATUSES],
  INQUEST_MAGISTRATES: [...INQUEST_MAGISTRATES],
};

/** Codes the server has no exported list for; the web app's lists (web/src/codes.ts) are used. */
const WEB_ONLY = {
  CLOSURES: sourceList('codes.ts', 'CLOSURES'),
  FIR_ORIGINS_ALL: sourceList('codes.ts', 'FIR_ORIGINS_ALL'),
  FIR_STATUSES: sourceList('codes.ts', 'FIR_STATUSES'),
  TRI_STATES: sourceList('codes.ts', 'TRI_STATES'),
  PROPERTY_CATEGORIES: sourceList('codes.ts', 'PROPERTY_CATEGORIES'),
  ALERT_STATUSES: sourceList('codes.ts', 'ALERT_STATUSES'),
  LINK_STATES: sourceList('codes.ts', 'LINK_STATES'),
  NODE_STATUSES: sourceList('codes.ts', 'NODE_STATUSES'),
};

/** Prefixes that source code may complete at run time, with the complete list of endings. */
const DYNAMIC: Record<string, string[]> = {
  'role.': [...ROLE_CODES],
  'unitKind.': [...UNIT_KINDS],
  'audit.action.': [...AUDIT_ACTIONS],
  'audit.outcome.': AUDIT_OUTCOMES,
  'problem.': PROBLEM_SLUGS,
  'gdKind.': [...GD_KINDS],
  // The case file's timeline names the events of an FIR and its investigation.
  'caseEvent.': EVENT_TYPES.map((d) => d.type).filter((t) => /^(fir|case)\./.test(t)),
  'complaintStatus.': SERVER_CODES.COMPLAINT_STATUSES,
  'complaintMode.': SERVER_CODES.COMPLAINT_MODES,
  'closure.': WEB_ONLY.CLOSURES,
  'gender.': SERVER_CODES.GENDERS,
  'relativeKind.': SERVER_CODES.RELATIVE_KINDS,
  'idKind.': SERVER_CODES.ID_KINDS,
  'firOrigin.': WEB_ONLY.FIR_ORIGINS_ALL,
  'firStatus.': WEB_ONLY.FIR_STATUSES,
  'infoType.': SERVER_CODES.INFO_TYPES,
  'personRole.': SERVER_CODES.PERSON_ROLES,
  'triState.': WEB_ONLY.TRI_STATES,
  'propertyCategory.': WEB_ONLY.PROPERTY_CATEGORIES,
  'alertKind.': SERVER_CODES.ALERT_KINDS,
  'alertStatus.': WEB_ONLY.ALERT_STATUSES,
  'tier.': [...TIERS],
  // A match candidate's reasons: each factor and what it found.
  'matching.factor.': [...new Set(MATCH_FACTORS)],
  'matching.verdict.': [...VERDICTS],
  'sync.link.': WEB_ONLY.LINK_STATES,
  'nodes.status.': WEB_ONLY.NODE_STATUSES,
  'seizureCategory.': SERVER_CODES.SEIZURE_CATEGORIES,
  'custodyPlace.': SERVER_CODES.CUSTODY_PLACES,
  'custodyMove.': SERVER_CODES.CUSTODY_MOVES,
  'courtStep.': SERVER_CODES.COURT_STEPS,
  // Lost and found property: the article kinds are data (reference/law/lost-property.json).
  'articleKind.': loadLostPropertyRules().articleKinds.map((k) => k.code),
  'lost.status.': ['lost', 'found', 'converted'],
  'found.status.': ['unclaimed', 'returned', 'disposed'],
  'found.ground.': [...DISPOSAL_GROUNDS],
  // The final report's state and review, and how the victim was told of the progress.
  'report.status.': finalReportSchema.shape.status.options,
  'report.decision.': finalReportReviewInput.shape.decision.options,
  'report.means.': victimProgressInput.shape.means.options,
  'accusedStatus.': SERVER_CODES.ACCUSED_STATUSES,
  'arrestOutcome.': [...SERVER_CODES.ARREST_OUTCOMES, ...SERVER_CODES.SURRENDER_OUTCOMES],
  'custodyKind.': SERVER_CODES.CUSTODY_KINDS,
  'handcuffCategory.': SERVER_CODES.HANDCUFF_CATEGORIES,
  'informedRelationship.': SERVER_CODES.INFORMED_RELATIONSHIPS,
  'policeRank.': SERVER_CODES.POLICE_RANKS,
  'build.': SERVER_CODES.BUILDS,
  'complexion.': SERVER_CODES.COMPLEXIONS,
  'missingStatus.': SERVER_CODES.MISSING_STATUSES,
  'missingAction.': SERVER_CODES.MISSING_STATUSES.filter((s) => s !== 'missing'),
  'udStatus.': SERVER_CODES.UD_STATUSES,
  'inquestMagistrate.': SERVER_CODES.INQUEST_MAGISTRATES,
  'fp.status.': [...FOUND_STATUSES],
  'fp.placementKind.': [...FOUND_PLACEMENTS],
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Usage {
  literal: Map<string, string[]>; // key -> files
  dynamicPrefixes: Map<string, string[]>;
}

function scanSource(): Usage {
  const literal = new Map<string, string[]>();
  const dynamicPrefixes = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, f: string) => m.set(k, [...(m.get(k) ?? []), f]);
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(repo, file);
    // t('key') / t("key") / t('key', {...}); also translate(lang, 'key').
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)) add(literal, m[2]!, rel);
    for (const m of text.matchAll(/\btranslate\(\s*\w+\s*,\s*(['"])([^'"\n]+)\1/g)) add(literal, m[2]!, rel);
    // t(`prefix.${expr}`): only known dynamic prefixes are allowed.
    for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) add(dynamicPrefixes, m[1]!, rel);
  }
  return { literal, dynamicPrefixes };
}

const usage = scanSource();

test('the English and Hindi catalogues are registered', () => {
  for (const k of STRUCTURAL_KEYS) assert.ok(k in en, `en.json lacks "${k}"`);
  assert.ok(languages.includes('en') && languages.includes('hi'), `found: ${languages.join(', ')}`);
  const registry = readFileSync(join(i18nDir, 'index.tsx'), 'utf8');
  for (const lang of languages) {
    assert.match(registry, new RegExp(`from './${lang}\\.json'`), `${lang}.json is not imported in web/src/i18n/index.tsx`);
    assert.match(registry, new RegExp(`code: '${lang}'`), `${lang} is not listed in LANGUAGES`);
  }
});

test('every catalogue has exactly the same keys as en.json', () => {
  for (const [lang, cat] of catalogues) {
    if (lang === 'en') continue;
    const missing = Object.keys(en).filter((k) => !(k in cat));
    const extra = Object.keys(cat).filter((k) => !(k in en));
    assert.deepEqual(missing, [], `${lang}.json lacks keys present in en.json`);
    assert.deepEqual(extra, [], `${lang}.json has keys that en.json lacks`);
  }
});

test('no value is empty', () => {
  for (const [lang, cat] of catalogues) {
    const empty = Object.entries(cat)
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => k);
    assert.deepEqual(empty, [], `${lang}.json has empty values`);
  }
});

test('Hindi strings are translated, not copied from English', () => {
  const same = Object.keys(en).filter((k) => hi[k] === en[k] && !SAME_IN_HINDI_ALLOWED.has(k));
  assert.deepEqual(same, [], 'hi.json values identical to en.json (translate them, or allow-list a true exception)');
  for (const k of SAME_IN_HINDI_ALLOWED) assert.ok(k in en, `allow-listed key "${k}" does not exist`);
});

test('Hindi strings are written in Devanagari', () => {
  const latinOnly = Object.entries(hi)
    .filter(([k]) => !SAME_IN_HINDI_ALLOWED.has(k))
    .filter(([, v]) => !/[\u0900-\u097F]/.test(v))
    .map(([k]) => k);
  assert.deepEqual(latinOnly, [], 'hi.json values without any Devanagari');
});

test('placeholders match across catalogues', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [lang, cat] of catalogues) {
    for (const [k, v] of Object.entries(en)) {
      if (k in cat) assert.deepEqual(names(cat[k]!), names(v), `${lang}.json "${k}": placeholders differ from en.json`);
    }
  }
});

test('every key used in web/src is in the catalogues', () => {
  assert.ok(usage.literal.size > 50, `expected many t('…') calls, found ${usage.literal.size}`);
  const missing = [...usage.literal.entries()].filter(([k]) => !(k in en)).map(([k, files]) => `${k} (${[...new Set(files)].join(', ')})`);
  assert.deepEqual(missing, [], 'keys used in source but missing from en.json');
});

test('run-time keys use only known prefixes, and every code is translated', () => {
  const unknown = [...usage.dynamicPrefixes.entries()].filter(([p]) => !(p in DYNAMIC)).map(([p, files]) => `${p}\${…} (${[...new Set(files)].join(', ')})`);
  assert.deepEqual(unknown, [], 'template-literal keys with a prefix the test does not know; add it to DYNAMIC with its codes');
  for (const [prefix, codes] of Object.entries(DYNAMIC)) {
    for (const [lang, cat] of catalogues) {
      const missing = codes.map((c) => prefix + c).filter((k) => !(k in cat));
      assert.deepEqual(missing, [], `${lang}.json lacks translations for ${prefix}*`);
    }
  }
});

test('the outcome list here matches web/src/format.ts', () => {
  assert.deepEqual(sourceList('format.ts', 'AUDIT_OUTCOMES'), AUDIT_OUTCOMES);
  assert.ok(PROBLEM_SLUGS.length > 5, 'PROBLEM_SLUGS read from errors.ts');
});

test('the record forms offer exactly the codes the server accepts (web/src/codes.ts)', () => {
  for (const [name, codes] of Object.entries(SERVER_CODES)) {
    assert.deepEqual(sourceList('codes.ts', name), codes, `web/src/codes.ts ${name} differs from the server's list`);
  }
  // Every closure an officer may choose is one a complaint may show; every origin chosen, one shown.
  for (const c of SERVER_CODES.CLOSURE_CHOICES) assert.ok(WEB_ONLY.CLOSURES.includes(c), `closure ${c}`);
  for (const o of SERVER_CODES.FIR_ORIGINS) assert.ok(WEB_ONLY.FIR_ORIGINS_ALL.includes(o), `origin ${o}`);
  for (const k of SERVER_CODES.GD_MANUAL_KINDS) assert.ok((GD_KINDS as readonly string[]).includes(k), `GD kind ${k}`);
});

test('every catalogue key is used somewhere (no dead strings)', () => {
  const dynamicKeys = new Set(Object.entries(DYNAMIC).flatMap(([p, codes]) => codes.map((c) => p + c)));
  const unused = Object.keys(en).filter((k) => !usage.literal.has(k) && !dynamicKeys.has(k) && !STRUCTURAL_KEYS.includes(k));
  assert.deepEqual(unused, [], 'keys in en.json that no source file uses');
});

test('the lost-property forms offer exactly the article kinds of reference/law/lost-property.json', () => {
  assert.deepEqual(
    sourceList('codes.ts', 'ARTICLE_KINDS'),
    loadLostPropertyRules().articleKinds.map((k) => k.code),
  );
});
