/**
 * The stolen vehicle and mobile phone registers: which FIRs put their property on them (data:
 * reference/law/stolen-property.json, read by src/search/stolen-property.ts) and what
 * state a stolen article is in. Pure: no I/O.
 */
import { z } from 'zod';

const fileSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string(),
  sources: z.array(z.strictObject({ id: z.string().min(1), citation: z.string().min(1) })).min(1),
  sections: z.array(z.strictObject({ act: z.string().min(2), from: z.number().int().positive(), to: z.number().int().positive(), source: z.string().min(1) })).min(1),
});

export interface StolenPropertyRules {
  version: string;
  /**
   * The sections, without sub-sections, by act ("BNS" → "303", "304", …), any one of which on an
   * FIR makes its vehicles and handsets stolen property.
   */
  sections: ReadonlyMap<string, readonly string[]>;
}

/** The file, validated: ranges run forwards and every one cites one of the file's sources. */
export function parseStolenPropertyRules(raw: unknown): StolenPropertyRules {
  const f = fileSchema.parse(raw);
  const ids = new Set(f.sources.map((s) => s.id));
  const sections = new Map<string, string[]>();
  for (const r of f.sections) {
    if (!ids.has(r.source)) throw new Error(`stolen-property.json: ${r.act} ${r.from}-${r.to} cites an unknown source ${r.source}`);
    if (r.to < r.from) throw new Error(`stolen-property.json: ${r.act} ${r.from}-${r.to} runs backwards`);
    const list = sections.get(r.act) ?? [];
    for (let n = r.from; n <= r.to; n++) list.push(String(n));
    sections.set(r.act, list);
  }
  return { version: f.version, sections };
}

export type StolenState = 'stolen' | 'recovered';

/** A stolen article is recovered once an item seized in its case is it; until then, stolen. */
export function stolenState(recoveredAt: string | null): StolenState {
  return recoveredAt ? 'recovered' : 'stolen';
}

/**
 * What a check answers for a number: stolen while any report of it is not recovered (a vehicle
 * stolen again after its recovery is stolen); else lost while a lost article report of it is not
 * found; found when an entry of found property holds it; recovered when every report is; and not
 * recorded when no report names it.
 */
export function overallState(states: readonly (StolenState | 'lost' | 'found')[]): StolenState | 'lost' | 'found' | 'not_recorded' {
  // The gravest first: a theft not recovered, a loss not found, then found, then recovered.
  for (const s of ['stolen', 'lost', 'found', 'recovered'] as const) if (states.includes(s)) return s;
  return 'not_recorded';
}
