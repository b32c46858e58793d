import { z } from 'zod';

/** ISO-8601 instant with an offset or Z, e.g. 2026-03-01T14:30:00+05:30. */
export const instant = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-03-01T14:30:00+05:30' });
export const text = (max: number) => z.string().trim().max(max, `is too long (at most ${max} characters)`);
export const requiredText = (max: number) => text(max).min(1, 'is required');
export const reason = z.string().trim().min(5, 'must say why, in a few words').max(1000, 'is too long');
export const uuid = z.uuid({ error: 'is not a valid id' });
