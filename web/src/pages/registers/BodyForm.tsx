import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload } from '../../components/PersonForm.tsx';
import { errorsFor, fieldId, missing, trimOrUndefined, useSubmission } from '../../forms.ts';
import { fromIstInput } from '../../format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers } from '../../registers-api.ts';
import { hrefFor, navigate } from '../../router.ts';
import { checkDescription, DescriptionFields, descriptionPayload, emptyDescription, FormHead, ownStation, PhotosField } from './common.tsx';

type TextKey = 'belongings' | 'apparentCause' | 'circumstances';

/**
 * An unnatural death or an unidentified body (BNSS 194): where and when found, who told the
 * station, how the body looks (the description missing persons are matched against), photos,
 * clothes and belongings. Saving starts the 24-hour inquest clock from when the station was told.
 */
export function BodyFormPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const station = ownStation(user);
  const [description, setDescription] = useState(emptyDescription);
  const [foundAt, setFoundAt] = useState('');
  const [informedAt, setInformedAt] = useState('');
  const [informant, setInformant] = useState(emptyPerson);
  const [photos, setPhotos] = useState<string[]>([]);
  const [text, setText] = useState<Record<TextKey, string>>({ belongings: '', apparentCause: '', circumstances: '' });
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found = missing(t, { foundAt });
    if (foundAt && !fromIstInput(foundAt)) found['foundAt'] = t('form.dateTimeInvalid');
    if (informedAt && !fromIstInput(informedAt)) found['informedAt'] = t('form.dateTimeInvalid');
    checkDescription(t, description, found);
    checkPerson(t, informant, 'informant', found);
    if (refuse(found)) return;
    const extra = Object.fromEntries((Object.keys(text) as TextKey[]).map((k) => [k, trimOrUndefined(text[k])]).filter(([, v]) => v)) as Partial<Record<TextKey, string>>;
    void attempt(
      async () => {
        const ud = await registers.registerBody({
          stationCode: station,
          description: descriptionPayload(description),
          foundAt: fromIstInput(foundAt) ?? '',
          ...(informedAt ? { informedAt: fromIstInput(informedAt) } : {}),
          informant: personPayload(informant),
          photos,
          ...extra,
        });
        navigate(hrefFor('body', ud.id, { registered: '1' }));
      },
      { scrollTopOnError: true },
    );
  }

  const area = (key: TextKey, label: string, hint: string) => (
    <TextAreaField id={fieldId(key)} name={key} label={label} hint={hint} error={fe(key, label)} rows={3} dir="auto" value={text[key]} onChange={(e) => setText({ ...text, [key]: e.target.value })} />
  );

  return (
    <>
      <FormHead back="bodies" backText={t('ud.back')} title={t('ud.new')} intro={t('ud.formIntro')} station={station} />
      <ErrorSummary message={summary} errors={errors} labels={{ foundAt: t('ud.foundAt'), informedAt: t('ud.informedAt'), 'description.place.address': t('ud.foundPlace') }} />
      <form className="card form-stack" onSubmit={submit} noValidate data-testid="ud-form">
        <div className="form-row">
          <DateTimeField path="foundAt" label={t('ud.foundAt')} value={foundAt} onChange={setFoundAt} error={fe('foundAt', t('ud.foundAt'))} required autoFocus />
          <DateTimeField path="informedAt" label={t('ud.informedAt')} hint={t('ud.informedHint')} value={informedAt} onChange={setInformedAt} error={fe('informedAt', t('ud.informedAt'))} />
        </div>
        <DescriptionFields value={description} onChange={setDescription} fe={fe} legend={t('ud.looks')} placeLabel={t('ud.foundPlace')} placeHint={t('ud.foundPlaceHint')} ageHint={t('ud.ageHint')} />
        <PhotosField path="photos" label={t('ud.photos')} hint={t('ud.photosHint')} value={photos} onChange={setPhotos} />
        {area('belongings', t('ud.belongings'), t('ud.belongingsHint'))}
        {area('apparentCause', t('ud.apparentCause'), t('ud.apparentCauseHint'))}
        {area('circumstances', t('ud.circumstances'), t('ud.circumstancesHint'))}
        <PersonForm value={informant} onChange={setInformant} path="informant" fe={fe} legend={t('ud.informant')} brief />
        <p className="alert alert-info" role="note">
          {t('ud.clockNote')}
        </p>
        <FormActions busy={busy} disabled={!station} submit={t('ud.register')} cancelHref={hrefFor('bodies')} sticky />
      </form>
    </>
  );
}
