import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ProblemError, TITLES } from '../errors.js';

export const PROBLEM_TYPE_BASE = 'https://cctns.example/problems/';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export function sendProblem(reply: FastifyReply, err: ProblemError): FastifyReply {
  if (err.extra.retryAfterSeconds) reply.header('retry-after', String(err.extra.retryAfterSeconds));
  return reply
    .code(err.status)
    .type('application/problem+json')
    .send({
      type: PROBLEM_TYPE_BASE + err.slug,
      title: TITLES[err.status] ?? 'Error',
      status: err.status,
      detail: err.detail,
      ...(err.extra.errors ? { errors: err.extra.errors } : {}),
      ...err.extra.data,
    });
}

/** Turns zod issues into a sentence a person can act on, plus per-field messages. */
export function validationProblem(where: 'body' | 'query' | 'path', error: z.ZodError): ProblemError {
  const errors = error.issues.flatMap(unionBranch).map((i) => ({ path: i.path.join('.') || '(root)', message: describeIssue(i) }));
  const first = errors[0]!;
  const detail =
    errors.length === 1
      ? `The request ${where} is invalid: ${first.path === '(root)' ? '' : first.path + ': '}${first.message}`
      : `The request ${where} has ${errors.length} problems; the first: ${first.path}: ${first.message}`;
  return new ProblemError(400, 'validation', detail, { errors });
}

/**
 * A value that fits no option of a union ("a person on record is { personId } or { person }") is
 * reported as the option it was meant to be: the one whose own fields were recognised (no
 * unknown or missing field at its top), so that the message names the field inside it — e.g.
 * complainant.person.name — not just "complainant: Invalid input".
 */
function unionBranch(i: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (i.code !== 'invalid_union' || !i.errors?.length) return [i];
  const structural = (branch: z.core.$ZodIssue[]) =>
    branch.filter((b) => b.path.length === 0 || b.code === 'unrecognized_keys' || (b.path.length === 1 && 'input' in b && b.input === undefined)).length;
  const meant = i.errors.filter((branch) => structural(branch) === 0);
  if (meant.length !== 1) return [i];
  return meant[0]!.map((b) => ({ ...b, path: [...i.path, ...b.path] })).flatMap(unionBranch);
}

function describeIssue(i: z.core.$ZodIssue): string {
  // Inputs are reported (reportInput) only to tell "missing" from "wrong"; they are never echoed.
  const missing = 'input' in i ? i.input === undefined : / received undefined$/.test(i.message);
  if (missing && i.code !== 'unrecognized_keys') return 'is required';
  switch (i.code) {
    case 'unrecognized_keys':
      return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return `must be ${i.expected}`;
    default:
      return i.message;
  }
}
