import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { DateTimeField } from '../components/DateTimeField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload, type PersonDraft } from '../components/PersonForm.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { SectionPicker, type PickedSection } from '../components/SectionPicker.tsx';
import { COMPLAINT_MODES, oneOf } from '../codes.ts';
import { errorsFor, type FieldErrors, fieldId, useSubmission } from '../forms.ts';
import { complaintModeName, formatDateTimeShort, fromIstInput } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import { records, type Complaint } from '../records-api.ts';
import { hrefFor } from '../router.ts';

/** Ctrl+Enter (or ⌘+Enter) in a long text submits; plain Enter makes a new line. */
export function submitOnCtrlEnter(e: KeyboardEvent<HTMLTextAreaElement>): void {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

export function ComplaintNewPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<string>('walk_in');
  const [complainant, setComplainant] = useState<PersonDraft>(emptyPerson);
  const [description, setDescription] = useState('');
  const [place, setPlace] = useState('');
  const [occurredFrom, setOccurredFrom] = useState('');
  const [occurredTo, setOccurredTo] = useState('');
  const [sections, setSections] = useState<PickedSection[]>([]);
  const { busy, summary, setSummary, errors, setErrors, refuse, attempt } = useSubmission();
  const [done, setDone] = useState<Complaint | null>(null);
  const fe = errorsFor(t, errors);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  function reset() {
    setMode('walk_in');
    setComplainant(emptyPerson());
    setDescription('');
    setPlace('');
    setOccurredFrom('');
    setOccurredTo('');
    setSections([]);
    setErrors({});
    setSummary(null);
    setDone(null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    checkPerson(t, complainant, 'complainant', found);
    if (!description.trim()) found['description'] = t('form.required');
    if (!place.trim()) found['place'] = t('form.required');
    const from = occurredFrom ? fromIstInput(occurredFrom) : undefined;
    const to = occurredTo ? fromIstInput(occurredTo) : undefined;
    if (occurredFrom && !from) found['occurredFrom'] = t('form.dateTimeInvalid');
    if (occurredTo && !to) found['occurredTo'] = t('form.dateTimeInvalid');
    if (from && to && Date.parse(to) < Date.parse(from)) found['occurredTo'] = t('form.toBeforeFrom');
    if (refuse(found)) return;
    await attempt(async () => {
      const c = await records.registerComplaint({
        stationCode: user.unit.code,
        mode: oneOf(COMPLAINT_MODES, mode),
        complainant: personPayload(complainant),
        description: description.trim(),
        place: place.trim(),
        ...(from ? { occurredFrom: from } : {}),
        ...(to ? { occurredTo: to } : {}),
        sectionsAlleged: sections.map((s) => ({ act: s.act, section: s.section })),
      });
      setDone(c);
      window.scrollTo(0, 0);
    });
  }

  if (done) {
    return (
      <>
        <div className="page-head">
          <h1 tabIndex={-1} ref={doneHeading}>
            {t('complaintNew.doneTitle')}
          </h1>
        </div>
        <section className="card card-narrow ack" aria-labelledby="ack-h">
          <h2 id="ack-h">{t('complaintNew.ackLabel')}</h2>
          <p className="ack-number" data-testid="ack-number">
            {done.ackNo}
          </p>
          <p className="muted">{t('complaintNew.ackNote', { time: formatDateTimeShort(done.receivedAt, lang) })}</p>
          <div className="form-actions">
            <a className="btn btn-primary" href={hrefFor('complaint', done.id)}>
              {t('complaintNew.open')}
            </a>
            <button type="button" className="btn btn-secondary" onClick={reset}>
              {t('complaintNew.another')}
            </button>
          </div>
        </section>
      </>
    );
  }

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('complaintNew.title')}</h1>
        <p className="lead">{t('complaintNew.intro')}</p>
      </div>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack record-form" data-testid="complaint-form">
        <PersonForm value={complainant} onChange={setComplainant} path="complainant" fe={fe} legend={t('complaint.complainant')} autoFocus />

        <fieldset className="person-form">
          <legend>{t('complaintNew.what')}</legend>
          <SelectField id={fieldId('mode')} name="mode" label={t('complaint.mode')} value={mode} onChange={(e) => setMode(e.target.value)}>
            {COMPLAINT_MODES.map((m) => (
              <option key={m} value={m}>
                {complaintModeName(t, m)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id={fieldId('description')}
            name="description"
            label={t('common.description')}
            hint={t('complaintNew.descriptionHint')}
            error={fe('description', t('common.description'))}
            rows={6}
            required
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
          <TextField
            id={fieldId('place')}
            name="place"
            label={t('complaint.place')}
            error={fe('place', t('complaint.place'))}
            autoComplete="off"
            required
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
          <div className="form-row">
            <DateTimeField path="occurredFrom" label={t('fir.occurredFrom')} value={occurredFrom} onChange={setOccurredFrom} error={fe('occurredFrom', t('fir.occurredFrom'))} />
            <DateTimeField path="occurredTo" label={t('fir.occurredTo')} value={occurredTo} onChange={setOccurredTo} error={fe('occurredTo', t('fir.occurredTo'))} />
          </div>
          <SectionPicker
            path="sectionsAlleged"
            label={t('sections.alleged')}
            hint={t('sections.allegedHint')}
            value={sections}
            onChange={setSections}
            occurredAt={fromIstInput(occurredFrom)}
            fe={fe}
          />
        </fieldset>

        <FormActions busy={busy} submit={t('complaintNew.submit')} cancelHref={hrefFor('complaints')} />
      </form>
    </>
  );
}
