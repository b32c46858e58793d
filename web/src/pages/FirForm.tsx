import { useEffect, useState, type FormEvent } from 'react';
import { penalCodeFor } from '../../../src/domain/law.ts';
import type { SessionUser } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { DateTimeField } from '../components/DateTimeField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { checkPerson, emptyPerson, linkedPerson, PersonForm, personPayload, type PersonDraft } from '../components/PersonForm.tsx';
import { SectionPicker, type PickedSection } from '../components/SectionPicker.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { StationField } from '../components/StationField.tsx';
import { checkVehicle, emptyVehicle, vehiclePayload, VehicleFields, type VehicleDraft } from '../components/VehicleFields.tsx';
import { FIR_ORIGINS, INFO_TYPES, oneOf, PROPERTY_CATEGORIES } from '../codes.ts';
import { errorText } from '../errors.ts';
import { errorsFor, type FieldErrors, fieldId, trimOrUndefined, useSubmission } from '../forms.ts';
import { firOriginName, formatRupees, fromIstInput, infoTypeName, propertyCategoryName, roleName, sectionLabel, toIstInput } from '../format.ts';
import { can, useOfficers, useStations } from '../hooks.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { records, type Complaint, type PersonFull } from '../records-api.ts';
import type { ComplaintConversion } from '../contract.ts';
import { hrefFor, navigate } from '../router.ts';
import { submitOnCtrlEnter } from './ComplaintNew.tsx';

interface PropertyDraft {
  description: string;
  category: string;
  value: string;
  vehicle: VehicleDraft;
}

/** A property row shows the vehicle's fields when it is a vehicle, or when some were entered. */
const showsVehicle = (p: PropertyDraft) => p.category === 'vehicle' || vehiclePayload(p.vehicle) !== undefined;

const nowInput = () => toIstInput(new Date().toISOString());

/** The law of an occurrence typed in the form: BNS from 1 July 2024 (IST), IPC before. */
export function lawFor(occurredFromInput: string): 'BNS' | 'IPC' | null {
  const iso = fromIstInput(occurredFromInput);
  if (!iso) return null;
  return penalCodeFor(new Date(iso));
}

function parseNumber(v: string): number | undefined {
  const s = v.replace(/,/g, '').trim();
  if (!s) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

/** The complainant of a complaint, linked by id (never re-entered). */
function complainantOf(t: TFunction, c: Complaint): PersonDraft {
  if (c.complainant && !c.complainant.masked && c.complainantId) return linkedPerson({ ...c.complainant, id: c.complainantId });
  // A withheld complainant has no id here; converting links the complaint's own complainant.
  const stub: PersonFull = {
    id: c.complainantId ?? '',
    masked: false,
    role: 'complainant',
    name: t('person.withheldShort'),
    aliases: [],
    gender: 'unknown',
    addresses: [],
    phones: [],
    idDocuments: [],
    description: {},
    juvenile: false,
    createdAt: '',
  };
  return linkedPerson(stub);
}

/**
 * IIF-1, the First Information Report form. Also used to convert a complaint: then it opens
 * filled from the complaint (complainant linked, place, occurrence, facts = the complaint).
 */
export function FirFormPage({ user, complaintId }: { user: SessionUser; complaintId: string | null }) {
  const { t } = useI18n();
  const officers = useOfficers(user);
  const stations = useStations(user);

  const [origin, setOrigin] = useState<string>('regular');
  const [jurisdiction, setJurisdiction] = useState('');
  const [infoType, setInfoType] = useState<string>('written');
  const [occurredFrom, setOccurredFrom] = useState('');
  const [occurredTo, setOccurredTo] = useState('');
  const [infoReceivedAt, setInfoReceivedAt] = useState(nowInput);
  const [address, setAddress] = useState('');
  const [beat, setBeat] = useState('');
  const [directionDistance, setDirectionDistance] = useState('');
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [sections, setSections] = useState<PickedSection[]>([]);
  const [complainant, setComplainant] = useState<PersonDraft>(emptyPerson);
  const [accused, setAccused] = useState<PersonDraft[]>([]);
  const [unknownAccused, setUnknownAccused] = useState<string[]>([]);
  const [victims, setVictims] = useState<PersonDraft[]>([]);
  const [witnesses, setWitnesses] = useState<PersonDraft[]>([]);
  const [properties, setProperties] = useState<PropertyDraft[]>([]);
  const [delayReasons, setDelayReasons] = useState('');
  const [briefFacts, setBriefFacts] = useState('');
  const [ioUserId, setIoUserId] = useState('');

  const [complaint, setComplaint] = useState<Complaint | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  // Converting a complaint: fill the form from it.
  useEffect(() => {
    if (!complaintId) return;
    let live = true;
    records
      .complaint(complaintId)
      .then((c) => {
        if (!live) return;
        setComplaint(c);
        setComplainant(complainantOf(t, c));
        setAddress(c.place);
        setOccurredFrom(toIstInput(c.occurredFrom));
        setOccurredTo(toIstInput(c.occurredTo));
        setInfoReceivedAt(toIstInput(c.receivedAt));
        setInfoType(c.mode === 'online' ? 'electronic' : 'written');
        setBriefFacts(c.description);
        setSections(c.sectionsAlleged.map((s) => ({ act: s.act, section: s.section })));
      })
      .catch((err: unknown) => live && setLoadError(errorText(t, err)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complaintId]);

  const law = lawFor(occurredFrom);
  const wrongLaw = law ? sections.filter((s) => (s.act === 'BNS' || s.act === 'IPC') && s.act !== law) : [];
  const totalValue = properties.reduce((sum, p) => {
    const v = parseNumber(p.value);
    return sum + (v && Number.isFinite(v) ? v : 0);
  }, 0);

  function check(): FieldErrors {
    const e: FieldErrors = {};
    const from = fromIstInput(occurredFrom);
    const to = occurredTo ? fromIstInput(occurredTo) : undefined;
    const info = fromIstInput(infoReceivedAt);
    if (!occurredFrom) e['occurredFrom'] = t('form.required');
    else if (!from) e['occurredFrom'] = t('form.dateTimeInvalid');
    if (occurredTo && !to) e['occurredTo'] = t('form.dateTimeInvalid');
    if (from && to && Date.parse(to) < Date.parse(from)) e['occurredTo'] = t('form.toBeforeFrom');
    if (!infoReceivedAt) e['infoReceivedAt'] = t('form.required');
    else if (!info) e['infoReceivedAt'] = t('form.dateTimeInvalid');
    else if (from && Date.parse(info) < Date.parse(from)) e['infoReceivedAt'] = t('fir.infoBeforeOccurrence');
    if (!address.trim()) e['place.address'] = t('form.required');
    const lat = parseNumber(latitude);
    const lon = parseNumber(longitude);
    if (lat !== undefined && (Number.isNaN(lat) || lat < 6 || lat > 38)) e['place.latitude'] = t('fir.latitudeInvalid');
    if (lon !== undefined && (Number.isNaN(lon) || lon < 68 || lon > 98)) e['place.longitude'] = t('fir.longitudeInvalid');
    if (sections.length === 0) e['sections'] = t('form.sectionRequired');
    checkPerson(t, complainant, 'complainant', e);
    accused.forEach((p, i) => checkPerson(t, p, `accused.${i}`, e));
    unknownAccused.forEach((d, i) => {
      if (!d.trim()) e[`unknownAccused.${i}.description`] = t('form.required');
    });
    victims.forEach((p, i) => checkPerson(t, p, `victims.${i}`, e));
    witnesses.forEach((p, i) => checkPerson(t, p, `witnesses.${i}`, e));
    properties.forEach((p, i) => {
      if (!p.description.trim()) e[`properties.${i}.description`] = t('form.required');
      const v = parseNumber(p.value);
      if (v !== undefined && (Number.isNaN(v) || v < 0)) e[`properties.${i}.value`] = t('fir.valueInvalid');
      if (showsVehicle(p)) checkVehicle(t, p.vehicle, `properties.${i}.vehicle`, e);
    });
    if (!briefFacts.trim()) e['briefFacts'] = t('form.required');
    if (origin === 'efir' && infoType !== 'electronic') e['infoType'] = t('fir.efirElectronic');
    return e;
  }

  function body(): ComplaintConversion {
    const lat = parseNumber(latitude);
    const lon = parseNumber(longitude);
    return {
      stationCode: user.unit.code,
      origin: oneOf(FIR_ORIGINS, origin),
      infoType: oneOf(INFO_TYPES, infoType) ?? 'written',
      occurredFrom: fromIstInput(occurredFrom)!,
      ...(occurredTo ? { occurredTo: fromIstInput(occurredTo) } : {}),
      infoReceivedAt: fromIstInput(infoReceivedAt)!,
      place: {
        address: address.trim(),
        ...(trimOrUndefined(beat) ? { beat: beat.trim() } : {}),
        ...(trimOrUndefined(directionDistance) ? { directionDistance: directionDistance.trim() } : {}),
        ...(lat !== undefined ? { latitude: lat } : {}),
        ...(lon !== undefined ? { longitude: lon } : {}),
      },
      sections: sections.map((s) => ({ act: s.act, section: s.section })),
      // A converted complaint's complainant withheld from this officer has no id here: the server links the complaint's own.
      ...(complaintId && complainant.linked && !complainant.linked.id ? {} : { complainant: personPayload(complainant) }),
      accused: accused.map(personPayload),
      unknownAccused: unknownAccused.map((d) => ({ description: d.trim() })),
      victims: victims.map(personPayload),
      witnesses: witnesses.map(personPayload),
      properties: properties.map((p) => {
        const v = parseNumber(p.value);
        const vehicle = showsVehicle(p) ? vehiclePayload(p.vehicle) : undefined;
        return { description: p.description.trim(), ...(p.category ? { category: p.category } : {}), ...(v !== undefined ? { value: v } : {}), ...(vehicle ? { vehicle } : {}) };
      }),
      ...(trimOrUndefined(delayReasons) ? { delayReasons: delayReasons.trim() } : {}),
      briefFacts: briefFacts.trim(),
      ...(ioUserId ? { ioUserId } : {}),
      ...(origin === 'zero' && jurisdiction.trim() ? { jurisdictionStationCode: jurisdiction.trim() } : {}),
    };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (refuse(check())) return;
    await attempt(
      async () => {
        const b = body();
        const fir = complaintId ? (await records.convertComplaint(complaintId, b)).fir : await records.registerFir({ ...b, complainant: b.complainant ?? personPayload(complainant) });
        navigate(hrefFor('fir', fir.id, { registered: '1' }));
      },
      { scrollTopOnError: true },
    );
  }

  const personList = (list: PersonDraft[], setList: (l: PersonDraft[]) => void, base: string, legend: (i: number) => string, addLabel: string, brief = false) => (
    <>
      {list.map((p, i) => (
        <div key={i} className="repeat-item">
          <PersonForm
            value={p}
            onChange={(d) => setList(list.map((x, j) => (j === i ? d : x)))}
            path={`${base}.${i}`}
            fe={fe}
            legend={legend(i)}
            autoFocus={i === list.length - 1 && !p.name && !p.linked}
            brief={brief}
          />
          <button
            type="button"
            className="btn btn-secondary btn-small repeat-remove"
            aria-label={t('common.removeThing', { thing: legend(i) })}
            onClick={() => setList(list.filter((_, j) => j !== i))}
          >
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-secondary" onClick={() => setList([...list, emptyPerson()])}>
        {addLabel}
      </button>
    </>
  );

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{complaintId ? t('firForm.titleConvert') : t('firForm.title')}</h1>
        <p className="lead">{t('firForm.intro')}</p>
        {complaint ? <Notice>{t('firForm.fromComplaint', { ack: complaint.ackNo })}</Notice> : null}
      </div>
      <ErrorMessage message={loadError} />
      <ErrorSummary message={summary} errors={errors} />

      <form onSubmit={submit} noValidate className="form-stack record-form" data-testid="fir-form">
        <fieldset className="person-form">
          <legend>{t('firForm.registration')}</legend>
          <div className="form-row">
            <SelectField
              autoFocus
              id={fieldId('origin')}
              name="origin"
              label={t('fir.origin')}
              error={fe('origin', t('fir.origin'))}
              value={origin}
              onChange={(e) => {
                setOrigin(e.target.value);
                if (e.target.value === 'efir') setInfoType('electronic');
              }}
            >
              {FIR_ORIGINS.map((o) => (
                <option key={o} value={o}>
                  {firOriginName(t, o)}
                </option>
              ))}
            </SelectField>
            <SelectField id={fieldId('infoType')} name="infoType" label={t('fir.infoType')} error={fe('infoType', t('fir.infoType'))} value={infoType} onChange={(e) => setInfoType(e.target.value)}>
              {INFO_TYPES.map((o) => (
                <option key={o} value={o}>
                  {infoTypeName(t, o)}
                </option>
              ))}
            </SelectField>
            {origin === 'zero' ? (
              <StationField
                path="jurisdictionStationCode"
                label={t('fir.jurisdictionStation')}
                hint={t('fir.jurisdictionHint')}
                value={jurisdiction}
                onChange={setJurisdiction}
                stations={stations}
                exclude={user.unit.code}
                error={fe('jurisdictionStationCode', t('fir.jurisdictionStation'))}
              />
            ) : null}
          </div>
          {origin === 'zero' ? <p className="field-hint">{t('fir.zeroHint')}</p> : null}
          {origin === 'efir' ? <p className="field-hint">{t('fir.efirHint')}</p> : null}
        </fieldset>

        <fieldset className="person-form">
          <legend>{t('firForm.occurrence')}</legend>
          <div className="form-row">
            <DateTimeField path="occurredFrom" label={t('fir.occurredFrom')} value={occurredFrom} onChange={setOccurredFrom} error={fe('occurredFrom', t('fir.occurredFrom'))} required />
            <DateTimeField path="occurredTo" label={t('fir.occurredTo')} value={occurredTo} onChange={setOccurredTo} error={fe('occurredTo', t('fir.occurredTo'))} />
            <DateTimeField path="infoReceivedAt" label={t('fir.infoReceivedAt')} value={infoReceivedAt} onChange={setInfoReceivedAt} error={fe('infoReceivedAt', t('fir.infoReceivedAt'))} required />
          </div>
          <p className="law-derived" data-testid="derived-law" aria-live="polite">
            {law === 'BNS' ? t('firForm.lawBns') : law === 'IPC' ? t('firForm.lawIpc') : t('firForm.lawUnknown')}
          </p>
        </fieldset>

        <fieldset className="person-form">
          <legend>{t('sections.label')}</legend>
          <SectionPicker path="sections" label={t('sections.find')} hint={t('sections.hint')} value={sections} onChange={setSections} occurredAt={fromIstInput(occurredFrom)} fe={fe} required />
          {wrongLaw.length ? (
            <p className="alert alert-warning" role="status">
              {t('firForm.wrongLaw', { sections: wrongLaw.map(sectionLabel).join(', '), law: law ?? '' })}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="person-form">
          <legend>{t('fir.place')}</legend>
          <TextField
            id={fieldId('place.address')}
            name="place.address"
            label={t('fir.placeAddress')}
            error={fe('place.address', t('fir.placeAddress'))}
            autoComplete="off"
            required
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
          <div className="form-row">
            <TextField
              id={fieldId('place.beat')}
              name="place.beat"
              label={t('fir.beat')}
              error={fe('place.beat', t('fir.beat'))}
              autoComplete="off"
              value={beat}
              onChange={(e) => setBeat(e.target.value)}
            />
            <TextField
              id={fieldId('place.directionDistance')}
              name="place.directionDistance"
              label={t('fir.directionDistance')}
              hint={t('fir.directionDistanceHint')}
              error={fe('place.directionDistance', t('fir.directionDistance'))}
              autoComplete="off"
              value={directionDistance}
              onChange={(e) => setDirectionDistance(e.target.value)}
            />
            <TextField
              id={fieldId('place.latitude')}
              name="place.latitude"
              label={t('fir.latitude')}
              hint={t('form.optional')}
              error={fe('place.latitude', t('fir.latitude'))}
              inputMode="decimal"
              autoComplete="off"
              value={latitude}
              onChange={(e) => setLatitude(e.target.value)}
            />
            <TextField
              id={fieldId('place.longitude')}
              name="place.longitude"
              label={t('fir.longitude')}
              hint={t('form.optional')}
              error={fe('place.longitude', t('fir.longitude'))}
              inputMode="decimal"
              autoComplete="off"
              value={longitude}
              onChange={(e) => setLongitude(e.target.value)}
            />
          </div>
        </fieldset>

        <PersonForm value={complainant} onChange={setComplainant} path="complainant" fe={fe} legend={t('fir.complainant')} />

        <section className="repeat-group" aria-labelledby="acc-h">
          <h2 id="acc-h">{t('fir.accused')}</h2>
          <p className="muted small">{t('firForm.accusedHint')}</p>
          {personList(accused, setAccused, 'accused', (i) => t('firForm.accusedN', { n: i + 1 }), t('firForm.addAccused'))}
          {unknownAccused.map((d, i) => (
            <div key={i} className="repeat-item">
              <TextAreaField
                id={fieldId(`unknownAccused.${i}.description`)}
                name={`unknownAccused.${i}.description`}
                label={t('firForm.unknownN', { n: i + 1 })}
                hint={t('firForm.unknownHint')}
                error={fe(`unknownAccused.${i}.description`, t('common.description'))}
                rows={2}
                autoFocus={i === unknownAccused.length - 1 && !d}
                value={d}
                onChange={(e) => setUnknownAccused(unknownAccused.map((x, j) => (j === i ? e.target.value : x)))}
              />
              <button
                type="button"
                className="btn btn-secondary btn-small repeat-remove"
                aria-label={t('common.removeThing', { thing: t('firForm.unknownN', { n: i + 1 }) })}
                onClick={() => setUnknownAccused(unknownAccused.filter((_, j) => j !== i))}
              >
                {t('common.remove')}
              </button>
            </div>
          ))}
          <button type="button" className="btn btn-secondary" onClick={() => setUnknownAccused([...unknownAccused, ''])}>
            {t('firForm.addUnknown')}
          </button>
        </section>

        <section className="repeat-group" aria-labelledby="vic-h">
          <h2 id="vic-h">{t('fir.victims')}</h2>
          {personList(victims, setVictims, 'victims', (i) => t('firForm.victimN', { n: i + 1 }), t('firForm.addVictim'))}
        </section>

        <section className="repeat-group" aria-labelledby="wit-h">
          <h2 id="wit-h">{t('fir.witnesses')}</h2>
          {personList(witnesses, setWitnesses, 'witnesses', (i) => t('firForm.witnessN', { n: i + 1 }), t('firForm.addWitness'), true)}
        </section>

        <section className="repeat-group" aria-labelledby="prop-h">
          <h2 id="prop-h">{t('fir.properties')}</h2>
          {properties.map((p, i) => {
            const set = (patch: Partial<PropertyDraft>) => setProperties(properties.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            return (
              <div key={i} className="repeat-item form-row property-row">
                <TextField
                  id={fieldId(`properties.${i}.description`)}
                  name={`properties.${i}.description`}
                  label={t('firForm.propertyN', { n: i + 1 })}
                  error={fe(`properties.${i}.description`, t('common.description'))}
                  autoComplete="off"
                  autoFocus={i === properties.length - 1 && !p.description}
                  value={p.description}
                  onChange={(e) => set({ description: e.target.value })}
                />
                <SelectField
                  id={fieldId(`properties.${i}.category`)}
                  name={`properties.${i}.category`}
                  label={t('fir.propertyCategory')}
                  value={p.category}
                  onChange={(e) => set({ category: e.target.value })}
                >
                  <option value="">{t('common.choose')}</option>
                  {PROPERTY_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {propertyCategoryName(t, c)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={fieldId(`properties.${i}.value`)}
                  name={`properties.${i}.value`}
                  label={t('fir.propertyValue')}
                  error={fe(`properties.${i}.value`, t('fir.propertyValue'))}
                  inputMode="decimal"
                  autoComplete="off"
                  value={p.value}
                  onChange={(e) => set({ value: e.target.value })}
                />
                <div className="repeat-remove-cell">
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    aria-label={t('common.removeThing', { thing: t('firForm.propertyN', { n: i + 1 }) })}
                    onClick={() => setProperties(properties.filter((_, j) => j !== i))}
                  >
                    {t('common.remove')}
                  </button>
                </div>
                {showsVehicle(p) ? <VehicleFields value={p.vehicle} onChange={(vehicle) => set({ vehicle })} path={`properties.${i}.vehicle`} error={fe} /> : null}
              </div>
            );
          })}
          {properties.length ? (
            <p className="total" data-testid="property-total">
              {t('fir.totalValue')}: <strong>{formatRupees(totalValue, t.lang)}</strong>
            </p>
          ) : null}
          <button type="button" className="btn btn-secondary" onClick={() => setProperties([...properties, { description: '', category: '', value: '', vehicle: emptyVehicle() }])}>
            {t('firForm.addProperty')}
          </button>
        </section>

        <fieldset className="person-form">
          <legend>{t('firForm.facts')}</legend>
          <TextAreaField
            id={fieldId('delayReasons')}
            name="delayReasons"
            label={t('fir.delayReasons')}
            hint={t('fir.delayHint')}
            error={fe('delayReasons', t('fir.delayReasons'))}
            rows={2}
            value={delayReasons}
            onChange={(e) => setDelayReasons(e.target.value)}
          />
          <TextAreaField
            id={fieldId('briefFacts')}
            name="briefFacts"
            label={t('fir.briefFacts')}
            hint={t('fir.briefFactsHint')}
            error={fe('briefFacts', t('fir.briefFacts'))}
            rows={12}
            className="textarea-large"
            required
            value={briefFacts}
            onChange={(e) => setBriefFacts(e.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
        </fieldset>

        <fieldset className="person-form">
          <legend>{t('firForm.action')}</legend>
          {officers.length && can(user, 'case.assign') ? (
            <SelectField
              id={fieldId('ioUserId')}
              name="ioUserId"
              label={t('fir.io')}
              hint={t('fir.ioHint')}
              error={fe('ioUserId', t('fir.io'))}
              value={ioUserId}
              onChange={(e) => setIoUserId(e.target.value)}
            >
              <option value="">{t('fir.ioLater')}</option>
              {officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} — {roleName(t, o.role)}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="muted">{t('fir.ioBySho')}</p>
          )}
        </fieldset>

        <FormActions busy={busy} submit={t('firForm.submit')} testId="fir-submit" cancelHref={complaintId ? hrefFor('complaint', complaintId) : hrefFor('firs')} sticky />
      </form>
    </>
  );
}
