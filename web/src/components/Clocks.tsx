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

/** The statutory clocks of one record, as a list. */
export function ClockList({ clocks }: { clocks: ClockState[] | undefined }) {
  const { t, lang } = useI18n();
  if (!clocks) return <p className="muted">{t('clock.notAvailable')}</p>;
  if (clocks.length === 0) return <p className="muted">{t('clock.none')}</p>;
  return (
    <ul className="clock-list" data-testid="clocks">
      {clocks.map((c) => (
        <li key={c.code} className={`clock-item clock-item-${c.status}`}>
          <div className="clock-main">
            <span className="clock-title">{clockTitle(c, lang)}</span>
            <span className="clock-ref">{c.legalRef}</span>
          </div>
          <div className="clock-side">
            <ClockBadge status={c.status} />
            <span className="clock-due">{t('clock.dueBy', { time: formatDateTimeShort(c.dueAt, lang) })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
