import { ApiError } from './api.ts';
import type { TFunction } from './i18n/index.tsx';

/** A message for an error: the server's problem `detail` if it sent one, else a translated fallback. */
export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.detail) return err.detail;
    return statusText(t, err.status);
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

export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiError ? err.fieldErrors : {};
}

/**
 * The server words field messages as the end of a sentence ("is required"): put the
 * field's label in front of those so they read as a whole sentence.
 */
export function labelled(errors: Record<string, string>, labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const label = labels[path];
    out[path] = label && /^[a-z]/.test(message) ? `${label}: ${message}` : message;
  }
  return out;
}
