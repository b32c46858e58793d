import { z } from 'zod';

export const fortnight = z.strictObject({ start: z.string(), end: z.string() });

/** What the station dashboard shows of the non-cognizable register (BNSS 174). */
export const ncDashboardSchema = z.strictObject({
  fortnight,
  thisFortnight: z.number().int().meta({ description: 'NC reports received this fortnight' }),
  diariesOwed: z
    .array(z.strictObject({ fortnight, reports: z.number().int(), due: z.string(), overdue: z.boolean() }))
    .meta({ description: 'Fortnights that have ended whose diary of NC reports has not been forwarded to the Magistrate, oldest first' }),
});
