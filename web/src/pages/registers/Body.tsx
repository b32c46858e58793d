import { useState } from 'react';
import type { SessionUser } from '../../api.ts';
import { Notice } from '../../components/Alert.tsx';
import { ClockList } from '../../components/Clocks.tsx';
import { Options } from '../../components/Field.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload } from '../../components/PersonForm.tsx';
import { PersonCard } from '../../components/PersonView.tsx';
import { RemoteImage } from '../../components/RemoteImage.tsx';
import { PathArea, PathDateTime, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { INQUEST_MAGISTRATES } from '../../codes.ts';
import { missing, trimOrUndefined, type FieldErrors } from '../../forms.ts';
import { formatDateTime, fromIstInput } from '../../format.ts';
import { can, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { records } from '../../records-api.ts';
import { registers, type UnnaturalDeath } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { MatchCandidates } from './MatchCandidates.tsx';
import { DescriptionView, Facts, inquestMagistrateName, PdfLinks, PossibleMatches, RecordLoading, udStatusName, useRecord } from './common.tsx';

type Step = 'inquest' | 'postMortem' | 'identify';
type StepProps = { ud: UnnaturalDeath; onClose: () => void; onDone: (ud: UnnaturalDeath, message: string) => void };

/** A date-time field's value as the server takes it, and the page's check that it reads. */
function checkTimes(t: (k: string) => string, found: FieldErrors, times: Record<string, string>) {
  for (const [path, v] of Object.entries(times)) if (v && !fromIstInput(v)) found[path] = t('form.dateTimeInvalid');
}

/**
 * One unnatural death / unidentified body: the inquest clock (24 hours, BNSS 194), how the body
 * looks, photos and belongings, the inquest, the post-mortem, its identification (to a
 * missing-person report), the PDF.
 */
export function BodyPage({ user, id, justSaved }: { user: SessionUser; id: string; justSaved: boolean }) {
  const { t, lang } = useI18n();
  const { data: ud, error, setData } = useRecord(() => registers.body(id), id, justSaved, 'body');
  const dialogs = useDialogs<Step>();
  if (!ud) return <RecordLoading title={t('ud.recordTitle')} error={error} />;
  const mayAmend = can(user, 'record.amend');
  const stepProps: StepProps = {
    ud,
    onClose: dialogs.close,
    onDone: (next, message) => {
      setData(next);
      dialogs.finish(message);
    },
  };
  const action = (step: Step, words: string) =>
    mayAmend ? (
      <button type="button" className="btn btn-secondary" onClick={() => dialogs.open(step)} data-testid={`ud-${step}`}>
        {words}
      </button>
    ) : null;
  const id_ = ud.identification;
  return (
    <>
      <div className="page-head">
        <p>
          <a href={hrefFor('bodies')}>{t('ud.back')}</a>
        </p>
        <h1 tabIndex={-1} data-testid="ud-number">
          {ud.number}
        </h1>
        <p className="lead">
          <span className={`badge ${ud.status === 'identified' ? 'badge-success' : 'badge-warning'}`} data-testid="ud-status">
            {udStatusName(t, ud.status)}
          </span>{' '}
          {t('ud.foundOn', { when: formatDateTime(ud.foundAt, lang), place: ud.description.place.address })}
        </p>
      </div>
      <Notice tone="success">{justSaved && !dialogs.status ? t('ud.saved', { number: ud.number }) : dialogs.status}</Notice>

      <section className="card" aria-labelledby="ud-clock" data-testid="ud-clock">
        <h2 id="ud-clock">{t('ud.inquestClock')}</h2>
        <p className="muted">{t('ud.inquestClockIntro', { when: formatDateTime(ud.informedAt, lang) })}</p>
        <ClockList clocks={ud.clocks} />
      </section>

      <section className="card" aria-labelledby="ud-looks">
        <h2 id="ud-looks">{t('ud.looks')}</h2>
        <DescriptionView d={ud.description} placeLabel={t('ud.foundPlace')} />
        {ud.photos.length ? (
          <ul className="photo-strip" data-testid="ud-photos">
            {ud.photos.map((sha, i) => (
              <li key={sha}>
                <RemoteImage className="photo-thumb" src={records.photoUrl(sha)} alt={t('ud.photoN', { n: i + 1 })} />
              </li>
            ))}
          </ul>
        ) : null}
        <Facts
          items={[
            [t('ud.belongings'), ud.belongings ?? ''],
            [t('ud.apparentCause'), ud.apparentCause ?? ''],
            [t('ud.circumstances'), ud.circumstances ?? ''],
          ]}
        />
        {ud.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
        <h3>{t('ud.informant')}</h3>
        {ud.informant ? <PersonCard person={ud.informant} /> : <p className="muted">{t('person.withheldShort')}</p>}
      </section>

      <section className="card" aria-labelledby="ud-inquest">
        <h2 id="ud-inquest">{t('ud.inquest')}</h2>
        {ud.inquest ? (
          <Facts
            testId="ud-inquest-facts"
            items={[
              [t('ud.heldBy'), ud.inquest.heldBy],
              [t('ud.heldAt'), formatDateTime(ud.inquest.heldAt, lang)],
              [t('ud.witnesses'), ud.inquest.witnesses.join('\n')],
              [t('ud.findings'), ud.inquest.findings],
              [t('ud.apparentCause'), ud.inquest.apparentCause ?? ''],
              [t('ud.forwardedTo'), [inquestMagistrateName(t, ud.inquest.forwardedTo.designation), ud.inquest.forwardedTo.name].filter(Boolean).join(', ')],
              [t('ud.forwardedAt'), formatDateTime(ud.inquest.forwardedAt, lang)],
            ]}
          />
        ) : (
          <>
            <p className="muted">{t('ud.noInquest')}</p>
            {action('inquest', t('ud.recordInquest'))}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="ud-pm">
        <h2 id="ud-pm">{t('ud.postMortem')}</h2>
        {ud.postMortem ? (
          <Facts
            testId="ud-pm-facts"
            items={[
              [t('ud.hospital'), ud.postMortem.hospital],
              [t('ud.pmNumber'), ud.postMortem.number],
              [t('ud.conductedAt'), formatDateTime(ud.postMortem.conductedAt, lang)],
              [t('ud.reportReceivedAt'), ud.postMortem.reportReceivedAt ? formatDateTime(ud.postMortem.reportReceivedAt, lang) : ''],
              [t('ud.causeOfDeath'), ud.postMortem.causeOfDeath ?? ''],
            ]}
          />
        ) : (
          <p className="muted">{t('ud.noPostMortem')}</p>
        )}
        {action('postMortem', ud.postMortem ? t('ud.updatePostMortem') : t('ud.recordPostMortem'))}
      </section>

      <section className="card" aria-labelledby="ud-identity">
        <h2 id="ud-identity">{t('ud.identification')}</h2>
        {id_ ? (
          <>
            {id_.person ? <PersonCard person={id_.person} /> : null}
            <Facts
              testId="ud-identified"
              items={[
                [t('ud.identifiedAt'), formatDateTime(id_.at, lang)],
                [t('ud.missingReport'), id_.missingPerson ? <a href={hrefFor('missingPerson', id_.missingPerson.id)}>{id_.missingPerson.number}</a> : ''],
                [t('ud.identifyNote'), id_.note],
              ]}
            />
          </>
        ) : (
          <>
            <p className="muted">{t('ud.notIdentified')}</p>
            {action('identify', t('ud.identify'))}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="ud-print">
        <h2 id="ud-print">{t('registers.print')}</h2>
        <PdfLinks testId="ud-pdf" url={(l) => registers.bodyPdfUrl(ud.id, l)} />
      </section>

      <PossibleMatches>
        <MatchCandidates kind="unidentified_body" id={ud.id} />
      </PossibleMatches>

      {dialogs.dialog === 'inquest' ? <InquestDialog {...stepProps} /> : null}
      {dialogs.dialog === 'postMortem' ? <PostMortemDialog {...stepProps} /> : null}
      {dialogs.dialog === 'identify' ? <IdentifyDialog {...stepProps} /> : null}
    </>
  );
}

/** The inquest (BNSS 194(1)) and its report sent to the Magistrate (194(2)): stops the clock. */
function InquestDialog({ ud, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const form = useStepForm();
  const [v, setV] = useState({ heldBy: '', heldAt: '', witnesses: '', findings: '', apparentCause: '', designation: '', name: '', forwardedAt: '' });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const witnesses = v.witnesses
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean);
  return (
    <StepDialog
      form={form}
      wide
      title={t('ud.recordInquest')}
      intro={t('ud.inquestIntro')}
      testId="ud-inquest-form"
      labels={{ heldBy: t('ud.heldBy'), heldAt: t('ud.heldAt'), findings: t('ud.findings'), 'forwardedTo.designation': t('ud.forwardedTo'), forwardedAt: t('ud.forwardedAt') }}
      submit={t('ud.saveInquest')}
      check={() => {
        const found = missing(t, { heldBy: v.heldBy, heldAt: v.heldAt, findings: v.findings, 'forwardedTo.designation': v.designation, forwardedAt: v.forwardedAt });
        checkTimes(t, found, { heldAt: v.heldAt, forwardedAt: v.forwardedAt });
        return found;
      }}
      send={async () => {
        const next = await registers.inquest(ud.id, {
          heldBy: v.heldBy.trim(),
          heldAt: fromIstInput(v.heldAt) ?? '',
          witnesses,
          findings: v.findings.trim(),
          ...(trimOrUndefined(v.apparentCause) ? { apparentCause: v.apparentCause.trim() } : {}),
          forwardedTo: { designation: v.designation, ...(trimOrUndefined(v.name) ? { name: v.name.trim() } : {}) },
          forwardedAt: fromIstInput(v.forwardedAt) ?? '',
        });
        onDone(next, t('ud.inquestSaved'));
      }}
      onClose={onClose}
    >
      <PathText path="heldBy" label={t('ud.heldBy')} hint={t('ud.heldByHint')} required autoFocus autoComplete="off" value={v.heldBy} onChange={(heldBy) => set({ heldBy })} />
      <PathDateTime path="heldAt" label={t('ud.heldAt')} required value={v.heldAt} onChange={(heldAt) => set({ heldAt })} />
      <PathArea path="witnesses" label={t('ud.witnesses')} hint={t('ud.witnessesHint')} rows={3} dir="auto" value={v.witnesses} onChange={(w) => set({ witnesses: w })} />
      <PathArea path="findings" label={t('ud.findings')} rows={4} dir="auto" required value={v.findings} onChange={(findings) => set({ findings })} />
      <PathArea path="apparentCause" label={t('ud.apparentCause')} rows={2} dir="auto" value={v.apparentCause} onChange={(apparentCause) => set({ apparentCause })} />
      <PathSelect path="forwardedTo.designation" label={t('ud.forwardedTo')} required value={v.designation} onChange={(designation) => set({ designation })}>
        <Options empty={t('common.choose')} items={INQUEST_MAGISTRATES} code={(c) => c} name={(c) => inquestMagistrateName(t, c)} />
      </PathSelect>
      <PathText path="forwardedTo.name" label={t('ud.magistrateName')} autoComplete="off" value={v.name} onChange={(name) => set({ name })} />
      <PathDateTime path="forwardedAt" label={t('ud.forwardedAt')} required value={v.forwardedAt} onChange={(forwardedAt) => set({ forwardedAt })} />
    </StepDialog>
  );
}

/** The post-mortem's reference, and the cause of death once its report is received. */
function PostMortemDialog({ ud, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const form = useStepForm();
  const pm = ud.postMortem;
  const [v, setV] = useState({ hospital: pm?.hospital ?? '', number: pm?.number ?? '', conductedAt: '', reportReceivedAt: '', causeOfDeath: pm?.causeOfDeath ?? '' });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  return (
    <StepDialog
      form={form}
      title={t('ud.recordPostMortem')}
      intro={t('ud.postMortemIntro')}
      testId="ud-pm-form"
      labels={{ hospital: t('ud.hospital'), number: t('ud.pmNumber'), conductedAt: t('ud.conductedAt'), reportReceivedAt: t('ud.reportReceivedAt') }}
      submit={t('ud.savePostMortem')}
      check={() => {
        const found = missing(t, { hospital: v.hospital, number: v.number, conductedAt: v.conductedAt });
        checkTimes(t, found, { conductedAt: v.conductedAt, reportReceivedAt: v.reportReceivedAt });
        return found;
      }}
      send={async () => {
        const next = await registers.postMortem(ud.id, {
          hospital: v.hospital.trim(),
          number: v.number.trim(),
          conductedAt: fromIstInput(v.conductedAt) ?? '',
          ...(v.reportReceivedAt ? { reportReceivedAt: fromIstInput(v.reportReceivedAt) } : {}),
          ...(trimOrUndefined(v.causeOfDeath) ? { causeOfDeath: v.causeOfDeath.trim() } : {}),
        });
        onDone(next, t('ud.postMortemSaved'));
      }}
      onClose={onClose}
    >
      <PathText path="hospital" label={t('ud.hospital')} required autoFocus autoComplete="off" value={v.hospital} onChange={(hospital) => set({ hospital })} />
      <PathText path="number" label={t('ud.pmNumber')} required autoComplete="off" value={v.number} onChange={(number) => set({ number })} />
      <PathDateTime path="conductedAt" label={t('ud.conductedAt')} required value={v.conductedAt} onChange={(conductedAt) => set({ conductedAt })} />
      <PathDateTime path="reportReceivedAt" label={t('ud.reportReceivedAt')} value={v.reportReceivedAt} onChange={(reportReceivedAt) => set({ reportReceivedAt })} />
      <PathArea path="causeOfDeath" label={t('ud.causeOfDeath')} rows={2} dir="auto" value={v.causeOfDeath} onChange={(causeOfDeath) => set({ causeOfDeath })} />
    </StepDialog>
  );
}

/**
 * The body identified, once: as the person of an open missing-person report of this station
 * (which becomes found dead, its alert withdrawn), or as a person named here. Reports of other
 * stations are offered by the match candidates.
 */
function IdentifyDialog({ ud, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const form = useStepForm();
  const open = useLoad(() => registers.missingPersons({ station: ud.stationCode, status: 'missing' }), [ud.stationCode]);
  const [by, setBy] = useState<'report' | 'person'>('report');
  const [missingPersonId, setMissingPersonId] = useState('');
  const [person, setPerson] = useState(emptyPerson);
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  const reports = open.data?.missingPersons ?? [];
  return (
    <StepDialog
      form={form}
      wide
      title={t('ud.identify')}
      intro={t('ud.identifyIntro')}
      testId="ud-identify-form"
      labels={{ missingPersonId: t('ud.missingReport'), at: t('ud.identifiedAt'), note: t('ud.identifyNote') }}
      submit={t('ud.saveIdentify')}
      check={() => {
        const found = missing(t, { at, note, ...(by === 'report' ? { missingPersonId } : {}) });
        checkTimes(t, found, { at });
        if (by === 'person') checkPerson(t, person, 'person', found);
        return found;
      }}
      send={async () => {
        const next = await registers.identify(ud.id, {
          ...(by === 'report' ? { missingPersonId } : { person: personPayload(person) }),
          at: fromIstInput(at) ?? '',
          note: note.trim(),
        });
        onDone(next, t('ud.identified'));
      }}
      onClose={onClose}
    >
      <fieldset className="radio-group radio-inline">
        <legend>{t('ud.identifyBy')}</legend>
        <label className="radio">
          <input type="radio" name="identify-by" checked={by === 'report'} onChange={() => setBy('report')} /> {t('ud.byReport')}
        </label>
        <label className="radio">
          <input type="radio" name="identify-by" checked={by === 'person'} onChange={() => setBy('person')} /> {t('ud.byPerson')}
        </label>
      </fieldset>
      {by === 'report' ? (
        <PathSelect path="missingPersonId" label={t('ud.missingReport')} hint={t('ud.missingReportHint')} required value={missingPersonId} onChange={setMissingPersonId}>
          <Options
            empty={reports.length ? t('common.choose') : t('ud.noOpenReports')}
            items={reports}
            code={(m) => m.id}
            name={(m) => `${m.number} · ${m.person && !m.person.masked ? m.person.name : t('person.withheldShort')} · ${m.description.place.address}`}
          />
        </PathSelect>
      ) : (
        <PersonForm value={person} onChange={setPerson} path="person" fe={form.fe} legend={t('ud.byPerson')} brief />
      )}
      <PathDateTime path="at" label={t('ud.identifiedAt')} required value={at} onChange={setAt} />
      <PathArea path="note" label={t('ud.identifyNote')} hint={t('ud.identifyNoteHint')} rows={3} dir="auto" required value={note} onChange={setNote} />
    </StepDialog>
  );
}
