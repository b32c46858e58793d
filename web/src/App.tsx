import { useCallback, useEffect, useRef, useState } from 'react';
import { api, getSession, onActivity, onUnauthorized, setApiLanguage, type SessionInfo, type SessionUser } from './api.ts';
import { I18nProvider, isLang, rememberPickedLanguage, storedLanguage, storeLanguage, takePickedLanguage, translate, type Lang } from './i18n/index.tsx';
import { AuthLayout } from './pages/AuthLayout.tsx';
import { Shell } from './pages/Shell.tsx';
import { EnrolPage, InitialPasswordPage, SignInPage, TotpPage } from './pages/SignIn.tsx';

type Loaded = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; session: SessionInfo };

const PARTIAL = new Set(['mfa', 'enrol', 'password', 'full']);

export function App() {
  const [lang, setLangState] = useState<Lang>(storedLanguage);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [notice, setNotice] = useState<'ended' | 'signedOut' | null>(null);
  const [langError, setLangError] = useState(false);
  const stageRef = useRef<string>('anonymous');
  const signingOut = useRef(false);

  useEffect(() => {
    document.documentElement.lang = lang;
    setApiLanguage(lang);
  }, [lang]);

  const adopt = useCallback(async (session: SessionInfo) => {
    const previous = stageRef.current;
    stageRef.current = session.stage;
    if (session.stage === 'anonymous' && PARTIAL.has(previous) && !signingOut.current) {
      setNotice('ended');
    }
    if (session.stage === 'full' && session.user) {
      const picked = takePickedLanguage();
      if (previous !== 'full') setNotice(null);
      if (picked && picked !== session.user.language) {
        try {
          const user = await api.setLanguage(picked);
          session = { ...session, user: { ...session.user, ...user } };
        } catch {
          /* keep the profile's language */
        }
      }
      const userLang = session.user?.language;
      if (isLang(userLang)) {
        setLangState(userLang);
        storeLanguage(userLang);
      }
    }
    setState({ kind: 'ready', session });
  }, []);

  const refresh = useCallback(async () => {
    try {
      await adopt(await getSession());
    } catch {
      setState((s) => (s.kind === 'ready' ? s : { kind: 'failed' }));
    }
  }, [adopt]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Any 401 from an API call made while signed in: the session ended (idle lock, expiry, revocation).
  useEffect(() => {
    onUnauthorized(() => {
      if (stageRef.current !== 'full') return;
      stageRef.current = 'anonymous';
      setNotice('ended');
      setState((s) => (s.kind === 'ready' ? { kind: 'ready', session: { ...s.session, stage: 'anonymous', user: undefined } } : s));
      void getSession().catch(() => undefined);
    });
    return () => onUnauthorized(null);
  }, []);

  // Idle lock: when the server's idle timeout has passed since our last call, ask the server.
  const session = state.kind === 'ready' ? state.session : null;
  const idleSeconds = session?.idleTimeoutSeconds ?? 0;
  const isFull = session?.stage === 'full';
  useEffect(() => {
    if (!isFull || idleSeconds <= 0) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(
        () => {
          void getSession()
            .then((s) => {
              if (s.stage !== 'full') {
                stageRef.current = 'anonymous';
                setNotice('ended');
                setState({ kind: 'ready', session: s });
              } else arm();
            })
            .catch(() => arm());
        },
        idleSeconds * 1000 + 2000,
      );
    };
    arm();
    onActivity(arm);
    return () => {
      window.clearTimeout(timer);
      onActivity(null);
    };
  }, [isFull, idleSeconds]);

  const setLang = useCallback((next: Lang) => {
    setLangError(false);
    setLangState(next);
    storeLanguage(next);
    if (stageRef.current === 'full') {
      api
        .setLanguage(next)
        .then((user: SessionUser) => setState((s) => (s.kind === 'ready' && s.session.user ? { kind: 'ready', session: { ...s.session, user: { ...s.session.user, ...user } } } : s)))
        .catch(() => setLangError(true));
    } else {
      rememberPickedLanguage(next);
    }
  }, []);

  const signOut = useCallback(async () => {
    signingOut.current = true;
    try {
      await api.logout();
    } catch {
      /* signed out anyway: the session is dropped below */
    }
    stageRef.current = 'anonymous';
    setNotice('signedOut');
    try {
      const s = await getSession();
      setState({ kind: 'ready', session: s });
    } catch {
      setState((s) => (s.kind === 'ready' ? { kind: 'ready', session: { ...s.session, stage: 'anonymous', user: undefined } } : s));
    } finally {
      signingOut.current = false;
    }
    window.location.hash = '#/';
  }, []);

  const cancelSignIn = useCallback(async () => {
    signingOut.current = true;
    try {
      await api.logout();
    } catch {
      /* ignore */
    }
    setNotice(null);
    try {
      await adopt(await getSession());
    } finally {
      signingOut.current = false;
    }
  }, [adopt]);

  const t = (key: string) => translate(lang, key);
  let content;
  if (state.kind === 'loading') {
    content = (
      <AuthLayout>
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      </AuthLayout>
    );
  } else if (state.kind === 'failed') {
    content = (
      <AuthLayout>
        <h1>{t('error.unavailableTitle')}</h1>
        <p className="alert alert-error" role="alert">
          {t('error.unavailable')}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => void refresh()}>
          {t('common.tryAgain')}
        </button>
      </AuthLayout>
    );
  } else {
    const s = state.session;
    const step = { session: s, onAdvance: refresh, onCancel: cancelSignIn };
    if (s.stage === 'full' && s.user) {
      content = <Shell session={s} user={s.user} onSignOut={signOut} languageError={langError ? t('language.saveFailed') : null} />;
    } else if (s.stage === 'mfa') content = <TotpPage {...step} />;
    else if (s.stage === 'enrol') content = <EnrolPage {...step} />;
    else if (s.stage === 'password') content = <InitialPasswordPage {...step} />;
    else content = <SignInPage node={s.node} notice={notice === 'ended' ? t('session.ended') : notice === 'signedOut' ? t('signin.signedOut') : null} onAdvance={refresh} />;
  }

  return (
    <I18nProvider lang={lang} setLang={setLang}>
      {content}
    </I18nProvider>
  );
}
