import { useState, type FormEvent } from 'react';
import type { SessionUser, UnitNode } from '../api.ts';
import { arrests } from '../arrests-api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { UnitOptions } from '../components/StationField.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { formatDate, formatDateTime, unitName } from '../format.ts';
import { useLoad, useUnits } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { hrefFor, navigate } from '../router.ts';

/** The list is kept per police station and per district (BNSS 37). */
const LIST_KINDS = ['police_station', 'district'];

/** A day in IST as yyyy-mm-dd, `days` before today. */
export function istDay(days = 0, now = Date.now()): string {
  return new Date(now + 330 * 60_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The list of persons arrested at a police station or in a district (BNSS 37), to be displayed at
 * the station and in the district control room: a printable page. The unit is chosen from those
 * the reader may see (their own by default); the last 7 days by default. The server leaves out
 * every juvenile and says how many it left out.
 */
export function ArrestedPersonsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const { units } = useUnits(user);
  const choices = units.filter((u) => LIST_KINDS.includes(u.kind));
  const own = LIST_KINDS.includes(user.unit.kind) ? user.unit.code : '';
  const unit = query.get('unit') ?? (own || choices[0]?.code || '');
  const from = query.get('from') ?? istDay(6);
  const to = query.get('to') ?? istDay();
  const [draft, setDraft] = useState({ unit, from, to });
  const list = useLoad(() => (unit ? arrests.arrestedList(unit, from, to) : Promise.resolve(null)), [unit, from, to]);

  function apply(e: FormEvent) {
    e.preventDefault();
    navigate(hrefFor('arrested', null, { unit: draft.unit || unit, from: draft.from, to: draft.to }));
  }

  const data = list.data;
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('arrestedList.title')}</h1>
        <p className="lead">{data ? t('arrestedList.of', { unit: unitName(data.unit, lang), from: formatDate(data.from, lang), to: formatDate(data.to, lang) }) : t('arrestedList.intro')}</p>
      </div>
      <form className="toolbar toolbar-compact no-print" role="search" onSubmit={apply} data-testid="arrested-filter">
        <UnitSelect units={choices} value={draft.unit || unit} onChange={(v) => setDraft({ ...draft, unit: v })} />
        <TextField id="al-from" name="from" type="date" label={t('arrestedList.from')} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField id="al-to" name="to" type="date" label={t('arrestedList.to')} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <div className="toolbar-actions">
          <button type="submit" className="btn btn-primary">
            {t('arrestedList.show')}
          </button>
          <button type="button" className="btn" onClick={() => window.print()} disabled={!data} data-testid="arrested-print">
            {t('arrestedList.print')}
          </button>
        </div>
      </form>
      <p className="muted no-print">{t('arrestedList.hint')}</p>

      <section className="card print-sheet" aria-labelledby="al-list" data-testid="arrested-list">
        <h2 id="al-list">{data ? t('arrestedList.heading', { unit: unitName(data.unit, lang) }) : t('arrestedList.title')}</h2>
        <ErrorMessage message={list.error} />
        {!unit ? <p className="muted">{t('arrestedList.chooseUnit')}</p> : null}
        {unit && !data && !list.error ? (
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        {data ? (
          <>
            <p className="print-only">{t('arrestedList.of', { unit: unitName(data.unit, lang), from: formatDate(data.from, lang), to: formatDate(data.to, lang) })}</p>
            {data.persons.length === 0 ? (
              <p className="muted" data-testid="arrested-empty">
                {t('arrestedList.empty')}
              </p>
            ) : (
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="al-list">
                <table className="data-table" data-testid="arrested-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('arrestedList.name')}</th>
                      <th scope="col">{t('arrestedList.address')}</th>
                      <th scope="col">{t('arrestedList.offence')}</th>
                      <th scope="col">{t('arrestedList.station')}</th>
                      <th scope="col">{t('arrestedList.fir')}</th>
                      <th scope="col">{t('arrestedList.arrestedAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.persons.map((p) => (
                      <tr key={`${p.firId}-${p.accusedCode}-${p.arrestedAt}`} data-testid="arrested-row">
                        <th scope="row">{p.person.masked ? t('person.withheldShort') : p.person.name}</th>
                        <td>{p.person.masked ? '' : (p.person.address ?? '')}</td>
                        <td>
                          {p.offence.crimeHead ? `${p.offence.crimeHead} · ` : ''}
                          {p.offence.sections.map((s) => `${s.act} ${s.section}`).join(', ')}
                        </td>
                        <td>{unitName(p.station, lang)}</td>
                        <td>
                          <a href={hrefFor('case', p.firId)}>{p.firNumber}</a> ({p.accusedCode})
                        </td>
                        <td>{formatDateTime(p.arrestedAt, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {data.withheld > 0 ? (
              <p className="muted" data-testid="arrested-withheld">
                {t('arrestedList.withheld', { count: data.withheld })}
              </p>
            ) : null}
            <p className="muted small">{t('common.timesIst')}</p>
          </>
        ) : null}
      </section>
    </>
  );
}

function UnitSelect({ units, value, onChange }: { units: UnitNode[]; value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  if (units.length < 2) return null;
  return (
    <SelectField id="al-unit" name="unit" label={t('arrestedList.unit')} value={value} onChange={(e) => onChange(e.target.value)}>
      <UnitOptions units={units} />
    </SelectField>
  );
}
