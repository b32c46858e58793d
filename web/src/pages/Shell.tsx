import { lazy, Suspense, useEffect, useRef } from 'react';
import type { SessionInfo, SessionUser } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { Brand, TricolourBar } from '../components/Brand.tsx';
import { HeaderSearch } from '../components/HeaderSearch.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SyncBadge } from '../components/SyncBadge.tsx';
import { roleName } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import { isStationUser } from '../hooks.ts';
import { NodeStatusProvider, useNodeStatus } from '../node-status.tsx';
import { hrefFor, useLocation, type Route } from '../router.ts';
import { ActivityPage } from './Activity.tsx';
import { AlertsPage } from './Alerts.tsx';
import { ChangePasswordPage } from './ChangePassword.tsx';
import { ComplaintNewPage } from './ComplaintNew.tsx';
import { ComplaintPage, ComplaintsPage } from './Complaints.tsx';
import { DashboardPage } from './Dashboard.tsx';
import { CasePage } from './Case.tsx';
import { FirPage } from './Fir.tsx';
import { FirFormPage } from './FirForm.tsx';
import { FirsPage } from './Firs.tsx';
import { GeneralDiaryPage } from './GeneralDiary.tsx';
import { HomePage } from './Home.tsx';
import { LawCataloguePage, LawSectionPage } from './LawCatalogue.tsx';
import { PersonPage } from './Person.tsx';
import { PropertyRoomPage } from './PropertyRoom.tsx';
import { LostReportsPage } from './LostReports.tsx';
import { FoundPropertyPage } from './FoundProperty.tsx';
import { ArrestedPersonsPage } from './ArrestedPersons.tsx';
import { SearchPage } from './Search.tsx';
import { UsersPage } from './Users.tsx';
import { REGISTER_ROUTES, RegisterPages } from './registers/index.tsx';

/** The Sync page is opened rarely at a station: it is fetched (from this node) when first opened. */
const SyncPage = lazy(() => import('./Sync.tsx').then((m) => ({ default: m.SyncPage })));

/** Which permission each page needs; pages without one are open to every signed-in user. */
const NEEDS: Partial<Record<Route, string>> = {
  users: 'user.read',
  complaints: 'record.read',
  complaint: 'record.read',
  complaintNew: 'record.register',
  firs: 'record.read',
  fir: 'record.read',
  firNew: 'record.register',
  gd: 'record.read',
  law: 'self.read',
  lawSection: 'self.read',
  search: 'record.read',
  person: 'record.read',
  sync: 'self.read',
  alerts: 'alert.read',
  case: 'record.read',
  propertyRoom: 'record.read',
  lostReports: 'record.read',
  foundProperty: 'record.read',
  arrested: 'record.read',
  ...REGISTER_ROUTES.needs,
};

/** Who gets Sync in the menu (everyone may open it from the header badge). */
const SYNC_MENU = ['sync.run', 'node.read', 'node.manage'];

/** The section of the menu a page belongs to. */
const NAV_OF: Record<Route, Route> = {
  home: 'home',
  users: 'users',
  activity: 'activity',
  password: 'password',
  complaints: 'complaints',
  complaint: 'complaints',
  complaintNew: 'complaints',
  firs: 'firs',
  fir: 'firs',
  firNew: 'firs',
  gd: 'gd',
  law: 'law',
  lawSection: 'law',
  search: 'search',
  person: 'search',
  sync: 'sync',
  alerts: 'alerts',
  case: 'firs',
  propertyRoom: 'propertyRoom',
  lostReports: 'registers',
  foundProperty: 'registers',
  arrested: 'home',
  ...REGISTER_ROUTES.navOf,
};

type ShellProps = {
  session: SessionInfo;
  user: SessionUser;
  onSignOut: () => Promise<void>;
  languageError: string | null;
};

/** The signed-in page: header (with the sync badge), menu, the page of the route, footer. */
export function Shell(props: ShellProps) {
  return (
    <NodeStatusProvider>
      <ShellBody {...props} />
    </NodeStatusProvider>
  );
}

function ShellBody({ session, user, onSignOut, languageError }: ShellProps) {
  const { t } = useI18n();
  const loc = useLocation();
  const { node } = useNodeStatus();
  const allowed = (r: Route) => {
    const need = NEEDS[r];
    return !need || user.permissions.includes(need);
  };
  const route: Route = allowed(loc.route) ? loc.route : 'home';
  const mainRef = useRef<HTMLElement>(null);

  const titles: Record<Route, string> = {
    home: t('nav.home'),
    users: t('nav.users'),
    activity: t('nav.activity'),
    password: t('nav.password'),
    complaints: t('nav.complaints'),
    complaint: t('complaint.title'),
    complaintNew: t('nav.newComplaint'),
    firs: t('nav.firs'),
    fir: t('fir.title'),
    firNew: t('nav.newFir'),
    gd: t('nav.gd'),
    law: t('nav.law'),
    lawSection: t('law.sectionPage'),
    search: t('search.title'),
    person: t('personPage.title'),
    sync: t('sync.title'),
    alerts: t('alerts.title'),
    case: t('case.title'),
    propertyRoom: t('propertyRoom.title'),
    lostReports: t('lost.title'),
    foundProperty: t('found.title'),
    arrested: t('arrestedList.title'),
    ...REGISTER_ROUTES.titles(t),
  };

  useEffect(() => {
    document.title = `${titles[route]} · ${t('app.shortName')}`;
  });

  // After navigating, move focus to the page heading unless a field took it (autofocus).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== document.body && main.contains(active) && active.tagName !== 'H1') return;
    main.querySelector<HTMLElement>('h1')?.focus();
  }, [route, loc.id]);

  const syncInMenu = !!node && node.tier !== 'standalone' && SYNC_MENU.some((p) => user.permissions.includes(p));
  const nav: Route[] = ['home', 'complaints', 'firs', 'gd', 'propertyRoom', 'registers', 'alerts', 'law', 'users', ...(syncInMenu ? (['sync'] as Route[]) : []), 'activity', 'password'];
  const current = NAV_OF[route];

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <TricolourBar />
      <header className="app-header">
        <div className="app-header-inner">
          <a className="brand-link" href={hrefFor('home')} aria-label={t('nav.homeAria')}>
            <Brand compact />
          </a>
          <div className="header-tools">
            {allowed('search') ? <HeaderSearch current={route === 'search' ? (loc.query.get('q') ?? '') : ''} /> : null}
            <LanguageSwitch />
            <div className="header-user">
              <span className="header-user-name">{user.displayName}</span>
              <span className="header-user-role">{roleName(t, user.role)}</span>
            </div>
            <button type="button" className="btn btn-header" onClick={() => void onSignOut()}>
              {t('nav.signOut')}
            </button>
          </div>
        </div>
        <div className="app-nav-bar">
          <div className="app-nav-inner">
            <nav className="app-nav" aria-label={t('nav.label')}>
              <ul>
                {nav.filter(allowed).map((n) => (
                  <li key={n}>
                    <a href={hrefFor(n)} aria-current={current === n ? 'page' : undefined}>
                      {titles[n]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <SyncBadge />
          </div>
        </div>
      </header>
      <main className="app-main" id="main" ref={mainRef}>
        <ErrorMessage message={languageError} />
        {route === 'home' ? (
          isStationUser(user) || loc.query.get('station') ? (
            <DashboardPage key={loc.key} session={session} user={user} station={loc.query.get('station') ?? undefined} />
          ) : (
            <HomePage session={session} user={user} />
          )
        ) : null}
        {route === 'users' ? <UsersPage user={user} /> : null}
        {route === 'complaints' ? <ComplaintsPage user={user} query={loc.query} /> : null}
        {route === 'complaintNew' ? <ComplaintNewPage key={loc.key} user={user} /> : null}
        {route === 'complaint' && loc.id ? <ComplaintPage key={loc.id} user={user} id={loc.id} /> : null}
        {route === 'firs' ? <FirsPage user={user} query={loc.query} /> : null}
        {route === 'firNew' ? <FirFormPage key={loc.key} user={user} complaintId={loc.query.get('complaint')} /> : null}
        {route === 'case' && loc.id ? <CasePage key={loc.id} user={user} id={loc.id} /> : null}
        {route === 'fir' && loc.id ? <FirPage key={loc.id} user={user} id={loc.id} justRegistered={loc.query.get('registered') === '1'} /> : null}
        {route === 'gd' ? <GeneralDiaryPage user={user} query={loc.query} /> : null}
        {route === 'law' ? <LawCataloguePage query={loc.query} /> : null}
        {route === 'lawSection' && loc.id ? <LawSectionPage key={loc.id} user={user} id={loc.id} /> : null}
        {route === 'search' ? <SearchPage user={user} query={loc.query} /> : null}
        {route === 'person' && loc.id ? <PersonPage key={loc.id} user={user} id={loc.id} /> : null}
        {route === 'sync' ? (
          <Suspense
            fallback={
              <p className="muted" role="status">
                {t('common.loading')}
              </p>
            }
          >
            <SyncPage user={user} />
          </Suspense>
        ) : null}
        {route === 'propertyRoom' ? <PropertyRoomPage key={loc.key} user={user} query={loc.query} /> : null}
        {route === 'lostReports' ? <LostReportsPage key={loc.key} user={user} query={loc.query} /> : null}
        {route === 'foundProperty' ? <FoundPropertyPage key={loc.key} user={user} query={loc.query} /> : null}
        {route === 'arrested' ? <ArrestedPersonsPage key={loc.key} user={user} query={loc.query} /> : null}
        <RegisterPages route={route} loc={loc} user={user} />
        {route === 'alerts' ? <AlertsPage user={user} query={loc.query} /> : null}
        {route === 'activity' ? <ActivityPage /> : null}
        {route === 'password' ? <ChangePasswordPage /> : null}
      </main>
      <footer className="site-footer">
        <p>{t('footer.notice')}</p>
      </footer>
    </div>
  );
}
