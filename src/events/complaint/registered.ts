import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { noteProtectedPersons } from '../../access/protection.js';
import { recordNumber } from '../../storage/counters.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, sectionRef, unitCode, utc } from '../shapes.js';

const fields = {
  id,
  stationCode: unitCode,
  ackNo: z.string().min(1),
  receivedAt: utc,
  mode: z.enum(['walk_in', 'online', 'control_room', 'post']),
  complainantId: id,
  description: z.string(),
  place: z.string(),
  occurredFrom: utc.nullable(),
  occurredTo: utc.nullable(),
  sectionsAlleged: z.array(sectionRef),
  maxYears: z.number().nullable(),
  gdEntryId: id,
  /** The complaint's number in its station's series for the year (the ack no. shows it). */
  seq: z.number().int().positive(),
  year: z.number().int(),
};

/**
 * A complaint or petition received at a station (A1).
 *
 * Version 2 always carries `sensitive` (a section alleged is a sexual offence: the complainant is
 * withheld from the start, BNS 72). Version 1 events written before complaints kept the flag lack
 * it; those written after carry it. Upcasting derives it from the sections alleged, by the law
 * catalogue of the node reading it, as the projector did before versions.
 */
export const complaintRegistered = defineEvent({
  type: 'complaint.registered',
  version: 2,
  schema: z.strictObject({ ...fields, sensitive: z.boolean() }),
  older: {
    1: {
      schema: z.strictObject({ ...fields, sensitive: z.boolean().optional() }),
      upcast: async (p: { sensitive?: boolean; sectionsAlleged: { act: string; section: string }[] }, ctx, exec) => ({
        ...p,
        sensitive: p.sensitive ?? (await ctx.isSensitive(exec, p.sectionsAlleged)),
      }),
    },
  },
  async project(tx, e, p) {
    await tx
      .insertInto('complaints')
      .values({
        id: p.id,
        station_code: p.stationCode,
        ack_no: p.ackNo,
        received_at: p.receivedAt,
        mode: p.mode,
        complainant_id: p.complainantId,
        description: p.description,
        place: p.place,
        occurred_from: p.occurredFrom,
        occurred_to: p.occurredTo,
        sections: canonicalJson(p.sectionsAlleged),
        max_years: p.maxYears,
        sensitive: p.sensitive ? 1 : 0,
        assigned_to: null,
        assigned_at: null,
        status: 'registered',
        closure: null,
        closure_note: null,
        closed_at: null,
        fir_id: null,
        gd_entry_id: p.gdEntryId,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    await tx.insertInto('record_persons').values({ record_type: 'complaint', record_id: p.id, person_id: p.complainantId, role: 'complainant' }).execute();
    await noteProtectedPersons(tx, [p.complainantId]);
    await recordNumber(tx, `complaint:${p.stationCode}:${p.year}`, p.seq);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
