import { useState } from 'react';
import type { SessionUser } from '../../api.ts';
import { Notice } from '../../components/Alert.tsx';
import { PersonCard, WithheldIdentity } from '../../components/PersonView.tsx';
import { PathArea, PathDateTime, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { missing } from '../../forms.ts';
import { alertStatusName, formatDateTime, fromIstInput } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers, type MissingPerson } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { MatchCandidates } from './MatchCandidates.tsx';
import { DescriptionView, Facts, missingStatusName, PdfLinks, PossibleMatches, RecordLoading, useRecord } from './common.tsx';
import { missingStatusBadge } from './MissingPersons.tsx';

type Outcome = 'traced' | 'returned' | 'found_dead';

/** The changes of status each status allows (docs/missing-persons.md: missing → any; traced → returned or found dead). */
const NEXT: Record<string, Outcome[]> = { missing: ['traced', 'returned', 'found_dead'], traced: ['returned', 'found_dead'] };

/**
 * One missing-person report: who (or, for a reader who may not see a child, that the identity is
 * withheld — as the server answers, never pieced together here), how they look, where last seen,
 * the FIR of a child, the alert, the status and its changes, the PDF.
 */
export function MissingPersonPage({ user, id, justSaved }: { user: SessionUser; id: string; justSaved: boolean }) {
  const { t, lang } = useI18n();
  const { data: mp, error, setData } = useRecord(() => registers.missingPerson(id), id, justSaved, 'missingPerson');
  const dialogs = useDialogs<Outcome>();
  if (!mp) return <RecordLoading title={t('missing.recordTitle')} error={error} />;
  const next = can(user, 'record.amend') ? (NEXT[mp.status] ?? []) : [];
  const saved = justSaved && !dialogs.status ? (mp.child ? t('missing.savedChild', { number: mp.number }) : t('missing.saved', { number: mp.number })) : dialogs.status;
  return (
    <>
      <div className="page-head">
        <p>
          <a href={hrefFor('missingPersons')}>{t('missing.back')}</a>
        </p>
        <h1 tabIndex={-1} data-testid="missing-number">
          {mp.number}
        </h1>
        <p className="lead">
          <span className={`badge ${missingStatusBadge(mp.status)}`} data-testid="missing-status">
            {missingStatusName(t, mp.status)}
          </span>{' '}
          {mp.child ? <span className="badge badge-warning">{t('missing.child')}</span> : null} {t('missing.reportedOn', { when: formatDateTime(mp.reportedAt, lang) })}
        </p>
      </div>
      <Notice tone="success">{saved}</Notice>

      {mp.child ? (
        <div className="alert alert-info" data-testid="missing-fir">
          <p>
            {mp.fir ? (
              <>
                {t('missing.firIs')} <a href={hrefFor('fir', mp.fir.id)}>{mp.fir.number}</a>
              </>
            ) : (
              t('missing.firElsewhere')
            )}
          </p>
          <p className="muted">{t('missing.childNote')}</p>
        </div>
      ) : null}

      {mp.alert ? (
        <p className="alert alert-info" data-testid="missing-alert">
          {t('missing.alertLine', { status: alertStatusName(t, mp.alert.status), unit: mp.alert.targetUnit })} <a href={hrefFor('alerts', null, { status: 'all' })}>{t('missing.alertOpen')}</a>
        </p>
      ) : null}

      <section className="card" aria-labelledby="mp-who">
        <h2 id="mp-who">{t('missing.who')}</h2>
        {mp.person ? mp.person.masked ? <WithheldIdentity reason={mp.person.reason} /> : <PersonCard person={mp.person} /> : <WithheldIdentity reason="juvenile" />}
        <DescriptionView d={mp.description} placeLabel={t('missing.lastSeenPlace')} age={mp.age} />
        <Facts
          items={[
            [t('missing.lastSeenAt'), formatDateTime(mp.lastSeenAt, lang)],
            [t('missing.circumstances'), mp.circumstances ?? ''],
          ]}
        />
        {mp.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
      </section>

      <section className="card" aria-labelledby="mp-informant">
        <h2 id="mp-informant">{t('missing.informant')}</h2>
        {mp.informant ? <PersonCard person={mp.informant} /> : <p className="muted">{t('person.withheldShort')}</p>}
        {mp.informantRelation ? <p>{t('missing.relationValue', { relation: mp.informantRelation })}</p> : null}
        <h3>{t('missing.contacts')}</h3>
        {mp.contactsWithheld ? (
          <p className="withheld">
            <span className="icon-lock" aria-hidden="true" />
            {t('missing.contactsWithheld')}
          </p>
        ) : mp.contacts.length ? (
          <ul data-testid="missing-contacts-list">
            {mp.contacts.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.relation ? ` (${c.relation})` : ''}: <a href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>{c.phone}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('missing.noContacts')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="mp-status">
        <h2 id="mp-status">{t('missing.statusTitle')}</h2>
        <p>
          {missingStatusName(t, mp.status)}
          {mp.statusAt ? ` · ${formatDateTime(mp.statusAt, lang)}` : ''}
        </p>
        {mp.statusNote ? <p className="pre-wrap">{mp.statusNote}</p> : null}
        {next.length ? (
          <>
            <p className="muted">{t('missing.statusHint')}</p>
            <p className="button-row">
              {next.map((s) => (
                <button key={s} type="button" className="btn btn-secondary" onClick={() => dialogs.open(s)} data-testid={`missing-${s}`}>
                  {t(`missingAction.${s}`)}
                </button>
              ))}
            </p>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="mp-print">
        <h2 id="mp-print">{t('registers.print')}</h2>
        <PdfLinks testId="missing-pdf" url={(l) => registers.missingPdfUrl(mp.id, l)} />
      </section>

      <PossibleMatches>
        <MatchCandidates kind="missing_person" id={mp.id} />
      </PossibleMatches>

      {dialogs.dialog ? (
        <StatusDialog
          mp={mp}
          status={dialogs.dialog}
          onClose={dialogs.close}
          onDone={(next) => {
            setData(next);
            dialogs.finish(t('missing.statusChanged', { status: missingStatusName(t, next.status) }));
          }}
        />
      ) : null}
    </>
  );
}

/** Traced, returned or found dead: when, and where and how (the note). */
function StatusDialog({ mp, status, onClose, onDone }: { mp: MissingPerson; status: Outcome; onClose: () => void; onDone: (mp: MissingPerson) => void }) {
  const { t } = useI18n();
  const form = useStepForm();
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  return (
    <StepDialog
      form={form}
      title={t(`missingAction.${status}`)}
      intro={t('missing.statusIntro')}
      testId="missing-status-form"
      labels={{ at: t('missing.statusAt'), note: t('missing.statusNote') }}
      submit={t('missing.statusSave')}
      check={() => {
        const found = missing(t, { at, note });
        if (at && !fromIstInput(at)) found['at'] = t('form.dateTimeInvalid');
        return found;
      }}
      send={async () => onDone(await registers.missingStatus(mp.id, { status, at: fromIstInput(at) ?? '', note: note.trim() }))}
      onClose={onClose}
    >
      <PathDateTime path="at" label={t('missing.statusAt')} required autoFocus value={at} onChange={setAt} />
      <PathArea path="note" label={t('missing.statusNote')} hint={t('missing.statusNoteHint')} rows={3} dir="auto" required value={note} onChange={setNote} />
    </StepDialog>
  );
}
