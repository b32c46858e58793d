/**
 * Pure rules of the law catalogue: reading punishment text, naming sections, choosing the
 * principal offence, matching crime heads and sensitive categories, and ranking a search over
 * catalogue entries held in memory. No I/O: the data comes from reference/law through the
 * catalogue table; these functions only decide.
 */
import { penalCodeFor, type LawSection, type PenalCode, type SectionRef, type TriState } from './law.js';

// ---------------------------------------------------------------------------------------------
// Punishment text → years
// ---------------------------------------------------------------------------------------------

/** maxYears for imprisonment for life: above any term of years. */
export const LIFE_YEARS = 100;
/** maxYears for death: above life. */
export const DEATH_YEARS = 200;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

const UNIT_YEARS: Record<string, number> = { year: 1, month: 1 / 12, week: 7 / 365, day: 1 / 365, hour: 1 / 8760 };

const DURATION = new RegExp(`\\b(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\\s*-?\\s*(years?|yrs?|months?|weeks?|days?|hours?)\\b`, 'g');

/**
 * The maximum punishment, in years, of a punishment text as the sources word it:
 * "7 years + fine" → 7; "Imprisonment for life + fine" → 100; "Death + fine" → 200;
 * "Rigorous imprisonment for not less than 1 year but which may extend to 5 years" → 5;
 * "6 months + fine" → 0.5; "Fine only" → 0. Null when the text gives no comparable figure:
 * "Varies (linked to the principal offence)", a definition, a minimum with no stated maximum, or
 * anything unrecognised.
 */
export function parseMaxYears(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const t = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (t === '' || t === 'nan' || t === '-' || t === '—') return null;
  // Punishment that depends on another offence has no figure of its own.
  if (/^\(?(varies|same as|as for|according|liability rule|definition)/.test(t)) return null;
  if (/\bdefinition\b|no punishment in this section/.test(t)) return null;
  if (/\bdeath\b/.test(t)) return DEATH_YEARS;
  if (/\bimprisonment for (the )?(remainder of (his |the )?natural )?life\b|\blife imprisonment\b|^life\b|\bimprisonment for life\b/.test(t)) {
    return LIFE_YEARS;
  }
  let max: number | null = null;
  let sawMinimum = false;
  for (const m of t.matchAll(DURATION)) {
    const raw = m[1]!;
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const unit = m[2]!.replace(/s$/, '').replace(/^yr$/, 'year');
    const years = n * (UNIT_YEARS[unit] ?? NaN);
    if (!Number.isFinite(years)) continue;
    // "not less than 7 years" is a minimum, not a maximum.
    const before = t.slice(Math.max(0, m.index! - 20), m.index!);
    if (/(not less than|minimum of|at least)\s*$/.test(before)) {
      sawMinimum = true;
      continue;
    }
    max = max === null ? years : Math.max(max, years);
  }
  if (max !== null) return roundYears(max);
  if (sawMinimum) return null;
  if (/\bfine\b/.test(t) && !/imprison/.test(t)) return 0;
  return null;
}

function roundYears(y: number): number {
  return Math.round(y * 10000) / 10000;
}

// ---------------------------------------------------------------------------------------------
// Section numbers
// ---------------------------------------------------------------------------------------------

/** A normalised section: digits, up to three capital letters, then bracketed sub-parts: 303(2), 376AB, 111(2)(a). */
export const SECTION_PATTERN = /^\d{1,4}[A-Z]{0,3}(\([0-9]{1,3}[a-z]?\)|\([a-z]{1,4}\))*$/;

const DEVANAGARI_DIGITS = /[\u0966-\u096F]/g;

/**
 * Normalises a typed section number: "303 (2)", "s.303(2)", "Sec 303(2)", "BNS303(2)",
 * "u/s 303(2)", "३०३(२)" → "303(2)"; "304 a" → "304A"; "111(2)(A)" → "111(2)(a)". Null when the
 * text is not a section number.
 */
export function normaliseSection(input: string): string | null {
  const parsed = parseSectionInput(input);
  return parsed ? parsed.section : null;
}

/**
 * Splits a typed reference into an act code (when one is written) and a normalised section:
 * "BNS 303(2)" → { act: 'BNS', section: '303(2)' }; "ipc379" → { act: 'IPC', section: '379' };
 * "303(2) BNS" → the same; "NDPS 20(b)" → { act: 'NDPS', section: '20(b)' } when NDPS is among
 * the known act codes; "303(2)" → { section: '303(2)' }.
 */
export function parseSectionInput(input: string, actCodes: readonly string[] = ['BNS', 'IPC']): { act?: string; section: string } | null {
  let t = input
    .normalize('NFKC')
    .replace(DEVANAGARI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0966))
    .trim();
  if (t === '' || t.length > 60) return null;
  const codes = [...actCodes].sort((a, b) => b.length - a.length);
  let act: string | undefined;
  const upper = t.toUpperCase();
  for (const code of codes) {
    const c = code.toUpperCase();
    // Code first ("BNS 303", "BNS303", "BNS-303", "BNS s. 303")…
    if (upper.startsWith(c) && !/[A-Z]/.test(upper.charAt(c.length) || ' ')) {
      act = code;
      t = t.slice(c.length);
      break;
    }
    // …or last ("303 BNS", "303(2) of BNS").
    const tail = new RegExp(`[\\s,]+(of\\s+(the\\s+)?)?${escapeRegExp(c)}\\.?$`, 'i');
    if (tail.test(t)) {
      act = code;
      t = t.replace(tail, '');
      break;
    }
  }
  t = t
    .trim()
    .replace(/^[-:,.\s]+/, '')
    // "u/s", "s.", "sec.", "section", "धारा"
    .replace(/^(u\s*\/\s*s\.?|sections?|secs?\.?|ss?\.|धारा)\s*/i, '')
    .replace(/\s+/g, '');
  const m = /^(\d{1,4})([A-Za-z]{0,3})((?:\([0-9A-Za-z]{1,4}\))*)$/.exec(t);
  if (!m) return null;
  const base = String(Number(m[1]!)) + m[2]!.toUpperCase();
  const parts = m[3]!.replace(/\(([^)]*)\)/g, (_x, p: string) => `(${p.toLowerCase()})`);
  const section = base + parts;
  if (!SECTION_PATTERN.test(section)) return null;
  return act ? { act, section } : { section };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "303(2)" → "303"; "376AB" → "376AB"; "111(2)(a)" → "111". */
export function sectionBase(section: string): string {
  const i = section.indexOf('(');
  return i < 0 ? section : section.slice(0, i);
}

/** The leading number of a section: "376AB" → 376, "303(2)" → 303. NaN for none. */
export function sectionNumber(section: string): number {
  const m = /^\d+/.exec(section);
  return m ? Number(m[0]) : NaN;
}

/** How deep a section is: "303" → 0, "303(2)" → 1, "111(2)(a)" → 2. */
export function sectionDepth(section: string): number {
  return (section.match(/\(/g) ?? []).length;
}

/** Natural order of sections: 2 < 10 < 10A < 10(1) < 10(2) < 11. */
export function compareSections(a: string, b: string): number {
  const na = sectionNumber(a);
  const nb = sectionNumber(b);
  if (na !== nb) return (Number.isNaN(na) ? Infinity : na) - (Number.isNaN(nb) ? Infinity : nb);
  const la = sectionBase(a).replace(/^\d+/, '');
  const lb = sectionBase(b).replace(/^\d+/, '');
  if (la !== lb) return la < lb ? -1 : 1;
  const pa = a.slice(sectionBase(a).length).match(/\(([^)]*)\)/g) ?? [];
  const pb = b.slice(sectionBase(b).length).match(/\(([^)]*)\)/g) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = Number(x.slice(1, -1).replace(/[a-z]+$/, ''));
    const yn = Number(y.slice(1, -1).replace(/[a-z]+$/, ''));
    if (!Number.isNaN(xn) && !Number.isNaN(yn) && xn !== yn) return xn - yn;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function refKey(ref: SectionRef): string {
  return `${ref.act} ${ref.section}`;
}

export function sameRef(a: SectionRef, b: SectionRef): boolean {
  return a.act === b.act && a.section === b.section;
}

/**
 * The IPC sections named in the `ipc_equivalent` column of the BNS table: "378; 379" →
 * ['378', '379']; "new (no IPC equivalent)" → []; "120B" → ['120B']; blank → [].
 */
export function parseEquivalentList(text: string | null | undefined): string[] {
  if (!text) return [];
  const t = text.trim();
  if (t === '' || /^new\b|no ipc equivalent|^none$|^-$/i.test(t)) return [];
  const out: string[] = [];
  for (const part of t.split(/[;,/]|\band\b/)) {
    const s = normaliseSection(part.replace(/^\s*IPC\s*/i, ''));
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Source cells Y / N / depends / blank → the catalogue's tri-state; blank is "not known", never "no". */
export function parseTriState(cell: string | null | undefined): TriState {
  const t = (cell ?? '').trim().toLowerCase();
  if (t === 'y' || t === 'yes' || t === 'true') return 'yes';
  if (t === 'n' || t === 'no' || t === 'false') return 'no';
  if (t === 'depends') return 'depends';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Dates, principal offence, crime heads, sensitivity
// ---------------------------------------------------------------------------------------------

/**
 * May this section be charged for an offence committed at this moment? BNS from 1 July 2024
 * 00:00 IST, IPC before; special and local acts are not split by the date.
 */
export function sectionMatchesDate(ref: SectionRef, occurredAt: Date): boolean {
  if (ref.act === 'BNS' || ref.act === 'IPC') return penalCodeFor(occurredAt) === ref.act;
  return true;
}

/**
 * The principal offence of a set of sections: the one with the highest maximum punishment.
 * Ties go to the first given; sections without a comparable figure rank lowest (so with none
 * comparable, the first). An FIR always has at least one section: an empty list is a
 * programming error and throws.
 */
export function principalOffence<T extends Pick<LawSection, 'maxYears'>>(sections: readonly T[]): T {
  if (sections.length === 0) throw new RangeError('principalOffence needs at least one section');
  let best = sections[0]!;
  for (const s of sections.slice(1)) {
    if ((s.maxYears ?? -1) > (best.maxYears ?? -1)) best = s;
  }
  return best;
}

export const OTHER_HEADS: Record<string, string> = {
  BNS: 'Other BNS crimes',
  IPC: 'Other IPC crimes',
};
export const SPECIAL_LOCAL_HEAD = 'Special and local laws';

/** The crime head the principal offence counts under; its catalogue entry decides, else "Other … crimes". */
export function crimeHeadFor(principal: Pick<LawSection, 'act' | 'crimeHead'> | null): string | null {
  if (!principal) return null;
  if (principal.crimeHead) return principal.crimeHead;
  return OTHER_HEADS[principal.act] ?? SPECIAL_LOCAL_HEAD;
}

/**
 * A selector of sections in a rules file:
 * - `*`: the whole act;
 * - `64-71`: every section whose leading number is in the range, with its letters and
 *   sub-sections (64, 64(2), 65(1) … 71) — so `376-376` covers 376A, 376AB, 376D …;
 * - `304B`, `316(5)`: that section and its sub-sections, not 304A.
 */
export type SectionSelector = { kind: 'all' } | { kind: 'range'; from: number; to: number } | { kind: 'exact'; section: string };

export function parseSelector(text: string): SectionSelector | null {
  const t = text.trim();
  if (t === '*') return { kind: 'all' };
  const r = /^(\d{1,4})\s*[-–]\s*(\d{1,4})$/.exec(t);
  if (r) {
    const from = Number(r[1]);
    const to = Number(r[2]);
    return from <= to ? { kind: 'range', from, to } : null;
  }
  const s = normaliseSection(t);
  return s ? { kind: 'exact', section: s } : null;
}

/** Parses "64-71; 74-79" into selectors, rejecting anything unreadable. */
export function parseSelectorList(text: string): SectionSelector[] {
  const out: SectionSelector[] = [];
  for (const part of text.split(/[;,]/)) {
    if (part.trim() === '') continue;
    const sel = parseSelector(part);
    if (!sel) throw new Error(`Unreadable section selector "${part.trim()}"`);
    out.push(sel);
  }
  return out;
}

/**
 * How specifically a selector matches a section: 0 = no match; larger is more specific
 * (exact with sub-section > exact section > a range, narrower ranges above wider; the whole act lowest).
 */
export function selectorSpecificity(sel: SectionSelector, section: string): number {
  switch (sel.kind) {
    case 'all':
      return 1;
    case 'range': {
      const n = sectionNumber(section);
      if (Number.isNaN(n) || n < sel.from || n > sel.to) return 0;
      return 2 + 1 / (1 + sel.to - sel.from);
    }
    case 'exact': {
      if (section === sel.section) return 10 + sectionDepth(section);
      if (section.startsWith(sel.section + '(')) return 5 + sectionDepth(sel.section);
      return 0;
    }
  }
}

export interface CrimeHeadRule {
  act: string;
  selectors: SectionSelector[];
  crimeHead: string;
}

export interface SensitiveRule {
  act: string;
  selectors: SectionSelector[];
  reason: string;
}

function bestRule<R extends { act: string; selectors: SectionSelector[] }>(ref: SectionRef, rules: readonly R[]): R | null {
  let best: R | null = null;
  let bestScore = 0;
  for (const rule of rules) {
    if (rule.act !== ref.act) continue;
    for (const sel of rule.selectors) {
      const score = selectorSpecificity(sel, ref.section);
      if (score > bestScore) {
        best = rule;
        bestScore = score;
      }
    }
  }
  return best;
}

/** The crime head the rules give a section (the most specific rule wins), or null. */
export function resolveCrimeHead(ref: SectionRef, rules: readonly CrimeHeadRule[]): string | null {
  return bestRule(ref, rules)?.crimeHead ?? null;
}

/** The sensitive-category rule a section falls under, or null. */
export function sensitiveRuleFor(ref: SectionRef, rules: readonly SensitiveRule[]): SensitiveRule | null {
  return bestRule(ref, rules);
}

/**
 * Does any of these sections make a case sensitive? A catalogue entry decides by its own
 * `sensitive` flag (which administrators may correct); a bare reference is checked against the
 * rules (POCSO and UAPA are sensitive as whole acts).
 */
export function isSensitive(refs: readonly (SectionRef & { sensitive?: boolean })[], rules: readonly SensitiveRule[] = []): boolean {
  return refs.some((r) => (r.sensitive !== undefined ? r.sensitive : sensitiveRuleFor(r, rules) !== null));
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

export type MatchedBy = 'section' | 'subsection' | 'equivalent' | 'prefix' | 'title' | 'keyword' | 'act';

export interface HindiKeyword {
  hindi: string;
  romanised: string[];
  english: string[];
  refs: SectionRef[];
  /** Acts named as a whole ("NDPS"). */
  acts: string[];
}

export interface CatalogueAct {
  code: string;
  name: string;
  year: number | null;
  kind: 'penal' | 'special' | 'local';
  stateCode: string | null;
}

/** What search works over: every catalogue entry, the acts, and the Hindi keywords. */
export interface SearchIndex {
  sections: readonly LawSection[];
  acts: readonly CatalogueAct[];
  keywords: readonly HindiKeyword[];
  /** For entries of special acts that the catalogue does not list. */
  crimeHeadRules?: readonly CrimeHeadRule[];
  sensitiveRules?: readonly SensitiveRule[];
}

export interface SearchHit {
  /** "section": a catalogue entry (or an uncatalogued section of a special act); "act": a whole act. */
  kind: 'section' | 'act';
  section: LawSection;
  matchedBy: MatchedBy;
  /** For matchedBy "equivalent": the section of the other code that was typed. */
  via?: SectionRef;
  /** For matchedBy "keyword": the keyword that matched. */
  keyword?: string;
  /** Whether the section applies to the offence date; null when no date was given. */
  applicable: boolean | null;
  score: number;
}

export interface SearchOptions {
  occurredAt?: Date;
  limit?: number;
}

/** Folds Hindi spellings together: NFC, no nukta, chandrabindu as anusvara, no joiners. */
export function foldHindi(s: string): string {
  return s
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\u093C/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-–—_.,;:!?'"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DEVANAGARI = /[\u0900-\u097F]/;

function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .normalize('NFKC')
      // The Devanagari block as a range: its vowel signs and viramas belong inside the words.
      // eslint-disable-next-line no-misleading-character-class
      .split(/[^a-z0-9\u0900-\u097F]+/)
      .filter((w) => w.length > 0)
  );
}

/**
 * A catalogue entry for a section of a special or local act that the catalogue does not list
 * (section '' for the act as a whole): version 0, classification unknown, sensitivity and crime
 * head from the act-level rules.
 */
export function actLevelEntry(act: CatalogueAct, section: string, rules: { crimeHeadRules?: readonly CrimeHeadRule[]; sensitiveRules?: readonly SensitiveRule[] } = {}): LawSection {
  const ref = { act: act.code, section };
  const sensitive = sensitiveRuleFor(ref, rules.sensitiveRules ?? []) !== null;
  const crimeHead = resolveCrimeHead(ref, rules.crimeHeadRules ?? []) ?? SPECIAL_LOCAL_HEAD;
  return {
    act: act.code,
    section,
    title: section ? `${act.name}${act.year ? `, ${act.year}` : ''}, section ${section}` : `${act.name}${act.year ? `, ${act.year}` : ''}`,
    titleHi: null,
    chapter: null,
    maxPunishment: 'As provided in the Act (not catalogued)',
    maxYears: null,
    cognizable: 'unknown',
    bailable: 'unknown',
    triableBy: null,
    equivalents: [],
    sensitive,
    crimeHead,
    version: 0,
    source: 'Act-level entry: sections of this act are not catalogued yet',
  };
}

/**
 * Ranks catalogue entries for what a user typed, best first:
 * 1. the exact section in the code that governs the offence date (typing `303` on 2 July 2024 →
 *    BNS 303), then its sub-sections;
 * 2. the equivalents of the exact section of the other code (typing `379` on 2 July 2024 →
 *    BNS 303(2) through IPC 379); IPC itself is offered only for dates before 1 July 2024, or,
 *    with no date, alongside BNS, each marked;
 * 3. sections whose number starts with what was typed;
 * 4. title words (English, case-insensitive, every word typed must start a word of the title);
 * 5. Hindi (or romanised Hindi) keywords from the keyword list;
 * and special or local acts by code or name. Definitions and sections without a punishment of
 * their own come after punishable ones within a rank.
 */
export function searchCatalogue(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const q = query.normalize('NFKC').trim();
  const limit = Math.max(1, Math.min(opts.limit ?? 20, 200));
  if (q === '') return [];
  const date = opts.occurredAt;
  const codeForDate: PenalCode | null = date ? penalCodeFor(date) : null;
  const applicable = (ref: SectionRef): boolean | null => (date ? sectionMatchesDate(ref, date) : null);
  /** With a date, the other penal code is not offered (unless named explicitly). */
  const offered = (ref: SectionRef, explicitAct?: string): boolean => !date || sectionMatchesDate(ref, date) || (explicitAct !== undefined && explicitAct === ref.act);

  const byKey = new Map(index.sections.map((s) => [refKey(s), s]));
  const hits = new Map<string, SearchHit>();
  const add = (hit: Omit<SearchHit, 'applicable'>) => {
    const key = hit.kind === 'act' ? `act:${hit.section.act}` : refKey(hit.section);
    const existing = hits.get(key);
    const punishable = hit.section.maxYears !== null || !/definition|no punishment/i.test(hit.section.maxPunishment);
    // A definition is rarely what is charged: below punishable sections of the same tier.
    const score = hit.score - (punishable ? 0 : 50);
    if (existing && existing.score >= score) return;
    hits.set(key, { ...hit, score, applicable: hit.kind === 'act' ? null : applicable(hit.section) });
  };

  const actCodes = index.acts.map((a) => a.code);
  const parsed = parseSectionInput(q, actCodes);
  if (parsed) {
    const explicit = parsed.act;
    const special = explicit ? index.acts.find((a) => a.code === explicit && a.kind !== 'penal') : undefined;
    if (special) {
      // "NDPS 20(b)": the catalogued entry if there is one, else an act-level entry.
      const entry = byKey.get(refKey({ act: special.code, section: parsed.section }));
      add({
        kind: 'section',
        section: entry ?? actLevelEntry(special, parsed.section, index),
        matchedBy: 'section',
        score: 1000,
      });
    } else {
      const codes: PenalCode[] = explicit ? [explicit as PenalCode] : codeForDate ? [codeForDate] : ['BNS', 'IPC'];
      const wrongCode = (code: string) => (codeForDate !== null && code !== codeForDate ? 300 : 0);
      // 1. Exact section, then its sub-sections, in the code(s) for the date.
      for (const code of codes) {
        const exact = byKey.get(refKey({ act: code, section: parsed.section }));
        if (exact && offered(exact, explicit)) add({ kind: 'section', section: exact, matchedBy: 'section', score: 1000 - wrongCode(code) });
        for (const s of index.sections) {
          if (s.act === code && s.section.startsWith(parsed.section + '(') && offered(s, explicit)) {
            add({ kind: 'section', section: s, matchedBy: 'subsection', score: 900 - sectionDepth(s.section) - wrongCode(code) });
          }
        }
      }
      // 2. The equivalents of the typed section, in their stated order (most specific first).
      //    Typing an IPC number for an offence after 1 July 2024 offers its BNS equivalent.
      for (const code of explicit ? [explicit] : ['BNS', 'IPC']) {
        const typed = byKey.get(refKey({ act: code, section: parsed.section }));
        if (!typed) continue;
        typed.equivalents.forEach((eq, i) => {
          const target = byKey.get(refKey(eq));
          if (!target || target.act === code || !offered(target)) return;
          add({ kind: 'section', section: target, matchedBy: 'equivalent', via: { act: typed.act, section: typed.section }, score: (codeForDate ? 850 : 800) - i });
        });
      }
      // 3. Number prefix ("30" → 300–309, whole sections only; sub-sections come with their exact number).
      if (/^\d+$/.test(parsed.section)) {
        for (const s of index.sections) {
          if (!offered(s, explicit) || (explicit && s.act !== explicit) || sectionDepth(s.section) > 0) continue;
          if (s.section !== parsed.section && s.section.startsWith(parsed.section)) {
            add({ kind: 'section', section: s, matchedBy: 'prefix', score: 600 - Math.min(50, s.section.length) });
          }
        }
      }
    }
  }

  const fold = foldHindi(q);
  const isHindi = DEVANAGARI.test(q);
  const qWords = words(q);

  // 4. English title words.
  if (!isHindi && qWords.length > 0 && !(parsed && qWords.every((w) => /^\d/.test(w)))) {
    titleSearch(index.sections, qWords, 500, (s, score) => offered(s) && add({ kind: 'section', section: s, matchedBy: 'title', score }));
  }

  // 5. Hindi and romanised keywords.
  if (fold.length >= 2) {
    for (const kw of index.keywords) {
      const h = foldCached(kw.hindi);
      let strength = 0;
      if (isHindi) {
        if (h === fold) strength = 3;
        else if (fold.includes(h)) strength = 2 + h.length / 1000;
        else if (h.startsWith(fold)) strength = 1;
      } else {
        for (const r of kw.romanised) {
          const rf = r.toLowerCase();
          if (rf === fold) strength = Math.max(strength, 3);
          else if (fold.length >= 3 && rf.startsWith(fold)) strength = Math.max(strength, 1);
        }
      }
      if (strength === 0) continue;
      const base = 300 + strength * 20;
      kw.refs.forEach((ref, i) => {
        const s = byKey.get(refKey(ref));
        if (s && offered(s)) add({ kind: 'section', section: s, matchedBy: 'keyword', keyword: kw.hindi, score: base - i });
      });
      for (const code of kw.acts) {
        const act = index.acts.find((a) => a.code === code);
        if (act) add({ kind: 'act', section: actLevelEntry(act, '', index), matchedBy: 'keyword', keyword: kw.hindi, score: base - 5 });
      }
      for (const phrase of kw.english) {
        // Below the keyword's own sections: at most base - 21.
        titleSearch(index.sections, words(phrase), base - 80, (s, score) => offered(s) && add({ kind: 'section', section: s, matchedBy: 'keyword', keyword: kw.hindi, score }));
      }
    }
  }

  // Special and local acts by code or name.
  if (!isHindi && qWords.length > 0 && !parsed) {
    for (const act of index.acts) {
      if (act.kind === 'penal') continue;
      const code = act.code.toLowerCase();
      const name = words(act.name);
      const byCode = code === q.toLowerCase() || code.replace(/_/g, ' ') === q.toLowerCase();
      const byName = qWords.every((w) => name.some((n) => n.startsWith(w)));
      if (byCode || byName) add({ kind: 'act', section: actLevelEntry(act, '', index), matchedBy: 'act', score: byCode ? 700 : 450 });
    }
  }

  return [...hits.values()]
    .sort((a, b) => b.score - a.score || (a.section.act === b.section.act ? compareSections(a.section.section, b.section.section) : a.section.act < b.section.act ? -1 : 1))
    .slice(0, limit);
}

/** Title words of each entry, computed once per entry object (entries are immutable snapshots). */
const TITLE_WORDS = new WeakMap<LawSection, string[]>();
function titleWords(s: LawSection): string[] {
  let w = TITLE_WORDS.get(s);
  if (!w) {
    w = words(s.title);
    TITLE_WORDS.set(s, w);
  }
  return w;
}

const FOLDED = new Map<string, string>();
function foldCached(s: string): string {
  let f = FOLDED.get(s);
  if (f === undefined) {
    f = foldHindi(s);
    if (FOLDED.size < 10_000) FOLDED.set(s, f);
  }
  return f;
}

/** Scores titles against words: all words must start a title word; exact titles rank first. */
function titleSearch(sections: readonly LawSection[], qWords: string[], base: number, emit: (s: LawSection, score: number) => void): void {
  const wanted = qWords.filter((w) => w.length >= 2 || /^\d$/.test(w));
  if (wanted.length === 0) return;
  const phrase = wanted.join(' ');
  for (const s of sections) {
    const tw = titleWords(s);
    if (!wanted.every((w) => tw.some((t) => t.startsWith(w)))) continue;
    const title = tw.join(' ');
    let score = base;
    if (title === phrase) score += 60;
    else if (title.startsWith(phrase)) score += 40;
    else if (tw.some((t) => t === wanted[0])) score += 20;
    // Shorter titles are closer matches.
    score -= Math.min(19, tw.length);
    emit(s, score);
  }
}
