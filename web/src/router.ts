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
  | 'gd'
  | 'law'
  | 'lawSection'
  | 'search'
  | 'person'
  | 'sync'
  | 'alerts'
  | 'case'
  | 'propertyRoom'
  | 'arrested'
  | 'registers'
  | 'registerCounts'
  | 'ncReports'
  | 'ncReportNew'
  | 'ncReport'
  | 'missingPersons'
  | 'missingPersonNew'
  | 'missingPerson'
  | 'bodies'
  | 'bodyNew'
  | 'body'
  | 'foundPersons'
  | 'foundPersonNew'
  | 'foundPerson'
  | 'stolenCheck'
  | 'lostReports'
  | 'foundProperty';

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
  '/law': 'law',
  '/search': 'search',
  '/sync': 'sync',
  '/alerts': 'alerts',
  '/property-room': 'propertyRoom',
  '/lost-reports': 'lostReports',
  '/found-property': 'foundProperty',
  '/arrested-persons': 'arrested',
  '/registers': 'registers',
  '/register-counts': 'registerCounts',
  '/nc-reports': 'ncReports',
  '/nc-reports/new': 'ncReportNew',
  '/missing-persons': 'missingPersons',
  '/missing-persons/new': 'missingPersonNew',
  '/unnatural-deaths': 'bodies',
  '/unnatural-deaths/new': 'bodyNew',
  '/found-persons': 'foundPersons',
  '/found-persons/new': 'foundPersonNew',
  '/stolen-property': 'stolenCheck',
};

/** Routes with a record id: #/complaints/<id>, #/firs/<id>, #/persons/<id>. */
const WITH_ID: Array<[RegExp, Route]> = [
  [/^\/complaints\/([0-9a-f-]{8,})$/i, 'complaint'],
  [/^\/firs\/([0-9a-f-]{8,})$/i, 'fir'],
  [/^\/cases\/([0-9a-f-]{8,})$/i, 'case'],
  [/^\/persons\/([0-9a-f-]{8,})$/i, 'person'],
  [/^\/nc-reports\/([0-9a-f-]{8,})$/i, 'ncReport'],
  [/^\/missing-persons\/([0-9a-f-]{8,})$/i, 'missingPerson'],
  [/^\/unnatural-deaths\/([0-9a-f-]{8,})$/i, 'body'],
  [/^\/found-persons\/([0-9a-f-]{8,})$/i, 'foundPerson'],
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
  law: '/law',
  lawSection: '/law',
  search: '/search',
  person: '/persons',
  sync: '/sync',
  alerts: '/alerts',
  case: '/cases',
  propertyRoom: '/property-room',
  lostReports: '/lost-reports',
  foundProperty: '/found-property',
  arrested: '/arrested-persons',
  registers: '/registers',
  registerCounts: '/register-counts',
  ncReports: '/nc-reports',
  ncReportNew: '/nc-reports/new',
  ncReport: '/nc-reports',
  missingPersons: '/missing-persons',
  missingPersonNew: '/missing-persons/new',
  missingPerson: '/missing-persons',
  bodies: '/unnatural-deaths',
  bodyNew: '/unnatural-deaths/new',
  body: '/unnatural-deaths',
  foundPersons: '/found-persons',
  foundPersonNew: '/found-persons/new',
  foundPerson: '/found-persons',
  stolenCheck: '/stolen-property',
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

/** The page of one entry of the law catalogue: #/law/BNS/303(2). */
export function lawSectionHref(s: { act: string; section: string }): string {
  return `#/law/${encodeURIComponent(s.act)}/${encodeURIComponent(s.section)}`;
}

export function parseLocation(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?');
  const query = new URLSearchParams(search);
  const fixed = STATIC[path];
  if (fixed) return { route: fixed, id: null, query, key: raw };
  // #/law/<act>/<section>: the id is "<act>/<section>" (see lawSectionHref).
  const law = /^\/law\/([^/]+)\/([^/]+)$/.exec(path);
  if (law) {
    try {
      return { route: 'lawSection', id: `${decodeURIComponent(law[1]!)}/${decodeURIComponent(law[2]!)}`, query, key: raw };
    } catch {
      return { route: 'law', id: null, query, key: raw };
    }
  }
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
