import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { fieldId, submitOnEnter } from '../forms.ts';

interface Common {
  label: string;
  hint?: ReactNode;
  error?: string;
}

function Described({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField({ label, hint, error, id, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fid}>{label}</label>
      <input id={fid} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fid, hint, error)} {...input} />
      <Described id={fid} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ label, hint, error, id, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={fid}>{label}</label>
      <select id={fid} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fid, hint, error)} {...select}>
        {children}
      </select>
      <Described id={fid} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({ label, hint, error, id, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={fid}>{label}</label>
      <textarea id={fid} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fid, hint, error)} {...area} />
      <Described id={fid} hint={hint} error={error} />
    </div>
  );
}

/**
 * A short text bound to a form path (a reason, a note, a GD entry): id `f-<path>`, the message for
 * that path under it, and Enter submits the form (Shift+Enter for a new line).
 */
export function ShortTextArea({
  path,
  label,
  hint,
  value,
  onChange,
  fe,
  rows = 2,
  required = true,
  autoFocus,
  dir,
}: {
  path: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  fe: (path: string, label: string) => string | undefined;
  rows?: number;
  required?: boolean;
  autoFocus?: boolean;
  dir?: 'auto';
}) {
  return (
    <TextAreaField
      id={fieldId(path)}
      name={path}
      label={label}
      hint={hint}
      error={fe(path, label)}
      rows={rows}
      required={required}
      autoFocus={autoFocus}
      dir={dir}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={submitOnEnter}
    />
  );
}

/** A select's choices: the empty one first (when given), then each item by its code and its words. */
export function Options<T>({ empty, items, code, name }: { empty?: string; items: readonly T[]; code: (item: T) => string; name: (item: T) => string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {items.map((item) => (
        <option key={code(item)} value={code(item)}>
          {name(item)}
        </option>
      ))}
    </>
  );
}
