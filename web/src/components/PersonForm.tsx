import { useEffect, useId, useState } from 'react';
import { GENDERS, ID_KINDS, oneOf, RELATIVE_KINDS } from '../codes.ts';
import { fieldId, trimOrUndefined, type FieldErrors } from '../forms.ts';
import { genderName, idKindName, relativeKindName } from '../format.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { ApiError, uploadPhoto } from '../api.ts';
import { records, type PersonFull, type PersonInput, type PersonMatch, type PersonOnRecord } from '../records-api.ts';
import { SelectField, TextField } from './Field.tsx';
import { RemoteImage } from './RemoteImage.tsx';
import { PersonSummary } from './PersonView.tsx';

/** A person being entered on a form: new details, or a person already on record (linked). */
export interface PersonDraft {
  linked: PersonFull | null;
  name: string;
  relativeName: string;
  relativeKind: string;
  gender: string;
  age: string;
  birthDate: string;
  phone: string;
  addressLine: string;
  district: string;
  state: string;
  pin: string;
  idKind: string;
  idNumber: string;
  occupation: string;
  photoSha256: string;
}

export function emptyPerson(): PersonDraft {
  return {
    linked: null,
    name: '',
    relativeName: '',
    relativeKind: '',
    gender: 'unknown',
    age: '',
    birthDate: '',
    phone: '',
    addressLine: '',
    district: '',
    state: '',
    pin: '',
    idKind: '',
    idNumber: '',
    occupation: '',
    photoSha256: '',
  };
}

/** A person linked by id (e.g. the complainant of a complaint being converted). */
export function linkedPerson(person: PersonFull): PersonDraft {
  return { ...emptyPerson(), linked: person };
}

/** The request body part for this person. */
export function personPayload(d: PersonDraft): PersonOnRecord {
  if (d.linked) return { personId: d.linked.id };
  const person: PersonInput = { name: d.name.trim(), gender: oneOf(GENDERS, d.gender) ?? 'unknown' };
  const relativeName = trimOrUndefined(d.relativeName);
  if (relativeName) {
    person.relativeName = relativeName;
    const relativeKind = oneOf(RELATIVE_KINDS, d.relativeKind);
    if (relativeKind) person.relativeKind = relativeKind;
  }
  const age = d.age.trim();
  if (age) person.age = Number(age);
  if (d.birthDate) person.birthDate = d.birthDate;
  const phone = trimOrUndefined(d.phone);
  if (phone) person.phones = [phone];
  const line = trimOrUndefined(d.addressLine);
  if (line) {
    person.addresses = [
      {
        kind: 'present',
        line,
        ...(trimOrUndefined(d.district) ? { district: d.district.trim() } : {}),
        ...(trimOrUndefined(d.state) ? { state: d.state.trim() } : {}),
        ...(trimOrUndefined(d.pin) ? { pin: d.pin.trim() } : {}),
      },
    ];
  }
  const idNumber = trimOrUndefined(d.idNumber);
  const idKind = oneOf(ID_KINDS, d.idKind);
  if (idKind && idNumber) person.idDocuments = [{ kind: idKind, number: idNumber }];
  const occupation = trimOrUndefined(d.occupation);
  if (occupation) person.occupation = occupation;
  if (d.photoSha256) person.photoSha256 = d.photoSha256;
  return { person };
}

/** Checks made before sending, under the server's paths (`<path>.person.name`, or `<at>.name`). */
export function checkPerson(t: TFunction, d: PersonDraft, path: string, errors: FieldErrors, at?: string): void {
  if (d.linked) return;
  const p = at ?? `${path}.person`;
  if (!d.name.trim()) errors[`${p}.name`] = t('form.required');
  const age = d.age.trim();
  if (age && (!/^\d{1,3}$/.test(age) || Number(age) > 120)) errors[`${p}.age`] = t('person.ageInvalid');
  if (d.phone.trim() && !/^\+?[0-9 ()-]{6,20}$/.test(d.phone.trim())) errors[`${p}.phones.0`] = t('form.phoneInvalid');
  if (d.pin.trim() && !/^\d{6}$/.test(d.pin.trim())) errors[`${p}.addresses.0.pin`] = t('form.pinInvalid');
  if ((d.pin.trim() || d.district.trim() || d.state.trim()) && !d.addressLine.trim()) errors[`${p}.addresses.0.line`] = t('form.required');
  if (d.idKind === 'aadhaar' && d.idNumber.trim() && d.idNumber.replace(/\D/g, '').length !== 12) errors[`${p}.idDocuments.0.number`] = t('form.aadhaarInvalid');
  if (d.idKind && !d.idNumber.trim()) errors[`${p}.idDocuments.0.number`] = t('form.required');
}

function reasonText(t: TFunction, reason: string): string {
  // The band is translated; the part-by-part explanation is the matcher's own words.
  if (reason === 'strong match') return t('match.strong');
  if (reason === 'possible match') return t('match.possible');
  return reason;
}

/**
 * The person sub-form: name in any script, relative, gender, age or date of birth, phone,
 * address and an identity document. While the name is typed it asks the person index for
 * likely matches and offers to link one instead of entering the same person twice.
 */
export function PersonForm({
  value,
  onChange,
  path,
  fe,
  legend,
  autoFocus = false,
  matching = true,
  brief = false,
  at,
  gender = true,
}: {
  value: PersonDraft;
  onChange: (d: PersonDraft) => void;
  /** Server path of this person, e.g. 'complainant', 'accused.0'. */
  path: string;
  fe: (path: string, label: string) => string | undefined;
  legend: string;
  autoFocus?: boolean;
  matching?: boolean;
  /** Fewer fields (witnesses): name, relative, gender, age, phone, address. */
  brief?: boolean;
  /** The person's own server path where it is not `<path>.person` (a missing person's `person`). */
  at?: string;
  /** Whether to ask the gender (a missing person's sex is asked with their description). */
  gender?: boolean;
}) {
  const { t } = useI18n();
  const p = at ?? `${path}.person`;
  const set = (patch: Partial<PersonDraft>) => onChange({ ...value, ...patch });
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  const headingId = useId();

  const name = value.name.trim();
  const relative = value.relativeName.trim();
  const age = /^\d{1,3}$/.test(value.age.trim()) ? Number(value.age.trim()) : undefined;

  useEffect(() => {
    if (!matching || value.linked || name.length < 2) {
      setMatches([]);
      return;
    }
    const ctrl = new AbortController();
    const timer = window.setTimeout(() => {
      records
        .personMatches(name, relative || undefined, age, ctrl.signal)
        .then((r) => setMatches(r.matches.filter((m) => !m.person.masked)))
        .catch(() => setMatches([]));
    }, 400);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [matching, value.linked, name, relative, age]);

  if (value.linked) {
    return (
      <fieldset className="person-form" data-person-path={path}>
        <legend>{legend}</legend>
        <div className="linked-person" data-testid="linked-person">
          <p className="linked-person-note">
            <span className="badge badge-success">{t('person.onRecord')}</span>
          </p>
          <PersonSummary person={value.linked} />
          <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange(emptyPerson())}>
            {t('person.unlink')}
          </button>
        </div>
        {fe(`${path}.personId`, t('person.linked')) ? <p className="field-error">{fe(`${path}.personId`, t('person.linked'))}</p> : null}
      </fieldset>
    );
  }

  return (
    <fieldset className="person-form" data-person-path={path}>
      <legend>{legend}</legend>
      <div className="form-row">
        <TextField
          id={fieldId(`${p}.name`)}
          name={`${p}.name`}
          label={t('person.name')}
          hint={t('person.nameHint')}
          error={fe(`${p}.name`, t('person.name'))}
          autoComplete="off"
          autoFocus={autoFocus}
          required
          value={value.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <TextField
          id={fieldId(`${p}.relativeName`)}
          name={`${p}.relativeName`}
          label={t('person.relativeName')}
          error={fe(`${p}.relativeName`, t('person.relativeName'))}
          autoComplete="off"
          value={value.relativeName}
          onChange={(e) => set({ relativeName: e.target.value })}
        />
        <SelectField
          id={fieldId(`${p}.relativeKind`)}
          name={`${p}.relativeKind`}
          label={t('person.relativeKind')}
          error={fe(`${p}.relativeKind`, t('person.relativeKind'))}
          value={value.relativeKind}
          onChange={(e) => set({ relativeKind: e.target.value })}
        >
          <option value="">{t('common.choose')}</option>
          {RELATIVE_KINDS.map((k) => (
            <option key={k} value={k}>
              {relativeKindName(t, k)}
            </option>
          ))}
        </SelectField>
      </div>

      {matches.length > 0 ? (
        <section className="match-box" aria-labelledby={headingId} data-testid="person-matches">
          <h3 id={headingId}>{t('match.title')}</h3>
          <p className="muted small">{t('match.intro')}</p>
          <ul className="match-list">
            {matches.map((m) =>
              m.person.masked ? null : (
                <li key={m.person.id} className="match-item">
                  <PersonSummary person={m.person} />
                  <p className="match-reasons">
                    {t('match.because')} {m.reasons.map((r) => reasonText(t, r)).join(', ')}
                  </p>
                  <button type="button" className="btn btn-primary btn-small" onClick={() => onChange(linkedPerson(m.person as PersonFull))}>
                    {t('match.use')}
                  </button>
                </li>
              ),
            )}
          </ul>
        </section>
      ) : null}

      <div className="form-row">
        {gender ? (
          <SelectField
            id={fieldId(`${p}.gender`)}
            name={`${p}.gender`}
            label={t('person.gender')}
            error={fe(`${p}.gender`, t('person.gender'))}
            value={value.gender}
            onChange={(e) => set({ gender: e.target.value })}
          >
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {genderName(t, g)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id={fieldId(`${p}.age`)}
          name={`${p}.age`}
          label={t('person.age')}
          hint={t('person.ageHint')}
          error={fe(`${p}.age`, t('person.age'))}
          inputMode="numeric"
          autoComplete="off"
          value={value.age}
          onChange={(e) => set({ age: e.target.value })}
        />
        <TextField
          id={fieldId(`${p}.birthDate`)}
          name={`${p}.birthDate`}
          type="date"
          label={t('person.birthDate')}
          error={fe(`${p}.birthDate`, t('person.birthDate'))}
          value={value.birthDate}
          onChange={(e) => set({ birthDate: e.target.value })}
        />
        <TextField
          id={fieldId(`${p}.phones.0`)}
          name={`${p}.phone`}
          type="tel"
          label={t('person.phone')}
          error={fe(`${p}.phones.0`, t('person.phone'))}
          autoComplete="off"
          value={value.phone}
          onChange={(e) => set({ phone: e.target.value })}
        />
      </div>

      <div className="form-row">
        <TextField
          id={fieldId(`${p}.addresses.0.line`)}
          name={`${p}.address`}
          label={t('person.address')}
          error={fe(`${p}.addresses.0.line`, t('person.address'))}
          autoComplete="off"
          className="field-wide"
          value={value.addressLine}
          onChange={(e) => set({ addressLine: e.target.value })}
        />
        {!brief ? (
          <>
            <TextField
              id={fieldId(`${p}.addresses.0.district`)}
              name={`${p}.district`}
              label={t('person.district')}
              error={fe(`${p}.addresses.0.district`, t('person.district'))}
              autoComplete="off"
              value={value.district}
              onChange={(e) => set({ district: e.target.value })}
            />
            <TextField
              id={fieldId(`${p}.addresses.0.state`)}
              name={`${p}.state`}
              label={t('person.state')}
              error={fe(`${p}.addresses.0.state`, t('person.state'))}
              autoComplete="off"
              value={value.state}
              onChange={(e) => set({ state: e.target.value })}
            />
            <TextField
              id={fieldId(`${p}.addresses.0.pin`)}
              name={`${p}.pin`}
              label={t('person.pin')}
              error={fe(`${p}.addresses.0.pin`, t('person.pin'))}
              inputMode="numeric"
              autoComplete="off"
              value={value.pin}
              onChange={(e) => set({ pin: e.target.value })}
            />
          </>
        ) : null}
      </div>

      {!brief ? (
        <div className="form-row">
          <SelectField
            id={fieldId(`${p}.idDocuments.0.kind`)}
            name={`${p}.idKind`}
            label={t('person.idDocument')}
            error={fe(`${p}.idDocuments.0.kind`, t('person.idDocument'))}
            value={value.idKind}
            onChange={(e) => set({ idKind: e.target.value })}
          >
            <option value="">{t('person.idNone')}</option>
            {ID_KINDS.map((k) => (
              <option key={k} value={k}>
                {idKindName(t, k)}
              </option>
            ))}
          </SelectField>
          {value.idKind ? (
            <TextField
              id={fieldId(`${p}.idDocuments.0.number`)}
              name={`${p}.idNumber`}
              label={t('person.idNumber')}
              hint={value.idKind === 'aadhaar' ? t('person.aadhaarNote') : undefined}
              error={fe(`${p}.idDocuments.0.number`, t('person.idNumber'))}
              autoComplete="off"
              inputMode={value.idKind === 'aadhaar' ? 'numeric' : undefined}
              value={value.idNumber}
              onChange={(e) => set({ idNumber: e.target.value })}
            />
          ) : null}
          <TextField
            id={fieldId(`${p}.occupation`)}
            name={`${p}.occupation`}
            label={t('person.occupation')}
            error={fe(`${p}.occupation`, t('person.occupation'))}
            autoComplete="off"
            value={value.occupation}
            onChange={(e) => set({ occupation: e.target.value })}
          />
        </div>
      ) : null}
      {!brief ? <PhotoField path={p} value={value.photoSha256} onChange={(photoSha256) => set({ photoSha256 })} /> : null}
    </fieldset>
  );
}

/**
 * A file input for photos: each chosen file is uploaded at once and checked by the server;
 * `onUploaded` gets the SHA-256 of those it kept (none when the first failed: the server's
 * words are shown under the field).
 */
export function PhotoInput({ id, label, hint, multiple = false, onUploaded }: { id: string; label: string; hint: string; multiple?: boolean; onUploaded: (shas: string[]) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept="image/jpeg,image/png,image/webp"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={async (e) => {
          const input = e.target;
          const files = [...(input.files ?? [])];
          if (!files.length) return;
          setBusy(true);
          setError('');
          const shas: string[] = [];
          try {
            for (const file of files) shas.push((await uploadPhoto(file)).sha256);
          } catch (err) {
            setError(err instanceof ApiError && err.detail ? err.detail : t('person.photoFailed'));
          } finally {
            onUploaded(shas);
            setBusy(false);
            if (multiple) input.value = '';
          }
        }}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Photo of the person: uploaded at once, checked by the server, linked by its SHA-256. */
export function PhotoField({ path, value, onChange, label }: { path: string; value: string; onChange: (sha: string) => void; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="form-row">
      <PhotoInput id={fieldId(`${path}.photoSha256`)} label={label ?? t('person.photo')} hint={t('person.photoHint')} onUploaded={(shas) => onChange(shas[0] ?? '')} />
      {value ? (
        <div className="field">
          <RemoteImage className="photo-preview" src={records.photoUrl(value)} alt={t('person.photo')} />
          <button type="button" className="btn btn-secondary" onClick={() => onChange('')}>
            {t('person.photoRemove')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
