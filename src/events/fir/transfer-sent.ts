import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { unitCode } from '../shapes.js';

/** Sent to a station served by another node, which registers it under its own number on arrival. */
export const firTransferSent = defineEvent({
  type: 'fir.transfer_sent',
  version: 1,
  schema: z.strictObject({ toStationCode: unitCode, reason: z.string() }),
  async project(tx, e, p) {
    await tx.updateTable('firs').set({ status: 'transferred', transferred_to_station: p.toStationCode, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  async route(e, p, look) {
    const station = await look.firStation(e.entity_id);
    return {
      owner: station ?? '',
      to: [],
      only: [station ?? '', p.toStationCode].filter(Boolean),
      follow: { unit: p.toStationCode, entities: [e.entity_id, ...(await look.firDependants(e.entity_id))] },
    };
  },
});
