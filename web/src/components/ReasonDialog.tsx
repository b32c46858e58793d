import { useState, type FormEvent, type ReactNode } from 'react';
import { errorsFor, useSubmission, type FieldErrors } from '../forms.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { ShortTextArea } from './Field.tsx';
import { FormActions } from './FormActions.tsx';
import { Modal } from './Modal.tsx';

/**
 * "Give a reason, then confirm": a dialog with a title, an intro, one short text (a reason by
 * default) with a hint and a minimum length checked in the page, a confirm button (primary or
 * danger) and Cancel. The text has focus; Enter confirms. `onConfirm` gets the trimmed text; what
 * it throws is shown as field errors or in the summary, as in every form.
 */
export function ReasonDialog({
  title,
  intro,
  children,
  path = 'reason',
  label,
  hint,
  rows = 2,
  dir,
  minLength,
  tooShort,
  confirm,
  tone = 'primary',
  formTestId,
  submitTestId,
  messages,
  onConfirm,
  onClose,
}: {
  title: string;
  intro: ReactNode;
  /** Shown between the intro and the form (e.g. the entry being corrected). */
  children?: ReactNode;
  /** The field's path in the request and in the server's errors. */
  path?: string;
  /** The field's label; "Reason" unless given. */
  label?: string;
  hint?: ReactNode;
  rows?: number;
  dir?: 'auto';
  minLength: number;
  /** The message when the text is shorter than `minLength`; "say why, in a few words" unless given. */
  tooShort?: string;
  confirm: string;
  tone?: 'primary' | 'danger';
  formTestId?: string;
  submitTestId?: string;
  /** Server messages in the language shown, for those the shared lookup does not know. */
  messages?: (errors: FieldErrors) => FieldErrors;
  onConfirm: (text: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const shown = messages ? messages(errors) : errors;
  const fe = errorsFor(t, shown);
  const fieldLabel = label ?? t('common.reason');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (text.trim().length < minLength) found[path] = tooShort ?? t('form.reasonShort');
    if (refuse(found)) return;
    await attempt(() => onConfirm(text.trim()));
  }

  return (
    <Modal title={title} onClose={onClose}>
      <p className="muted">{intro}</p>
      {children}
      <ErrorSummary message={summary} errors={shown} labels={{ [path]: fieldLabel }} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid={formTestId}>
        <ShortTextArea path={path} label={fieldLabel} hint={hint} rows={rows} dir={dir} autoFocus value={text} onChange={setText} fe={fe} />
        <FormActions busy={busy} submit={confirm} tone={tone} testId={submitTestId} onCancel={onClose} />
      </form>
    </Modal>
  );
}
