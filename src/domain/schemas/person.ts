import { z } from 'zod';
import { requiredText, safeText, text } from './common.js';

export { GENDERS, PERSON_ROLES } from '../code-lists.js';
import { GENDERS, type PERSON_ROLES } from '../code-lists.js';
export type PersonRole = (typeof PERSON_ROLES)[number];

const address = z.strictObject({
  kind: z.enum(['present', 'permanent', 'other']).default('present'),
  line: requiredText(300),
  district: text(100).optional(),
  state: text(100).optional(),
  pin: z
    .string()
    .regex(/^\d{6}$/, 'must be a 6-digit PIN code')
    .optional(),
});

const idDocument = z
  .strictObject({
    kind: z.enum(['aadhaar', 'voter_id', 'pan', 'passport', 'driving_licence', 'other']),
    number: safeText().min(2, 'is required').max(40),
  })
  // Aadhaar Act 2016 s.29 and UIDAI rules: only the last four digits are ever stored.
  .transform((d) => (d.kind === 'aadhaar' ? { kind: d.kind, number: 'XXXX-XXXX-' + d.number.replace(/\D/g, '').slice(-4) } : d))
  .refine((d) => d.kind !== 'aadhaar' || /^XXXX-XXXX-\d{4}$/.test(d.number), { message: 'an Aadhaar number has 12 digits' });

/** A person as entered at the station: the name exactly as written, in any script. */
export const personInput = z.strictObject({
  name: requiredText(200),
  aliases: z.array(requiredText(200)).max(20).default([]),
  relativeName: text(200).optional(),
  relativeKind: z.enum(['father', 'husband', 'mother', 'guardian']).optional(),
  gender: z.enum(GENDERS).default('unknown'),
  age: z.number().int('must be a whole number of years').min(0).max(120).optional(),
  birthDate: z.iso.date({ error: 'must be a date like 1990-05-17' }).optional(),
  addresses: z.array(address).max(5).default([]),
  phones: z
    .array(safeText().regex(/^\+?[0-9 ()-]{6,20}$/, 'is not a phone number'))
    .max(5)
    .default([]),
  idDocuments: z.array(idDocument).max(5).default([]),
  description: z
    .strictObject({
      height: text(40).optional(),
      build: text(40).optional(),
      complexion: text(40).optional(),
      marks: text(300).optional(),
      other: text(500).optional(),
    })
    .default({}),
  photoSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'is not an uploaded photo')
    .optional(),
  occupation: text(100).optional(),
  nationality: text(60).optional(),
});
export type PersonInput = z.output<typeof personInput>;

/** On a record a person is either an existing one (linked, not duplicated) or a new one. */
export const personOnRecord = z.union([z.strictObject({ personId: z.uuid({ error: 'is not a valid person id' }) }), z.strictObject({ person: personInput })]);
export type PersonOnRecord = z.output<typeof personOnRecord>;
