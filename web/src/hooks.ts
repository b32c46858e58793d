import { useCallback, useEffect, useState } from 'react';
import { api, type SessionUser, type UnitNode } from './api.ts';
import { errorText } from './errors.ts';
import { useI18n } from './i18n/index.tsx';
import { records } from './records-api.ts';

/** Loads data when the dependencies change; `reload()` loads again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | null; error: string | null; reload: () => void; setData: (d: T) => void } {
  const { t } = useI18n();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    load()
      .then((d) => {
        if (live) setData(d);
      })
      .catch((err: unknown) => {
        if (live) setError(errorText(t, err));
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, n]);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return { data, error, reload, setData };
}

export interface OfficerOption {
  id: string;
  name: string;
  role: string;
}

const INVESTIGATING = ['investigating_officer', 'station_house_officer'];

/**
 * Officers of the user's station who may investigate (IO, SHO). Listing users needs user.read
 * (the SHO has it); others can choose only themselves, when they are an IO.
 */
export function useOfficers(user: SessionUser): OfficerOption[] {
  const [list, setList] = useState<OfficerOption[]>(() => (INVESTIGATING.includes(user.role) ? [{ id: user.id, name: user.displayName, role: user.role }] : []));
  useEffect(() => {
    if (!user.permissions.includes('user.read') || user.unit.kind !== 'police_station') return;
    let live = true;
    records
      .officers(user.unit.code)
      .then((users) => {
        if (live) setList(users.map((u) => ({ id: u.id, name: u.displayName, role: u.role })));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [user]);
  return list;
}

/** A list of units, read once when the user has the permission; `loaded` once it has been answered. */
function useUnitList(user: SessionUser, permission: string, load: () => Promise<UnitNode[]>): { units: UnitNode[]; loaded: boolean } {
  const [state, setState] = useState(() => ({ units: [] as UnitNode[], loaded: !can(user, permission) }));
  useEffect(() => {
    if (!can(user, permission)) return;
    let live = true;
    load()
      .then((units) => {
        if (live) setState({ units, loaded: true });
      })
      .catch(() => {
        if (live) setState((s) => ({ ...s, loaded: true }));
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);
  return state;
}

/** Police stations the user can see in the unit tree (GET /api/v1/stations: own unit and below). */
export function useStations(user: SessionUser): UnitNode[] {
  return useUnitList(user, 'record.read', () => api.stations().then((r) => r.stations)).units;
}

/** The units the user can see, their own first and then those below (GET /api/v1/units). */
export function useUnits(user: SessionUser): { units: UnitNode[]; loaded: boolean } {
  return useUnitList(user, 'unit.read', () => api.units().then((r) => r.units));
}

export const can = (user: SessionUser, permission: string) => user.permissions.includes(permission);

/** Station roles get the station dashboard; everyone else the general home page. */
export const isStationUser = (user: SessionUser) => user.unit.kind === 'police_station' && can(user, 'record.read');
