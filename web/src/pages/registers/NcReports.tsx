import { useState } from 'react';
import type { SessionUser } from '../../api.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { formatDate, formatDateTimeShort, sectionLabel, todayIst } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { registers, type NcReportRow } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { ownStation, PdfLinks, StationFilter } from './common.tsx';

export const ncStatusName = (t: TFunction, status: string) => (status === 'converted' ? t('nc.statusConverted') : t('nc.statusRegistered'));

/** A fortnight of the NC diary (BNSS 174(1)): the 1st–15th or the 16th–last of an IST month. */
export interface Fortnight {
  from: string;
  to: string;
}

/** The fortnight `date` falls in, and the `count` before it, newest first. */
export function fortnights(date: string, count: number): Fortnight[] {
  const out: Fortnight[] = [];
  let [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  let second = Number(date.slice(8, 10)) >= 16;
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i <= count; i++) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push(second ? { from: `${y}-${pad(m)}-16`, to: `${y}-${pad(m)}-${last}` } : { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-15` });
    if (second) second = false;
    else {
      second = true;
      m -= 1;
      if (m === 0) [y, m] = [y - 1, 12];
    }
  }
  return out;
}

/** The non-cognizable register (BNSS 174): the reports, found by number, informant, status and dates; the fortnightly diary. */
export function NcReportsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t } = useI18n();
  const own = ownStation(user);
  const labels = { number: t('nc.number'), informant: t('nc.informant'), status: t('common.status'), from: t('nc.from'), to: t('nc.to'), station: t('common.station') };
  const search = useFilterSearch('nc', { number: query.get('number') ?? '', informant: '', status: '', from: '', to: '', station: '' }, labels, (f) => registers.ncReports(f), { atOnce: true });
  const list = search.answer?.reports ?? null;
  const mayRegister = can(user, 'record.register') && !!own;
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('nc.title')}</h1>
          <p className="lead">{t('nc.intro')}</p>
        </div>
        {mayRegister ? (
          <a className="btn btn-primary" href={hrefFor('ncReportNew')} data-testid="nc-new">
            {t('nc.new')}
          </a>
        ) : null}
      </div>
      <FilterSearchCard
        headingId="nc-list"
        testId="nc-search"
        title={t('nc.listTitle')}
        intro={t('nc.listIntro')}
        search={search}
        find={t('registers.show')}
        count={list ? <p className="muted">{list.length ? t('registers.count', { count: list.length }) : t('nc.empty')}</p> : null}
        columns={[t('nc.number'), t('nc.receivedAt'), t('nc.informant'), t('sections.label'), t('nc.place'), t('common.status')]}
        tableTestId="nc-table"
        rows={list?.map((r) => <NcRow key={r.id} r={r} />) ?? null}
        footer={<p className="muted small">{t('common.timesIst')}</p>}
      >
        <TextField {...search.field('number')} hint={t('nc.numberHint')} autoComplete="off" />
        <TextField {...search.field('informant')} autoComplete="off" />
        <SelectField {...search.field('status')}>
          <option value="">{t('registers.anyStatus')}</option>
          <option value="registered">{t('nc.statusRegistered')}</option>
          <option value="converted">{t('nc.statusConverted')}</option>
        </SelectField>
        <TextField {...search.field('from')} type="date" />
        <TextField {...search.field('to')} type="date" />
        <StationFilter user={user} field={search.field('station')} />
      </FilterSearchCard>
      <NcDiaryCard user={user} />
    </>
  );
}

function NcRow({ r }: { r: NcReportRow }) {
  const { t, lang } = useI18n();
  return (
    <tr data-number={r.number}>
      <th scope="row" className="nowrap">
        <a href={hrefFor('ncReport', r.id)}>{r.number}</a>
      </th>
      <td className="nowrap">{formatDateTimeShort(r.receivedAt, lang)}</td>
      <td>
        {r.informantName ?? (
          <span className="withheld-inline">
            <span className="icon-lock" aria-hidden="true" />
            {t('person.withheldShort')}
          </span>
        )}
      </td>
      <td>{r.sections.map(sectionLabel).join(', ')}</td>
      <td>{r.place}</td>
      <td>
        <span className={`badge ${r.status === 'converted' ? 'badge-success' : 'badge-muted'}`}>{ncStatusName(t, r.status)}</span>
      </td>
    </tr>
  );
}

/** The fortnightly diary of NC reports for the Magistrate: choose the fortnight (and the station), print it in English or Hindi. */
function NcDiaryCard({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const own = ownStation(user);
  const choices = fortnights(todayIst(), 11);
  const [from, setFrom] = useState(choices[0]!.from);
  const [station, setStation] = useState(own);
  const label = (f: Fortnight) => t('nc.fortnightValue', { from: formatDate(f.from, lang), to: formatDate(f.to, lang) });
  return (
    <section className="card card-spaced" aria-labelledby="nc-diary" data-testid="nc-diary">
      <h2 id="nc-diary">{t('nc.diaryTitle')}</h2>
      <p className="muted">{t('nc.diaryIntro')}</p>
      <div className="toolbar toolbar-compact">
        <StationFilter user={user} field={{ id: 'nc-diary-station', name: 'station', label: t('common.station'), value: station, onChange: (e) => setStation(e.target.value) }} />
        <SelectField id="nc-diary-fortnight" label={t('nc.fortnight')} value={from} onChange={(e) => setFrom(e.target.value)}>
          {choices.map((f) => (
            <option key={f.from} value={f.from}>
              {label(f)}
            </option>
          ))}
        </SelectField>
      </div>
      {station ? <PdfLinks testId="nc-diary-pdf" url={(l) => registers.ncDiaryUrl(station, from, l)} /> : <p className="muted">{t('registers.chooseStation')}</p>}
    </section>
  );
}
