import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { id, unitCode } from '../shapes.js';

/**
 * A case handed to another station or agency (a crime branch, the CID: notified police stations)
 * to investigate, with its whole file. The FIR stays in its station's register under its number;
 * the investigation moves: the receiving unit's SHO assigns an IO there, and every later step is
 * made by the node that keeps that unit. The IO and any supervisor acting on it are released.
 */
export const caseTransferred = defineEvent({
  type: 'case.transferred',
  version: 1,
  schema: z.strictObject({ fromUnitCode: unitCode, toUnitCode: unitCode, previousIoUserId: id.nullable(), reason: z.string() }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select(['station_code', 'content']).where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    await tx
      .insertInto('case_files')
      .values({ fir_id: e.entity_id, station_code: fir.station_code, investigating_unit: p.toUnitCode, acting_user_id: null, acting_since: null, updated_at: e.at })
      .onConflict((oc) => oc.column('fir_id').doUpdateSet({ investigating_unit: p.toUnitCode, acting_user_id: null, acting_since: null, updated_at: e.at }))
      .execute();
    const content = { ...(JSON.parse(fir.content) as Record<string, unknown>), ioUserId: null };
    await tx
      .updateTable('firs')
      .set({ io_user_id: null, content: canonicalJson(content), updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  async route(e, p, look) {
    // Routed after its projection: the case's unit is already the receiving one, so the sender is
    // named by the payload. The receiving unit's node gets the case's history with it.
    const station = await look.firStation(e.entity_id);
    return {
      owner: p.fromUnitCode,
      to: [],
      only: [...new Set([station, p.fromUnitCode, p.toUnitCode].filter((u): u is string => !!u))],
      follow: { unit: p.toUnitCode, entities: [e.entity_id, ...(await look.firDependants(e.entity_id))] },
    };
  },
});
