import { z } from 'zod';
import { noteProtectedAt } from '../../access/protection.js';
import { defineEvent } from '../event-type.js';
import { unindexForMatching } from '../match/index-rows.js';
import { ownedBy } from '../routing-rules.js';
import { id, unitCode, utc } from '../shapes.js';

/**
 * The body identified as a person: the person of a missing-person report (whose report becomes
 * found dead in the same transaction, its own event) or a named person. A protected person (a
 * child) is noted among the station's protected persons, so its free text never names them to
 * those who may not see them.
 */
export const unnaturalDeathIdentified = defineEvent({
  type: 'unnatural_death.identified',
  version: 1,
  schema: z.strictObject({ stationCode: unitCode, at: utc, personId: id, missingPersonId: id.nullable(), note: z.string() }),
  async project(tx, e, p) {
    await tx
      .updateTable('unnatural_deaths')
      .set({ status: 'identified', identified_at: p.at, identified_person_id: p.personId, missing_person_id: p.missingPersonId, identification_note: p.note, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
    await noteProtectedAt(tx, p.stationCode, [p.personId]);
    await unindexForMatching(tx, 'body', e.entity_id);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
