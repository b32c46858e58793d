import { useState } from 'react';
import type { SessionUser } from '../../api.ts';
import { Notice } from '../../components/Alert.tsx';
import { ClockList } from '../../components/Clocks.tsx';
import { Options } from '../../components/Field.tsx';
import { PersonCard } from '../../components/PersonView.tsx';
import { PathArea, PathDateTime, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { missing, trimOrUndefined } from '../../forms.ts';
import { formatDateTime, fromIstInput } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers, type FoundPerson } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { foundStatusName } from './FoundPersons.tsx';
import { MatchCandidates } from './MatchCandidates.tsx';
import { DescriptionView, Facts, PdfLinks, PossibleMatches, RecordLoading, useRecord } from './common.tsx';

const PLACEMENTS = ['family', 'shelter', 'hospital', 'cwc'] as const;
type Step = 'placement' | 'outcome';
type StepProps = { fp: FoundPerson; onClose: () => void; onDone: (fp: FoundPerson, message: string) => void };

/**
 * One person found alive: a child's clock to the Child Welfare Committee (24 hours, JJ Act s. 31),
 * how they look, who found them, where they are placed, the outcome (identified or restored to the
 * family, through the missing-person report), the PDF, and the possible matches among the State's
 * missing-person reports. A child withheld from the reader comes masked from the server.
 */
export function FoundPersonPage({ user, id, justSaved }: { user: SessionUser; id: string; justSaved: boolean }) {
  const { t, lang } = useI18n();
  const { data: fp, error, setData } = useRecord(() => registers.foundPerson(id), id, justSaved, 'foundPerson');
  const dialogs = useDialogs<Step>();
  if (!fp) return <RecordLoading title={t('fp.recordTitle')} error={error} />;
  const mayAmend = can(user, 'record.amend') && fp.status !== 'restored';
  const stepProps: StepProps = {
    fp,
    onClose: dialogs.close,
    onDone: (next, message) => {
      setData(next);
      dialogs.finish(message);
    },
  };
  const action = (step: Step, words: string) =>
    mayAmend ? (
      <button type="button" className="btn btn-secondary" onClick={() => dialogs.open(step)} data-testid={`fp-${step}`}>
        {words}
      </button>
    ) : null;
  const o = fp.outcome;
  return (
    <>
      <div className="page-head">
        <p>
          <a href={hrefFor('foundPersons')}>{t('fp.back')}</a>
        </p>
        <h1 tabIndex={-1} data-testid="fp-number">
          {fp.number}
        </h1>
        <p className="lead">
          <span className={`badge ${fp.status === 'restored' ? 'badge-success' : 'badge-warning'}`} data-testid="fp-status">
            {foundStatusName(t, fp.status)}
          </span>{' '}
          {fp.child ? (
            <span className="badge badge-info" data-testid="fp-child">
              {t('fp.child')}
            </span>
          ) : null}{' '}
          {t('fp.foundOn', { when: formatDateTime(fp.foundAt, lang), place: fp.description.place.address })}
        </p>
      </div>
      <Notice tone="success">{justSaved && !dialogs.status ? t('fp.saved', { number: fp.number }) : dialogs.status}</Notice>

      {fp.clocks.length ? (
        <section className="card" aria-labelledby="fp-clock" data-testid="fp-clock">
          <h2 id="fp-clock">{t('fp.cwcClock')}</h2>
          <p className="muted">{t('fp.cwcClockIntro', { when: formatDateTime(fp.receivedAt, lang) })}</p>
          <ClockList clocks={fp.clocks} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="fp-looks">
        <h2 id="fp-looks">{t('fp.looks')}</h2>
        {fp.person ? <PersonCard person={fp.person} /> : <p className="muted">{t('fp.nameUnknown')}</p>}
        <DescriptionView d={fp.description} placeLabel={t('fp.foundPlace')} {...(fp.age !== null ? { age: fp.age } : {})} />
        <Facts
          items={[
            [t('fp.foundBy'), fp.foundBy],
            [t('fp.receivedAt'), formatDateTime(fp.receivedAt, lang)],
            [t('fp.condition'), fp.condition ?? ''],
            [t('fp.circumstances'), fp.circumstances ?? ''],
          ]}
        />
        {fp.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
      </section>

      <section className="card" aria-labelledby="fp-placement">
        <h2 id="fp-placement">{t('fp.placement')}</h2>
        {fp.placement ? (
          <Facts
            testId="fp-placement-facts"
            items={[
              [t('fp.placedWith'), [t(`fp.placementKind.${fp.placement.kind}`), fp.placement.name].filter(Boolean).join(': ')],
              [t('fp.placedAt'), formatDateTime(fp.placement.at, lang)],
              [t('fp.placementNote'), fp.placement.note ?? ''],
            ]}
          />
        ) : (
          <p className="muted">{t('fp.notPlaced')}</p>
        )}
        {action('placement', t('fp.place'))}
      </section>

      <section className="card" aria-labelledby="fp-outcome">
        <h2 id="fp-outcome">{t('fp.outcome')}</h2>
        {o ? (
          <Facts
            testId="fp-outcome-facts"
            items={[
              [t('fp.outcomeAt'), formatDateTime(o.at, lang)],
              [t('fp.restoredTo'), o.restoredTo ?? ''],
              [t('fp.missingReport'), o.missingPerson ? <a href={hrefFor('missingPerson', o.missingPerson.id)}>{o.missingPerson.number}</a> : ''],
              [t('fp.outcomeNote'), o.note],
            ]}
          />
        ) : (
          <p className="muted">{t('fp.noOutcome')}</p>
        )}
        {action('outcome', fp.status === 'identified' ? t('fp.restore') : t('fp.conclude'))}
      </section>

      <section className="card" aria-labelledby="fp-print">
        <h2 id="fp-print">{t('registers.print')}</h2>
        <PdfLinks testId="fp-pdf" url={(l) => registers.foundPdfUrl(fp.id, l)} />
      </section>

      <PossibleMatches>
        <MatchCandidates kind="found_person" id={fp.id} />
      </PossibleMatches>

      {dialogs.dialog === 'placement' ? <PlacementDialog {...stepProps} /> : null}
      {dialogs.dialog === 'outcome' ? <OutcomeDialog {...stepProps} /> : null}
    </>
  );
}

/** Where the person is placed now: with the family, a home, a hospital, before the Child Welfare Committee (a child). */
function PlacementDialog({ fp, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const form = useStepForm();
  const [kind, setKind] = useState('');
  const [name, setName] = useState('');
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  return (
    <StepDialog
      form={form}
      title={t('fp.place')}
      intro={fp.child ? t('fp.placeIntroChild') : t('fp.placeIntro')}
      testId="fp-placement-form"
      labels={{ kind: t('fp.placedWith'), name: t('fp.placementName'), at: t('fp.placedAt'), note: t('fp.placementNote') }}
      submit={t('fp.placeSave')}
      check={() => {
        const found = missing(t, { kind, name, at });
        if (at && !fromIstInput(at)) found['at'] = t('form.dateTimeInvalid');
        return found;
      }}
      send={async () =>
        onDone(
          await registers.placeFound(fp.id, {
            kind: kind as (typeof PLACEMENTS)[number],
            name: name.trim(),
            at: fromIstInput(at) ?? '',
            ...(trimOrUndefined(note) ? { note: trimOrUndefined(note) } : {}),
          }),
          t('fp.placed'),
        )
      }
      onClose={onClose}
    >
      <PathSelect path="kind" label={t('fp.placedWith')} required autoFocus value={kind} onChange={setKind}>
        <Options empty={t('common.choose')} items={fp.child ? PLACEMENTS : PLACEMENTS.filter((k) => k !== 'cwc')} code={(c) => c} name={(c) => t(`fp.placementKind.${c}`)} />
      </PathSelect>
      <PathText path="name" label={t('fp.placementName')} hint={t('fp.placementNameHint')} required dir="auto" value={name} onChange={setName} />
      <PathDateTime path="at" label={t('fp.placedAt')} required value={at} onChange={setAt} />
      <PathArea path="note" label={t('fp.placementNote')} rows={2} dir="auto" value={note} onChange={setNote} />
    </StepDialog>
  );
}

/** Identified or restored to the family: when, through which missing-person report (its id, from the possible matches), to whom, and how. */
function OutcomeDialog({ fp, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const form = useStepForm();
  const [outcome, setOutcome] = useState(fp.status === 'identified' ? 'restored' : '');
  const [at, setAt] = useState('');
  const [report, setReport] = useState('');
  const [restoredTo, setRestoredTo] = useState('');
  const [note, setNote] = useState('');
  return (
    <StepDialog
      form={form}
      title={t('fp.conclude')}
      intro={t('fp.outcomeIntro')}
      testId="fp-outcome-form"
      labels={{ outcome: t('fp.outcome'), at: t('fp.outcomeAt'), missingPersonId: t('fp.missingReport'), restoredTo: t('fp.restoredTo'), note: t('fp.outcomeNote') }}
      submit={t('fp.outcomeSave')}
      check={() => {
        const found = missing(t, { outcome, at, note });
        if (at && !fromIstInput(at)) found['at'] = t('form.dateTimeInvalid');
        return found;
      }}
      send={async () =>
        onDone(
          await registers.concludeFound(fp.id, {
            outcome: outcome as 'identified' | 'restored',
            at: fromIstInput(at) ?? '',
            note: note.trim(),
            ...(report.trim() ? { missingPersonId: report.trim() } : {}),
            ...(trimOrUndefined(restoredTo) ? { restoredTo: trimOrUndefined(restoredTo) } : {}),
          }),
          t('fp.concluded'),
        )
      }
      onClose={onClose}
    >
      <PathSelect path="outcome" label={t('fp.outcome')} required autoFocus value={outcome} onChange={setOutcome}>
        <Options empty={t('common.choose')} items={fp.status === 'identified' ? (['restored'] as const) : (['identified', 'restored'] as const)} code={(c) => c} name={(c) => t(`fp.status.${c}`)} />
      </PathSelect>
      <PathDateTime path="at" label={t('fp.outcomeAt')} required value={at} onChange={setAt} />
      {fp.status === 'found' ? <PathText path="missingPersonId" label={t('fp.missingReport')} hint={t('fp.missingReportHint')} value={report} onChange={setReport} /> : null}
      <PathText path="restoredTo" label={t('fp.restoredTo')} dir="auto" value={restoredTo} onChange={setRestoredTo} />
      <PathArea path="note" label={t('fp.outcomeNote')} hint={t('fp.outcomeNoteHint')} rows={3} dir="auto" required value={note} onChange={setNote} />
    </StepDialog>
  );
}
