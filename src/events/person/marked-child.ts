import { z } from 'zod';
import { noteProtectedAt, noteProtectedPersons } from '../../access/protection.js';
import { defineEvent } from '../event-type.js';
import { unitCode, utc } from '../shapes.js';

/**
 * A person already on the index found to have been a child on the date a record looks at (a body
 * found before their eighteenth birthday, an offence against them at 17): a juvenile from now on,
 * masked wherever they stand, and noted at the record's station, whose free text may name them.
 */
export const personMarkedChild = defineEvent({
  type: 'person.marked_child',
  version: 1,
  schema: z.strictObject({ ownerUnit: unitCode, stationCode: unitCode, on: utc }),
  async project(tx, e, p) {
    await tx.updateTable('persons').set({ juvenile: 1, updated_at: e.at }).where('id', '=', e.entity_id).execute();
    await noteProtectedPersons(tx, [e.entity_id]);
    await noteProtectedAt(tx, p.stationCode, [e.entity_id]);
  },
  // The person's node and the record's both mask them.
  route: async (_e, p) => ({ owner: p.stationCode, to: [], only: [...new Set([p.ownerUnit, p.stationCode])] }),
});
