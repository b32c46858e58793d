import { useState, type ReactNode } from 'react';
import type { SessionUser } from '../../api.ts';
import { ErrorMessage } from '../../components/Alert.tsx';
import type { RegisterCounts, UnitRegisterCounts } from '../../contract.ts';
import { formatDate, unitName } from '../../format.ts';
import { useLoad, useUnits } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';

type Station = UnitRegisterCounts['stations'][number];

const SUPERVISED = new Set(['state', 'district', 'subdivision']);

/** One column of the table: its figure, the register list it opens at a station, and whether a figure above 0 needs attention. */
interface Column {
  id: string;
  label: string;
  value: (c: RegisterCounts) => number;
  href: (station: string) => string;
  alert?: true;
}

/**
 * A supervisor's view of the station registers across their unit (a sub-division, district or the
 * State): stations × registers with the unit's totals, the stations needing attention first (as
 * the server orders them) or sorted by any column; every figure opens that station's register.
 */
export function RegisterCountsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const unit = query.get('unit') ?? user.unit.code;
  const { data, error, reload } = useLoad(() => registers.registerCounts(unit), [unit]);
  const { units } = useUnits(user);
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);

  const station = (code: string) => hrefFor('home', null, { station: code });
  const groups: Array<{ id: string; label: string; columns: Column[] }> = [
    {
      id: 'nc',
      label: t('nc.title'),
      columns: [
        { id: 'ncFortnight', label: t('counts.ncFortnight'), value: (c) => c.ncReports.thisFortnight, href: (s) => hrefFor('ncReports', null, { station: s }) },
        { id: 'ncYear', label: t('counts.ncYear'), value: (c) => c.ncReports.thisYear, href: (s) => hrefFor('ncReports', null, { station: s }) },
        { id: 'ncOwed', label: t('counts.ncOwed'), value: (c) => c.ncReports.diariesOwed, href: station },
        { id: 'ncOverdue', label: t('counts.ncOverdue'), value: (c) => c.ncReports.diariesOverdue, href: station, alert: true },
      ],
    },
    {
      id: 'missing',
      label: t('missing.title'),
      columns: [
        { id: 'missingOpen', label: t('counts.missingOpen'), value: (c) => c.missingPersons.open, href: (s) => hrefFor('missingPersons', null, { station: s, status: 'missing' }) },
        {
          id: 'missingChildren',
          label: t('counts.missingChildren'),
          value: (c) => c.missingPersons.children,
          href: (s) => hrefFor('missingPersons', null, { station: s, status: 'missing' }),
          alert: true,
        },
        { id: 'traced', label: t('counts.traced'), value: (c) => c.missingPersons.tracedThisMonth, href: (s) => hrefFor('missingPersons', null, { station: s }) },
      ],
    },
    {
      id: 'found',
      label: t('fp.title'),
      columns: [
        { id: 'foundOpen', label: t('counts.foundOpen'), value: (c) => c.foundPersons.open, href: (s) => hrefFor('foundPersons', null, { station: s, status: 'found' }) },
        { id: 'foundChildren', label: t('counts.foundChildren'), value: (c) => c.foundPersons.children, href: (s) => hrefFor('foundPersons', null, { station: s }) },
        { id: 'cwcOverdue', label: t('counts.cwcOverdue'), value: (c) => c.foundPersons.cwcOverdue, href: station, alert: true },
      ],
    },
    {
      id: 'ud',
      label: t('counts.bodies'),
      columns: [
        { id: 'bodiesOpen', label: t('counts.bodiesOpen'), value: (c) => c.unidentifiedBodies.open, href: (s) => hrefFor('bodies', null, { station: s, status: 'unidentified' }) },
        { id: 'inquestsDue', label: t('counts.inquestsDue'), value: (c) => c.unidentifiedBodies.inquestsDue, href: station },
        { id: 'inquestsOverdue', label: t('counts.inquestsOverdue'), value: (c) => c.unidentifiedBodies.inquestsOverdue, href: station, alert: true },
      ],
    },
    {
      id: 'stolen',
      label: t('stolen.title'),
      columns: [
        { id: 'vehicles', label: t('counts.vehicles'), value: (c) => c.stolenVehicles.stolen, href: (s) => hrefFor('stolenCheck', null, { station: s, kind: 'vehicle', state: 'stolen' }) },
        {
          id: 'vehiclesBack',
          label: t('counts.vehiclesRecovered'),
          value: (c) => c.stolenVehicles.recovered,
          href: (s) => hrefFor('stolenCheck', null, { station: s, kind: 'vehicle', state: 'recovered' }),
        },
        { id: 'phones', label: t('counts.phones'), value: (c) => c.stolenPhones.stolen, href: (s) => hrefFor('stolenCheck', null, { station: s, kind: 'mobile_phone', state: 'stolen' }) },
        {
          id: 'phonesBack',
          label: t('counts.phonesRecovered'),
          value: (c) => c.stolenPhones.recovered,
          href: (s) => hrefFor('stolenCheck', null, { station: s, kind: 'mobile_phone', state: 'recovered' }),
        },
      ],
    },
    {
      id: 'lost',
      label: t('counts.lostFound'),
      columns: [
        { id: 'lostOpen', label: t('counts.lostOpen'), value: (c) => c.lostReports.open, href: (s) => hrefFor('lostReports', null, { station: s, status: 'lost' }) },
        { id: 'unclaimed', label: t('counts.unclaimed'), value: (c) => c.foundProperty.unclaimed, href: (s) => hrefFor('foundProperty', null, { station: s, status: 'unclaimed' }) },
        {
          id: 'claimRunOut',
          label: t('counts.claimRunOut'),
          value: (c) => c.foundProperty.claimPeriodsRunOut,
          href: (s) => hrefFor('foundProperty', null, { station: s, status: 'unclaimed' }),
          alert: true,
        },
      ],
    },
  ];
  const columns = groups.flatMap((g) => g.columns);

  const ordered = (stations: Station[]): Station[] => {
    if (!sort) return stations;
    const by = columns.find((c) => c.id === sort.column);
    const key = (s: Station) => (by ? by.value(s.counts) : 0);
    const sign = sort.descending ? -1 : 1;
    return [...stations].sort((a, b) => (by ? sign * (key(a) - key(b)) : sign * unitName(a, lang).localeCompare(unitName(b, lang))) || a.code.localeCompare(b.code));
  };
  const sortBy = (column: string) => setSort((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: column !== 'station' }));
  const ariaSort = (column: string) => (sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined);
  // The units just below that hold stations (a State's districts, a district's sub-divisions), not labs or bureaux.
  const narrower = units.filter((u) => u.parentCode === unit && SUPERVISED.has(u.kind));

  const cell = (s: Station, c: Column): ReactNode => {
    const n = c.value(s.counts);
    return (
      <td key={c.id} className={`num${c.alert && n > 0 ? ' count-alert' : ''}`}>
        {n > 0 ? (
          <a href={c.href(s.code)} aria-label={t('counts.cellLabel', { count: n, what: c.label, station: unitName(s, lang) })}>
            {n}
          </a>
        ) : (
          n
        )}
      </td>
    );
  };

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('counts.title', { unit: data ? unitName(data.unit, lang) : unit })}</h1>
          <p className="lead">{data ? t('counts.intro', { date: formatDate(data.date, lang), from: formatDate(data.fortnight.start, lang), to: formatDate(data.fortnight.end, lang) }) : null}</p>
        </div>
        <button type="button" className="btn btn-secondary" onClick={reload}>
          {t('common.refresh')}
        </button>
      </div>

      {narrower.length ? (
        <nav aria-label={t('counts.narrower')} className="card-spaced">
          <span className="muted">{t('counts.narrower')}: </span>
          {narrower.map((u, i) => (
            <span key={u.code}>
              {i ? ' · ' : null}
              <a href={hrefFor('registerCounts', null, { unit: u.code })}>{unitName(u, lang)}</a>
            </span>
          ))}
        </nav>
      ) : null}

      <ErrorMessage message={error} />
      {!data && !error ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}

      {data ? (
        data.stations.length === 0 ? (
          <p className="muted">{t('counts.noStations')}</p>
        ) : (
          <>
            <p className="muted" id="counts-order">
              {sort ? (
                <button type="button" className="btn-link" onClick={() => setSort(null)} data-testid="counts-attention">
                  {t('counts.byAttention')}
                </button>
              ) : (
                t('counts.orderHint')
              )}
            </p>
            <div className="table-wrap" role="region" aria-labelledby="counts-caption" tabIndex={0}>
              <table className="data-table counts-table" data-testid="register-counts" aria-describedby="counts-order">
                <caption id="counts-caption">{t('counts.caption', { unit: unitName(data.unit, lang), count: data.stations.length })}</caption>
                <thead>
                  <tr>
                    <td />
                    {groups.map((g) => (
                      <th key={g.id} scope="colgroup" colSpan={g.columns.length}>
                        {g.label}
                      </th>
                    ))}
                  </tr>
                  <tr>
                    <th scope="col" aria-sort={ariaSort('station')}>
                      <button type="button" className="sort-button" onClick={() => sortBy('station')}>
                        {t('common.station')}
                      </button>
                    </th>
                    {columns.map((c) => (
                      <th key={c.id} scope="col" className="num" aria-sort={ariaSort(c.id)}>
                        <button type="button" className="sort-button" onClick={() => sortBy(c.id)} data-testid={`sort-${c.id}`}>
                          {c.label}
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ordered(data.stations).map((s) => (
                    <tr key={s.code} data-testid={`counts-${s.code}`}>
                      <th scope="row">
                        <a href={hrefFor('home', null, { station: s.code })}>{unitName(s, lang)}</a> <code>{s.code}</code>
                      </th>
                      {columns.map((c) => cell(s, c))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="counts-total">
                    <th scope="row">{t('counts.total')}</th>
                    {columns.map((c) => (
                      <td key={c.id} className={`num${c.alert && c.value(data.totals) > 0 ? ' count-alert' : ''}`}>
                        {c.value(data.totals)}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )
      ) : null}
    </>
  );
}
