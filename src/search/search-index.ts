import { compactIdentifier, normaliseRegistration, reversed } from '../domain/vehicle-numbers.js';
import type { FirContent } from '../domain/schemas/fir.js';
import type { Executor, Storage } from '../storage/db.js';
import { fullTextFor, type FirFullText } from './fulltext.js';
import { PHONE_INDEX_TABLE } from './phone-index.js';

/** What the index needs of an FIR: its current version. */
export interface IndexedFir {
  id: string;
  content: Pick<FirContent, 'properties' | 'sections' | 'briefFacts' | 'place'>;
}

/**
 * The search index tables of records (migration 005): vehicles and sections of FIRs, FIR text,
 * persons' phones. They are read tables like any other: written by the projectors in the
 * record's transaction, emptied and refilled by rebuild.
 */
export class SearchIndex {
  private readonly fullText: FirFullText;

  constructor(storage: Storage) {
    this.fullText = fullTextFor(storage.engine);
  }

  /** The index's tables, which rebuild empties and refills. */
  get tables(): string[] {
    return ['vehicle_index', 'imei_index', 'fir_section_index', PHONE_INDEX_TABLE, ...this.fullText.tables];
  }

  /**
   * Indexes an FIR as of its current version: on registration (`replace: false`: there is nothing
   * to remove, which saves a registration its deletes) and on every amendment (`replace: true`).
   */
  indexFir(exec: Executor, fir: IndexedFir, opts: { replace: boolean }): Promise<void> {
    return indexFir(exec, this.fullText, fir, opts.replace);
  }
}

async function indexFir(exec: Executor, fullText: FirFullText, fir: IndexedFir, replace: boolean): Promise<void> {
  if (replace) {
    await exec.deleteFrom('vehicle_index').where('fir_id', '=', fir.id).execute();
    await exec.deleteFrom('imei_index').where('fir_id', '=', fir.id).execute();
    await exec.deleteFrom('fir_section_index').where('fir_id', '=', fir.id).execute();
  }
  const vehicles = vehicleRows(fir);
  if (vehicles.length) await exec.insertInto('vehicle_index').values(vehicles).execute();
  const handsets = imeiRows(fir);
  if (handsets.length) await exec.insertInto('imei_index').values(handsets).execute();
  const sections = new Map(fir.content.sections.map((s) => [`${s.act} ${s.section.toUpperCase()}`, s]));
  if (sections.size) {
    await exec
      .insertInto('fir_section_index')
      .values([...sections.values()].map((s) => ({ fir_id: fir.id, act: s.act, section: s.section.toUpperCase(), section_base: sectionBase(s.section) })))
      .execute();
  }
  const p = fir.content.place;
  await fullText.put(exec, { firId: fir.id, facts: fir.content.briefFacts, place: [p.address, p.beat, p.directionDistance].filter(Boolean).join(' ') }, replace);
}

/** "303(2)" → "303", "66A" → "66A": the section without its sub-section. */
export function sectionBase(section: string): string {
  return section.trim().toUpperCase().split('(')[0]!.trim();
}

function imeiRows(fir: IndexedFir) {
  return fir.content.properties.flatMap((p, item) => {
    const m = p.mobilePhone;
    if (!m) return [];
    // Stored as validated (15 ASCII digits); a dual-SIM handset is found by either IMEI.
    return [...new Set([m.imei, m.imei2].filter((x) => x !== undefined))].map((imei) => ({ fir_id: fir.id, item, imei, details: JSON.stringify(m) }));
  });
}

function vehicleRows(fir: IndexedFir) {
  return fir.content.properties.flatMap((p, item) => {
    const v = p.vehicle;
    if (!v) return [];
    const registration = v.registration ? (normaliseRegistration(v.registration)?.canonical ?? null) : null;
    const engine = v.engineNo ? compactIdentifier(v.engineNo) || null : null;
    const chassis = v.chassisNo ? compactIdentifier(v.chassisNo) || null : null;
    const rev = (s: string | null) => (s ? reversed(s) : null);
    return [
      {
        fir_id: fir.id,
        item,
        registration,
        registration_rev: rev(registration),
        engine_no: engine,
        engine_rev: rev(engine),
        chassis_no: chassis,
        chassis_rev: rev(chassis),
        details: JSON.stringify(v),
      },
    ];
  });
}
