import { useI18n } from '../i18n/index.tsx';

/**
 * The buttons under a form: submit ("Please wait…" while it is being sent) and, when there is
 * somewhere to go back to, Cancel — a button (`onCancel`, in dialogs) or a link (`cancelHref`).
 */
export function FormActions({
  busy,
  submit,
  tone = 'primary',
  disabled = false,
  testId,
  onCancel,
  cancelHref,
  sticky = false,
}: {
  busy: boolean;
  /** The submit button's words. */
  submit: string;
  tone?: 'primary' | 'danger' | 'danger-outline';
  /** Disabled for another reason than sending (a photo still uploading). */
  disabled?: boolean;
  testId?: string;
  onCancel?: () => void;
  cancelHref?: string;
  /** Kept in view at the bottom of a long form. */
  sticky?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className={`form-actions${sticky ? ' sticky-actions' : ''}`}>
      <button type="submit" className={`btn btn-${tone}`} disabled={busy || disabled} data-testid={testId}>
        {busy ? t('common.pleaseWait') : submit}
      </button>
      {onCancel ? (
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : cancelHref ? (
        <a className="btn btn-secondary" href={cancelHref}>
          {t('common.cancel')}
        </a>
      ) : null}
    </div>
  );
}
