import { ageBand, matchFeatures } from '../../domain/matching.js';
import type { Tx } from '../../storage/db.js';
import type { MatchIndexTable } from '../../storage/schema.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { loadMatchRules } from './rules.js';

/** The description as the events carry it (descriptionShape). */
interface StoredDescription {
  sex: string;
  ageRange?: { from: number; to: number };
  heightCm?: number;
  build?: string | null;
  complexion?: string | null;
  marks?: string | null;
  clothes?: string | null;
  place: { latitude?: number; longitude?: number };
}

/**
 * An open record in the match index (migration 022), with the district and State of its station
 * from the unit tree (a station node holds the whole State's tree). Called by the projectors of
 * the report and the body, so every node that holds the record can match it.
 */
export async function indexForMatching(
  tx: Tx,
  row: { kind: MatchIndexTable['kind']; id: string; stationCode: string; ageFrom: number | null; ageTo: number | null; at: string; description: StoredDescription },
): Promise<void> {
  const rules = loadMatchRules();
  const unit = await tx.selectFrom('units').select('path').where('code', '=', row.stationCode).executeTakeFirst();
  const parts = unit?.path.split('/').filter(Boolean) ?? [];
  const d = row.description;
  await tx
    .insertInto('match_index')
    .values({
      kind: row.kind,
      id: row.id,
      station_code: row.stationCode,
      district_code: parts[2] ?? null,
      state_code: parts[1] ?? row.stationCode.split('-')[0]!,
      sex: d.sex,
      age_from: row.ageFrom,
      age_to: row.ageTo,
      age_band: ageBand(row.ageFrom, row.ageTo, rules),
      at: row.at,
      height_cm: d.heightCm ?? null,
      build: d.build ?? null,
      complexion: d.complexion ?? null,
      latitude: d.place.latitude ?? null,
      longitude: d.place.longitude ?? null,
      features: canonicalJson(matchFeatures({ marks: d.marks ?? undefined, clothes: d.clothes ?? undefined }, rules)),
    })
    .onConflict((oc) => oc.columns(['kind', 'id']).doNothing())
    .execute();
}

/** A report traced, returned or found dead, or a body identified, is offered no more. */
export async function unindexForMatching(tx: Tx, kind: MatchIndexTable['kind'], id: string): Promise<void> {
  await tx.deleteFrom('match_index').where('kind', '=', kind).where('id', '=', id).execute();
}
