import { useEffect, useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { FIR_STATUSES } from '../codes.ts';
import { firStatusName, formatDateTimeShort, istDayStart, nextDay, sectionLabel, todayIst } from '../format.ts';
import { can, useLoad } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { records } from '../records-api.ts';
import { hrefFor, navigate } from '../router.ts';

export function firStatusBadge(status: string): string {
  return status === 'transferred' ? 'badge-muted' : status === 'awaiting_signature' ? 'badge-warning' : 'badge-success';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function FirsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const year = query.get('year') ?? '';
  const status = query.get('status') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const [draft, setDraft] = useState({ year, status, from, to });
  // The filters follow the address (back/forward, the menu link).
  useEffect(() => setDraft({ year, status, from, to }), [year, status, from, to]);
  const thisYear = Number(todayIst().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  const { data, error } = useLoad(
    () =>
      records.firs({
        year: year ? Number(year) : undefined,
        status: status || undefined,
        from: DATE.test(from) ? istDayStart(from) : undefined,
        to: DATE.test(to) ? istDayStart(nextDay(to)) : undefined,
      }),
    [year, status, from, to],
  );
  const list = data?.firs ?? null;

  function apply(e: FormEvent) {
    e.preventDefault();
    navigate(hrefFor('firs', null, draft));
  }

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('firs.title')}</h1>
          <p className="lead">{t('firs.intro')}</p>
        </div>
        {can(user, 'record.register') && user.unit.kind === 'police_station' ? (
          <a className="btn btn-primary" href={hrefFor('firNew')}>
            {t('nav.newFir')}
          </a>
        ) : null}
      </div>
      <form className="toolbar toolbar-compact" role="search" onSubmit={apply}>
        <SelectField label={t('firs.year')} name="year" value={draft.year} onChange={(e) => setDraft({ ...draft, year: e.target.value })}>
          <option value="">{t('firs.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('common.status')} name="status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
          <option value="">{t('firs.allStatuses')}</option>
          {FIR_STATUSES.map((s) => (
            <option key={s} value={s}>
              {firStatusName(t, s)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('firs.from')} name="from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField label={t('firs.to')} name="to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <div className="toolbar-actions">
          <button type="submit" className="btn btn-primary">
            {t('firs.apply')}
          </button>
          {year || status || from || to ? (
            <a className="btn btn-secondary" href={hrefFor('firs')} onClick={() => setDraft({ year: '', status: '', from: '', to: '' })}>
              {t('firs.clear')}
            </a>
          ) : null}
        </div>
      </form>
      <ErrorMessage message={error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="firs-caption">
        <table className="data-table" data-testid="firs-table">
          <caption id="firs-caption" className="visually-hidden">
            {t('firs.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('fir.number')}</th>
              <th scope="col">{t('fir.registeredAt')}</th>
              <th scope="col">{t('sections.label')}</th>
              <th scope="col">{t('fir.complainant')}</th>
              <th scope="col">{t('fir.place')}</th>
              <th scope="col">{t('common.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list === null && !error ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            ) : null}
            {list?.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('firs.empty')}
                </td>
              </tr>
            ) : null}
            {list?.map((f) => (
              <tr key={f.id} data-number={f.number}>
                <td className="nowrap">
                  <a href={hrefFor('fir', f.id)}>{f.number}</a>
                </td>
                <td className="nowrap">{formatDateTimeShort(f.registeredAt, lang)}</td>
                <td>{f.sections.map(sectionLabel).join(', ')}</td>
                <td>
                  {f.complainantName ?? (
                    <span className="withheld-inline">
                      <span className="icon-lock" aria-hidden="true" />
                      {t('person.withheldShort')}
                    </span>
                  )}
                </td>
                <td>{f.place}</td>
                <td>
                  <span className={`badge ${firStatusBadge(f.status)}`}>{firStatusName(t, f.status)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('common.timesIst')}</p>
    </>
  );
}
