import { useState, type FormEvent, type ReactNode } from 'react';
import type { SessionUser } from '../api.ts';
import { useStations } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { hrefFor, navigate, type Route } from '../router.ts';
import { ErrorMessage } from './Alert.tsx';
import { SelectField } from './Field.tsx';
import { StationField } from './StationField.tsx';

/**
 * A station register's place in the address: the station (one's own when at a station, chosen by
 * a reader above one) and the status it is filtered by, the entry open, and the address of the
 * same list with something changed — one's own station is left out of it.
 */
export function useStationRegister(user: SessionUser, query: URLSearchParams, route: Route) {
  const own = user.unit.kind === 'police_station' ? user.unit.code : '';
  const station = query.get('station') ?? own;
  const status = query.get('status') ?? '';
  const href = (over: Record<string, string | undefined>) => hrefFor(route, null, { station: station === own ? undefined : station, status, ...over });
  return { own, station, status, id: query.get('id'), route, href };
}

export type StationRegister = ReturnType<typeof useStationRegister>;

/**
 * The filter toolbar of a station register: the station (for a reader above a station) and the
 * status, applied to the address so the list can be bookmarked and the back button works.
 */
export function StationStatusFilter({
  user,
  register,
  statuses,
  statusLabel,
  name,
}: {
  user: SessionUser;
  register: StationRegister;
  statuses: readonly string[];
  statusLabel: (status: string) => string;
  /** Names the toolbar's test id (`<name>-filter`) and its status field's id (`<name>-status`). */
  name: string;
}) {
  const { t } = useI18n();
  const stations = useStations(user);
  const { own, route } = register;
  const [draft, setDraft] = useState({ station: register.station, status: register.status });

  function apply(e: FormEvent) {
    e.preventDefault();
    navigate(hrefFor(route, null, { station: draft.station === own ? undefined : draft.station, status: draft.status }));
  }

  return (
    <form className="toolbar toolbar-compact" role="search" onSubmit={apply} data-testid={`${name}-filter`}>
      {!own ? <StationField path="station" label={t('common.station')} value={draft.station} onChange={(s) => setDraft({ ...draft, station: s })} stations={stations} required /> : null}
      <SelectField id={`${name}-status`} name="status" label={t('common.status')} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
        <option value="">{t('lost.anyStatus')}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </SelectField>
      <div className="toolbar-actions">
        <button type="submit" className="btn btn-primary">
          {t('propertyRoom.show')}
        </button>
      </div>
    </form>
  );
}

/** A register's list: its heading, a failure to load, an empty register said in words, or the table. */
export function RegisterTable({
  headingId,
  title,
  error,
  rows,
  emptyText,
  columns,
  testId,
  children,
}: {
  headingId: string;
  title: string;
  error: string | null;
  /** How many rows loaded; null while loading or after a failure. */
  rows: number | null;
  emptyText: string;
  columns: string[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ErrorMessage message={error} />
      {rows === 0 ? <p className="muted">{emptyText}</p> : null}
      {rows ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="data-table" data-testid={testId}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
