import { ApiError } from './api.ts';
import { hasKey, type TFunction } from './i18n/index.tsx';

/** Server problem types (the end of the `type` URI) that the catalogues translate. */
export const PROBLEM_SLUGS = [
  'invalid-credentials',
  'invalid-code',
  'account-disabled',
  'wrong-current-password',
  'weak-password',
  'username-taken',
  'role-unit-mismatch',
  'unknown-role',
  'unknown-unit',
  'not-permitted',
  'no-change',
  'rate-limited',
  'csrf',
  'session-ended',
  'session-expired',
  'session-idle',
  'not-enrolled',
  'no-downstream',
  'node-exists',
  'outside',
  'wrong-kind',
  'already-revoked',
  'already-withdrawn',
  'not-arrived',
  'unsupported-media-type',
  'too-large',
  'not-an-image',
  'too-many-pixels',
] as const;

function slugOf(err: ApiError): string {
  return err.type.replace(/\/+$/, '').split('/').pop() ?? '';
}

/**
 * A translated message for the server's problem type, when the catalogue has one. English
 * users get the server's own `detail`, which is often more specific (it is written in English).
 */
function translatedProblem(t: TFunction, err: ApiError): string | null {
  if (t.lang === 'en') return null;
  const slug = slugOf(err);
  return slug && hasKey(`problem.${slug}`) ? t(`problem.${slug}`) : null;
}

/** A message for an error: the server's problem `detail` (or its translation), else a fallback by status. */
export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    return translatedProblem(t, err) ?? (err.detail || statusText(t, err.status));
  }
  return t('error.generic');
}

export function statusText(t: TFunction, status: number): string {
  if (status === 0) return t('error.network');
  if (status === 401) return t('error.unauthorised');
  if (status === 403) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (status === 409) return t('error.conflict');
  if (status === 423) return t('error.locked');
  if (status === 429) return t('error.rateLimited');
  if (status >= 500) return t('error.server');
  return t('error.generic');
}

/**
 * What a form shows for a failed submission: a summary at the top and messages by field.
 * `labels` names the form's fields: the server words field messages as the end of a
 * sentence ("is required"), so the label goes in front of those.
 */
export function problemView(t: TFunction, err: unknown, labels: Record<string, string>): { summary: string; fields: Record<string, string> } {
  if (!(err instanceof ApiError)) return { summary: errorText(t, err), fields: {} };
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(err.fieldErrors)) {
    if (!(path in labels)) continue;
    const label = labels[path]!;
    fields[path] = /^[a-z]/.test(message) ? `${label}: ${message}` : message;
  }
  const keys = Object.keys(fields);
  const translated = translatedProblem(t, err);
  if (translated && keys.length === 1) fields[keys[0]!] = translated;
  const summary = keys.length ? t('form.fixErrors') : (translated ?? (err.detail || statusText(t, err.status)));
  return { summary, fields };
}
