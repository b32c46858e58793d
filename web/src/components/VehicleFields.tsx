// The vehicle of a property row in the FIR form: its numbers (what a search finds it by) and
// what it looks like. Paths follow the server's: `properties.<i>.vehicle.<field>`.
import { fieldId } from '../forms.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import type { Vehicle } from '../records-api.ts';
import { TextField } from './Field.tsx';

export const VEHICLE_FIELDS = ['registration', 'engineNo', 'chassisNo', 'make', 'model', 'colour'] as const;
export type VehicleDraft = Record<(typeof VEHICLE_FIELDS)[number], string>;

export const emptyVehicle = (): VehicleDraft => ({ registration: '', engineNo: '', chassisNo: '', make: '', model: '', colour: '' });

const NUMBERS = ['registration', 'engineNo', 'chassisNo'] as const;
const MAX: Record<(typeof VEHICLE_FIELDS)[number], number> = { registration: 20, engineNo: 40, chassisNo: 40, make: 60, model: 60, colour: 40 };

/** The label of each field, also used by the error summary (web/src/forms.ts). */
export function vehicleFieldLabel(t: TFunction, field: (typeof VEHICLE_FIELDS)[number]): string {
  switch (field) {
    case 'registration':
      return t('fir.vehicleRegistration');
    case 'engineNo':
      return t('fir.vehicleEngineNo');
    case 'chassisNo':
      return t('fir.vehicleChassisNo');
    case 'make':
      return t('fir.vehicleMake');
    case 'model':
      return t('fir.vehicleModel');
    case 'colour':
      return t('fir.vehicleColour');
  }
}

/** The vehicle to send, or none when nothing was entered (the vehicle is optional). */
export function vehiclePayload(v: VehicleDraft): Vehicle | undefined {
  const out: Vehicle = {};
  for (const f of VEHICLE_FIELDS) if (v[f].trim()) out[f] = v[f].trim();
  return Object.keys(out).length ? out : undefined;
}

/** The checks the server makes, made first: one of the numbers, each with enough letters or digits. */
export function checkVehicle(t: TFunction, v: VehicleDraft, path: string, errors: Record<string, string>): void {
  if (!vehiclePayload(v)) return;
  if (!NUMBERS.some((f) => v[f].trim())) errors[`${path}.registration`] = t('firForm.vehicleNumberRequired');
  for (const f of NUMBERS) {
    if (v[f].trim() && v[f].replace(/[^\p{L}\p{N}]/gu, '').length < 4) errors[`${path}.${f}`] = t('firForm.vehicleNumberShort');
  }
}

export function VehicleFields({
  value,
  onChange,
  path,
  error,
}: {
  value: VehicleDraft;
  onChange: (v: VehicleDraft) => void;
  path: string;
  error: (path: string, label: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="vehicle-fields">
      <legend>{t('fir.vehicle')}</legend>
      <p className="field-hint">{t('firForm.vehicleHint')}</p>
      <div className="vehicle-grid">
        {VEHICLE_FIELDS.map((f) => (
          <TextField
            key={f}
            id={fieldId(`${path}.${f}`)}
            name={`${path}.${f}`}
            label={vehicleFieldLabel(t, f)}
            error={error(`${path}.${f}`, vehicleFieldLabel(t, f))}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX[f]}
            value={value[f]}
            onChange={(e) => onChange({ ...value, [f]: e.target.value })}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** A vehicle as recorded, for reading: only the fields that were entered. */
export function VehicleSummary({ vehicle }: { vehicle: Vehicle }) {
  const { t } = useI18n();
  const shown = VEHICLE_FIELDS.filter((f) => vehicle[f]);
  return (
    <dl className="vehicle-summary">
      {shown.map((f) => (
        <div key={f}>
          <dt>{vehicleFieldLabel(t, f)}</dt>
          <dd>{vehicle[f]}</dd>
        </div>
      ))}
    </dl>
  );
}
