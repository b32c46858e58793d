import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { sha256, unitCode } from '../shapes.js';

/** The record of a file (a photo), named by its SHA-256; the bytes travel separately. */
export const attachmentAdded = defineEvent({
  type: 'attachment.added',
  version: 1,
  schema: z.strictObject({ sha256, mime: z.string().min(1), size: z.number().int().min(0), ownerUnit: unitCode }),
  async project(tx, e, p) {
    // The event is about the file it names: one naming another file could pass that file to its sender.
    if (e.entity_id !== p.sha256) throw new Error(`attachment.added ${e.entity_id} names another file (${p.sha256})`);
    await tx
      .insertInto('attachments')
      .values({ sha256: p.sha256, mime: p.mime, size: p.size, owner_unit: p.ownerUnit, created_at: e.at, created_by: e.actor })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  },
  route: async (_e, p) => ownedBy(p.ownerUnit),
});
