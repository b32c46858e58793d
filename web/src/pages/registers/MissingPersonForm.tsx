import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload, type PersonDraft } from '../../components/PersonForm.tsx';
import { errorsFor, fieldId, missing, trimOrUndefined, useSubmission } from '../../forms.ts';
import { fromIstInput } from '../../format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers, type MissingIdentityInput } from '../../registers-api.ts';
import { hrefFor, navigate } from '../../router.ts';
import missingRules from '../../../../reference/law/missing-persons.json';
import { ageOn } from '../../../../src/domain/person-names.ts';
import { checkDescription, DescriptionFields, descriptionPayload, emptyDescription, FormHead, ownStation } from './common.tsx';

/** The age when last seen: from the birth date when given (reckoned as the server does), else the age typed. */
function ageWhenLastSeen(d: PersonDraft, lastSeen: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.birthDate)) return ageOn(d.birthDate, new Date(fromIstInput(lastSeen) ?? Date.now()));
  return /^\d{1,3}$/.test(d.age.trim()) ? Number(d.age.trim()) : null;
}

/** The missing person's identity as the report takes it: their sex and looks are the description's. */
function identity(d: PersonDraft): MissingIdentityInput {
  const sent = personPayload(d);
  if (!('person' in sent)) return { name: '' };
  const { gender: _gender, photoSha256: _photo, ...rest } = sent.person;
  return rest;
}

interface Contact {
  name: string;
  relation: string;
  phone: string;
}

/**
 * A missing person reported at the station (A5): who, how they look, where and when last seen,
 * who reports it and whom to call. A child (under 18 when last seen) is registered as an FIR of
 * kidnapping by the server — the form says so before saving, and cannot make it a plain report.
 */
export function MissingPersonFormPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const station = ownStation(user);
  const [person, setPerson] = useState(emptyPerson);
  const [description, setDescription] = useState(emptyDescription);
  const [lastSeenAt, setLastSeenAt] = useState('');
  const [informant, setInformant] = useState(emptyPerson);
  const [relation, setRelation] = useState('');
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [circumstances, setCircumstances] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const age = ageWhenLastSeen(person, lastSeenAt);
  const child = age !== null && age < missingRules.childUnder.years;
  const setContact = (i: number, patch: Partial<Contact>) => setContacts(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found = missing(t, { lastSeenAt });
    checkPerson(t, person, 'person', found, 'person');
    if (!person.age.trim() && !person.birthDate) found['person.age'] = t('missing.ageRequired');
    if (lastSeenAt && !fromIstInput(lastSeenAt)) found['lastSeenAt'] = t('form.dateTimeInvalid');
    checkDescription(t, description, found);
    checkPerson(t, informant, 'informant', found);
    contacts.forEach((c, i) => {
      if (!c.name.trim()) found[`contacts.${i}.name`] = t('form.required');
      if (!/^\+?[0-9 ()-]{6,20}$/.test(c.phone.trim())) found[`contacts.${i}.phone`] = t('form.phoneInvalid');
    });
    if (refuse(found)) return;
    void attempt(
      async () => {
        const mp = await registers.reportMissing({
          stationCode: station,
          person: identity(person),
          description: descriptionPayload(description),
          lastSeenAt: fromIstInput(lastSeenAt) ?? '',
          informant: personPayload(informant),
          ...(trimOrUndefined(relation) ? { informantRelation: relation.trim() } : {}),
          contacts: contacts.map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), ...(trimOrUndefined(c.relation) ? { relation: c.relation.trim() } : {}) })),
          ...(trimOrUndefined(circumstances) ? { circumstances: circumstances.trim() } : {}),
        });
        navigate(hrefFor('missingPerson', mp.id, { registered: '1' }));
      },
      { scrollTopOnError: true },
    );
  }

  return (
    <>
      <FormHead back="missingPersons" backText={t('missing.back')} title={t('missing.new')} intro={t('missing.formIntro')} station={station} />
      <ErrorSummary message={summary} errors={errors} labels={{ lastSeenAt: t('missing.lastSeenAt'), 'description.place.address': t('missing.lastSeenPlace') }} />
      <form className="card form-stack" onSubmit={submit} noValidate data-testid="missing-form">
        <PersonForm value={person} onChange={setPerson} path="person" at="person" fe={fe} legend={t('missing.who')} autoFocus brief matching={false} gender={false} />
        <div className="alert-slot" role="status" aria-live="polite">
          {child ? (
            <div className="alert alert-warning" data-testid="missing-child-note">
              <p>
                <strong>{t('missing.childTitle', { age: age ?? '' })}</strong>
              </p>
              <p>{t('missing.childNote')}</p>
            </div>
          ) : null}
        </div>
        <DateTimeField path="lastSeenAt" label={t('missing.lastSeenAt')} value={lastSeenAt} onChange={setLastSeenAt} error={fe('lastSeenAt', t('missing.lastSeenAt'))} required />
        <DescriptionFields
          value={description}
          onChange={setDescription}
          fe={fe}
          legend={t('missing.looks')}
          placeLabel={t('missing.lastSeenPlace')}
          placeHint={t('missing.lastSeenPlaceHint')}
          ageHint={t('missing.ageRangeHint')}
        />
        <TextAreaField
          id={fieldId('circumstances')}
          name="circumstances"
          label={t('missing.circumstances')}
          hint={t('missing.circumstancesHint')}
          error={fe('circumstances', t('missing.circumstances'))}
          rows={3}
          dir="auto"
          value={circumstances}
          onChange={(e) => setCircumstances(e.target.value)}
        />
        <PersonForm value={informant} onChange={setInformant} path="informant" fe={fe} legend={t('missing.informant')} brief />
        <TextField
          id={fieldId('informantRelation')}
          name="informantRelation"
          label={t('missing.relation')}
          hint={t('missing.relationHint')}
          error={fe('informantRelation', t('missing.relation'))}
          autoComplete="off"
          value={relation}
          onChange={(e) => setRelation(e.target.value)}
        />
        <fieldset className="person-form" data-testid="missing-contacts">
          <legend>{t('missing.contacts')}</legend>
          <p className="field-hint">{t('missing.contactsHint')}</p>
          {contacts.map((c, i) => (
            <div className="form-row" key={i}>
              <TextField
                id={fieldId(`contacts.${i}.name`)}
                label={t('missing.contactName', { n: i + 1 })}
                error={fe(`contacts.${i}.name`, t('missing.contactName', { n: i + 1 }))}
                autoComplete="off"
                value={c.name}
                onChange={(e) => setContact(i, { name: e.target.value })}
              />
              <TextField
                id={fieldId(`contacts.${i}.relation`)}
                label={t('missing.contactRelation')}
                error={fe(`contacts.${i}.relation`, t('missing.contactRelation'))}
                autoComplete="off"
                value={c.relation}
                onChange={(e) => setContact(i, { relation: e.target.value })}
              />
              <TextField
                id={fieldId(`contacts.${i}.phone`)}
                type="tel"
                label={t('person.phone')}
                error={fe(`contacts.${i}.phone`, t('person.phone'))}
                autoComplete="off"
                value={c.phone}
                onChange={(e) => setContact(i, { phone: e.target.value })}
              />
              <button type="button" className="btn btn-secondary btn-small" onClick={() => setContacts(contacts.filter((_, j) => j !== i))}>
                {t('missing.contactRemove', { n: i + 1 })}
              </button>
            </div>
          ))}
          {contacts.length < 10 ? (
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setContacts([...contacts, { name: '', relation: '', phone: '' }])} data-testid="missing-contact-add">
              {t('missing.contactAdd')}
            </button>
          ) : null}
        </fieldset>
        <FormActions busy={busy} disabled={!station} submit={child ? t('missing.registerChild') : t('missing.register')} cancelHref={hrefFor('missingPersons')} sticky />
      </form>
    </>
  );
}
