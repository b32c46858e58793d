import { z } from 'zod';
import type { Tx } from '../../storage/db.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { caseUnitOf } from './case-unit.js';
import { ofCase } from '../routing-rules.js';
import { id, utc } from '../shapes.js';

const json = (v: unknown) => (v === null ? null : canonicalJson(v));

/**
 * An arrest or court-surrender memo (IIF-3) of one accused, by the case's IO; its General Diary
 * entry is written in the same transaction. An outcome that puts the person in custody or on
 * bail at once (a surrender, a police bail) opens the first period of the accused's ledger.
 */
export const caseArrestRecorded = defineEvent({
  type: 'case.arrest_recorded',
  version: 1,
  schema: z.strictObject({
    arrestId: id,
    personId: id,
    accusedCode: z.string().min(1),
    kind: z.enum(['arrest', 'surrender']),
    outcome: z.string().min(1),
    at: utc,
    place: z.string(),
    court: z.string().nullable(),
    grounds: z.string().nullable(),
    personInformed: z.strictObject({ name: z.string(), relationship: z.string(), phone: z.string().nullable(), informedAt: utc }).nullable(),
    attestingWitness: z.string().nullable(),
    handcuff: z.strictObject({ category: z.string(), reason: z.string() }).nullable(),
    magistratePermission: z.strictObject({ magistrate: z.string(), reference: z.string(), grantedAt: utc }).nullable(),
    seniorPermission: z.strictObject({ officer: z.string(), rank: z.string(), grantedAt: utc }).nullable(),
    infirm: z.boolean(),
    ageAtArrest: z.number().int().min(0).nullable(),
    gdEntryId: id,
    custody: z
      .strictObject({
        periodId: id,
        kind: z.enum(['police', 'judicial', 'bail']),
        from: utc,
        until: utc.nullable(),
        byCourt: z.boolean(),
        court: z.string().nullable(),
        orderReference: z.string().nullable(),
      })
      .nullable(),
  }),
  async project(tx, e, p) {
    // The arrest is the investigating unit's: its station's list of the arrested (BNSS 37).
    const unit = await caseUnitOf(tx, e.entity_id);
    await tx
      .insertInto('arrests')
      .values({
        id: p.arrestId,
        fir_id: e.entity_id,
        station_code: unit.stationCode,
        district_code: unit.districtCode,
        person_id: p.personId,
        accused_code: p.accusedCode,
        kind: p.kind,
        outcome: p.outcome,
        arrested_at: p.at,
        place: p.place,
        court: p.court,
        grounds: p.grounds,
        person_informed: json(p.personInformed),
        attesting_witness: p.attestingWitness,
        handcuff: json(p.handcuff),
        magistrate_permission: json(p.magistratePermission),
        senior_permission: json(p.seniorPermission),
        infirm: p.infirm ? 1 : 0,
        age_at_arrest: p.ageAtArrest,
        gd_entry_id: p.gdEntryId,
        arrested_by: e.actor,
        recorded_at: e.at,
        production: null,
        produced_at: null,
      })
      .execute();
    // A new arrest ends the bail (or any period still open) the accused was on.
    await closeOpenPeriods(tx, e.entity_id, p.personId, p.at);
    if (p.custody) {
      const c = p.custody;
      await openCustodyPeriod(tx, {
        id: c.periodId,
        arrestId: p.arrestId,
        firId: e.entity_id,
        stationCode: unit.stationCode,
        personId: p.personId,
        kind: c.kind,
        from: c.from,
        until: c.until,
        byCourt: c.byCourt,
        court: c.court,
        orderReference: c.orderReference,
        by: e.actor,
        at: e.at,
      });
    }
  },
  route: ofCase,
});

/**
 * Enters a period in the accused's ledger. A new order ends the period still open (judicial
 * custody or bail with no end) at the new order's start: bail ends judicial custody, a
 * cancellation of bail ends the bail.
 */
export async function openCustodyPeriod(
  tx: Tx,
  c: {
    id: string;
    arrestId: string;
    firId: string;
    stationCode: string;
    personId: string;
    kind: string;
    from: string;
    until: string | null;
    byCourt: boolean;
    court: string | null;
    orderReference: string | null;
    by: string;
    at: string;
  },
): Promise<void> {
  await closeOpenPeriods(tx, c.firId, c.personId, c.from);
  await tx
    .insertInto('custody_periods')
    .values({
      id: c.id,
      arrest_id: c.arrestId,
      fir_id: c.firId,
      station_code: c.stationCode,
      person_id: c.personId,
      kind: c.kind,
      from_at: c.from,
      until_at: c.until,
      by_court: c.byCourt ? 1 : 0,
      court: c.court,
      order_ref: c.orderReference,
      recorded_by: c.by,
      recorded_at: c.at,
    })
    .execute();
}

async function closeOpenPeriods(tx: Tx, firId: string, personId: string, at: string): Promise<void> {
  await tx.updateTable('custody_periods').set({ until_at: at }).where('fir_id', '=', firId).where('person_id', '=', personId).where('until_at', 'is', null).where('from_at', '<', at).execute();
}
