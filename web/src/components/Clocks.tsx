import type { ReactNode } from 'react';
import { formatDateTimeShort } from '../format.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import type { ClockState } from '../records-api.ts';

export function clockStatusText(t: TFunction, status: string): string {
  switch (status) {
    case 'running':
      return t('clock.running');
    case 'due_soon':
      return t('clock.dueSoon');
    case 'overdue':
      return t('clock.overdue');
    case 'met':
      return t('clock.met');
    case 'met_late':
      return t('clock.metLate');
    default:
      return status;
  }
}

/** Status of a statutory clock: colour, a symbol and words — never colour alone. */
export function ClockBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const symbol = status === 'overdue' ? '!!' : status === 'due_soon' ? '!' : status === 'met' || status === 'met_late' ? '✓' : '○';
  return (
    <span className={`badge clock clock-${status}`} data-status={status}>
      <span className="clock-symbol" aria-hidden="true">
        {symbol}
      </span>
      {clockStatusText(t, status)}
    </span>
  );
}

export function clockTitle(clock: ClockState, lang: string): string {
  return lang === 'hi' && clock.titleHi ? clock.titleHi : clock.titleEn;
}

/**
 * One clock in a list: its title (or `title`, where the line says more) and legal reference, the
 * record it runs on (`record`, a link, in lists across records), its status and when it is due.
 */
export function ClockEntry({ clock, record, title }: { clock: ClockState; record?: ReactNode; title?: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <li className={`clock-item clock-item-${clock.status}`}>
      <div className="clock-main">
        {record}
        <span className="clock-title">{title ?? clockTitle(clock, lang)}</span>
        <span className="clock-ref">{clock.legalRef}</span>
      </div>
      <div className="clock-side">
        <ClockBadge status={clock.status} />
        <span className="clock-due">{t('clock.dueBy', { time: formatDateTimeShort(clock.dueAt, lang) })}</span>
      </div>
    </li>
  );
}

/** The statutory clocks of one record, as a list. */
export function ClockList({ clocks }: { clocks: ClockState[] | undefined }) {
  const { t } = useI18n();
  if (!clocks) return <p className="muted">{t('clock.notAvailable')}</p>;
  if (clocks.length === 0) return <p className="muted">{t('clock.none')}</p>;
  return (
    <ul className="clock-list" data-testid="clocks">
      {clocks.map((c) => (
        <ClockEntry key={c.code} clock={c} />
      ))}
    </ul>
  );
}
