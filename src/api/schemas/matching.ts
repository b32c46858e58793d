import { z } from 'zod';
import { BUILDS, COMPLEXIONS, FOUND_STATUSES, GENDERS, MISSING_STATUSES, UD_STATUSES } from '../../domain/code-lists.js';

const FACTORS = ['sex', 'age', 'height', 'build', 'complexion', 'marks', 'clothes', 'date', 'place'] as const;

const matchReasonSchema = z.strictObject({
  factor: z.enum(FACTORS),
  weight: z.number().meta({ description: 'The most this factor earns (reference/matching/match-weights.json)' }),
  points: z.number().meta({ description: 'What it earned; negative when the two plainly disagree' }),
  verdict: z.enum(['agrees', 'partly', 'differs', 'unknown']),
  detail: z.string(),
});

/** A report, a body or a found person as a candidate list shows it: a protected person withheld from the reader is masked (no name, photo or marks). */
const matchRecordSchema = z.strictObject({
  kind: z.enum(['missing_person', 'unidentified_body', 'found_person']),
  id: z.string(),
  number: z.string(),
  stationCode: z.string(),
  at: z.string().meta({ description: 'Last seen (a report) or found (a body, a found person)' }),
  status: z.union([z.enum(MISSING_STATUSES), z.enum(UD_STATUSES), z.enum(FOUND_STATUSES)]),
  child: z.boolean(),
  masked: z.boolean().meta({ description: 'The person is withheld from the reader: no name, photo or marks' }),
  name: z.string().nullable(),
  age: z.number().int().nullable().meta({ description: 'Age when last seen (a report), or the age a found person gives' }),
  description: z.strictObject({
    sex: z.enum(GENDERS),
    ageRange: z.strictObject({ from: z.number().int(), to: z.number().int() }).nullable(),
    heightCm: z.number().nullable(),
    build: z.enum(BUILDS).nullable(),
    complexion: z.enum(COMPLEXIONS).nullable(),
    marks: z.string().nullable(),
    clothes: z.string().nullable(),
    photoSha256: z.string().nullable(),
    place: z.strictObject({ address: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() }),
  }),
});

export const matchCandidatesSchema = z
  .strictObject({
    subject: matchRecordSchema,
    candidates: z.array(matchRecordSchema.extend({ score: z.number(), reasons: z.array(matchReasonSchema) })),
    confirmed: z.array(matchRecordSchema.extend({ decidedAt: z.string(), score: z.number().nullable() })),
    rejected: z.number().int().meta({ description: 'Pairs rejected by an officer, not offered again' }),
  })
  .meta({ id: 'MatchCandidates' });

export const matchDecisionSchema = z
  .strictObject({
    decision: z.enum(['confirmed', 'rejected']),
    missingPersonId: z.string(),
    unnaturalDeathId: z.string(),
    score: z.number().nullable(),
    decidedAt: z.string(),
    identify: z
      .strictObject({ path: z.string(), body: z.strictObject({ missingPersonId: z.string() }), allowed: z.boolean() })
      .nullable()
      .meta({ description: 'After a confirmation, the identification the officer may now make (not made automatically)' }),
  })
  .meta({ id: 'MatchDecision' });

export const foundMatchDecisionSchema = z
  .strictObject({
    decision: z.enum(['confirmed', 'rejected']),
    missingPersonId: z.string(),
    foundPersonId: z.string(),
    score: z.number().nullable(),
    decidedAt: z.string(),
    outcome: z
      .strictObject({ path: z.string(), body: z.strictObject({ missingPersonId: z.string() }), allowed: z.boolean() })
      .nullable()
      .meta({ description: "After a confirmation, the found person's outcome the officer may now record (identified or restored; not made automatically)" }),
  })
  .meta({ id: 'FoundMatchDecision' });
