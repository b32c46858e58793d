/**
 * A deterministic synthetic population for the search benchmark: persons from many regions, each
 * with a father's name, gender, age and district, written in Latin letters or (about one in six)
 * in their region's script — as station registers across India hold them. Same seed, same file.
 */
import { NATIVE_SHARE, REGIONS, type Region } from './regions.js';

/** sfc32: small, fast and good enough for sampling; seeded, so runs repeat exactly. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export type Rng = () => number;

/** One name part in both writings; `latin` lists the spellings in use, the first most common. */
export interface PartForms {
  latin: string[];
  native: string | null;
}

/** A part as chosen for one person: one spelling, the native form, and how it is written. */
export interface NamePart {
  latin: string;
  native: string | null;
  initial: boolean;
}

export interface GeneratedPerson {
  region: Region;
  gender: 'M' | 'F' | 'T';
  parts: NamePart[];
  fatherParts: NamePart[];
  native: boolean;
  name: string;
  fatherName: string;
  age: number | null;
  district: string;
}

/** Picks from a list with falling weights (rank r has weight 1/(r+3)): a few parts are very common. */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  constructor(
    readonly items: T[],
    weights: number[] = items.map((_, r) => 1 / (r + 3)),
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
  }
  pick(rng: Rng): T {
    const x = rng() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

function parseForms(token: string): PartForms {
  const [latin, native] = token.split('|');
  return { latin: latin!.split('/'), native: native ?? null };
}

const parseList = (text: string) => text.split(/\s+/).filter(Boolean).map(parseForms);

interface CompiledRegion {
  region: Region;
  male: Weighted<PartForms>;
  female: Weighted<PartForms>;
  surnames: Weighted<PartForms>;
  maleTemplates: Weighted<string[]>;
  femaleTemplates: Weighted<string[]>;
  fatherTemplates: Weighted<string[]>;
  districts: Weighted<string>;
}

const template = (list: [string, number][]) =>
  new Weighted(
    list.map(([t]) => t.split(' ')),
    list.map(([, w]) => w),
  );

function compile(region: Region): CompiledRegion {
  const districts = region.districts
    .split(/\s+/)
    .filter(Boolean)
    .map((d) => d.replace(/-/g, ' '));
  return {
    region,
    male: new Weighted(parseList(region.male)),
    female: new Weighted(parseList(region.female)),
    surnames: new Weighted(parseList(region.surnames)),
    maleTemplates: template(region.maleTemplates),
    femaleTemplates: template(region.femaleTemplates),
    fatherTemplates: template(region.fatherTemplates),
    districts: new Weighted(
      districts,
      districts.map(() => 1),
    ),
  };
}

/** One spelling of a part: the usual one mostly, the others now and then. */
function spell(forms: PartForms, rng: Rng): NamePart {
  const latin = forms.latin.length === 1 || rng() < 0.7 ? forms.latin[0]! : forms.latin[1 + Math.floor(rng() * (forms.latin.length - 1))]!;
  return { latin, native: forms.native, initial: false };
}

const initialOf = (p: NamePart): NamePart => ({ latin: p.latin[0]!.toUpperCase() + '.', native: p.native ? [...p.native][0]! + '.' : null, initial: true });

/** Builds a name from a template; `given`, `father` and `family` are the parts it can refer to. */
function build(tokens: string[], parts: { G: NamePart; F: NamePart; S: NamePart }, rng: Rng): NamePart[] {
  return tokens.map((t) => {
    if (t.startsWith('=')) return spell(parseForms(t.slice(1)), rng);
    const [base, suffix] = t.split('~');
    const key = base![0] as 'G' | 'F' | 'S';
    const part = parts[key];
    if (base!.endsWith('.')) return initialOf(part);
    if (!suffix) return part;
    const s = parseForms(suffix);
    return { latin: part.latin + s.latin[0], native: part.native && s.native ? part.native + s.native : null, initial: false };
  });
}

export const render = (parts: NamePart[], native: boolean) => parts.map((p) => (native ? (p.native ?? p.latin) : p.latin)).join(' ');

export class Population {
  private readonly regions: Weighted<CompiledRegion>;

  constructor(readonly seed: number) {
    this.regions = new Weighted(
      REGIONS.map(compile),
      REGIONS.map((r) => r.share),
    );
  }

  /** The persons, one after another (a million fit in no array we need). */
  *persons(count: number): Generator<GeneratedPerson> {
    const rng = prng(this.seed);
    for (let i = 0; i < count; i++) yield this.person(rng);
  }

  private person(rng: Rng): GeneratedPerson {
    const c = this.regions.pick(rng);
    const g = rng();
    const gender = g < 0.68 ? 'M' : g < 0.997 ? 'F' : 'T';
    const female = gender === 'F' || (gender === 'T' && rng() < 0.5);
    const given = spell((female ? c.female : c.male).pick(rng), rng);
    const father = spell(c.male.pick(rng), rng);
    const grandfather = spell(c.male.pick(rng), rng);
    const family = spell(c.surnames.pick(rng), rng);
    const parts = build((female ? c.femaleTemplates : c.maleTemplates).pick(rng), { G: given, F: father, S: family }, rng);
    const fatherParts = build(c.fatherTemplates.pick(rng), { G: grandfather, F: father, S: family }, rng);
    const native = c.region.script !== null && rng() < NATIVE_SHARE;
    const a = rng();
    // Registers of accused, victims and witnesses: mostly adults of working age, a few children.
    const age = a < 0.05 ? null : a < 0.08 ? 12 + Math.floor(rng() * 6) : 18 + Math.floor(Math.pow(rng(), 1.6) * 60);
    return {
      region: c.region,
      gender,
      parts,
      fatherParts,
      native,
      name: render(parts, native),
      fatherName: rng() < 0.08 ? '' : render(fatherParts, native),
      age,
      district: rng() < 0.05 ? '' : c.districts.pick(rng),
    };
  }
}
