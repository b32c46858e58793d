import { z } from 'zod';
import { MULTILINE, requiredText, text, uuid } from './common.js';

export const gdEntryInput = z.strictObject({
  stationCode: requiredText(40),
  kind: z.enum(['departure', 'arrival', 'arrest', 'seizure', 'information', 'general']),
  text: requiredText(5000, MULTILINE),
  officer: text(200).optional(),
  /** The FIR the entry concerns (an arrest starts the charge-sheet clock of that FIR). */
  firId: uuid.optional(),
});
export const gdCorrectionInput = z.strictObject({ correctsId: uuid, text: requiredText(5000, MULTILINE) });
export const gdListQuery = z.strictObject({
  station: text(40).optional(),
  date: z.iso.date({ error: 'must be a date like 2026-03-01' }).optional(),
});
