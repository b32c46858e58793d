import type { Unit } from './api.ts';
import { hasKey, localeOf, type Lang, type TFunction } from './i18n/index.tsx';

// The server's own lists: the catalogues must translate each (checked by test/unit/i18n.test.ts).
export { ROLES as ROLE_CODES } from '../../src/domain/roles.ts';
export { UNIT_KINDS } from '../../src/domain/units.ts';
export { AUDIT_ACTIONS } from '../../src/domain/audit-actions.ts';

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;

export function roleName(t: TFunction, code: string): string {
  return hasKey(`role.${code}`) ? t(`role.${code}`) : code;
}

export function unitKindName(t: TFunction, kind: string): string {
  return hasKey(`unitKind.${kind}`) ? t(`unitKind.${kind}`) : kind;
}

export function auditActionName(t: TFunction, action: string): string {
  return hasKey(`audit.action.${action}`) ? t(`audit.action.${action}`) : t('audit.action.other', { code: action });
}

export function auditOutcomeName(t: TFunction, outcome: string): string {
  return hasKey(`audit.outcome.${outcome}`) ? t(`audit.outcome.${outcome}`) : outcome;
}

export function unitName(unit: Pick<Unit, 'nameEn' | 'nameHi'>, lang: Lang): string {
  return (lang === 'hi' ? unit.nameHi : unit.nameEn) || unit.nameEn || unit.nameHi;
}

/** Date and time in Indian Standard Time, whatever the browser's zone. */
export function formatDateTime(iso: string | undefined | null, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: 'Asia/Kolkata',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(d);
}

export function formatTime(iso: string | undefined | null, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: 'Asia/Kolkata',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** "ABCD EFGH IJKL" — easier to read out and type. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
