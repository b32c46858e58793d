import { z } from 'zod';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, utc } from '../shapes.js';

/** A statement recorded under BNSS 180, inserted in the diary entry of the day it was taken. */
export const diaryStatement = z.strictObject({
  /** The person on the FIR who made it, or null for someone not (yet) on the record. */
  personId: id.nullable(),
  /** The maker as the IO wrote it, when not a person on the record. */
  name: z.string().nullable(),
  text: z.string(),
});

/** A day's entry in the case diary (BNSS 192): numbered in the case's volume, never changed. */
export const caseDiaryEntryAdded = defineEvent({
  type: 'case.diary_entry_added',
  version: 1,
  schema: z.strictObject({
    entryId: id,
    entryNo: z.number().int().positive(),
    beganAt: utc,
    closedAt: utc.nullable(),
    places: z.array(z.string()),
    text: z.string(),
    statements: z.array(diaryStatement),
  }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    await tx
      .insertInto('case_diary_entries')
      .values({
        id: p.entryId,
        fir_id: e.entity_id,
        station_code: fir.station_code,
        entry_no: p.entryNo,
        began_at: p.beganAt,
        closed_at: p.closedAt,
        places: canonicalJson(p.places),
        text: p.text,
        statements: canonicalJson(p.statements),
        written_by: e.actor,
        written_at: e.at,
      })
      .execute();
    await recordNumber(tx, diaryScope(e.entity_id), p.entryNo);
  },
  route: ofCase,
});

/** The counter of a case's diary entries. */
export const diaryScope = (firId: string) => `cd:${firId}`;
