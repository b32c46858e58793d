import { useEffect, useRef } from 'react';
import type { SessionInfo, SessionUser } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { Brand, TricolourBar } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { roleName } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import { hrefFor, useRoute, type Route } from '../router.ts';
import { ActivityPage } from './Activity.tsx';
import { ChangePasswordPage } from './ChangePassword.tsx';
import { HomePage } from './Home.tsx';
import { UsersPage } from './Users.tsx';

export function Shell({
  session,
  user,
  onSignOut,
  languageError,
}: {
  session: SessionInfo;
  user: SessionUser;
  onSignOut: () => Promise<void>;
  languageError: string | null;
}) {
  const { t } = useI18n();
  const [routeWanted] = useRoute();
  const canReadUsers = user.permissions.includes('user.read');
  const route: Route = routeWanted === 'users' && !canReadUsers ? 'home' : routeWanted;
  const mainRef = useRef<HTMLElement>(null);

  const titles: Record<Route, string> = {
    home: t('nav.home'),
    users: t('nav.users'),
    activity: t('nav.activity'),
    password: t('nav.password'),
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
  }, [route]);

  const nav: Array<{ route: Route; show: boolean }> = [
    { route: 'home', show: true },
    { route: 'users', show: canReadUsers },
    { route: 'activity', show: true },
    { route: 'password', show: true },
  ];

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
      }}>
        {t('nav.skip')}
      </a>
      <TricolourBar />
      <header className="app-header">
        <div className="app-header-inner">
          <a className="brand-link" href={hrefFor('home')} aria-label={t('nav.homeAria')}>
            <Brand compact />
          </a>
          <div className="header-tools">
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
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {nav
              .filter((n) => n.show)
              .map((n) => (
                <li key={n.route}>
                  <a href={hrefFor(n.route)} aria-current={route === n.route ? 'page' : undefined}>
                    {titles[n.route]}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main className="app-main" id="main" ref={mainRef}>
        <ErrorMessage message={languageError} />
        {route === 'home' ? <HomePage session={session} user={user} /> : null}
        {route === 'users' ? <UsersPage user={user} /> : null}
        {route === 'activity' ? <ActivityPage /> : null}
        {route === 'password' ? <ChangePasswordPage /> : null}
      </main>
      <footer className="site-footer">
        <p>{t('footer.notice')}</p>
      </footer>
    </div>
  );
}
