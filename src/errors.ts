/**
 * An error meant for the person at the other end: the API turns it into an RFC 9457
 * application/problem+json answer with this status, type and detail.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    /** Short machine-readable slug, e.g. "invalid-credentials"; becomes the problem type URI. */
    readonly slug: string,
    readonly detail: string,
    readonly extra: {
      errors?: { path: string; message: string }[];
      retryAfterSeconds?: number;
      /** Further members of the problem object, for clients that act on them (sync resumes from them). */
      data?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
  }
}

export const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

export const badRequest = (slug: string, detail: string, errors?: { path: string; message: string }[]) => new ProblemError(400, slug, detail, { errors });
export const unauthorized = (slug: string, detail: string) => new ProblemError(401, slug, detail);
export const forbidden = (slug: string, detail: string) => new ProblemError(403, slug, detail);
export const notFound = (detail: string) => new ProblemError(404, 'not-found', detail);
export const conflict = (slug: string, detail: string) => new ProblemError(409, slug, detail);

export type FieldError = { path: string; message: string };

/** Field-level validation failures in the same words as schema validation: a sentence, then the fields. */
export function fieldProblem(errors: FieldError[]): ProblemError {
  const first = errors[0]!;
  const detail = errors.length === 1 ? `The request body is invalid: ${first.path}: ${first.message}` : `The request body has ${errors.length} problems; the first: ${first.path}: ${first.message}`;
  return new ProblemError(400, 'validation', detail, { errors });
}
