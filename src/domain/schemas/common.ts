import { z } from 'zod';
import { firstUnsafeCharacter, normaliseText, type TextRules } from '../safe-text.js';

/** ISO-8601 instant with an offset or Z, e.g. 2026-03-01T14:30:00+05:30. */
export const instant = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-03-01T14:30:00+05:30' });

const textCheck = (rules: TextRules) =>
  z.superRefine((s: string, ctx) => {
    const bad = firstUnsafeCharacter(s, rules);
    // continue: false, so that a length rule does not also report on text that is refused anyway.
    if (bad) ctx.addIssue({ code: 'custom', message: `contains ${bad.description}`, input: s, continue: false });
  });
const ONE_LINE = textCheck({});
const MULTI_LINE = textCheck({ multiline: true });
/** The checks that mark a string schema as safe text (test/unit/safe-text.test.ts walks every route for them). */
const TEXT_CHECKS: ReadonlySet<unknown> = new Set([ONE_LINE, MULTI_LINE]);

/**
 * THE way to declare a string field that takes input: refuses what is not text
 * (src/domain/safe-text.ts), then normalises (line breaks, NFC) and trims, so that lengths are
 * counted on what is stored. Chain .min/.max/.regex/.refine on it as on any z.string().
 */
export const safeText = (rules: TextRules = {}) =>
  z
    .string()
    .check(rules.multiline ? MULTI_LINE : ONE_LINE)
    .overwrite(normaliseText)
    .trim();

/**
 * Text taken exactly as sent — refused if it holds what is not text, but not trimmed or
 * normalised: a password (so that a password set before stays the same password) and the fields
 * of a signed sync request (whose proof covers them as sent).
 */
export const verbatimText = () => z.string().check(ONE_LINE);

/** Whether a schema is a string built from safeText or verbatimText. */
export function isSafeText(schema: z.ZodType): boolean {
  return (schema._zod.def as { checks?: unknown[] }).checks?.some((c) => TEXT_CHECKS.has(c)) ?? false;
}

export const text = (max: number, rules: TextRules = {}) => safeText(rules).max(max, `is too long (at most ${max} characters)`);
export const requiredText = (max: number, rules: TextRules = {}) => text(max, rules).min(1, 'is required');
/** Several lines allowed: brief facts, GD text, descriptions, notes. */
export const MULTILINE: TextRules = { multiline: true };
export const reason = safeText(MULTILINE).min(5, 'must say why, in a few words').max(1000, 'is too long');
export const uuid = z.uuid({ error: 'is not a valid id' });
