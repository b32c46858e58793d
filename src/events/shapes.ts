import { z } from 'zod';

/**
 * Pieces of payload shapes shared by several event types. They check structure and types only
 * (see event-type.ts): the input rules of the day live with the commands.
 */

/** A time as the code writes it: Date#toISOString(). */
export const utc = z.iso.datetime();
export const id = z.string().min(1).max(200);
export const unitCode = z.string().min(1).max(40);
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hash');
export const sectionRef = z.strictObject({ act: z.string().min(1), section: z.string().min(1) });

/** What a register entry's registration carries first: its id, its station, and its number in the station's series for the year. */
export const registerEntryShape = { id, stationCode: unitCode, number: z.string().min(1), year: z.number().int(), seq: z.number().int().positive() };

/** Those, as the register's table stores them. */
export const registerEntryRow = (p: { id: string; stationCode: string; number: string; year: number; seq: number }) => ({
  id: p.id,
  station_code: p.stationCode,
  number: p.number,
  year: p.year,
  seq: p.seq,
});

export { GENDERS, PERSON_ROLES } from '../domain/code-lists.js';
