/**
 * FROZEN: migration 005's backfill of the search index, with frozen copies of the rules it applied
 * when it was written (src/search/search-index.ts, fulltext.ts, text-tokens.ts, phone-index.ts,
 * src/domain/vehicle-numbers.ts, phone-numbers.ts, digits.ts as of migration 010). Never edit
 * this file, and never import application code into it: a node upgraded from before 005 must get
 * the index it got then, whatever those modules become. When the index rules change, a new
 * migration (or `cctns rebuild`) refills the index with the new rules.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';

interface Vehicle {
  registration?: string;
  engineNo?: string;
  chassisNo?: string;
}

interface StoredFirContent {
  properties: { vehicle?: Vehicle }[];
  sections: { act: string; section: string }[];
  briefFacts: string;
  place: { address: string; beat?: string; directionDistance?: string };
}

/** Fills the index from the records already there (a new node has none). */
export async function backfillSearchIndex(db: Kysely<any>, engine: Engine): Promise<void> {
  for (let after = ''; ;) {
    const firs: { id: string; content: string }[] = await db.selectFrom('firs').select(['id', 'content']).where('id', '>', after).orderBy('id').limit(500).execute();
    if (firs.length === 0) break;
    for (const f of firs) await indexFir(db, engine, f.id, JSON.parse(f.content) as StoredFirContent);
    after = firs.at(-1)!.id;
  }
  for (let after = ''; ;) {
    const persons: { id: string; owner_unit: string; phones: string }[] = await db
      .selectFrom('persons')
      .select(['id', 'owner_unit', 'phones'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (persons.length === 0) break;
    const rows = persons.flatMap((p) => {
      const numbers = new Set((JSON.parse(p.phones) as string[]).map(normalisePhone).filter((n): n is string => n !== null));
      return [...numbers].map((phone) => ({ phone, person_id: p.id, owner_unit: p.owner_unit }));
    });
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('phone_index')
        .values(rows.slice(i, i + 1000))
        .execute();
    after = persons.at(-1)!.id;
  }
}

async function indexFir(db: Kysely<any>, engine: Engine, firId: string, content: StoredFirContent): Promise<void> {
  const vehicles = content.properties.flatMap((p, item) => {
    const v = p.vehicle;
    if (!v) return [];
    const registration = v.registration ? normaliseRegistration(v.registration) : null;
    const engineNo = v.engineNo ? compactIdentifier(v.engineNo) || null : null;
    const chassis = v.chassisNo ? compactIdentifier(v.chassisNo) || null : null;
    const rev = (s: string | null) => (s ? [...s].reverse().join('') : null);
    return [
      {
        fir_id: firId,
        item,
        registration,
        registration_rev: rev(registration),
        engine_no: engineNo,
        engine_rev: rev(engineNo),
        chassis_no: chassis,
        chassis_rev: rev(chassis),
        details: JSON.stringify(v),
      },
    ];
  });
  if (vehicles.length) await db.insertInto('vehicle_index').values(vehicles).execute();
  const sections = new Map(content.sections.map((s) => [`${s.act} ${s.section.toUpperCase()}`, s]));
  if (sections.size) {
    await db
      .insertInto('fir_section_index')
      .values([...sections.values()].map((s) => ({ fir_id: firId, act: s.act, section: s.section.toUpperCase(), section_base: s.section.trim().toUpperCase().split('(')[0]!.trim() })))
      .execute();
  }
  const p = content.place;
  const facts = indexText(content.briefFacts);
  const place = indexText([p.address, p.beat, p.directionDistance].filter(Boolean).join(' '));
  if (engine === 'postgres') {
    await sql`insert into fir_text (fir_id, facts, place) values (${firId}, ${facts}, ${place})
      on conflict (fir_id) do update set facts = excluded.facts, place = excluded.place`.execute(db);
  } else {
    const rowid = (await sql<{ doc: number }>`insert into fir_text_docs (fir_id) values (${firId}) returning doc`.execute(db)).rows[0]!.doc;
    await sql`insert into fir_text (rowid, facts, place) values (${rowid}, ${facts}, ${place})`.execute(db);
  }
}

function indexText(s: string): string {
  return (
    s
      .normalize('NFC')
      .replace(/[\u200C\u200D]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  ).join(' ');
}

const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x1c50, 0xabf0, 0xff10];

function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    const zero = ZEROS.find((z) => c >= z && c < z + 10);
    return zero === undefined ? d : String(c - zero);
  });
}

function compactIdentifier(raw: string): string {
  return asciiDigits(raw.normalize('NFKC'))
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

const pad = (digits: string, n: number) => digits.padStart(n, '0');

/** The canonical registration (vehicle-numbers.ts normaliseRegistration(…)?.canonical). */
function normaliseRegistration(raw: string): string | null {
  const s = compactIdentifier(raw);
  if (!s) return null;
  let m = /^(\d{2})BH(\d{1,4})([A-Z]{1,2})$/.exec(s);
  if (m) return `${m[1]}BH${pad(m[2]!, 4)}${m[3]}`;
  const spaced = asciiDigits(raw.normalize('NFKC'))
    .toUpperCase()
    .match(/[A-Z]+|[0-9]+/g)!
    .join(' ');
  m = /^([A-Z]{2}) (\d{1,2}) (?:([A-Z]+(?: [A-Z]+)*) )?(\d{1,4})$/.exec(spaced);
  const series = m?.[3]?.replace(/ /g, '') ?? '';
  if (m && series.length <= 3) return `${m[1]}${pad(m[2]!, 2)}${series}${pad(m[4]!, 4)}`;
  m = /^([A-Z]{2})(\d{1,2}?)([A-Z]{0,3})(\d{1,4})$/.exec(s);
  if (m) return `${m[1]}${pad(m[2]!, 2)}${m[3]}${pad(m[4]!, 4)}`;
  m = /^([A-Z]{3})(\d{1,4})$/.exec(s);
  if (m) return `${m[1]}${pad(m[2]!, 4)}`;
  return s;
}

const PHONE_CHARS = /^\(?\+?[0-9 ().-]+$/;

function normalisePhone(raw: string): string | null {
  const s = asciiDigits(raw.normalize('NFKC')).trim();
  if (!PHONE_CHARS.test(s)) return null;
  const digits = s.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  if (/^\(?\+/.test(s)) return digits.startsWith('91') && digits.length === 12 ? digits.slice(2) : `+${digits}`;
  if (digits.startsWith('0091') && digits.length === 14) return digits.slice(4);
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0') && digits.length === 11) return digits.slice(1);
  if (digits.startsWith('91') && digits.length === 12) return digits.slice(2);
  return digits;
}
