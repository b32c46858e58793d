import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { id, unitCode } from '../shapes.js';

/** A zero FIR sent to a station kept on this same node, registered there at once as `toFirId`. */
export const firTransferred = defineEvent({
  type: 'fir.transferred',
  version: 1,
  schema: z.strictObject({ toFirId: id, toStationCode: unitCode, reason: z.string() }),
  async project(tx, e, p) {
    await tx.updateTable('firs').set({ status: 'transferred', transferred_to_fir: p.toFirId, transferred_to_station: p.toStationCode, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  async route(e, p, look) {
    const station = await look.firStation(e.entity_id);
    return { owner: station ?? '', to: [], only: [station ?? '', p.toStationCode].filter(Boolean) };
  },
});
