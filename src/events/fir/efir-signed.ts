import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofFir } from '../routing-rules.js';
import { utc } from '../shapes.js';

/** The informant signed an e-FIR: it stands registered. */
export const firEfirSigned = defineEvent({
  type: 'fir.efir_signed',
  version: 1,
  schema: z.strictObject({ signedAt: utc }),
  async project(tx, e, p) {
    await tx.updateTable('firs').set({ status: 'registered', efir_signed_at: p.signedAt, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofFir,
});
