import { useState, type FormEvent, type ReactNode } from 'react';
import type { SessionUser } from '../api.ts';
import { useStations } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { hrefFor, navigate, type Route } from '../router.ts';
import { ErrorMessage } from './Alert.tsx';
import { DataTable } from './DataTable.tsx';
import { SelectField } from './Field.tsx';
import { StationField } from './StationField.tsx';

/**
 * A station register's place in the address: the station (one's own when at a station, chosen by
 * a reader above one) and the filters by `keys`, the entry open, and the address of the same list
 * with something changed — one's own station is left out of it.
 */
export function useStationRegister<K extends string>(user: SessionUser, query: URLSearchParams, route: Route, keys: readonly K[]) {
  const own = user.unit.kind === 'police_station' ? user.unit.code : '';
  const station = query.get('station') ?? own;
  const filters = Object.fromEntries(keys.map((k) => [k, query.get(k) ?? ''])) as Record<K, string>;
  const href = (over: Record<string, string | undefined>) => hrefFor(route, null, { station: station === own ? undefined : station, ...filters, ...over });
  return { own, station, filters, id: query.get('id'), route, href };
}

export type StationRegister<K extends string> = ReturnType<typeof useStationRegister<K>>;

/**
 * The filter toolbar of a station register: the station (for a reader above a station), the
 * register's own filters (`children`, given the draft and its setter) and Show — applied to the
 * address, so the list can be bookmarked and the back button works.
 */
export function StationFilterToolbar<K extends string>({
  user,
  register,
  testId,
  children,
}: {
  user: SessionUser;
  register: StationRegister<K>;
  testId: string;
  children: (draft: Record<K, string>, set: (patch: Partial<Record<K, string>>) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const stations = useStations(user);
  const { own, route } = register;
  const [station, setStation] = useState(register.station);
  const [draft, setDraft] = useState(register.filters);

  function apply(e: FormEvent) {
    e.preventDefault();
    const filters = Object.fromEntries(Object.entries<string>(draft).map(([k, v]) => [k, v.trim()]));
    navigate(hrefFor(route, null, { station: station === own ? undefined : station, ...filters }));
  }

  return (
    <form className="toolbar toolbar-compact" role="search" onSubmit={apply} data-testid={testId}>
      {!own ? <StationField path="station" label={t('common.station')} value={station} onChange={setStation} stations={stations} required /> : null}
      {children(draft, (patch) => setDraft({ ...draft, ...patch }))}
      <div className="toolbar-actions">
        <button type="submit" className="btn btn-primary">
          {t('propertyRoom.show')}
        </button>
      </div>
    </form>
  );
}

/** The toolbar of a register filtered by station and status (lost reports, found property). */
export function StationStatusFilter({
  user,
  register,
  statuses,
  statusLabel,
  name,
}: {
  user: SessionUser;
  register: StationRegister<'status'>;
  statuses: readonly string[];
  statusLabel: (status: string) => string;
  /** Names the toolbar's test id (`<name>-filter`) and its status field's id (`<name>-status`). */
  name: string;
}) {
  const { t } = useI18n();
  return (
    <StationFilterToolbar user={user} register={register} testId={`${name}-filter`}>
      {(draft, set) => (
        <SelectField id={`${name}-status`} name="status" label={t('common.status')} value={draft.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{t('lost.anyStatus')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </SelectField>
      )}
    </StationFilterToolbar>
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
        <DataTable headingId={headingId} columns={columns} testId={testId}>
          {children}
        </DataTable>
      ) : null}
    </section>
  );
}
