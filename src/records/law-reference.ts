/**
 * Reads the law reference data in reference/law into catalogue entries: the BNS table from the
 * shared data, the IPC sections derived from its correspondence column (ipc_sections.csv), the
 * acts, the crime-head and sensitive-category rules and the Hindi search words. Used by the
 * migration that seeds the catalogue table, by the catalogue at run time (rules and keywords are
 * not in the table) and by reference/law/derive-ipc-sections.ts, which writes ipc_sections.csv.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LawSection, SectionRef } from '../domain/law.js';
import {
  compareSections,
  normaliseSection,
  parseEquivalentList,
  parseMaxYears,
  parseSelectorList,
  parseTriState,
  resolveCrimeHead,
  sectionDepth,
  sectionNumber,
  sensitiveRuleFor,
  type CatalogueAct,
  type CrimeHeadRule,
  type HindiKeyword,
  type SensitiveRule,
} from '../domain/law-catalogue-rules.js';
import { parseCsv, toCsv } from '../util/csv.js';
import { referencePath } from '../util/paths.js';

export const LAW_REFERENCE_DIR = referencePath('law');

/** Everything the catalogue is seeded from and searches with. */
export interface LawReference {
  acts: CatalogueAct[];
  /** Act sources, by code (for the law_acts table). */
  actSources: Map<string, string>;
  /** BNS rows (file order), then IPC rows (file order). */
  sections: LawSection[];
  crimeHeadRules: CrimeHeadRule[];
  sensitiveRules: SensitiveRule[];
  keywords: HindiKeyword[];
}

export interface IpcDerivedRow {
  ipc_section: string;
  title: string;
  max_punishment: string;
  cognizable: string;
  bailable: string;
  triable_by: string;
  chapter: string;
  bns_equivalent: string;
  basis: 'curated' | 'derived';
  source: string;
}

export const IPC_COLUMNS: (keyof IpcDerivedRow)[] = ['ipc_section', 'title', 'max_punishment', 'cognizable', 'bailable', 'triable_by', 'chapter', 'bns_equivalent', 'basis', 'source'];

function readCsv(dir: string, file: string, required: string[]): Record<string, string>[] {
  const full = path.join(dir, file);
  const { columns, records } = parseCsv(fs.readFileSync(full, 'utf8'), { comment: '#' });
  for (const c of required) {
    if (!columns.includes(c)) throw new Error(`${file}: column "${c}" is missing`);
  }
  return records;
}

function section(file: string, raw: string): string {
  const s = normaliseSection(raw);
  if (!s || s !== raw.trim()) throw new Error(`${file}: "${raw}" is not a section number in normal form`);
  return s;
}

/** IPC chapters by section range (IPC 1860 chapter headings). */
const IPC_CHAPTERS: [number, number, string][] = [
  [1, 5, 'I - Introduction'],
  [6, 52, 'II - General explanations'],
  [53, 75, 'III - Of punishments'],
  [76, 106, 'IV - General exceptions'],
  [107, 120, 'V - Of abetment'],
  [121, 130, 'VI - Of offences against the State'],
  [131, 140, 'VII - Of offences relating to the Army, Navy and Air Force'],
  [141, 160, 'VIII - Of offences against the public tranquillity'],
  [161, 171, 'IX - Of offences by or relating to public servants'],
  [172, 190, 'X - Of contempts of the lawful authority of public servants'],
  [191, 229, 'XI - Of false evidence and offences against public justice'],
  [230, 263, 'XII - Of offences relating to coin and Government stamps'],
  [264, 267, 'XIII - Of offences relating to weights and measures'],
  [268, 294, 'XIV - Of offences affecting the public health, safety, convenience, decency and morals'],
  [295, 298, 'XV - Of offences relating to religion'],
  [299, 377, 'XVI - Of offences affecting the human body'],
  [378, 462, 'XVII - Of offences against property'],
  [463, 489, 'XVIII - Of offences relating to documents and to property marks'],
  [490, 492, 'XIX - Of the criminal breach of contracts of service'],
  [493, 498, 'XX - Of offences relating to marriage'],
  [499, 502, 'XXI - Of defamation'],
  [503, 510, 'XXII - Of criminal intimidation, insult and annoyance'],
  [511, 511, 'XXIII - Of attempts to commit offences'],
];

export function ipcChapter(ipcSection: string): string {
  const base = ipcSection.replace(/\(.*$/, '');
  // Chapters inserted with letters: VA (120A, 120B), IXA (171A-171I), XXA (498A).
  if (/^120[AB]$/.test(base)) return 'VA - Criminal conspiracy';
  if (/^171[A-I]$/.test(base)) return 'IXA - Of offences relating to elections';
  if (base === '498A') return 'XXA - Of cruelty by husband or relatives of husband';
  const n = sectionNumber(base);
  return IPC_CHAPTERS.find(([from, to]) => n >= from && n <= to)?.[2] ?? '';
}

/**
 * Derives the IPC table from the BNS table, the extra correspondences and the curated IPC rows.
 * Each IPC section's BNS equivalents are ordered most specific first: BNS rows that correspond to
 * fewer IPC sections, then deeper sub-sections, then file order — so IPC 379 → BNS 303(2) before
 * BNS 303, and IPC 420 → BNS 318(4) before BNS 318.
 */
export function deriveIpcRows(dir = LAW_REFERENCE_DIR): IpcDerivedRow[] {
  const bns = readCsv(dir, 'bns_sections.csv', ['bns_section', 'title', 'ipc_equivalent', 'max_punishment']);
  const extra = readCsv(dir, 'ipc-bns-extra.csv', ['ipc_section', 'bns_section']);
  const curated = readCsv(dir, 'ipc-curated.csv', ['ipc_section', 'title', 'max_punishment', 'cognizable', 'bailable', 'triable_by']);
  const order = new Map<string, number>();
  const byBns = new Map<string, Record<string, string>>();
  bns.forEach((r, i) => {
    const s = section('bns_sections.csv', r.bns_section!);
    order.set(s, i);
    byBns.set(s, r);
  });
  const links = new Map<string, string[]>();
  const ipcOf = new Map<string, Set<string>>();
  const link = (ipc: string, b: string) => {
    const l = links.get(ipc) ?? [];
    if (!l.includes(b)) l.push(b);
    links.set(ipc, l);
    const s = ipcOf.get(b) ?? new Set<string>();
    s.add(ipc);
    ipcOf.set(b, s);
  };
  for (const r of bns) {
    for (const ipc of parseEquivalentList(r.ipc_equivalent)) link(ipc, normaliseSection(r.bns_section!)!);
  }
  for (const r of extra) {
    const b = section('ipc-bns-extra.csv', r.bns_section!);
    if (!byBns.has(b)) throw new Error(`ipc-bns-extra.csv: BNS ${b} is not in bns_sections.csv`);
    link(section('ipc-bns-extra.csv', r.ipc_section!), b);
  }
  const cur = new Map<string, Record<string, string>>();
  for (const r of curated) {
    const s = section('ipc-curated.csv', r.ipc_section!);
    if (cur.has(s)) throw new Error(`ipc-curated.csv: IPC ${s} is listed twice`);
    if (!links.has(s)) throw new Error(`ipc-curated.csv: IPC ${s} corresponds to no BNS row`);
    cur.set(s, r);
  }
  const rows: IpcDerivedRow[] = [];
  for (const ipc of [...links.keys()].sort(compareSections)) {
    const bnsList = [...links.get(ipc)!].sort((a, b) => ipcOf.get(a)!.size - ipcOf.get(b)!.size || sectionDepth(b) - sectionDepth(a) || order.get(a)! - order.get(b)!);
    const primary = byBns.get(bnsList[0]!)!;
    const c = cur.get(ipc);
    rows.push(
      c
        ? {
            ipc_section: ipc,
            title: c.title!,
            max_punishment: c.max_punishment!,
            cognizable: c.cognizable!,
            bailable: c.bailable!,
            triable_by: c.triable_by!,
            chapter: ipcChapter(ipc),
            bns_equivalent: bnsList.join('; '),
            basis: 'curated',
            source: `IPC 1860 and CrPC 1973 First Schedule (reference/law/ipc-curated.csv)${c.note ? `; note: ${c.note}` : ''}`,
          }
        : {
            ipc_section: ipc,
            title: primary.title!,
            max_punishment: primary.max_punishment!,
            cognizable: '',
            bailable: '',
            triable_by: '',
            chapter: ipcChapter(ipc),
            bns_equivalent: bnsList.join('; '),
            basis: 'derived',
            source: `derived from BNS↔IPC correspondence (NCRB): title and maximum punishment as BNS ${bnsList[0]}; verify against the IPC text`,
          },
    );
  }
  return rows;
}

export const IPC_FILE_HEADER = [
  '# IPC sections of the catalogue, derived - do not edit by hand: run',
  '#   node --import tsx reference/law/derive-ipc-sections.ts',
  '# One row for every IPC section that a BNS row of bns_sections.csv (column ipc_equivalent) or',
  '# ipc-bns-extra.csv corresponds to. basis=curated: heading, punishment and classification from',
  '# ipc-curated.csv (IPC 1860 / CrPC 1973 First Schedule). basis=derived: title and maximum',
  '# punishment copied from the corresponding BNS row ("derived from BNS<->IPC correspondence',
  '# (NCRB)"), classification unknown - the IPC heading and punishment may differ and should be',
  '# verified. bns_equivalent lists the corresponding BNS rows, most specific first.',
].join('\n');

export function ipcRowsToCsv(rows: IpcDerivedRow[]): string {
  return `${IPC_FILE_HEADER}\n${toCsv(IPC_COLUMNS, rows as unknown as Record<string, string>[])}`;
}

/** Reads every reference file into catalogue entries (version 1), acts, rules and keywords. */
export function loadLawReference(dir = LAW_REFERENCE_DIR): LawReference {
  const crimeHeadRules: CrimeHeadRule[] = readCsv(dir, 'crime-heads.csv', ['act', 'sections', 'crime_head']).map((r) => ({
    act: r.act!.trim(),
    selectors: parseSelectorList(r.sections!),
    crimeHead: r.crime_head!.trim(),
  }));
  const sensitiveRules: SensitiveRule[] = readCsv(dir, 'sensitive.csv', ['act', 'sections', 'reason']).map((r) => ({
    act: r.act!.trim(),
    selectors: parseSelectorList(r.sections!),
    reason: r.reason!.trim(),
  }));

  // Acts: the two penal codes, then the special and local laws.
  const acts: CatalogueAct[] = [];
  const actSources = new Map<string, string>();
  for (const r of readCsv(dir, 'penal-codes.csv', ['code', 'name', 'year', 'kind', 'source'])) {
    acts.push({ code: r.code!, name: r.name!, year: r.year ? Number(r.year) : null, kind: 'penal', stateCode: null });
    actSources.set(r.code!, r.source!);
  }
  const kinds = new Map(readCsv(dir, 'act-kinds.csv', ['act_code', 'kind', 'state_code']).map((r) => [r.act_code!, r]));
  for (const r of readCsv(dir, 'special_laws.csv', ['act_code', 'act_name', 'year'])) {
    const k = kinds.get(r.act_code!);
    const kind = k?.kind === 'local' ? 'local' : 'special';
    acts.push({ code: r.act_code!, name: r.act_name!, year: r.year ? Number(r.year) : null, kind, stateCode: k?.state_code || null });
    actSources.set(r.act_code!, 'reference/law/special_laws.csv' + (k ? '; kind from act-kinds.csv' : ''));
  }
  for (const code of kinds.keys()) {
    if (!acts.some((a) => a.code === code)) throw new Error(`act-kinds.csv: ${code} is not in special_laws.csv`);
  }
  const actCodes = new Set(acts.map((a) => a.code));
  for (const r of [...crimeHeadRules, ...sensitiveRules]) {
    if (!actCodes.has(r.act)) throw new Error(`A crime-head or sensitive rule names an unknown act "${r.act}"`);
  }

  // BNS rows, with provenance as their source.
  const provenance = new Map(readCsv(dir, 'bns_sections_provenance.csv', ['bns_section']).map((r) => [normaliseSection(r.bns_section!) ?? r.bns_section!, r]));
  const ipcRows = readCsv(dir, 'ipc_sections.csv', IPC_COLUMNS);
  const titlesHi = new Map(readCsv(dir, 'titles-hi.csv', ['act', 'section', 'title_hi']).map((r) => [`${r.act} ${normaliseSection(r.section!) ?? r.section}`, r.title_hi!.trim()]));
  const bnsExtra = new Map<string, string[]>();
  for (const r of ipcRows) {
    for (const b of r
      .bns_equivalent!.split(';')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const l = bnsExtra.get(b) ?? [];
      l.push(section('ipc_sections.csv', r.ipc_section!));
      bnsExtra.set(b, l);
    }
  }
  const entry = (ref: SectionRef, e: Omit<LawSection, 'act' | 'section' | 'sensitive' | 'crimeHead' | 'version' | 'maxYears'>): LawSection => ({
    act: ref.act,
    section: ref.section,
    ...e,
    maxYears: parseMaxYears(e.maxPunishment),
    sensitive: sensitiveRuleFor(ref, sensitiveRules) !== null,
    crimeHead: resolveCrimeHead(ref, crimeHeadRules),
    version: 1,
  });

  const sections: LawSection[] = [];
  const seen = new Set<string>();
  for (const r of readCsv(dir, 'bns_sections.csv', ['bns_section', 'title', 'ipc_equivalent', 'max_punishment', 'cognizable', 'bailable', 'triable_by', 'chapter'])) {
    const s = section('bns_sections.csv', r.bns_section!);
    if (seen.has(`BNS ${s}`)) throw new Error(`bns_sections.csv: BNS ${s} is listed twice`);
    seen.add(`BNS ${s}`);
    const ipc = parseEquivalentList(r.ipc_equivalent);
    for (const x of bnsExtra.get(s) ?? []) if (!ipc.includes(x)) ipc.push(x);
    const p = provenance.get(s);
    const parts = p
      ? [
          p.title_source && `title: ${p.title_source}`,
          p.max_punishment_source && `punishment: ${p.max_punishment_source}`,
          p.ipc_source && `IPC: ${p.ipc_source}`,
          p.classification_source && `classification: ${p.classification_source}`,
          p.triable_by_source && `triable by: ${p.triable_by_source}`,
          p.note && `note: ${p.note}`,
        ].filter(Boolean)
      : [];
    sections.push(
      entry(
        { act: 'BNS', section: s },
        {
          title: r.title!.trim(),
          titleHi: titlesHi.get(`BNS ${s}`) ?? null,
          chapter: r.chapter!.trim() || null,
          maxPunishment: r.max_punishment!.trim(),
          cognizable: parseTriState(r.cognizable),
          bailable: parseTriState(r.bailable),
          triableBy: r.triable_by!.trim() || null,
          equivalents: ipc.map((x) => ({ act: 'IPC', section: x })),
          source: `reference/law/bns_sections.csv${parts.length ? ` (${parts.join('; ')})` : ''}`,
        },
      ),
    );
  }
  for (const r of ipcRows) {
    const s = section('ipc_sections.csv', r.ipc_section!);
    if (seen.has(`IPC ${s}`)) throw new Error(`ipc_sections.csv: IPC ${s} is listed twice`);
    seen.add(`IPC ${s}`);
    const equivalents = r
      .bns_equivalent!.split(';')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((b) => ({ act: 'BNS', section: section('ipc_sections.csv', b) }));
    for (const eq of equivalents) {
      if (!seen.has(`BNS ${eq.section}`)) throw new Error(`ipc_sections.csv: IPC ${s} names BNS ${eq.section}, which is not in bns_sections.csv`);
    }
    sections.push(
      entry(
        { act: 'IPC', section: s },
        {
          title: r.title!.trim(),
          titleHi: titlesHi.get(`IPC ${s}`) ?? null,
          chapter: r.chapter!.trim() || null,
          maxPunishment: r.max_punishment!.trim(),
          cognizable: parseTriState(r.cognizable),
          bailable: parseTriState(r.bailable),
          triableBy: r.triable_by!.trim() || null,
          equivalents,
          source: r.source!.trim(),
        },
      ),
    );
  }

  for (const key of titlesHi.keys()) {
    if (!seen.has(key)) throw new Error(`titles-hi.csv: ${key} is not a section of the catalogue`);
  }
  const keywords: HindiKeyword[] = readCsv(dir, 'hindi-keywords.csv', ['hindi', 'romanised', 'english', 'refs']).map((r) => {
    const refs: SectionRef[] = [];
    const kwActs: string[] = [];
    for (const item of r
      .refs!.split(';')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const m = /^([A-Z][A-Z0-9_]*)(?:\s+(.+))?$/.exec(item);
      if (!m || !actCodes.has(m[1]!)) throw new Error(`hindi-keywords.csv: "${item}" names no known act`);
      if (m[2] === undefined) kwActs.push(m[1]!);
      else refs.push({ act: m[1]!, section: section('hindi-keywords.csv', m[2]) });
    }
    const list = (t: string) =>
      t
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
    return { hindi: r.hindi!.trim(), romanised: list(r.romanised!), english: list(r.english!), refs, acts: kwActs };
  });

  return { acts, actSources, sections, crimeHeadRules, sensitiveRules, keywords };
}
