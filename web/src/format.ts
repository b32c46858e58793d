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

/** Non-breaking spaces that indent a unit in a list of the tree by its depth (below the list's first). */
export function treeIndent(depth: number): string {
  return '\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth));
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

/* ---------- Station records ---------- */

const IST_OFFSET_MS = 330 * 60 * 1000;

/** A calendar date in IST, e.g. "01 Jul 2026"; accepts an instant or a 'YYYY-MM-DD' date. */
export function formatDate(value: string | undefined | null, lang: Lang): string {
  if (!value) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+05:30`) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'Asia/Kolkata', day: '2-digit', month: 'short', year: 'numeric' }).format(d);
}

/** Date and time in IST without seconds: "01 Jul 2026, 09:30". */
export function formatDateTimeShort(iso: string | undefined | null, lang: Lang): string {
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
    hour12: false,
  }).format(d);
}

/** Today's date in India, 'YYYY-MM-DD'. */
export function todayIst(now = new Date()): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as the value of an <input type="datetime-local"> showing IST wall time. */
export function toIstInput(iso: string | undefined | null): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t + IST_OFFSET_MS).toISOString().slice(0, 16);
}

/** The IST wall time typed in a datetime-local field as an instant with offset, or undefined. */
export function fromIstInput(value: string): string | undefined {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return undefined;
  return `${v.length === 16 ? `${v}:00` : v}+05:30`;
}

/** The instant an IST calendar day begins, with offset. */
export function istDayStart(date: string): string {
  return `${date}T00:00:00+05:30`;
}

/** The day after an IST date, 'YYYY-MM-DD'. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function formatRupees(value: number | undefined | null, lang: Lang): string {
  if (value === undefined || value === null) return '';
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'INR', maximumFractionDigits: 2 }).format(value);
}

/** "BNS 303(2)" */
export function sectionLabel(s: { act: string; section: string }): string {
  return `${s.act} ${s.section}`;
}

/** A section's title in the language shown (Hindi when the catalogue has it). */
export function sectionTitle(s: { title: string; titleHi?: string | null }, lang: Lang): string {
  return lang === 'hi' && s.titleHi ? s.titleHi : s.title;
}

const named = (t: TFunction, key: string, code: string) => (hasKey(key) ? t(key) : code);

export const gdKindName = (t: TFunction, code: string) => (hasKey(`gdKind.${code}`) ? t(`gdKind.${code}`) : code);
export const firStatusName = (t: TFunction, code: string) => (hasKey(`firStatus.${code}`) ? t(`firStatus.${code}`) : code);
export const complaintStatusName = (t: TFunction, code: string) => (hasKey(`complaintStatus.${code}`) ? t(`complaintStatus.${code}`) : code);
export const closureName = (t: TFunction, code: string) => (hasKey(`closure.${code}`) ? t(`closure.${code}`) : code);
export const genderName = (t: TFunction, code: string) => (hasKey(`gender.${code}`) ? t(`gender.${code}`) : code);
export const relativeKindName = (t: TFunction, code: string) => (hasKey(`relativeKind.${code}`) ? t(`relativeKind.${code}`) : code);
export const idKindName = (t: TFunction, code: string) => (hasKey(`idKind.${code}`) ? t(`idKind.${code}`) : code);
export const complaintModeName = (t: TFunction, code: string) => (hasKey(`complaintMode.${code}`) ? t(`complaintMode.${code}`) : code);
export const firOriginName = (t: TFunction, code: string) => (hasKey(`firOrigin.${code}`) ? t(`firOrigin.${code}`) : code);
export const infoTypeName = (t: TFunction, code: string) => (hasKey(`infoType.${code}`) ? t(`infoType.${code}`) : code);
export const personRoleName = (t: TFunction, code: string) => (hasKey(`personRole.${code}`) ? t(`personRole.${code}`) : code);
export const triStateName = (t: TFunction, code: string) => (hasKey(`triState.${code}`) ? t(`triState.${code}`) : named(t, 'triState.unknown', code));
export const propertyCategoryName = (t: TFunction, code: string) => (hasKey(`propertyCategory.${code}`) ? t(`propertyCategory.${code}`) : code);

/* ---------- Sync and alerts ---------- */

export const tierName = (t: TFunction, code: string) => (hasKey(`tier.${code}`) ? t(`tier.${code}`) : code);
/** The link in a few words, as the Sync page states it. */
export const linkName = (t: TFunction, code: string) => (hasKey(`sync.link.${code}`) ? t(`sync.link.${code}`) : code);
export const nodeStatusName = (t: TFunction, code: string) => (hasKey(`nodes.status.${code}`) ? t(`nodes.status.${code}`) : code);
export const alertKindName = (t: TFunction, code: string) => (hasKey(`alertKind.${code}`) ? t(`alertKind.${code}`) : code);
export const alertStatusName = (t: TFunction, code: string) => (hasKey(`alertStatus.${code}`) ? t(`alertStatus.${code}`) : code);

/** Whole seconds from an instant to now (never negative); null without an instant. */
export function secondsSince(iso: string | null | undefined, now = Date.now()): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.round((now - at) / 1000));
}

/** "just now", "5 min ago", "3 h ago", "4 days ago". */
export function agoText(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('time.justNow');
  if (seconds < 3600) return t('time.minutesAgo', { n: Math.floor(seconds / 60) });
  if (seconds < 48 * 3600) return t('time.hoursAgo', { n: Math.floor(seconds / 3600) });
  return t('time.daysAgo', { n: Math.floor(seconds / 86400) });
}

/** A time of today as "10:42", of another day as "01 Jul 2026, 10:42" (IST). */
export function formatWhen(iso: string | null | undefined, lang: Lang, now = new Date()): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return iso ?? '';
  return todayIst(new Date(iso)) === todayIst(now) ? formatTime(iso, lang) : formatDateTimeShort(iso, lang);
}
