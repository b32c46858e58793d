import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { errorsFor, fieldId, missing, trimOrUndefined, useSubmission } from '../../forms.ts';
import { fromIstInput } from '../../format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers } from '../../registers-api.ts';
import { hrefFor, navigate } from '../../router.ts';
import { checkDescription, DescriptionFields, descriptionPayload, emptyDescription, FormHead, ownStation } from './common.tsx';

type TextKey = 'foundBy' | 'condition' | 'circumstances';

/**
 * A person found alive who cannot say who they are or whose family is unknown: when and where
 * found, who found or brought them, how they look (the description missing persons are matched
 * against), their condition, and a name if they give one. A child is decided from the age on the
 * day found; saving starts a child's 24-hour clock to the Child Welfare Committee.
 */
export function FoundPersonFormPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const station = ownStation(user);
  const [description, setDescription] = useState(emptyDescription);
  const [foundAt, setFoundAt] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [name, setName] = useState('');
  const [text, setText] = useState<Record<TextKey, string>>({ foundBy: '', condition: '', circumstances: '' });
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found = missing(t, { foundAt, foundBy: text.foundBy });
    if (foundAt && !fromIstInput(foundAt)) found['foundAt'] = t('form.dateTimeInvalid');
    if (receivedAt && !fromIstInput(receivedAt)) found['receivedAt'] = t('form.dateTimeInvalid');
    checkDescription(t, description, found);
    if (refuse(found)) return;
    void attempt(
      async () => {
        const fp = await registers.registerFound({
          stationCode: station,
          ...(name.trim() ? { person: { name: name.trim() } } : {}),
          description: descriptionPayload(description),
          foundAt: fromIstInput(foundAt) ?? '',
          ...(receivedAt ? { receivedAt: fromIstInput(receivedAt) } : {}),
          foundBy: text.foundBy.trim(),
          ...(trimOrUndefined(text.condition) ? { condition: trimOrUndefined(text.condition) } : {}),
          ...(trimOrUndefined(text.circumstances) ? { circumstances: trimOrUndefined(text.circumstances) } : {}),
        });
        navigate(hrefFor('foundPerson', fp.id, { registered: '1' }));
      },
      { scrollTopOnError: true },
    );
  }

  const area = (key: TextKey, label: string, hint: string, required = false) => (
    <TextAreaField
      id={fieldId(key)}
      name={key}
      label={label}
      hint={hint}
      error={fe(key, label)}
      rows={key === 'foundBy' ? 2 : 3}
      dir="auto"
      required={required}
      value={text[key]}
      onChange={(e) => setText({ ...text, [key]: e.target.value })}
    />
  );

  return (
    <>
      <FormHead back="foundPersons" backText={t('fp.back')} title={t('fp.new')} intro={t('fp.formIntro')} station={station} />
      <ErrorSummary
        message={summary}
        errors={errors}
        labels={{ foundAt: t('fp.foundAt'), receivedAt: t('fp.receivedAt'), foundBy: t('fp.foundBy'), 'description.place.address': t('fp.foundPlace') }}
      />
      <form className="card form-stack" onSubmit={submit} noValidate data-testid="fp-form">
        <div className="form-row">
          <DateTimeField path="foundAt" label={t('fp.foundAt')} value={foundAt} onChange={setFoundAt} error={fe('foundAt', t('fp.foundAt'))} required autoFocus />
          <DateTimeField path="receivedAt" label={t('fp.receivedAt')} hint={t('fp.receivedHint')} value={receivedAt} onChange={setReceivedAt} error={fe('receivedAt', t('fp.receivedAt'))} />
        </div>
        {area('foundBy', t('fp.foundBy'), t('fp.foundByHint'), true)}
        <TextField
          id={fieldId('person.name')}
          name="name"
          label={t('fp.name')}
          hint={t('fp.nameHint')}
          error={fe('person.name', t('fp.name'))}
          dir="auto"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <DescriptionFields value={description} onChange={setDescription} fe={fe} legend={t('fp.looks')} placeLabel={t('fp.foundPlace')} placeHint={t('fp.foundPlaceHint')} ageHint={t('fp.ageHint')} />
        {area('condition', t('fp.condition'), t('fp.conditionHint'))}
        {area('circumstances', t('fp.circumstances'), t('fp.circumstancesHint'))}
        <p className="alert alert-info" role="note">
          {t('fp.childNote')}
        </p>
        <FormActions busy={busy} disabled={!station} submit={t('fp.register')} cancelHref={hrefFor('foundPersons')} sticky />
      </form>
    </>
  );
}
