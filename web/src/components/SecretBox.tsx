import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** Shows a one-time temporary password, large and unambiguous, with a copy button. */
export function TemporaryPassword({ password, username }: { password: string; username: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="temp-password">
      <p className="temp-password-label">{t('users.tempPassword.label', { username })}</p>
      <div className="temp-password-row">
        <output className="temp-password-value" data-testid="temporary-password" aria-label={t('users.tempPassword.aria')}>
          {password}
        </output>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(password)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      <p className="temp-password-note">{t('users.tempPassword.note')}</p>
    </div>
  );
}
