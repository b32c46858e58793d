import { useState } from 'react';
import type { SessionUser } from '../../api.ts';
import { Notice } from '../../components/Alert.tsx';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { missing } from '../../forms.ts';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { formatDate, formatDateTimeShort, sectionLabel, todayIst } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { registers, type NcReportRow } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { fortnightBefore, fortnightOf, type Fortnight } from '../../../../src/domain/fortnights.ts';
import { courtName, ownStation, PdfLinks, StationFilter, useMagistrates } from './common.tsx';

export const ncStatusName = (t: TFunction, status: string) => (status === 'converted' ? t('nc.statusConverted') : t('nc.statusRegistered'));

/** The fortnight `today` falls in and the `count` before it, newest first. */
function fortnights(today: string, count: number): Fortnight[] {
  const out = [fortnightOf(today)];
  while (out.length <= count) out.push(fortnightBefore(out[out.length - 1]!));
  return out;
}

/** The non-cognizable register (BNSS 174): the reports, found by number, informant, status and dates; the fortnightly diary. */
export function NcReportsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t } = useI18n();
  const own = ownStation(user);
  const labels = { number: t('nc.number'), informant: t('nc.informant'), status: t('common.status'), from: t('nc.from'), to: t('nc.to'), station: t('common.station') };
  // A fortnight's reports (the dashboard's diary owed): its dates in the address.
  const from = query.get('from') ?? '';
  const search = useFilterSearch(
    'nc',
    { number: query.get('number') ?? '', informant: '', status: '', from, to: query.get('to') ?? '', station: query.get('station') ?? '' },
    labels,
    (f) => registers.ncReports(f),
    {
      atOnce: true,
    },
  );
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
      <NcDiaryCard user={user} fortnight={from} />
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

/**
 * The fortnightly diary of NC reports for the Magistrate: choose the fortnight (and the station),
 * print it in English or Hindi; once the fortnight has ended, record it as sent (once).
 */
function NcDiaryCard({ user, fortnight }: { user: SessionUser; fortnight: string }) {
  const { t, lang } = useI18n();
  const own = ownStation(user);
  const today = todayIst();
  const choices = fortnights(today, 11);
  const [from, setFrom] = useState(choices.some((f) => f.start === fortnight) ? fortnight : choices[0]!.start);
  const [station, setStation] = useState(own);
  const dialogs = useDialogs<Fortnight>();
  const label = (f: Fortnight) => t('nc.fortnightValue', { from: formatDate(f.start, lang), to: formatDate(f.end, lang) });
  const chosen = choices.find((f) => f.start === from)!;
  const mayForward = can(user, 'record.register') && !!own && chosen.end < today;
  return (
    <section className="card card-spaced" aria-labelledby="nc-diary" data-testid="nc-diary">
      <h2 id="nc-diary">{t('nc.diaryTitle')}</h2>
      <p className="muted">{t('nc.diaryIntro')}</p>
      <Notice tone="success">{dialogs.status}</Notice>
      <div className="toolbar toolbar-compact">
        <StationFilter user={user} field={{ id: 'nc-diary-station', name: 'station', label: t('common.station'), value: station, onChange: (e) => setStation(e.target.value) }} />
        <SelectField id="nc-diary-fortnight" label={t('nc.fortnight')} value={from} onChange={(e) => setFrom(e.target.value)}>
          {choices.map((f) => (
            <option key={f.start} value={f.start}>
              {label(f)}
            </option>
          ))}
        </SelectField>
      </div>
      {station ? <PdfLinks testId="nc-diary-pdf" url={(l) => registers.ncDiaryUrl(station, from, l)} /> : <p className="muted">{t('registers.chooseStation')}</p>}
      {mayForward ? (
        <p>
          <button type="button" className="btn btn-secondary" onClick={() => dialogs.open(chosen)} data-testid="nc-diary-forward">
            {t('nc.forward')}
          </button>
        </p>
      ) : null}
      {dialogs.dialog ? (
        <ForwardDialog
          station={own}
          fortnight={dialogs.dialog}
          title={t('nc.forwardTitle', { fortnight: label(dialogs.dialog) })}
          onClose={dialogs.close}
          onDone={() => dialogs.finish(t('nc.forwarded', { fortnight: label(dialogs.dialog!) }))}
        />
      ) : null}
    </section>
  );
}

/** The fortnight's diary recorded as sent to the Magistrate (BNSS 174(1)): to which court, under which letter. */
function ForwardDialog({ station, fortnight, title, onClose, onDone }: { station: string; fortnight: Fortnight; title: string; onClose: () => void; onDone: () => void }) {
  const { t, lang } = useI18n();
  const form = useStepForm();
  const courts = useMagistrates(station);
  const [courtCode, setCourtCode] = useState('');
  const [reference, setReference] = useState('');
  return (
    <StepDialog
      form={form}
      title={title}
      intro={t('nc.forwardIntro')}
      testId="nc-forward-form"
      labels={{ courtCode: t('nc.forwardCourt'), reference: t('nc.forwardReference') }}
      submit={t('nc.forwardSubmit')}
      check={() => missing(t, { courtCode })}
      send={async () => {
        await registers.forwardDiary({ stationCode: station, from: fortnight.start, courtCode, ...(reference.trim() ? { reference: reference.trim() } : {}) });
        onDone();
      }}
      onClose={onClose}
    >
      <PathSelect path="courtCode" label={t('nc.forwardCourt')} required autoFocus value={courtCode} onChange={setCourtCode}>
        <Options empty={t('common.choose')} items={courts} code={(c) => c.code} name={(c) => courtName(c, lang)} />
      </PathSelect>
      <PathText path="reference" label={t('nc.forwardReference')} hint={t('nc.forwardReferenceHint')} autoComplete="off" value={reference} onChange={setReference} />
    </StepDialog>
  );
}
