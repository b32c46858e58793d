import { useEffect, useState } from 'react';

export type Route =
  | 'home'
  | 'users'
  | 'activity'
  | 'password'
  | 'complaints'
  | 'complaintNew'
  | 'complaint'
  | 'firs'
  | 'firNew'
  | 'fir'
  | 'gd';

const STATIC: Record<string, Route> = {
  '': 'home',
  '/': 'home',
  '/users': 'users',
  '/activity': 'activity',
  '/password': 'password',
  '/complaints': 'complaints',
  '/complaints/new': 'complaintNew',
  '/firs': 'firs',
  '/firs/new': 'firNew',
  '/gd': 'gd',
};

/** Routes with a record id: #/complaints/<id>, #/firs/<id>. */
const WITH_ID: Array<[RegExp, Route]> = [
  [/^\/complaints\/([0-9a-f-]{8,})$/i, 'complaint'],
  [/^\/firs\/([0-9a-f-]{8,})$/i, 'fir'],
];

const PATHS: Record<Route, string> = {
  home: '/',
  users: '/users',
  activity: '/activity',
  password: '/password',
  complaints: '/complaints',
  complaintNew: '/complaints/new',
  complaint: '/complaints',
  firs: '/firs',
  firNew: '/firs/new',
  fir: '/firs',
  gd: '/gd',
};

export interface Location {
  route: Route;
  id: string | null;
  query: URLSearchParams;
  /** The whole hash, to re-mount pages when only the query changes. */
  key: string;
}

export function hrefFor(route: Route, id?: string | null, query?: Record<string, string | undefined>): string {
  let path = PATHS[route];
  if (id) path += `/${encodeURIComponent(id)}`;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v) q.set(k, v);
  const s = q.toString();
  return route === 'home' && !s ? '#/' : `#${path}${s ? `?${s}` : ''}`;
}

export function parseLocation(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?');
  const query = new URLSearchParams(search);
  const fixed = STATIC[path];
  if (fixed) return { route: fixed, id: null, query, key: raw };
  for (const [re, route] of WITH_ID) {
    const m = re.exec(path);
    if (m) return { route, id: decodeURIComponent(m[1]!), query, key: raw };
  }
  return { route: 'home', id: null, query, key: raw };
}

/** Hash routing: works behind any static file server without fallbacks. */
export function useLocation(): Location {
  const [loc, setLoc] = useState<Location>(() => parseLocation(window.location.hash));
  useEffect(() => {
    const onChange = () => setLoc(parseLocation(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return loc;
}

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
