import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, utc } from '../shapes.js';

/** The IO declared an accused of the case absconding since a date, with the efforts made to trace them. */
export const caseAccusedAbsconding = defineEvent({
  type: 'case.accused_absconding',
  version: 1,
  schema: z.strictObject({ declarationId: id, personId: id, since: utc, note: z.string() }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    await tx
      .insertInto('absconders')
      .values({ id: p.declarationId, fir_id: e.entity_id, station_code: fir.station_code, person_id: p.personId, since: p.since, note: p.note, declared_by: e.actor, declared_at: e.at })
      .execute();
  },
  route: ofCase,
});
