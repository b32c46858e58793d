/**
 * Name-matching quality on a development set (query → target pairs by kind, and negatives):
 * recall@1, recall@10, MRR by kind and by script, and the share of negatives in the strong band.
 * Used by `npm run eval:names`, by the search benchmark at scale, and by a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/util/paths.js';
import { parseCsv } from '../src/util/csv.js';
import { scriptName } from '../src/search/names/transliterate.js';
import type { CctnsNode } from '../src/node.js';
import type { PersonInput } from '../src/domain/schemas/person.js';

export interface DevPair {
  query: string;
  target: string;
  kind: string;
}

export interface GalleryPerson {
  name: string;
  father_name: string;
  gender: string;
  age: string;
  district: string;
}

/** The shared development set when this checkout sits next to it, else the copy in test/fixtures. */
export function devSetDir(): string {
  const shared = path.resolve(PACKAGE_ROOT, '..', 'shared', 'names');
  return fs.existsSync(path.join(shared, 'dev.json')) ? shared : path.join(PACKAGE_ROOT, 'test', 'fixtures', 'names');
}

export function loadDevSet(dir = devSetDir()): { pairs: DevPair[]; gallery: GalleryPerson[] } {
  const pairs = JSON.parse(fs.readFileSync(path.join(dir, 'dev.json'), 'utf8')) as DevPair[];
  const gallery = parseCsv(fs.readFileSync(path.join(dir, 'gallery.csv'), 'utf8')).records as unknown as GalleryPerson[];
  return { pairs, gallery };
}

export interface Ranked {
  name: string;
  score: number;
  band: 'strong' | 'possible';
}

export interface Tally {
  n: number;
  r1: number;
  r10: number;
  mrr: number;
}

export interface QualityReport {
  byKind: Record<string, Tally>;
  byScript: Record<string, Tally>;
  overall: Tally;
  negatives: { n: number; strong: number; examples: string[] };
  misses: string[];
}

const empty = (): Tally => ({ n: 0, r1: 0, r10: 0, mrr: 0 });

/**
 * A positive pair is found at rank k if its target is the k-th result; results scored the same as
 * the target count against it (ties lose). Negatives: is the target in the strong band?
 */
export async function evaluate(pairs: DevPair[], search: (q: string) => Promise<Ranked[]>): Promise<QualityReport> {
  const report: QualityReport = { byKind: {}, byScript: {}, overall: empty(), negatives: { n: 0, strong: 0, examples: [] }, misses: [] };
  for (const p of pairs) {
    const results = await search(p.query);
    const hit = results.find((r) => r.name === p.target);
    if (p.kind === 'negative') {
      report.negatives.n++;
      if (hit?.band === 'strong') {
        report.negatives.strong++;
        report.negatives.examples.push(`${p.query} → ${p.target}`);
      }
      continue;
    }
    const rank = hit ? 1 + results.filter((r) => r !== hit && r.score >= hit.score).length : Infinity;
    const script = scriptName(p.query) ?? 'Latin';
    for (const t of [(report.byKind[p.kind] ??= empty()), (report.byScript[script] ??= empty()), report.overall]) {
      t.n++;
      if (rank === 1) t.r1++;
      if (rank <= 10) t.r10++;
      if (rank !== Infinity) t.mrr += 1 / rank;
    }
    if (rank > 10) report.misses.push(`${p.kind}: ${p.query} → ${p.target} (${hit ? `rank ${rank}` : 'not found'})`);
  }
  return report;
}

const fmt = (x: number) => x.toFixed(3);

export function formatReport(r: QualityReport): string {
  const row = (label: string, t: Tally) => `| ${label} | ${t.n} | ${fmt(t.r1 / t.n)} | ${fmt(t.r10 / t.n)} | ${fmt(t.mrr / t.n)} |`;
  const lines = ['| kind | pairs | recall@1 | recall@10 | MRR |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const [k, t] of Object.entries(r.byKind)) lines.push(row(k, t));
  lines.push(row('**all**', r.overall), '', '| script of the query | pairs | recall@1 | recall@10 | MRR |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [k, t] of Object.entries(r.byScript).sort()) lines.push(row(k, t));
  lines.push(
    '',
    `Negatives in the strong band: ${r.negatives.strong} of ${r.negatives.n} (${fmt(r.negatives.strong / r.negatives.n)})${r.negatives.examples.length ? ': ' + r.negatives.examples.join(', ') : ''}`,
  );
  if (r.misses.length) lines.push('', 'Not in the top 10:', ...r.misses.map((m) => `- ${m}`));
  return lines.join('\n');
}

/** The issue's targets: recall@10 ≥ 0.97 overall and ≥ 0.93 per kind; ≤ 5 % of negatives strong. */
export function meetsTargets(r: QualityReport): { ok: boolean; failures: string[] } {
  const failures: string[] = [];
  if (r.overall.r10 / r.overall.n < 0.97) failures.push(`overall recall@10 ${fmt(r.overall.r10 / r.overall.n)} < 0.97`);
  for (const [k, t] of Object.entries(r.byKind)) if (t.r10 / t.n < 0.93) failures.push(`${k} recall@10 ${fmt(t.r10 / t.n)} < 0.93`);
  if (r.negatives.strong / r.negatives.n > 0.05) failures.push(`negatives strong ${fmt(r.negatives.strong / r.negatives.n)} > 0.05`);
  return { ok: failures.length === 0, failures };
}

const GENDER: Record<string, PersonInput['gender']> = { M: 'male', F: 'female', T: 'transgender' };

/** A gallery row as the person input the station form would send. */
export function galleryPerson(g: GalleryPerson): PersonInput {
  const age = Number(g.age);
  return {
    name: g.name,
    aliases: [],
    relativeName: g.father_name || undefined,
    relativeKind: g.father_name ? 'father' : undefined,
    gender: GENDER[g.gender] ?? 'unknown',
    age: Number.isInteger(age) && age > 0 ? age : undefined,
    addresses: g.district ? [{ kind: 'present', line: g.district, district: g.district }] : [],
    phones: [],
    idDocuments: [],
    description: {},
  };
}

/** Every distinct target and the gallery, entered as persons through the registry (events and all). */
export async function loadDevPersons(node: CctnsNode, pairs: DevPair[], gallery: GalleryPerson[], ownerUnit: string): Promise<number> {
  const targets = [...new Set(pairs.map((p) => p.target))];
  const inputs = [...targets.map((name) => galleryPerson({ name, father_name: '', gender: '', age: '', district: '' })), ...gallery.map(galleryPerson)];
  await node.events.transaction(async (tx) => {
    for (const input of inputs) await node.persons.create(tx, input, ownerUnit, 'system');
  });
  return inputs.length;
}
