import { createContext, useContext, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { errorsFor, fieldId, useSubmission, type FieldErrors } from '../forms.ts';
import { useI18n } from '../i18n/index.tsx';
import { DateTimeField } from './DateTimeField.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from './Field.tsx';
import { FormActions } from './FormActions.tsx';
import { Modal } from './Modal.tsx';

/**
 * The dialogs a section opens, one at a time, and the section's last message ("Arrest recorded").
 * Opening a dialog clears the message; `finish` says what was done and closes it. Closing gives
 * focus back to what opened the dialog (after it has gone), so a keyboard user carries on where
 * they were.
 */
export function useDialogs<D>() {
  const [dialog, setDialog] = useState<D | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  function open(d: D) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setStatus(null);
    setDialog(d);
  }
  function close() {
    setDialog(null);
    window.setTimeout(() => returnFocus.current?.focus(), 0);
  }
  function finish(message: string) {
    setStatus(message);
    close();
  }
  return { dialog, open, close, finish, status, setStatus };
}

/** A step form's state (useSubmission) with the lookup of each field's message. */
export function useStepForm() {
  const { t } = useI18n();
  const submission = useSubmission();
  return { ...submission, fe: errorsFor(t, submission.errors) };
}
export type StepForm = ReturnType<typeof useStepForm>;

type MessageOf = (path: string, label: string) => string | undefined;
const Messages = createContext<MessageOf>(() => undefined);

/**
 * A step recorded on a record from a dialog: the title and a short intro, the error summary, the
 * fields, the submit button and Cancel. On submit the page's own checks run first (`check`: the
 * fields to fix, by path); then `send` goes to the server once at a time, and whatever it refuses
 * (a field, or a 403 in the server's words) is shown in the summary and under the field. The
 * fields inside (PathText, PathSelect, …) find their messages through the dialog.
 */
export function StepDialog({
  form,
  title,
  intro,
  wide = false,
  testId,
  labels,
  submit,
  disabled = false,
  check,
  send,
  onClose,
  children,
}: {
  form: StepForm;
  title: string;
  intro?: ReactNode;
  wide?: boolean;
  /** The form's data-testid. */
  testId: string;
  /** Names of fields in the summary where the form names them its own way. */
  labels?: Record<string, string>;
  /** The submit button's words. */
  submit: string;
  /** Not sendable yet for another reason than sending (a file still being read). */
  disabled?: boolean;
  check?: () => FieldErrors;
  send: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.busy || disabled) return;
    if (form.refuse(check ? check() : {})) return;
    await form.attempt(send);
  }
  return (
    <Modal title={title} onClose={onClose} wide={wide}>
      {intro ? <p className="muted">{intro}</p> : null}
      <ErrorSummary message={form.summary} errors={form.errors} labels={labels} />
      <form onSubmit={onSubmit} noValidate className="form-stack" data-testid={testId}>
        <Messages.Provider value={form.fe}>{children}</Messages.Provider>
        <FormActions busy={form.busy} disabled={disabled} submit={submit} onCancel={onClose} />
      </form>
    </Modal>
  );
}

interface Bound {
  /** The field's path in the request and in the server's errors: its id is fieldId(path). */
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The name the error message gives the field, where the label says more (or less). */
  errorLabel?: string;
  /** A group the field opens (a permission): the group's message shows here when the field has none. */
  group?: { path: string; label: string };
}

function useMessage({ path, label, errorLabel, group }: Bound): string | undefined {
  const fe = useContext(Messages);
  return fe(path, errorLabel ?? label) ?? (group ? fe(group.path, group.label) : undefined);
}

type Native<T> = Omit<T, 'id' | 'value' | 'onChange' | 'label'> & { hint?: ReactNode };

/** A text input bound to a form path, with its hint and message. */
export function PathText(props: Bound & Native<InputHTMLAttributes<HTMLInputElement>>) {
  const { path, label, value, onChange, errorLabel, group, ...input } = props;
  const error = useMessage(props);
  return <TextField id={fieldId(path)} label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} {...input} />;
}

/** A select bound to a form path, with its hint and message. */
export function PathSelect(props: Bound & Native<SelectHTMLAttributes<HTMLSelectElement>> & { children: ReactNode }) {
  const { path, label, value, onChange, errorLabel, group, children, ...select } = props;
  const error = useMessage(props);
  return (
    <SelectField id={fieldId(path)} label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} {...select}>
      {children}
    </SelectField>
  );
}

/** A text area bound to a form path (free text, written in any script). */
export function PathArea(props: Bound & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { path, label, value, onChange, errorLabel, group, ...area } = props;
  const error = useMessage(props);
  return <TextAreaField id={fieldId(path)} label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} {...area} />;
}

/** A date and time in IST (DateTimeField) bound to a form path. */
export function PathDateTime(props: Bound & { required?: boolean; autoFocus?: boolean; hint?: ReactNode }) {
  const { path, label, value, onChange, required, autoFocus, hint } = props;
  const error = useMessage(props);
  return <DateTimeField path={path} label={label} value={value} onChange={onChange} error={error} required={required} autoFocus={autoFocus} hint={hint} />;
}

/** The message of a group of fields (a fieldset: the witnesses, the MO), shown at its top. */
export function GroupError({ path, label }: { path: string; label: string }) {
  const message = useContext(Messages)(path, label);
  return message ? <p className="field-error">{message}</p> : null;
}
