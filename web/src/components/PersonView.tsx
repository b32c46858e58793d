import { genderName, idKindName, relativeKindName } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import type { PersonFull, PersonView } from '../records-api.ts';

/** One line per fact of a person shown in full. */
export function PersonSummary({ person }: { person: PersonFull }) {
  const { t } = useI18n();
  const facts: string[] = [];
  if (person.relativeName) {
    facts.push(person.relativeKind ? t('person.relativeOf', { kind: relativeKindName(t, person.relativeKind), name: person.relativeName }) : person.relativeName);
  }
  if (person.gender && person.gender !== 'unknown') facts.push(genderName(t, person.gender));
  if (person.age !== undefined && person.age !== null) facts.push(t('person.ageYears', { age: person.age }));
  if (person.birthDate) facts.push(t('person.bornOn', { date: person.birthDate }));
  const address = person.addresses?.[0];
  const phone = person.phones?.[0];
  const id = person.idDocuments?.[0];
  return (
    <div className="person-summary">
      <p className="person-name" data-testid="person-name">
        {person.name}
        {person.juvenile ? <span className="badge badge-warning">{t('person.juvenile')}</span> : null}
      </p>
      {facts.length ? <p className="person-facts">{facts.join(' · ')}</p> : null}
      {address ? <p className="person-facts">{[address.line, address.district, address.state, address.pin].filter(Boolean).join(', ')}</p> : null}
      {phone || id ? <p className="person-facts">{[phone ? `${t('person.phone')}: ${phone}` : '', id ? `${idKindName(t, id.kind)}: ${id.number}` : ''].filter(Boolean).join(' · ')}</p> : null}
    </div>
  );
}

/** The notice shown instead of a withheld identity, with a lock so that it is not read as missing data. */
export function WithheldIdentity({ reason, lawCode }: { reason: string; lawCode?: string | null }) {
  const { t } = useI18n();
  const text = reason === 'juvenile' ? t('person.withheldJuvenile') : lawCode === 'IPC' ? t('person.withheldIpc') : t('person.withheldBns');
  return (
    <p className="withheld" data-testid="identity-withheld">
      <span className="icon-lock" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}

/** A person on a record: in full, or the withheld notice. */
export function PersonCard({ person, lawCode }: { person: PersonView; lawCode?: string | null }) {
  if (person.masked) return <WithheldIdentity reason={person.reason} lawCode={lawCode} />;
  return <PersonSummary person={person} />;
}
