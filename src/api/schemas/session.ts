import { z } from 'zod';
import { requiredText, verbatimText } from '../../domain/schemas/common.js';
import { LANGUAGES } from '../../directory/users.js';

export const stageSchema = z.enum(['anonymous', 'mfa', 'enrol', 'password', 'full']);

export const meSchema = z
  .strictObject({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    language: z.enum(LANGUAGES),
    unit: z.strictObject({ code: z.string(), kind: z.string(), nameEn: z.string(), nameHi: z.string() }),
    permissions: z.array(z.string()),
  })
  .meta({ id: 'Me' });

export const sessionSchema = z.strictObject({
  csrfToken: z.string(),
  stage: stageSchema,
  username: z.string().optional(),
  user: meSchema.optional(),
  idleTimeoutSeconds: z.number().int(),
  expiresAt: z.string().optional(),
  /** Which node this is, so the sign-in page can say "this station node is not enrolled yet". */
  node: z.strictObject({ tier: z.string(), unit: z.string(), enrolled: z.boolean(), firstSyncDone: z.boolean() }),
});

const password = verbatimText().min(1, 'is required').max(1024, 'is too long');
const code = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');

export const loginBody = z.strictObject({
  username: requiredText(100),
  password,
});
export const stageAnswer = z.strictObject({ stage: stageSchema });
export const codeBody = z.strictObject({ code });
export const enrolmentSchema = z.strictObject({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export const newPasswordBody = z.strictObject({ newPassword: password });
export const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });
export const languageBody = z.strictObject({ language: z.enum(LANGUAGES) });
