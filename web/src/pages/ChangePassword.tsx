import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { problemView } from '../errors.ts';
import { useI18n } from '../i18n/index.tsx';
import { MIN_PASSWORD_LENGTH } from './SignIn.tsx';

type Fields = { currentPassword?: string; newPassword?: string; repeat?: string };

export function ChangePasswordPage() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [pw, setPw] = useState('');
  const [pw2, setPw2] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [fields, setFields] = useState<Fields>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setDone(false);
    const f: Fields = {};
    if (!current) f.currentPassword = t('password.error.currentMissing');
    if ([...pw].length < MIN_PASSWORD_LENGTH) f.newPassword = t('password.error.short', { min: MIN_PASSWORD_LENGTH });
    else if (pw === current) f.newPassword = t('password.error.same');
    else if (pw !== pw2) f.repeat = t('password.error.mismatch');
    setFields(f);
    if (Object.keys(f).length) {
      setError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.changePassword(current, pw);
      setDone(true);
      setCurrent('');
      setPw('');
      setPw2('');
    } catch (err) {
      const { summary, fields: fe } = problemView(t, err, {
        currentPassword: t('password.current'),
        newPassword: t('password.new'),
      });
      setFields(fe);
      setError(summary);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('changePassword.title')}</h1>
        <p className="lead">{t('changePassword.intro')}</p>
      </div>
      <div className="card card-narrow">
        <Notice tone="success">{done ? t('changePassword.done') : null}</Notice>
        <ErrorMessage message={error} />
        <form onSubmit={submit} noValidate className="form-stack">
          <TextField
            label={t('password.current')}
            error={fields.currentPassword}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            autoFocus
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
          <TextField
            label={t('password.new')}
            hint={t('password.rule', { min: MIN_PASSWORD_LENGTH })}
            error={fields.newPassword}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            value={pw}
            onChange={(e) => setPw(e.target.value)}
          />
          <TextField
            label={t('password.repeat')}
            error={fields.repeat}
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            required
            value={pw2}
            onChange={(e) => setPw2(e.target.value)}
          />
          <FormActions busy={busy} submit={t('changePassword.submit')} />
        </form>
      </div>
    </>
  );
}
