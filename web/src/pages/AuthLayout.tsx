import { useEffect, type ReactNode } from 'react';
import { Brand, TricolourBar } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/index.tsx';

export function AuthLayout({ title, children }: { title?: string; children: ReactNode }) {
  const { t } = useI18n();
  const app = t('app.shortName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
  return (
    <div className="auth-page">
      <TricolourBar />
      <header className="auth-top">
        <Brand />
        <LanguageSwitch tone="light" />
      </header>
      <main className="auth-main" id="main">
        <div className="auth-card">{children}</div>
      </main>
      <footer className="site-footer">
        <p>{t('footer.notice')}</p>
      </footer>
    </div>
  );
}
