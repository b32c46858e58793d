import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';

/**
 * The IO recorded the crime details of a case (IIF-2). A later record replaces the earlier as the
 * case's details (version 2, 3 …); every record stays in the log. The MO codes are projected one
 * row each, with the crime head and the time of occurrence, for "cases like this one".
 */
export const caseCrimeDetailsRecorded = defineEvent({
  type: 'case.crime_details_recorded',
  version: 1,
  schema: z.strictObject({
    version: z.number().int().positive(),
    crimeHead: z.string(),
    crimeSubHead: z.string().nullable(),
    placeType: z.string(),
    motive: z.string().nullable(),
    moCodes: z.array(z.string()),
    properties: z.array(z.strictObject({ description: z.string(), category: z.string().nullable(), quantity: z.string().nullable(), value: z.number().nullable() })),
    remarks: z.string().nullable(),
  }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select(['station_code', 'content']).where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    const occurredAt = (JSON.parse(fir.content) as { occurredFrom: string }).occurredFrom;
    const row = { station_code: fir.station_code, version: p.version, details: canonicalJson(p), recorded_by: e.actor, recorded_at: e.at };
    await tx
      .insertInto('case_crime_details')
      .values({ fir_id: e.entity_id, ...row })
      .onConflict((oc) => oc.column('fir_id').doUpdateSet(row))
      .execute();
    await tx.deleteFrom('case_mo_codes').where('fir_id', '=', e.entity_id).execute();
    if (p.moCodes.length)
      await tx
        .insertInto('case_mo_codes')
        .values([...new Set(p.moCodes)].map((mo_code) => ({ fir_id: e.entity_id, mo_code, station_code: fir.station_code, crime_head: p.crimeHead, occurred_at: new Date(occurredAt).toISOString() })))
        .execute();
  },
  route: ofCase,
});
