// What the registers' pages share: the description of a person (a missing person, a body), its
// view, photos, the PDF links, the station filter and the status names.
import { useEffect, type ReactNode } from 'react';
import type { SessionUser } from '../../api.ts';
import { ErrorMessage } from '../../components/Alert.tsx';
import { BUILDS, COMPLEXIONS, GENDERS, oneOf } from '../../codes.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { PhotoField, PhotoInput } from '../../components/PersonForm.tsx';
import { RemoteImage } from '../../components/RemoteImage.tsx';
import { fieldId, trimOrUndefined, type FieldErrors } from '../../forms.ts';
import { genderName, unitName } from '../../format.ts';
import { useLoad, useStations } from '../../hooks.ts';
import { report, type CourtOption } from '../../report-api.ts';
import { hasKey, useI18n, type TFunction } from '../../i18n/index.tsx';
import { records } from '../../records-api.ts';
import type { Description, PersonDescriptionInput } from '../../registers-api.ts';
import { hrefFor, type Route } from '../../router.ts';

export const buildName = (t: TFunction, code: string) => (hasKey(`build.${code}`) ? t(`build.${code}`) : code);
export const complexionName = (t: TFunction, code: string) => (hasKey(`complexion.${code}`) ? t(`complexion.${code}`) : code);
export const missingStatusName = (t: TFunction, code: string) => (hasKey(`missingStatus.${code}`) ? t(`missingStatus.${code}`) : code);
export const udStatusName = (t: TFunction, code: string) => (hasKey(`udStatus.${code}`) ? t(`udStatus.${code}`) : code);
export const inquestMagistrateName = (t: TFunction, code: string) => (hasKey(`inquestMagistrate.${code}`) ? t(`inquestMagistrate.${code}`) : code);

/** The user's own station, or '' for a supervisor (who chooses one). */
export const ownStation = (user: SessionUser) => (user.unit.kind === 'police_station' ? user.unit.code : '');

/** The station filter of a register's list, for users above a station (a station's own staff read their own). */
export function StationFilter({
  user,
  field,
}: {
  user: SessionUser;
  field: { id: string; name: string; label: string; value: string; onChange: (e: { target: { value: string } }) => void; error?: string };
}) {
  const { t, lang } = useI18n();
  const stations = useStations(user);
  if (ownStation(user)) return null;
  return (
    <SelectField {...field} hint={t('registers.chooseStation')}>
      <option value="">{t('common.choose')}</option>
      {stations.map((s) => (
        <option key={s.code} value={s.code}>
          {unitName(s, lang)}
        </option>
      ))}
    </SelectField>
  );
}

/** The record printed, in English and in Hindi: links the browser saves (the server sets the file name). */
export function PdfLinks({ url, testId }: { url: (lang: 'en' | 'hi') => string; testId: string }) {
  const { t } = useI18n();
  return (
    <p className="button-row" data-testid={testId}>
      <a className="btn btn-secondary" href={url('en')} download data-testid={`${testId}-en`}>
        {t('registers.pdfEn')}
      </a>
      <a className="btn btn-secondary" lang="hi" href={url('hi')} download data-testid={`${testId}-hi`}>
        {t('registers.pdfHi')}
      </a>
    </p>
  );
}

/** A definition list of label and value pairs; empty values are left out. */
export function Facts({ items, testId }: { items: Array<[string, ReactNode]>; testId?: string }) {
  return (
    <dl className="facts" data-testid={testId}>
      {items
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd className="pre-wrap">{v}</dd>
          </div>
        ))}
    </dl>
  );
}

/** A description as it is being typed: how the person looks and where they were last seen (or found). */
export interface DescriptionDraft {
  sex: string;
  ageFrom: string;
  ageTo: string;
  heightCm: string;
  build: string;
  complexion: string;
  marks: string;
  clothes: string;
  photoSha256: string;
  place: string;
}

export function emptyDescription(): DescriptionDraft {
  return { sex: 'unknown', ageFrom: '', ageTo: '', heightCm: '', build: '', complexion: '', marks: '', clothes: '', photoSha256: '', place: '' };
}

const WHOLE = /^\d{1,3}$/;

/** The request's `description` (src/domain/schemas/description.ts). */
export function descriptionPayload(d: DescriptionDraft): PersonDescriptionInput {
  const out: PersonDescriptionInput = { sex: oneOf(GENDERS, d.sex) ?? 'unknown', place: { address: d.place.trim() } };
  if (d.ageFrom.trim() || d.ageTo.trim()) {
    const from = d.ageFrom.trim() || d.ageTo.trim();
    const to = d.ageTo.trim() || d.ageFrom.trim();
    out.ageRange = { from: Number(from), to: Number(to) };
  }
  if (d.heightCm.trim()) out.heightCm = Number(d.heightCm.trim());
  const build = oneOf(BUILDS, d.build);
  if (build) out.build = build;
  const complexion = oneOf(COMPLEXIONS, d.complexion);
  if (complexion) out.complexion = complexion;
  const marks = trimOrUndefined(d.marks);
  if (marks) out.marks = marks;
  const clothes = trimOrUndefined(d.clothes);
  if (clothes) out.clothes = clothes;
  if (d.photoSha256) out.photoSha256 = d.photoSha256;
  return out;
}

/** What the page checks before sending: the place, and numbers that are numbers. */
export function checkDescription(t: TFunction, d: DescriptionDraft, errors: FieldErrors): void {
  if (!d.place.trim()) errors['description.place.address'] = t('form.required');
  for (const [key, path] of [
    ['ageFrom', 'description.ageRange.from'],
    ['ageTo', 'description.ageRange.to'],
    ['heightCm', 'description.heightCm'],
  ] as const) {
    const v = d[key].trim();
    if (v && !WHOLE.test(v)) errors[path] = t('desc.wholeNumber');
  }
}

/**
 * How the person looks — one set of fields for a missing person and an unidentified body, as the
 * server has one description for both (so that the two can be matched): sex, age range, height,
 * build, complexion, identifying marks, clothes, the photo and the place.
 */
export function DescriptionFields({
  value,
  onChange,
  fe,
  legend,
  placeLabel,
  placeHint,
  ageHint,
}: {
  value: DescriptionDraft;
  onChange: (d: DescriptionDraft) => void;
  fe: (path: string, label: string) => string | undefined;
  legend: string;
  placeLabel: string;
  placeHint: string;
  ageHint: string;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<DescriptionDraft>) => onChange({ ...value, ...patch });
  const text = (key: 'ageFrom' | 'ageTo' | 'heightCm', path: string, label: string, hint?: string) => (
    <TextField
      id={fieldId(path)}
      name={path}
      label={label}
      hint={hint}
      error={fe(path, label)}
      inputMode="numeric"
      autoComplete="off"
      value={value[key]}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );
  return (
    <fieldset className="person-form" data-testid="description-fields">
      <legend>{legend}</legend>
      <TextField
        id={fieldId('description.place.address')}
        name="description.place.address"
        label={placeLabel}
        hint={placeHint}
        error={fe('description.place.address', placeLabel)}
        className="field-wide"
        required
        autoComplete="off"
        value={value.place}
        onChange={(e) => set({ place: e.target.value })}
      />
      <div className="form-row">
        <SelectField
          id={fieldId('description.sex')}
          name="description.sex"
          label={t('desc.sex')}
          error={fe('description.sex', t('desc.sex'))}
          value={value.sex}
          onChange={(e) => set({ sex: e.target.value })}
        >
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {genderName(t, g)}
            </option>
          ))}
        </SelectField>
        {text('ageFrom', 'description.ageRange.from', t('desc.ageFrom'), ageHint)}
        {text('ageTo', 'description.ageRange.to', t('desc.ageTo'))}
        {text('heightCm', 'description.heightCm', t('desc.height'), t('desc.heightHint'))}
      </div>
      <div className="form-row">
        <SelectField
          id={fieldId('description.build')}
          name="description.build"
          label={t('desc.build')}
          error={fe('description.build', t('desc.build'))}
          value={value.build}
          onChange={(e) => set({ build: e.target.value })}
        >
          <option value="">{t('desc.notKnown')}</option>
          {BUILDS.map((b) => (
            <option key={b} value={b}>
              {buildName(t, b)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId('description.complexion')}
          name="description.complexion"
          label={t('desc.complexion')}
          error={fe('description.complexion', t('desc.complexion'))}
          value={value.complexion}
          onChange={(e) => set({ complexion: e.target.value })}
        >
          <option value="">{t('desc.notKnown')}</option>
          {COMPLEXIONS.map((c) => (
            <option key={c} value={c}>
              {complexionName(t, c)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id={fieldId('description.marks')}
        name="description.marks"
        label={t('desc.marks')}
        hint={t('desc.marksHint')}
        error={fe('description.marks', t('desc.marks'))}
        rows={2}
        dir="auto"
        value={value.marks}
        onChange={(e) => set({ marks: e.target.value })}
      />
      <TextAreaField
        id={fieldId('description.clothes')}
        name="description.clothes"
        label={t('desc.clothes')}
        hint={t('desc.clothesHint')}
        error={fe('description.clothes', t('desc.clothes'))}
        rows={2}
        dir="auto"
        value={value.clothes}
        onChange={(e) => set({ clothes: e.target.value })}
      />
      <PhotoField path="description" label={t('desc.photo')} value={value.photoSha256} onChange={(photoSha256) => set({ photoSha256 })} />
    </fieldset>
  );
}

/** A description as the server answers it (a child withheld from the reader comes without photo or marks). */
export function DescriptionView({ d, placeLabel, age }: { d: Description; placeLabel: string; age?: number }) {
  const { t } = useI18n();
  return (
    <div className="description-view">
      {d.photoSha256 ? <RemoteImage className="photo-preview" src={records.photoUrl(d.photoSha256)} alt={t('desc.photo')} testId="description-photo" /> : null}
      <Facts
        testId="description"
        items={[
          [placeLabel, d.place.address],
          [t('desc.sex'), genderName(t, d.sex)],
          [t('desc.age'), age !== undefined ? t('person.ageYears', { age }) : ''],
          [t('desc.ageRange'), d.ageRange ? t('desc.ageRangeValue', { from: d.ageRange.from, to: d.ageRange.to }) : ''],
          [t('desc.height'), d.heightCm !== null ? t('desc.heightValue', { cm: d.heightCm }) : ''],
          [t('desc.build'), d.build ? buildName(t, d.build) : ''],
          [t('desc.complexion'), d.complexion ? complexionName(t, d.complexion) : ''],
          [t('desc.marks'), d.marks ?? ''],
          [t('desc.clothes'), d.clothes ?? ''],
        ]}
      />
    </div>
  );
}

/** Further photos (a body, its belongings): each uploaded at once and kept by its SHA-256. */
export function PhotosField({ path, label, hint, value, onChange }: { path: string; label: string; hint: string; value: string[]; onChange: (shas: string[]) => void }) {
  const { t } = useI18n();
  return (
    <div>
      <PhotoInput id={fieldId(path)} label={label} hint={hint} multiple onUploaded={(added) => onChange([...value, ...added.filter((s) => !value.includes(s))])} />
      {value.length ? (
        <ul className="photo-strip">
          {value.map((sha, i) => (
            <li key={sha}>
              <RemoteImage className="photo-thumb" src={records.photoUrl(sha)} alt={t('ud.photoN', { n: i + 1 })} />
              <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange(value.filter((s) => s !== sha))}>
                {t('ud.photoRemove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The head of a record's page while it loads, or the reason it cannot be shown. */
export function RecordLoading({ title, error }: { title: string; error: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <ErrorMessage message={error} />
      {!error ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
    </>
  );
}

/**
 * A register's record, loaded; "just registered" is said once — the mark leaves the address so
 * that a reload or a link does not say it again.
 */
export function useRecord<T>(load: () => Promise<T>, id: string, justSaved: boolean, route: Route) {
  const record = useLoad(load, [id]);
  useEffect(() => {
    if (justSaved) window.history.replaceState(null, '', hrefFor(route, id));
  }, [justSaved, id, route]);
  return record;
}

/** The head of a register's form: back to the register, the title, what to do, and who may. */
export function FormHead({ back, backText, title, intro, station }: { back: Route; backText: string; title: string; intro: string; station: string }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-head">
        <p>
          <a href={hrefFor(back)}>{backText}</a>
        </p>
        <h1 tabIndex={-1}>{title}</h1>
        <p className="lead">{intro}</p>
      </div>
      {!station ? <p className="alert alert-info">{t('registers.stationOnly')}</p> : null}
    </>
  );
}

/**
 * Where a record's match candidates go (missing persons ↔ unidentified bodies): the matching part
 * mounts `<MatchCandidates kind=… id=… />` as the children here.
 */
export function PossibleMatches({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="possible-matches" data-testid="possible-matches">
      <h2 id="possible-matches">{t('registers.possibleMatches')}</h2>
      {children}
    </section>
  );
}

/** The Magistrates' courts of a station's district (an NC report's informant is referred to one; an order comes from one). */
export function useMagistrates(station: string): CourtOption[] {
  const { data } = useLoad(() => (station ? report.codes(station) : Promise.resolve(null)), [station]);
  return (data?.courts ?? []).filter((c) => c.level === 'magistrate');
}

/** A court's name in the language shown. */
export const courtName = (c: { nameEn: string; nameHi: string }, lang: string) => (lang === 'hi' ? c.nameHi : c.nameEn);
