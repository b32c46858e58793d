import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { allRoutes } from '../../src/api/routes/index.js';
import { syncOperations } from '../../src/api/sync-routes.js';
import type { CctnsNode } from '../../src/node.js';
import { firstUnsafeCharacter, normaliseText } from '../../src/domain/safe-text.js';
import { isSafeText, MULTILINE, requiredText, verbatimText, text } from '../../src/domain/schemas/common.js';
import { ManualClock } from '../../src/util/clock.js';

const oneLine = requiredText(50);
const multiLine = requiredText(50, MULTILINE);

/** The message a field gets for a string, or null when it is accepted. */
function refusal(schema: z.ZodType, s: string): string | null {
  const r = schema.safeParse(s);
  return r.success ? null : r.error.issues.map((i) => i.message).join('; ');
}

describe('safe text', () => {
  const refused: [string, string, RegExp][] = [
    ['NUL', 'Ram\u0000', /^contains a control character \(U\+0000\), which is not allowed$/],
    ['BEL', 'Ram\u0007', /control character \(U\+0007\)/],
    ['ESC', '\u001b[2JRam', /control character \(U\+001B\)/],
    ['U+001F', 'a\u001fb', /control character \(U\+001F\)/],
    ['DEL', 'Ram\u007f', /control character \(U\+007F\)/],
    ['C1 NEL', 'Ram\u0085', /control character \(U\+0085\)/],
    ['C1 CSI', 'Ram\u009b', /control character \(U\+009B\)/],
    ['C1 U+0080', '\u0080Ram', /control character \(U\+0080\)/],
    ['C1 U+009F', 'Ram\u009f', /control character \(U\+009F\)/],
    ['LRE', 'a\u202ab', /bidirectional control character \(U\+202A\)/],
    ['RLO', 'a\u202eb', /bidirectional control character \(U\+202E\)/],
    ['LRI', 'a\u2066b', /bidirectional control character \(U\+2066\)/],
    ['PDI', 'a\u2069b', /bidirectional control character \(U\+2069\)/],
    ['a lone high surrogate', 'a\ud800b', /lone surrogate, U\+D800/],
    ['a lone low surrogate', 'a\udfffb', /lone surrogate, U\+DFFF/],
    ['surrogates the wrong way round', 'a\udc00\ud800b', /lone surrogate, U\+DC00/],
    ['U+FDD0', 'a\ufdd0b', /non-character \(U\+FDD0\)/],
    ['U+FDEF', 'a\ufdefb', /non-character \(U\+FDEF\)/],
    ['U+FFFE', 'a\ufffeb', /non-character \(U\+FFFE\)/],
    ['U+FFFF', 'a\uffffb', /non-character \(U\+FFFF\)/],
    ['U+1FFFE', 'a\u{1fffe}b', /non-character \(U\+1FFFE\)/],
    ['U+10FFFF', 'a\u{10ffff}b', /non-character \(U\+10FFFF\)/],
  ];
  for (const [name, s, message] of refused) {
    test(`${name} is refused, one line or several`, () => {
      assert.match(refusal(oneLine, s) ?? 'accepted', message);
      assert.match(refusal(multiLine, s) ?? 'accepted', message);
    });
  }

  test('the refusal is the only message (no length complaint about refused text)', () => {
    assert.equal(refusal(text(3), 'abcdef\u0000'), 'contains a control character (U+0000), which is not allowed');
    assert.equal(refusal(requiredText(3), '\u0000'), 'contains a control character (U+0000), which is not allowed');
  });

  test('tab and line breaks only where several lines are expected; CR becomes LF', () => {
    assert.match(refusal(oneLine, 'Ram\tKumar')!, /^contains a tab \(U\+0009\), which is not allowed in a one-line field$/);
    assert.match(refusal(oneLine, 'Ram\nKumar')!, /line break \(U\+000A\)/);
    assert.match(refusal(oneLine, 'Ram\rKumar')!, /line break \(U\+000D\)/);
    assert.match(refusal(oneLine, 'Ram\u2028Kumar')!, /line break \(U\+2028\)/);
    assert.equal(multiLine.parse('one\ttwo\r\nthree\rfour\u2029five'), 'one\ttwo\nthree\nfour\nfive');
  });

  test('NFC before trimming and before lengths are counted', () => {
    assert.equal(oneLine.parse(' Jose\u0301 '), 'José');
    assert.equal(oneLine.parse('e\u0301'), '\u00e9');
    // Devanagari: न + nukta composes to ऩ (U+0929); क़ (U+0958) is a composition exclusion, so
    // NFC writes it as क + nukta — either way, one spelling for what looks the same.
    assert.equal(oneLine.parse('\u0928\u093c'), '\u0929');
    assert.equal(oneLine.parse('\u0930\u093c'), '\u0931');
    assert.equal(oneLine.parse('\u0958'), '\u0915\u093c');
    // "é" decomposed is two code points; composed, one: fits in a field of one character.
    assert.equal(text(1).parse('e\u0301'), '\u00e9');
    assert.equal(text(3).parse('  abc  '), 'abc', 'trimmed before the length is counted');
  });

  test('ZWJ, ZWNJ and the directional marks stay in Indic and Urdu text', () => {
    for (const s of ['श्री\u200dराम', 'क्\u200cष', 'മന്\u200dമഥന്', 'عمران\u200f خان', '\u061c١٢٣', 'a\u200eb']) {
      assert.equal(oneLine.parse(s), s.normalize('NFC'));
    }
  });

  test('ordinary text in every script is accepted unchanged', () => {
    for (const s of ['Suresh Pawar', 'सुरेश पवार', 'হাবিবুর রহমান', 'ஆறுமுகம்', 'Ramesh 😀', 'O’Brien – “Pune”', '\u{10fffd}']) {
      assert.equal(oneLine.parse(s), s);
    }
  });

  test('verbatim text (a password, a signed field) is checked but kept byte for byte', () => {
    const secret = verbatimText();
    assert.equal(secret.parse('  pa\u0301ss  '), '  pa\u0301ss  ');
    assert.match(refusal(secret, 'pass\u0000word')!, /U\+0000/);
    assert.match(refusal(secret, 'pass\u202eword')!, /U\+202E/);
  });

  test('firstUnsafeCharacter and normaliseText are the same rules outside zod', () => {
    assert.equal(firstUnsafeCharacter('fine\n', { multiline: true }), null);
    assert.equal(firstUnsafeCharacter('x\u0000')!.codePoint, 0);
    assert.equal(normaliseText('a\r\nb'), 'a\nb');
  });
});

/**
 * The rule every request schema follows: a string that takes input is safe text, unless its
 * own format already refuses everything that is not plain text — a uuid, an ISO date or time,
 * an email, or a regex anchored at both ends that allows only listed characters (no ".", no
 * negated class, no \s \S \D \W \P). Enums, literals, numbers and booleans hold no free text.
 */
const LOOSE_REGEX = /\.|\[\^|\\[sSDWP]/;
function stringLeafProblem(s: z.ZodType): string | null {
  if (isSafeText(s)) return null;
  const def = s._zod.def as { format?: string; checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[] };
  if (def.format && def.format !== 'regex') return null;
  const regexes = (def.checks ?? [])
    .map((c) => c._zod.def)
    .filter((d) => d.format === 'regex')
    .map((d) => d.pattern!);
  if (regexes.some((r) => r.source.startsWith('^') && r.source.endsWith('$') && !LOOSE_REGEX.test(r.source))) return null;
  return 'is a string that is not safe text (use safeText/text/requiredText from src/domain/schemas/common.ts)';
}

function walk(schema: z.core.$ZodType, path: string, out: string[], seen = new Set<z.core.$ZodType>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  // zod's own union of its schemas: the switch below narrows the def by its type.
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'string': {
      const p = stringLeafProblem(schema as z.ZodType);
      if (p) out.push(`${path || '(root)'} ${p}`);
      return;
    }
    case 'object':
      for (const [k, v] of Object.entries(def.shape)) walk(v, path ? `${path}.${k}` : k, out, seen);
      if (def.catchall && def.catchall._zod.def.type !== 'never') walk(def.catchall, `${path}.*`, out, seen);
      return;
    case 'array':
      return walk(def.element, `${path}[]`, out, seen);
    case 'union':
      for (const o of def.options) walk(o, path, out, seen);
      return;
    case 'intersection':
      walk(def.left, path, out, seen);
      return walk(def.right, path, out, seen);
    case 'record':
      walk(def.keyType, `${path}{key}`, out, seen);
      return walk(def.valueType, `${path}{}`, out, seen);
    case 'tuple':
      def.items.forEach((item, i) => walk(item, `${path}[${i}]`, out, seen));
      return;
    case 'pipe':
      walk(def.in, path, out, seen);
      return walk(def.out, path, out, seen);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path, out, seen);
    case 'lazy':
      return walk(def.getter(), path, out, seen);
    case 'transform':
    case 'enum':
    case 'literal':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'date':
    case 'null':
    case 'undefined':
    case 'never':
      return;
    default:
      // any, unknown, custom …: would let any text through unchecked.
      out.push(`${path || '(root)'} is a ${schema._zod.def.type}, which takes any value unchecked`);
  }
}

function problemsOf(schema: z.ZodType): string[] {
  const out: string[] = [];
  walk(schema, '', out);
  return out;
}

describe('every request schema declares its strings as safe text', () => {
  test('the walker itself tells safe text from a bare string', () => {
    assert.deepEqual(problemsOf(text(10)), []);
    assert.equal(problemsOf(requiredText(10).optional().array()).length, 0);
    assert.match(problemsOf(z.strictObject({ a: z.string().trim().max(5) }))[0]!, /^a is a string that is not safe text/);
    assert.match(problemsOf(z.object({ a: z.array(z.union([z.uuid(), z.string().regex(/^.+$/)])) }))[0]!, /^a\[\] /);
    assert.deepEqual(problemsOf(z.object({ a: z.uuid(), b: z.iso.date(), c: z.string().regex(/^[0-9a-f]{64}$/), d: z.enum(['x']) })), []);
    assert.match(problemsOf(z.object({ a: z.unknown() }))[0]!, /unknown/);
  });

  const routes: [string, 'body' | 'query' | 'params', z.ZodType][] = [];
  for (const r of allRoutes) for (const part of ['body', 'query', 'params'] as const) if (r[part]) routes.push([`${r.method} ${r.path}`, part, r[part]!]);
  const node = { clock: new ManualClock() } as unknown as CctnsNode;
  for (const o of syncOperations(node)) {
    if (o.body?.wire === 'json') routes.push([`${o.method} ${o.path}`, 'body', o.body.schema]);
    if (o.params) routes.push([`${o.method} ${o.path}`, 'params', o.params]);
    if (o.query) routes.push([`${o.method} ${o.path}`, 'query', o.query]);
  }

  test('the route tables have schemas to walk', () => assert.ok(routes.length > 40, `${routes.length} schemas`));
  for (const [route, part, schema] of routes) {
    test(`${route} ${part}`, () => assert.deepEqual(problemsOf(schema), []));
  }
});
