import { z } from 'zod';
import { requiredText } from '../../domain/schemas/common.js';

const entry = z.strictObject({ code: z.string(), en: z.string(), hi: z.string() });

/** The investigation's code lists as the forms offer them: codes with their English and Hindi labels. */
export const investigationCodesSchema = z
  .strictObject({
    version: z.string(),
    moGroups: z.array(entry.extend({ codes: z.array(entry) })),
    placeTypes: z.array(entry),
    motives: z.array(entry),
    finalReportKinds: z.array(entry.extend({ kind: z.enum(['charge_sheet', 'closure']), needsReason: z.boolean() })),
    accusedStatuses: z.array(
      entry.extend({
        custody: z.array(z.string()).meta({ description: "The custody record's statuses this one agrees with: a report giving another is refused" }),
        sentUp: z.boolean().meta({ description: 'Whether an accused of this status may be sent up for trial' }),
      }),
    ),
    courtOutcomes: z.array(entry),
    appealResults: z.array(entry),
    courts: z.array(z.strictObject({ code: z.string(), level: z.string(), unitCode: z.string(), nameEn: z.string(), nameHi: z.string() })),
  })
  .meta({ id: 'InvestigationCodes', description: 'Code lists of the investigation (IIF-2 to IIF-7) and the courts, labelled in English and Hindi.' });

/** The courts of a unit's district and State only, when a unit is named. */
export const investigationCodesQuery = z.strictObject({ unit: requiredText(40).optional() });
