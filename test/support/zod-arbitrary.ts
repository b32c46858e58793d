/**
 * fast-check arbitraries from zod 4 schemas, for fuzzing the write routes (test/integration/write-fuzz.test.ts).
 *
 * Hand-written because zod-fast-check only understands zod 3's internals (`_def.typeName`), and
 * the project's schemas are zod 4, whose definitions live in `schema._zod.def` with a `type`
 * tag and a list of `checks`. This walker knows the kinds the route schemas use: objects (strict
 * or not), strings with their length, format and pattern checks, numbers with bounds, booleans,
 * enums, literals, arrays, optional/nullable/default, unions, pipes and transforms (it generates
 * the input side), records and tuples. Refinements it cannot see through (`.refine`) are left to
 * chance: a value that fails one is a refusal, which the fuzzer checks as well.
 *
 * Two things are made from a schema:
 * - `validArbitrary`: values of the input's shape, with the leaves the test names (ids, station
 *   codes, sections of the law) replaced mostly by real ones, so that they get through to the
 *   service;
 * - `mutate`: one such value broken at one place: a forbidden character in a string, a string
 *   too long, a number at or beyond its bound, a wrong type, an unknown key, a required key left
 *   out.
 */
import fc from 'fast-check';
import { z } from 'zod';

export type Path = (string | number)[];

/** A leaf the test wants realistic: returns an arbitrary for the value at this path, or nothing. */
export type Override = (path: Path, schema: Schema) => fc.Arbitrary<unknown> | undefined;

/** A zod 4 schema as the walker reads it (zod's core type: the route schemas are all of it). */
export type Schema = z.core.$ZodType;
/** A schema's definition, one of zod's own kinds, told apart by its `type`. */
type Def = z.core.$ZodTypes['_zod']['def'];
/** A check's definition (lengths, bounds, formats, overwrites), told apart by its `check`. */
type CheckDef = z.core.$ZodChecks['_zod']['def'];
const defOf = (s: Schema): Def => (s as z.core.$ZodTypes)._zod.def;
const checksOf = (s: Schema): CheckDef[] => (defOf(s).checks ?? []).map((c) => (c as z.core.$ZodChecks)._zod.def);

/** A string format (z.uuid(), z.regex(…)): a string whose definition carries its format too. */
const isStringFormat = (d: Def): d is Def & z.core.$ZodStringFormatDef => d.type === 'string' && typeof (d as Partial<z.core.$ZodStringFormatDef>).format === 'string';

/** The key of an array element in a path handed to Override: paths read like ["sections", "*", "act"]. */
export const ELEMENT = '*';

interface StringFacts {
  min: number;
  max: number;
  trims: boolean;
  lowers: boolean;
  format?: string;
  pattern?: RegExp;
}

/** What a string schema asks for. `.trim()` and `.toLowerCase()` are opaque "overwrite" checks: tried on a sample to tell them apart. */
function stringFacts(s: Schema): StringFacts {
  const def = defOf(s);
  const facts: StringFacts = { min: 0, max: Infinity, trims: false, lowers: false };
  if (isStringFormat(def)) {
    facts.format = def.format;
    if (def.pattern instanceof RegExp) facts.pattern = def.pattern;
  }
  for (const c of checksOf(s)) {
    if (c.check === 'min_length') facts.min = Math.max(facts.min, c.minimum);
    else if (c.check === 'max_length') facts.max = Math.min(facts.max, c.maximum);
    else if (c.check === 'length_equals') facts.min = facts.max = c.length;
    else if (c.check === 'string_format') {
      facts.format = c.format;
      if (c.pattern instanceof RegExp) facts.pattern = c.pattern;
    } else if (c.check === 'overwrite' && typeof c.tx === 'function') {
      if (c.tx(' a ') === 'a') facts.trims = true;
      if (c.tx('A') === 'a') facts.lowers = true;
    }
  }
  return facts;
}

/** Text as officers type it: Latin, Devanagari, Tamil and Bengali with their conjuncts (ZWJ/ZWNJ), digits, punctuation. */
const TEXT_PIECES = ['a', 'e', 'R', 'k', 'm', 'Z', '7', ' ', '.', ',', '-', '/', '(', ')', 'राम', 'क्‍ष', 'श्री', 'ज़', 'க்ஷ', 'ர்‍', 'বাংলা', 'ক্‍', 'é', 'ñ', '₹', '—', '’'];
const textPiece = fc.constantFrom(...TEXT_PIECES);

/** Non-blank text of `min`..`max` UTF-16 units (what zod's length checks count). */
function textArbitrary(min: number, max: number): fc.Arbitrary<string> {
  const cap = Math.min(max, 120);
  return fc.array(textPiece, { minLength: Math.max(1, min), maxLength: Math.max(1, Math.min(cap, min + 12)) }).map((parts) => {
    let t = parts.join('').trim();
    while (t.length < min) t += 'x';
    t = t.slice(0, cap).trim();
    while (t.length < min) t += 'y';
    return t;
  });
}

function isoInstant(): fc.Arbitrary<string> {
  // Inside the years the service accepts for an event that happened (not in the future of the test clock).
  return fc.tuple(fc.date({ min: new Date('2024-07-01T00:00:00Z'), max: new Date('2026-03-09T00:00:00Z'), noInvalidDate: true }), fc.boolean()).map(([d, ist]) => {
    if (!ist) return d.toISOString();
    const local = new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 19);
    return `${local}+05:30`;
  });
}

function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  const f = stringFacts(s);
  let arb: fc.Arbitrary<string>;
  if (f.format === 'uuid' || f.format === 'guid') arb = fc.uuid({ version: [4, 7] });
  else if (f.format === 'datetime') arb = isoInstant();
  else if (f.format === 'date') arb = fc.date({ min: new Date('1950-01-01'), max: new Date('2026-03-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  else if (f.format === 'email') arb = fc.emailAddress();
  else if (f.pattern) arb = fc.stringMatching(f.pattern).filter((v) => v.length >= f.min && v.length <= f.max);
  else arb = textArbitrary(f.min, f.max);
  // Surrounding spaces where the schema trims them: the read-back must show them gone.
  if (f.trims) arb = fc.tuple(arb, fc.constantFrom('', ' ', '  ', '\u00a0')).map(([v, pad]) => (pad ? `${pad}${v}${pad}` : v));
  return arb;
}

function numberArbitrary(s: Schema): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  let int = false;
  for (const c of checksOf(s)) {
    if (c.check === 'greater_than') min = Number(c.value) + (c.inclusive ? 0 : int ? 1 : 1e-9);
    else if (c.check === 'less_than') max = Number(c.value) - (c.inclusive ? 0 : int ? 1 : 1e-9);
    else if (c.check === 'number_format' && /int/.test(c.format)) int = true;
  }
  if (int) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
}

/** Values of the schema's input shape; `override` puts real ids and codes where the test names them. */
export function validArbitrary(schema: Schema, override: Override = () => undefined, path: Path = []): fc.Arbitrary<unknown> {
  const own = override(path, schema);
  if (own) return own;
  const def = defOf(schema);
  const inner = (s: Schema, p: Path = path) => validArbitrary(s, override, p);
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries));
    case 'literal':
      return fc.constantFrom(...def.values);
    case 'null':
      return fc.constant(null);
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 5 });
    case 'default':
    case 'prefault':
      // Left out, the default applies: the read-back must show it.
      return fc.option(inner(def.innerType), { nil: undefined, freq: 2 });
    case 'pipe':
      // A transform's output is not sent: what is sent is its input.
      return inner(def.in);
    case 'transform':
      return fc.anything();
    case 'union':
      return fc.oneof(...def.options.map((o) => inner(o)));
    case 'array': {
      const bounds = checksOf(schema);
      const minLength = bounds.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(bounds.find((c) => c.check === 'max_length')?.maximum ?? 4, minLength + 3);
      return fc.array(inner(def.element, [...path, ELEMENT]), { minLength, maxLength });
    }
    case 'tuple':
      return fc.tuple(...def.items.map((it, i) => inner(it, [...path, i])));
    case 'record':
      return fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), inner(def.valueType, [...path, ELEMENT]), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v, [...path, k])]));
      // Keys whose value came out undefined are left out, as a client would.
      return fc.record(fields).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
    }
    case 'any':
    case 'unknown':
      return fc.jsonValue();
    default:
      throw new Error(`zod-arbitrary: no generator for a zod "${def.type}" at ${path.join('.') || '(root)'}`);
  }
}

/** Characters no text field may hold (defect 5): C0/C1 controls but tab and newline, bidi overrides and isolates, a lone surrogate, non-characters. */
export const FORBIDDEN_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ufdd0',
  '\ufdef',
  '\ufffe',
  '\uffff',
  '\u{1fffe}',
  '\u{10ffff}',
] as const;

/** Text that is allowed but easy to get wrong: decomposed accents (to be NFC-normalised), Indic conjuncts with ZWJ/ZWNJ, emoji with ZWJ. */
const AWKWARD_TEXT = ['Jose\u0301 Garci\u0301a', 'क्\u200dष', 'र्\u200dय', 'ক্\u200cষ', 'ன்\u200d', '👨\u200d👩\u200d👧', 'Ångström', 'A\u030angstro\u0308m'];

export type Mutation =
  | { kind: 'forbidden-character'; path: Path; character: string }
  | { kind: 'awkward-text'; path: Path }
  | { kind: 'too-long'; path: Path; length: number }
  | { kind: 'number-bound'; path: Path; value: number }
  | { kind: 'wrong-type'; path: Path; value: unknown }
  | { kind: 'unknown-key'; path: Path }
  | { kind: 'missing-key'; path: Path };

interface Site {
  path: Path;
  schema: Schema;
  value: unknown;
}

/** Strips the wrappers that do not change what a value looks like. */
function unwrap(s: Schema): Schema {
  let cur = s;
  for (;;) {
    const d = defOf(cur);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault') cur = d.innerType;
    else if (d.type === 'pipe') cur = d.in;
    else return cur;
  }
}

/** Every place in `value` with the schema that describes it (through unions, the option whose shape fits). */
function sites(schema: Schema, value: unknown, path: Path = [], out: Site[] = []): Site[] {
  const s = unwrap(schema);
  const def = defOf(s);
  out.push({ path, schema: s, value });
  if (value === null || value === undefined) return out;
  if (def.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (def.shape[k]) sites(def.shape[k], v, [...path, k], out);
  } else if (def.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => sites(def.element, v, [...path, i], out));
  } else if (def.type === 'union') {
    const fits = def.options.find((o) => z.safeParse(o, value).success) ?? def.options[0]!;
    out.pop();
    sites(fits, value, path, out);
  } else if (def.type === 'record' && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) sites(def.valueType, v, [...path, k], out);
  }
  return out;
}

/** An object or array of a value being broken, indexed by the keys of a path. */
type Container = Record<string | number, unknown>;

function setAt(root: unknown, path: Path, f: (parent: Container, key: string | number) => void): unknown {
  if (path.length === 0) {
    const box = { v: root };
    f(box, 'v');
    return box.v;
  }
  const copy = structuredClone(root) as Container;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Container;
  f(cur, path[path.length - 1]!);
  return copy;
}

const WRONG_TYPES: unknown[] = [null, 0, -1, 1.5, 1e308, '', 'x', true, [], {}, [1, 'a'], { $ne: null }];

/**
 * One value of the schema broken at one place, with what was done. `pick` chooses the site and
 * `roll` the way it is broken (both from fast-check, so that a run can be replayed from its seed).
 * With `onlyText`, the place is a string and what is put there is a forbidden character, or
 * text that is allowed but must be stored normalised (decomposed accents, conjuncts with ZWJ).
 */
export function mutate(schema: Schema, value: unknown, pick: number, roll: number, opts: { onlyText?: boolean } = {}): { value: unknown; mutation: Mutation } | null {
  const all = sites(schema, value);
  const textSites = all.filter((s) => defOf(s.schema).type === 'string' && typeof s.value === 'string');
  if (opts.onlyText) {
    if (textSites.length === 0) return null;
    const site = textSites[pick % textSites.length]!;
    if (roll % 4 === 0) {
      const t = AWKWARD_TEXT[Math.floor(roll / 4) % AWKWARD_TEXT.length]!;
      return { value: setAt(value, site.path, (p, k) => (p[k] = t)), mutation: { kind: 'awkward-text', path: site.path } };
    }
    const character = FORBIDDEN_CHARACTERS[roll % FORBIDDEN_CHARACTERS.length]!;
    const text = site.value as string;
    const at = roll % (text.length + 1);
    // In the middle, at the start or alone: trimming must not be what saves the field.
    const broken = roll % 3 === 0 ? character : `${text.slice(0, at)}${character}${text.slice(at)}`;
    return { value: setAt(value, site.path, (p, k) => (p[k] = broken)), mutation: { kind: 'forbidden-character', path: site.path, character } };
  }
  const site = all[pick % all.length]!;
  const def = defOf(site.schema);
  const kinds: Mutation['kind'][] = ['wrong-type'];
  if (def.type === 'string') kinds.push('too-long');
  if (def.type === 'number') kinds.push('number-bound');
  if (def.type === 'object' && site.value && typeof site.value === 'object') kinds.push('unknown-key', 'missing-key');
  const kind = kinds[roll % kinds.length]!;
  switch (kind) {
    case 'too-long': {
      const f = stringFacts(site.schema);
      const length = Number.isFinite(f.max) ? f.max + 1 + (roll % 2) * 5000 : 60_000;
      const long = 'क'.repeat(length);
      return { value: setAt(value, site.path, (p, k) => (p[k] = long)), mutation: { kind, path: site.path, length } };
    }
    case 'number-bound': {
      const bounds: number[] = [-1, -0, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 2, -1e21];
      for (const c of checksOf(site.schema)) {
        if (c.check === 'greater_than' || c.check === 'less_than') bounds.push(Number(c.value), Number(c.value) - 1, Number(c.value) + 1, Number(c.value) + 0.5);
      }
      const v = bounds[roll % bounds.length]!;
      return { value: setAt(value, site.path, (p, k) => (p[k] = v)), mutation: { kind, path: site.path, value: v } };
    }
    case 'unknown-key': {
      const key = ['isAdmin', '__proto__x', 'constructor', 'stationCode2', 'id'][roll % 5]!;
      return { value: setAt(value, site.path, (p, k) => (p[k] = { ...(p[k] as object), [key]: 1 })), mutation: { kind, path: [...site.path, key] } };
    }
    case 'missing-key': {
      const keys = Object.keys(site.value as object);
      if (keys.length === 0) return mutate(schema, value, pick + 1, roll + 1);
      const key = keys[roll % keys.length]!;
      return {
        value: setAt(value, site.path, (p, k) => {
          const { [key]: _gone, ...rest } = p[k] as Container;
          p[k] = rest;
        }),
        mutation: { kind, path: [...site.path, key] },
      };
    }
    default: {
      const v = WRONG_TYPES.find((w, i) => i >= roll % WRONG_TYPES.length && typeof w !== typeof site.value) ?? null;
      return { value: setAt(value, site.path, (p, k) => (p[k] = v)), mutation: { kind: 'wrong-type', path: site.path, value: v } };
    }
  }
}

/**
 * The request body as text. JSON.stringify writes a lone surrogate as the escape `\ud800` (it
 * cannot be written as UTF-8), which is exactly what a hostile client sends: the server's JSON
 * parser turns it back into the lone surrogate.
 */
export function bodyText(value: unknown): string {
  return JSON.stringify(value);
}
