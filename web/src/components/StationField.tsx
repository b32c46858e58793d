import { useState } from 'react';
import type { UnitNode } from '../api.ts';
import { fieldId } from '../forms.ts';
import { treeIndent, unitKindName, unitName } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import { SelectField, TextField } from './Field.tsx';

const OTHER = '__other__';

/** The options of a select over part of the unit tree, indented by depth: "   Pune Rural — MH-PUN (District)". */
export function UnitOptions({ units }: { units: UnitNode[] }) {
  const { t, lang } = useI18n();
  const base = units[0]?.depth ?? 0;
  return (
    <>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {`${treeIndent(u.depth - base)}${unitName(u, lang)} — ${u.code} (${unitKindName(t, u.kind)})`}
        </option>
      ))}
    </>
  );
}

/**
 * A police station: chosen from the stations the user can see, or typed as a code. (The unit
 * list an officer may read is their own unit and below, so a station elsewhere is typed.) The
 * Sync page offers the units that may register a node the same way (stations, or states).
 */
export function StationField({
  path,
  label,
  hint,
  typedHint,
  otherLabel,
  value,
  onChange,
  stations,
  exclude,
  error,
  required = false,
}: {
  path: string;
  label: string;
  hint?: string;
  /** The hint while a code is typed, when it differs from `hint` (else the station-code hint). */
  typedHint?: string;
  /** The choice that leads to typing a code ("Another station (type its code)"). */
  otherLabel?: string;
  value: string;
  onChange: (code: string) => void;
  stations: UnitNode[];
  exclude?: string;
  error?: string;
  required?: boolean;
}) {
  const { t, lang } = useI18n();
  const choices = stations.filter((s) => s.code !== exclude);
  const known = choices.some((s) => s.code === value);
  const [typing, setTyping] = useState(choices.length === 0 || (value !== '' && !known));

  if (choices.length === 0 || typing) {
    return (
      <div className="station-field">
        <TextField
          id={fieldId(path)}
          name={path}
          label={label}
          hint={typedHint ?? hint ?? t('station.codeHint')}
          error={error}
          required={required}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value.toUpperCase())}
        />
        {choices.length ? (
          <button
            type="button"
            className="btn-link small"
            onClick={() => {
              setTyping(false);
              onChange('');
            }}
          >
            {t('station.chooseFromList')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <SelectField
      id={fieldId(path)}
      name={path}
      label={label}
      hint={hint}
      error={error}
      required={required}
      value={value}
      onChange={(e) => {
        if (e.target.value === OTHER) {
          setTyping(true);
          onChange('');
        } else onChange(e.target.value);
      }}
    >
      <option value="">{t('common.choose')}</option>
      {choices.map((s) => (
        <option key={s.code} value={s.code}>
          {unitName(s, lang)} ({s.code})
        </option>
      ))}
      <option value={OTHER}>{otherLabel ?? t('station.other')}</option>
    </SelectField>
  );
}
