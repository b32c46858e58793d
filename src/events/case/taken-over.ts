import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';

/** A supervisor (SDPO, SP) took a case over on record: from now on they act on it like its IO. */
export const caseTakenOver = defineEvent({
  type: 'case.taken_over',
  version: 1,
  schema: z.strictObject({ reason: z.string() }),
  async project(tx, e) {
    const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    await tx
      .insertInto('case_files')
      .values({ fir_id: e.entity_id, station_code: fir.station_code, acting_user_id: e.actor, acting_since: e.at, updated_at: e.at })
      .onConflict((oc) => oc.column('fir_id').doUpdateSet({ acting_user_id: e.actor, acting_since: e.at, updated_at: e.at }))
      .execute();
  },
  route: ofCase,
});
