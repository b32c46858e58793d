import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';

/**
 * A user account. Credential hashes and sealed TOTP seeds are in the events because read tables
 * must be rebuildable and station nodes must sign users in offline.
 */
export const userCreated = defineEvent({
  type: 'user.created',
  version: 1,
  schema: z.strictObject({
    id: z.string().min(1),
    username: z.string().min(1).max(100),
    displayName: z.string().min(1),
    role: z.enum(ROLES),
    unitCode: z.string().min(1),
    language: z.enum(['en', 'hi']),
    passwordHash: z.string(),
    mustChangePassword: z.boolean(),
    totpSecret: z.string().nullable(),
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('users')
      .values({
        id: p.id,
        username: p.username,
        display_name: p.displayName,
        role: p.role,
        unit_code: p.unitCode,
        language: p.language,
        status: 'active',
        password_hash: p.passwordHash,
        must_change_password: p.mustChangePassword ? 1 : 0,
        totp_secret: p.totpSecret,
        totp_enrolled_at: p.totpSecret ? e.at : null,
        created_at: e.at,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
  },
  route: async (_e, p) => ownedBy(p.unitCode),
});
