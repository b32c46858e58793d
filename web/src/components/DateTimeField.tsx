import type { ReactNode } from 'react';
import { fieldId } from '../forms.ts';
import { useI18n } from '../i18n/index.tsx';
import { TextField } from './Field.tsx';

/** A date and time typed as Indian Standard Time, whatever the computer's time zone. */
export function DateTimeField({
  path,
  label,
  value,
  onChange,
  error,
  required,
  hint,
  autoFocus,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  hint?: ReactNode;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <TextField
      id={fieldId(path)}
      name={path}
      type="datetime-local"
      label={label}
      hint={hint ?? t('form.istHint')}
      error={error}
      required={required}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
