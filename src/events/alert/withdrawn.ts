import { z } from 'zod';
import { defineEvent } from '../event-type.js';

/** An alert withdrawn by its issuer, with the reason and who withdrew it. */
export const alertWithdrawn = defineEvent({
  type: 'alert.withdrawn',
  version: 1,
  schema: z.strictObject({ reason: z.string(), by: z.string() }),
  async project(tx, e, p) {
    await tx.updateTable('alerts').set({ status: 'withdrawn', withdrawn_at: e.at, withdrawn_by: p.by, withdraw_reason: p.reason }).where('id', '=', e.entity_id).execute();
  },
  async route(e, _p, look) {
    const a = await look.alert(e.entity_id);
    return { owner: a?.issuerUnit ?? '', to: a ? [a.targetUnit] : [] };
  },
});
