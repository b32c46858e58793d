// Field-level errors for the record forms. Paths are the server's (`sections.0`,
// `complainant.person.name`): checks made in the page use the same paths, so one map drives both,
// and every field's id is `f-<path>` so that the summary can move focus to it.
import { useState, type KeyboardEvent } from 'react';
import { ApiError } from './api.ts';
import { errorText } from './errors.ts';
import { useI18n, type TFunction } from './i18n/index.tsx';

export type FieldErrors = Record<string, string>;

export const fieldId = (path: string) => `f-${path}`;

/** Common server messages in the language shown; others as the server wrote them. */
function translateMessage(t: TFunction, message: string): string {
  if (t.lang === 'en') return message;
  if (message === 'is required') return t('form.required');
  if (message === 'at least one section is required') return t('form.sectionRequired');
  if (/^must be a date and time/.test(message)) return t('form.dateTimeInvalid');
  if (message === 'is not a phone number') return t('form.phoneInvalid');
  if (message === 'must be a 6-digit PIN code') return t('form.pinInvalid');
  if (message === 'an Aadhaar number has 12 digits') return t('form.aadhaarInvalid');
  if (message === 'give the registration, engine or chassis number') return t('firForm.vehicleNumberRequired');
  if (message === 'must have at least 4 letters or digits') return t('firForm.vehicleNumberShort');
  if (message === 'must say why, in a few words') return t('form.reasonShort');
  if (message === 'must say why, in at least 10 characters') return t('law.reasonShort');
  if (message === 'must name the source (an Act, a notification, a judgment)') return t('law.sourceShort');
  return message;
}

/** "Name: is required" — the server words messages as the end of a sentence. */
export function withLabel(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label}: ${message}` : message;
}

/** A lookup for fields: `fe('place.address', label)` is the message to show under that field. */
export function errorsFor(t: TFunction, errors: FieldErrors) {
  return (path: string, label: string): string | undefined => {
    const m = errors[path];
    return m ? withLabel(label, translateMessage(t, m)) : undefined;
  };
}

/** What a failed submission shows: a summary and the field messages by path. */
export function submissionProblem(t: TFunction, err: unknown): { summary: string; fields: FieldErrors } {
  if (err instanceof ApiError && Object.keys(err.fieldErrors).length) {
    return { summary: t('form.fixErrors'), fields: { ...err.fieldErrors } };
  }
  return { summary: errorText(t, err), fields: {} };
}

/** A readable name for an error path, e.g. "Accused 2 › Name". */
export function pathLabel(t: TFunction, path: string): string {
  const words: Record<string, () => string> = {
    complainant: () => t('fir.complainant'),
    accused: () => t('fir.accused'),
    unknownAccused: () => t('fir.unknownAccused'),
    victims: () => t('fir.victims'),
    witnesses: () => t('fir.witnesses'),
    addPersons: () => t('amend.persons'),
    name: () => t('person.name'),
    relativeName: () => t('person.relativeName'),
    relativeKind: () => t('person.relativeKind'),
    gender: () => t('person.gender'),
    age: () => t('person.age'),
    birthDate: () => t('person.birthDate'),
    phones: () => t('person.phone'),
    addresses: () => t('person.address'),
    line: () => t('person.address'),
    pin: () => t('person.pin'),
    idDocuments: () => t('person.idDocument'),
    number: () => t('person.idNumber'),
    personId: () => t('person.linked'),
    description: () => t('common.description'),
    place: () => t('fir.place'),
    address: () => t('fir.placeAddress'),
    beat: () => t('fir.beat'),
    directionDistance: () => t('fir.directionDistance'),
    latitude: () => t('fir.latitude'),
    longitude: () => t('fir.longitude'),
    sections: () => t('sections.label'),
    sectionsAlleged: () => t('sections.alleged'),
    occurredFrom: () => t('fir.occurredFrom'),
    occurredTo: () => t('fir.occurredTo'),
    infoReceivedAt: () => t('fir.infoReceivedAt'),
    infoType: () => t('fir.infoType'),
    origin: () => t('fir.origin'),
    jurisdictionStationCode: () => t('fir.jurisdictionStation'),
    properties: () => t('fir.properties'),
    value: () => t('fir.propertyValue'),
    category: () => t('fir.propertyCategory'),
    vehicle: () => t('fir.vehicle'),
    registration: () => t('fir.vehicleRegistration'),
    engineNo: () => t('fir.vehicleEngineNo'),
    chassisNo: () => t('fir.vehicleChassisNo'),
    make: () => t('fir.vehicleMake'),
    model: () => t('fir.vehicleModel'),
    colour: () => t('fir.vehicleColour'),
    delayReasons: () => t('fir.delayReasons'),
    briefFacts: () => t('fir.briefFacts'),
    ioUserId: () => t('fir.io'),
    reason: () => t('common.reason'),
    text: () => t('gd.text'),
    toStationCode: () => t('transfer.station'),
    receivedAt: () => t('complaint.receivedAt'),
    stationCode: () => t('common.station'),
    // Corrections of the law catalogue (`changes.<field>`, `reason`, `source`).
    title: () => t('law.field.title'),
    titleHi: () => t('law.field.titleHi'),
    maxPunishment: () => t('law.field.maxPunishment'),
    cognizable: () => t('sections.cognizable'),
    bailable: () => t('sections.bailable'),
    triableBy: () => t('law.field.triableBy'),
    sensitive: () => t('law.field.sensitive'),
    crimeHead: () => t('law.field.crimeHead'),
    source: () => t('law.source'),
    // Nodes (sync) and alerts.
    unitCode: () => t('home.unit'),
    label: () => t('nodes.form.label'),
    kind: () => t('alerts.form.kind'),
    details: () => t('alerts.form.details'),
    targetUnit: () => t('alerts.form.target'),
    expiresAt: () => t('alerts.form.expires'),
    photoSha256: () => t('alerts.form.photo'),
    // The registers (NC reports, missing persons, unnatural deaths) and their shared description.
    informant: () => t('nc.informant'),
    informantRelation: () => t('missing.relation'),
    contacts: () => t('missing.contacts'),
    lastSeenAt: () => t('missing.lastSeenAt'),
    circumstances: () => t('missing.circumstances'),
    sex: () => t('desc.sex'),
    ageRange: () => t('desc.ageRange'),
    heightCm: () => t('desc.height'),
    build: () => t('desc.build'),
    complexion: () => t('desc.complexion'),
    marks: () => t('desc.marks'),
    clothes: () => t('desc.clothes'),
    foundAt: () => t('ud.foundAt'),
    informedAt: () => t('ud.informedAt'),
    belongings: () => t('ud.belongings'),
    apparentCause: () => t('ud.apparentCause'),
    fir: () => t('missing.fir'),
  };
  const parts: string[] = [];
  for (const seg of path.split('.')) {
    if (seg === 'person' || seg === 'changes') continue;
    if (/^\d+$/.test(seg)) {
      const last = parts.pop() ?? '';
      parts.push(`${last} ${Number(seg) + 1}`.trim());
      continue;
    }
    parts.push(words[seg]?.() ?? seg);
  }
  return parts.join(' › ');
}

/** The summary's lines: each error with its field's name (`labels`, where a form names a field its own way). */
export function summaryItems(t: TFunction, errors: FieldErrors, labels: Record<string, string> = {}): Array<{ path: string; text: string }> {
  return Object.entries(errors).map(([path, message]) => ({ path, text: withLabel(labels[path] ?? pathLabel(t, path), translateMessage(t, message)) }));
}

/** Moves focus to the field of an error path (or the first field inside it). */
export function focusField(path: string): void {
  const exact = document.getElementById(fieldId(path));
  const el = exact ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(fieldId(path))}."]`);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

/** After a failed submission: focus goes to the first field with an error (after it renders). */
export function focusFirstError(errors: FieldErrors): void {
  const first = Object.keys(errors)[0];
  if (first) window.setTimeout(() => focusField(first), 0);
}

/** Enter in a text area submits the form (Shift+Enter for a new line), as in the other forms. */
export function submitOnEnter(e: KeyboardEvent<HTMLTextAreaElement>): void {
  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

/** The fields a form must have: each path whose value is empty (or a time that did not read) is "required". */
export function missing(t: TFunction, values: Record<string, string | null | undefined>): FieldErrors {
  const found: FieldErrors = {};
  for (const [path, value] of Object.entries(values)) if (!value?.trim()) found[path] = t('form.required');
  return found;
}

export const trimOrUndefined = (s: string | undefined | null) => {
  const v = (s ?? '').trim();
  return v ? v : undefined;
};

/**
 * The state every form shares: busy while sending, the error summary, field errors. `refuse`
 * shows what the page's own checks found (and says whether they found anything); `attempt` sends
 * once at a time and turns a refusal into field errors, a summary and focus on the first field in
 * error.
 */
/**
 * A request of a form that shares its page with another form: the server's field errors are
 * moved under the form's own prefix, so the fields' ids (fieldId) stay unique on the page.
 */
export function underPrefix<T>(prefix: string, request: Promise<T>): Promise<T> {
  return request.catch((err: unknown) => {
    if (!(err instanceof ApiError)) throw err;
    throw new ApiError(err.status, {
      type: err.type,
      title: err.title,
      detail: err.detail,
      errors: Object.entries(err.fieldErrors).map(([path, message]) => ({ path: `${prefix}.${path}`, message })),
    });
  });
}

export function useSubmission() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  function refuse(found: FieldErrors): boolean {
    const any = Object.keys(found).length > 0;
    setErrors(found);
    setSummary(any ? t('form.fixErrors') : null);
    if (any) focusFirstError(found);
    return any;
  }

  async function attempt(action: () => Promise<void>, opts: { scrollTopOnError?: boolean } = {}): Promise<void> {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      const p = submissionProblem(t, err);
      setErrors(p.fields);
      setSummary(p.summary);
      focusFirstError(p.fields);
      // A long form shows a problem without a field in its summary at the top.
      if (opts.scrollTopOnError && !Object.keys(p.fields).length) window.scrollTo(0, 0);
    } finally {
      setBusy(false);
    }
  }

  return { busy, summary, setSummary, errors, setErrors, refuse, attempt };
}
