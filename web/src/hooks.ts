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
  const [list, setList] = useState<OfficerOption[]>(() =>
    INVESTIGATING.includes(user.role) ? [{ id: user.id, name: user.displayName, role: user.role }] : [],
  );
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

/** Police stations the user can see in the unit tree (GET /api/v1/units: own unit and below). */
export function useStations(user: SessionUser): UnitNode[] {
  const [units, setUnits] = useState<UnitNode[]>([]);
  useEffect(() => {
    if (!user.permissions.includes('record.read')) return;
    let live = true;
    api
      .stations()
      .then((r) => {
        if (live) setUnits(r.stations);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [user]);
  return units;
}

export const can = (user: SessionUser, permission: string) => user.permissions.includes(permission);

/** Station roles get the station dashboard; everyone else the general home page. */
export const isStationUser = (user: SessionUser) => user.unit.kind === 'police_station' && can(user, 'record.read');
