import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import { MULTILINE, requiredText, safeText, text } from '../../domain/schemas/common.js';
import { LANGUAGES, USERNAME_PATTERN } from '../../directory/users.js';

export const userSchema = z
  .strictObject({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    unitCode: z.string(),
    language: z.enum(LANGUAGES),
    status: z.enum(['active', 'disabled']),
    locked: z.boolean(),
    mfaEnrolled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const userListQuery = z.strictObject({
  q: text(100).optional(),
  unit: text(40).optional(),
});

export const createUserBody = z.strictObject({
  username: safeText().toLowerCase().regex(USERNAME_PATTERN, 'must be 3–40 characters: lower-case letters, digits, dots or hyphens, starting with a letter'),
  displayName: requiredText(120),
  role: z.enum(ROLES, { error: `must be one of: ${ROLES.join(', ')}` }),
  unitCode: requiredText(40),
  language: z.enum(LANGUAGES).optional(),
});

export const reasonBody = z.strictObject({
  reason: safeText(MULTILINE).min(3, 'must say why, in a few words').max(500, 'is too long'),
});

export const idParams = z.strictObject({ id: z.uuid({ error: 'is not a valid user id' }) });

export const oneUserSchema = z.strictObject({ user: userSchema });
export const userListSchema = z.strictObject({ users: z.array(userSchema) });
export const userWithPassword = z.strictObject({ user: userSchema, temporaryPassword: z.string() });
export const roleListSchema = z.strictObject({ roles: z.array(z.strictObject({ code: z.string(), unitKinds: z.array(z.string()) })) });
