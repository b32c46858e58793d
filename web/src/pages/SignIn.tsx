import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Enrolment, type SessionInfo, type SessionNode } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { TextField } from '../components/Field.tsx';
import { errorText, problemView } from '../errors.ts';
import { groupSecret } from '../format.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { AuthLayout } from './AuthLayout.tsx';

export const MIN_PASSWORD_LENGTH = 12;

interface StepProps {
  session: SessionInfo;
  /** Re-read the session after a step (its stage, user and CSRF token change). */
  onAdvance: () => Promise<void>;
  /** Abandon the sign-in (sign out of the partial session). */
  onCancel: () => Promise<void>;
}

function loginError(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return t('signin.error.invalid');
    if (err.status === 423) return t('signin.error.locked');
    if (err.status === 429) return t('signin.error.rateLimited');
    if (err.status === 400 && !err.detail) return t('signin.error.missing');
  }
  return errorText(t, err);
}

function codeError(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 429) return t('signin.error.rateLimited');
    if (err.status === 401 && /invalid-code$/.test(err.type)) return t('totp.error.invalid');
    if (err.status === 400 && /validation$/.test(err.type)) return t('totp.error.format');
  }
  return errorText(t, err);
}

/**
 * A station node that cannot sign anyone in yet says why: not enrolled with its state, or its
 * first sync (which brings the station's users) not finished.
 */
function NodeNotice({ node, recheck }: { node: SessionNode | undefined; recheck: () => Promise<void> }) {
  const { t } = useI18n();
  const waiting = !!node && node.tier === 'station' && (!node.enrolled || !node.firstSyncDone);
  // Ask again now and then (a public call: it keeps no session alive), so the notice goes away by itself.
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void recheck().catch(() => undefined), 30_000);
    return () => window.clearInterval(timer);
  }, [waiting, recheck]);
  if (!node || node.tier !== 'station') return null;
  if (!node.enrolled) {
    return (
      <div className="alert alert-warning node-notice" data-testid="node-notice" data-reason="not-enrolled">
        <p>{t('signin.node.notEnrolled')}</p>
        <pre className="command">{`cctns node enrol --unit ${node.unit} --upstream ${t('sync.placeholder.stateAddress')} --code ${t('sync.placeholder.code')}`}</pre>
      </div>
    );
  }
  if (!node.firstSyncDone) {
    return (
      <p className="alert alert-info node-notice" data-testid="node-notice" data-reason="first-sync">
        {t('signin.node.firstSync')}
      </p>
    );
  }
  return null;
}

export function SignInPage({ notice, node, onAdvance }: { notice: string | null; node?: SessionNode; onAdvance: () => Promise<void> }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(t('signin.error.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.login(username.trim(), password);
      await onAdvance();
    } catch (err) {
      setError(loginError(t, err));
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('signin.title')}>
      <h1>{t('signin.title')}</h1>
      <p className="lead">{t('signin.intro')}</p>
      <NodeNotice node={node} recheck={onAdvance} />
      <Notice tone="warning">{notice}</Notice>
      <ErrorMessage message={error} />
      <form onSubmit={submit} noValidate className="form-stack">
        <TextField
          label={t('signin.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField label={t('signin.password')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('common.pleaseWait') : t('signin.submit')}
        </button>
      </form>
      <p className="auth-help">{t('signin.help')}</p>
    </AuthLayout>
  );
}

function SignedInAs({ session, onCancel }: Pick<StepProps, 'session' | 'onCancel'>) {
  const { t } = useI18n();
  return (
    <div className="signed-in-as">
      {session.username ? <span>{t('signin.as', { username: session.username })}</span> : null}
      <button type="button" className="btn-link" onClick={() => void onCancel()}>
        {t('signin.startAgain')}
      </button>
    </div>
  );
}

function CodeField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('totp.code')}
      hint={t('totp.codeHint')}
      error={error}
      name="code"
      className="field-code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={6}
      autoFocus
      required
      value={value}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 6))}
    />
  );
}

export function TotpPage({ session, onAdvance, onCancel }: StepProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (code.length !== 6) {
      setError(t('totp.error.format'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.totp(code);
      await onAdvance();
    } catch (err) {
      setError(codeError(t, err));
      setCode('');
      setBusy(false);
      if (err instanceof ApiError && err.status !== 429) await onAdvance();
    }
  }

  return (
    <AuthLayout title={t('totp.title')}>
      <h1>{t('totp.title')}</h1>
      <SignedInAs session={session} onCancel={onCancel} />
      <p className="lead">{t('totp.intro')}</p>
      <form onSubmit={submit} noValidate className="form-stack">
        <CodeField value={code} onChange={setCode} error={error ?? undefined} />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('common.pleaseWait') : t('totp.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}

function svgDataUrl(svg: string): string {
  // btoa needs Latin-1: encode UTF-8 first so any non-ASCII in the SVG survives.
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function EnrolPage({ session, onAdvance, onCancel }: StepProps) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .enrolment()
      .then((e) => {
        if (live) setEnrolment(e);
      })
      .catch((err: unknown) => {
        if (!live) return;
        setLoadError(errorText(t, err));
        if (err instanceof ApiError && err.status === 401) void onAdvance();
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (code.length !== 6) {
      setError(t('totp.error.format'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.enrol(code);
      await onAdvance();
    } catch (err) {
      setError(codeError(t, err));
      setCode('');
      setBusy(false);
      if (err instanceof ApiError && err.status !== 429) await onAdvance();
    }
  }

  return (
    <AuthLayout title={t('enrol.title')}>
      <h1>{t('enrol.title')}</h1>
      <SignedInAs session={session} onCancel={onCancel} />
      <p className="lead">{t('enrol.intro')}</p>
      <ErrorMessage message={loadError} />
      <ol className="steps">
        <li>{t('enrol.step1')}</li>
        <li>
          {t('enrol.step2')}
          <div className="enrol-box">
            {enrolment ? (
              <>
                <img className="qr" src={svgDataUrl(enrolment.qrSvg)} alt={t('enrol.qrAlt')} width={200} height={200} />
                <div className="enrol-secret">
                  <span className="enrol-secret-label" id="totp-secret-label">
                    {t('enrol.secretLabel')}
                  </span>
                  <code className="secret" data-testid="totp-secret" aria-labelledby="totp-secret-label">
                    {groupSecret(enrolment.secret)}
                  </code>
                  <span className="field-hint">{t('enrol.secretHint')}</span>
                </div>
              </>
            ) : loadError ? null : (
              <p className="muted">{t('common.loading')}</p>
            )}
          </div>
        </li>
        <li>
          {t('enrol.step3')}
          <form onSubmit={submit} noValidate className="form-stack form-inline-code">
            <CodeField value={code} onChange={setCode} error={error ?? undefined} />
            <button type="submit" className="btn btn-primary btn-block" disabled={busy || !enrolment}>
              {busy ? t('common.pleaseWait') : t('enrol.submit')}
            </button>
          </form>
        </li>
      </ol>
    </AuthLayout>
  );
}

export function InitialPasswordPage({ session, onAdvance, onCancel }: StepProps) {
  const { t } = useI18n();
  const [pw, setPw] = useState('');
  const [pw2, setPw2] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<{ newPassword?: string; repeat?: string }>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const f: { newPassword?: string; repeat?: string } = {};
    if ([...pw].length < MIN_PASSWORD_LENGTH) f.newPassword = t('password.error.short', { min: MIN_PASSWORD_LENGTH });
    else if (pw !== pw2) f.repeat = t('password.error.mismatch');
    setFields(f);
    if (f.newPassword || f.repeat) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.setInitialPassword(pw);
      await onAdvance();
    } catch (err) {
      const { summary, fields: fe } = problemView(t, err, { newPassword: t('password.new') });
      setError(summary);
      setFields(fe);
      setBusy(false);
      if (err instanceof ApiError && err.status !== 429) await onAdvance();
    }
  }

  return (
    <AuthLayout title={t('initialPassword.title')}>
      <h1>{t('initialPassword.title')}</h1>
      <SignedInAs session={session} onCancel={onCancel} />
      <p className="lead">{t('initialPassword.intro')}</p>
      <ErrorMessage message={error} />
      <form onSubmit={submit} noValidate className="form-stack">
        <TextField
          label={t('password.new')}
          hint={t('password.rule', { min: MIN_PASSWORD_LENGTH })}
          error={fields.newPassword}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          autoFocus
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={pw}
          onChange={(e) => setPw(e.target.value)}
        />
        <TextField label={t('password.repeat')} error={fields.repeat} name="repeatPassword" type="password" autoComplete="new-password" required value={pw2} onChange={(e) => setPw2(e.target.value)} />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('common.pleaseWait') : t('initialPassword.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
