import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { id, sha256, unitCode, utc } from '../shapes.js';

import { ALERT_KINDS } from '../../domain/code-lists.js';
export { ALERT_KINDS };

/** An alert or lookout notice, issued to a unit and broadcast to every station beneath it. */
export const alertIssued = defineEvent({
  type: 'alert.issued',
  version: 1,
  schema: z.strictObject({
    id,
    kind: z.enum(ALERT_KINDS),
    title: z.string(),
    details: z.string(),
    photoSha256: sha256.nullable(),
    targetUnit: unitCode,
    targetPath: z.string(),
    issuerUnit: unitCode,
    issuerName: z.string(),
    expiresAt: utc.nullable(),
  }),
  async project(tx, e, p) {
    // Who sees the alert follows from where its target really lies, not from what the event says.
    const target = await tx.selectFrom('units').select('path').where('code', '=', p.targetUnit).executeTakeFirst();
    await tx
      .insertInto('alerts')
      .values({
        id: p.id,
        kind: p.kind,
        title: p.title,
        details: p.details,
        photo_sha256: p.photoSha256,
        target_unit: p.targetUnit,
        target_path: target?.path ?? p.targetPath,
        issuer_unit: p.issuerUnit,
        issued_by: p.issuerName,
        issued_at: e.at,
        expires_at: p.expiresAt,
        status: 'active',
        withdrawn_at: null,
        withdrawn_by: null,
        withdraw_reason: null,
      })
      .execute();
  },
  route: async (_e, p) => ({
    owner: p.issuerUnit,
    to: [p.targetUnit],
    // The photo of a missing child reaches every station with the alert.
    ...(p.photoSha256 ? { follow: { unit: p.targetUnit, entities: [p.photoSha256], broadcast: true } } : {}),
  }),
});
