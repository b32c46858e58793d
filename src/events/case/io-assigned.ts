import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id } from '../shapes.js';

/**
 * The SHO assigned (or reassigned, with a reason) the investigating officer of a case. The FIR
 * row carries the current IO, in its column and in its current content, so that an amendment
 * made afterwards keeps the assignment; the FIR's versions keep who was named at each version.
 */
export const caseIoAssigned = defineEvent({
  type: 'case.io_assigned',
  version: 1,
  schema: z.strictObject({ ioUserId: id, previousIoUserId: id.nullable(), reason: z.string().nullable() }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select('content').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    const content = { ...(JSON.parse(fir.content) as Record<string, unknown>), ioUserId: p.ioUserId };
    await tx
      .updateTable('firs')
      .set({ io_user_id: p.ioUserId, content: canonicalJson(content), updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: ofCase,
});
