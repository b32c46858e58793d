import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Options, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload } from '../../components/PersonForm.tsx';
import { SectionPicker, type PickedSection } from '../../components/SectionPicker.tsx';
import { errorsFor, fieldId, missing, useSubmission } from '../../forms.ts';
import { fromIstInput } from '../../format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers } from '../../registers-api.ts';
import { hrefFor, navigate } from '../../router.ts';
import { courtName, FormHead, ownStation, useMagistrates } from './common.tsx';

/**
 * A non-cognizable report (BNSS 174(1)): who gave the information, what they reported, which
 * (non-cognizable) sections, and the Magistrate the informant is referred to. The GD entry and
 * the number are the server's.
 */
export function NcReportFormPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const station = ownStation(user);
  const courts = useMagistrates(station);
  const [informant, setInformant] = useState(emptyPerson);
  const [substance, setSubstance] = useState('');
  const [place, setPlace] = useState('');
  const [sections, setSections] = useState<PickedSection[]>([]);
  const [receivedAt, setReceivedAt] = useState('');
  const [occurredFrom, setOccurredFrom] = useState('');
  const [courtCode, setCourtCode] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const court = courts.find((c) => c.code === courtCode);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found = missing(t, { substance, place, courtCode });
    checkPerson(t, informant, 'informant', found);
    if (!sections.length) found['sections'] = t('form.sectionRequired');
    if (receivedAt && !fromIstInput(receivedAt)) found['receivedAt'] = t('form.dateTimeInvalid');
    if (occurredFrom && !fromIstInput(occurredFrom)) found['occurredFrom'] = t('form.dateTimeInvalid');
    if (refuse(found)) return;
    void attempt(
      async () => {
        const nc = await registers.registerNc({
          stationCode: station,
          informant: personPayload(informant),
          substance: substance.trim(),
          place: place.trim(),
          sections: sections.map((s) => ({ act: s.act, section: s.section })),
          courtCode,
          ...(receivedAt ? { receivedAt: fromIstInput(receivedAt) } : {}),
          ...(occurredFrom ? { occurredFrom: fromIstInput(occurredFrom) } : {}),
        });
        navigate(hrefFor('ncReport', nc.id, { registered: '1' }));
      },
      { scrollTopOnError: true },
    );
  }

  return (
    <>
      <FormHead back="ncReports" backText={t('nc.back')} title={t('nc.new')} intro={t('nc.formIntro')} station={station} />
      <ErrorSummary message={summary} errors={errors} labels={{ substance: t('nc.substance'), place: t('nc.place'), courtCode: t('nc.court') }} />
      <form className="card form-stack" onSubmit={submit} noValidate data-testid="nc-form">
        <PersonForm value={informant} onChange={setInformant} path="informant" fe={fe} legend={t('nc.informant')} autoFocus brief />
        <TextAreaField
          id={fieldId('substance')}
          name="substance"
          label={t('nc.substance')}
          hint={t('nc.substanceHint')}
          error={fe('substance', t('nc.substance'))}
          rows={5}
          dir="auto"
          required
          value={substance}
          onChange={(e) => setSubstance(e.target.value)}
        />
        <SectionPicker path="sections" label={t('sections.label')} hint={t('nc.sectionsHint')} value={sections} onChange={setSections} fe={fe} required />
        <TextField
          id={fieldId('place')}
          name="place"
          label={t('nc.place')}
          error={fe('place', t('nc.place'))}
          className="field-wide"
          required
          autoComplete="off"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
        />
        <div className="form-row">
          <DateTimeField path="occurredFrom" label={t('nc.occurredAt')} value={occurredFrom} onChange={setOccurredFrom} error={fe('occurredFrom', t('nc.occurredAt'))} />
          <DateTimeField path="receivedAt" label={t('nc.receivedAt')} hint={t('nc.receivedHint')} value={receivedAt} onChange={setReceivedAt} error={fe('receivedAt', t('nc.receivedAt'))} />
        </div>
        <SelectField
          id={fieldId('courtCode')}
          name="courtCode"
          label={t('nc.court')}
          hint={t('nc.courtHint')}
          error={fe('courtCode', t('nc.court'))}
          required
          value={courtCode}
          onChange={(e) => setCourtCode(e.target.value)}
        >
          <Options empty={t('common.choose')} items={courts} code={(c) => c.code} name={(c) => courtName(c, lang)} />
        </SelectField>
        <p className="alert alert-info" role="note" data-testid="nc-referral-note">
          {court ? t('nc.referralNote', { court: courtName(court, lang) }) : t('nc.referralNoteAny')}
        </p>
        <FormActions busy={busy} disabled={!station} submit={t('nc.register')} cancelHref={hrefFor('ncReports')} sticky />
      </form>
    </>
  );
}
