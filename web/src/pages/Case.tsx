import { useState } from 'react';
import type { SessionUser } from '../api.ts';
import { cases, type CaseFile, type DiaryEntry, type TimelineItem } from '../cases-api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ClockList } from '../components/Clocks.tsx';
import { Options, ShortTextArea } from '../components/Field.tsx';
import { PathArea, PathDateTime, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../components/StepDialog.tsx';
import { StationTransferDialog } from '../components/StationTransferDialog.tsx';
import { ReasonDialog } from '../components/ReasonDialog.tsx';
import { firStatusName, formatDateTime, fromIstInput, roleName, sectionLabel, unitName } from '../format.ts';
import { missing } from '../forms.ts';
import { useLoad, useOfficers } from '../hooks.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { records, type PersonView } from '../records-api.ts';
import { hrefFor } from '../router.ts';
import { ArrestsSection } from './case/Arrests.tsx';
import { PropertySection } from './case/Property.tsx';
import { CaseReport } from './case/Report.tsx';

type Dialog = 'assign' | 'takeOver' | 'diary' | 'transfer';

/** The event types and GD kinds the timeline names; anything newer is shown as "recorded". */
export function timelineTitle(t: TFunction, item: TimelineItem): string {
  if (item.type.startsWith('gd.')) return t('case.event.gd', { kind: t(`gdKind.${item.type.slice(3)}`) });
  return /^(fir|case)\./.test(item.type) ? t(`caseEvent.${item.type}`) : t('caseEvent.other');
}

/**
 * The case file: who investigates the case, what the reader may do on it, its statutory clocks,
 * one timeline of everything that happened, and the case diary (BNSS 192) with the statements
 * recorded in it. Read by the IO, the SHO and supervisors; the server decides, this page offers
 * only what the answer says the reader may do.
 */
export function CasePage({ user, id }: { user: SessionUser; id: string }) {
  const { t, lang } = useI18n();
  const { data: file, error, setData } = useLoad(() => cases.file(id), [id]);
  const diary = useLoad(() => cases.diary(id), [id]);
  const { dialog, open, close, finish, status, setStatus } = useDialogs<Dialog>();

  if (!file) {
    return (
      <>
        <div className="page-head">
          <h1 tabIndex={-1}>{t('case.title')}</h1>
        </div>
        <ErrorMessage message={error} />
        {!error ? <p className="muted">{t('common.loading')}</p> : null}
      </>
    );
  }

  function done(next: CaseFile, message: string) {
    setData(next);
    finish(message);
  }

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('case.title')}</p>
          <h1 tabIndex={-1} data-testid="case-number">
            {file.number}
          </h1>
          <p className="muted">
            {unitName(file.station, lang)} · {firStatusName(t, file.status)}
          </p>
        </div>
        <div className="head-actions">
          <a className="btn btn-secondary" href={hrefFor('fir', file.firId)}>
            {t('case.openFir')}
          </a>
          {file.may.assign ? (
            <button type="button" className="btn btn-primary" data-testid="case-assign" onClick={() => open('assign')}>
              {file.io ? t('case.reassign') : t('case.assign')}
            </button>
          ) : null}
          {file.may.takeOver ? (
            <button type="button" className="btn btn-secondary" data-testid="case-take-over" onClick={() => open('takeOver')}>
              {t('case.takeOver')}
            </button>
          ) : null}
          {file.may.transfer ? (
            <button type="button" className="btn btn-secondary" data-testid="case-transfer" onClick={() => open('transfer')}>
              {t('case.transfer')}
            </button>
          ) : null}
          {file.may.act ? (
            <button type="button" className="btn btn-primary" data-testid="case-diary-add" onClick={() => open('diary')}>
              {t('case.diary.add')}
            </button>
          ) : null}
        </div>
      </div>
      <Notice tone="success">{status}</Notice>

      <section className="card card-spaced" aria-labelledby="case-facts">
        <h2 id="case-facts">{t('case.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('case.investigatingUnit')}</dt>
            <dd data-testid="case-unit">
              {unitName(file.investigatingUnit, lang)} <code>{file.investigatingUnit.code}</code>
            </dd>
          </div>
          <div>
            <dt>{t('fir.io')}</dt>
            <dd data-testid="case-io">{file.io ? `${file.io.name} (${roleName(t, file.io.role)})` : t('fir.ioNone')}</dd>
          </div>
          {file.acting ? (
            <div>
              <dt>{t('case.acting')}</dt>
              <dd data-testid="case-acting">
                {file.acting.name} ({roleName(t, file.acting.role)}), {t('case.since', { when: formatDateTime(file.acting.since, lang) })}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('case.registered')}</dt>
            <dd>{formatDateTime(file.registeredAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('case.sections')}</dt>
            <dd>{file.sections.map((s) => sectionLabel(s)).join(', ')}</dd>
          </div>
        </dl>
        {!file.may.act && !file.io ? <p className="muted">{t('case.noIo')}</p> : null}
      </section>

      <section className="card card-spaced" aria-labelledby="case-clocks">
        <h2 id="case-clocks">{t('case.clocks')}</h2>
        <ClockList clocks={file.clocks} />
      </section>

      <ArrestsSection file={file} onChange={setData} />

      <PropertySection user={user} file={file} onChange={setData} />
      <CaseReport user={user} file={file} onChange={(next, message) => (setData(next), setStatus(message))} />

      <section className="card card-spaced" aria-labelledby="case-timeline">
        <h2 id="case-timeline">{t('case.timeline')}</h2>
        <ol className="timeline" data-testid="case-timeline">
          {file.timeline.map((item, i) => (
            <li key={`${item.at}-${i}`}>
              <time dateTime={item.at}>{formatDateTime(item.at, lang)}</time> <strong>{timelineTitle(t, item)}</strong>
              {item.entryNo !== null ? <> · {t('case.entryNo', { no: item.entryNo })}</> : null}
              {item.officer ? <> · {t('case.officerNamed', { name: item.officer.name })}</> : null}
              {item.by ? <span className="muted"> · {item.by.name}</span> : null}
              {item.text ? <p className="timeline-text">{item.text}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="card card-spaced" aria-labelledby="case-diary">
        <h2 id="case-diary">{t('case.diary.title')}</h2>
        <p className="muted">{t('case.diary.intro')}</p>
        <ErrorMessage message={diary.error} />
        {diary.data ? diary.data.entries.length ? <DiaryList entries={diary.data.entries} /> : <p className="muted">{t('case.diary.none')}</p> : null}
      </section>

      {dialog === 'assign' ? <AssignDialog user={user} file={file} onClose={close} onDone={(f) => done(f, t('case.assigned', { name: f.io?.name ?? '' }))} /> : null}
      {dialog === 'transfer' ? (
        <StationTransferDialog
          user={user}
          title={t('case.transfer')}
          intro={t('case.transferIntro')}
          stationLabel={t('case.transferTo')}
          submit={t('case.transfer')}
          exclude={file.investigatingUnit.code}
          testId="case-transfer-form"
          onClose={close}
          onSend={async (toStationCode, reason) => {
            await cases.transfer(file.firId, toStationCode, reason);
            // The case has left this unit: its FIR stays here, and says where the case went.
            window.location.hash = hrefFor('fir', file.firId);
          }}
        />
      ) : null}
      {dialog === 'takeOver' ? (
        <ReasonDialog
          title={t('case.takeOver')}
          intro={t('case.takeOverIntro')}
          minLength={5}
          confirm={t('case.takeOver')}
          formTestId="take-over-form"
          onConfirm={async (reason) => done(await cases.takeOver(file.firId, reason), t('case.takenOver'))}
          onClose={close}
        />
      ) : null}
      {dialog === 'diary' ? (
        <DiaryDialog
          file={file}
          onClose={close}
          onDone={async (entry) => {
            diary.reload();
            done(await cases.file(file.firId), t('case.diary.added', { no: entry.entryNo }));
          }}
        />
      ) : null}
    </>
  );
}

function DiaryList({ entries }: { entries: DiaryEntry[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="diary" data-testid="case-diary-entries">
      {entries.map((e) => (
        <li key={e.id} className="diary-entry">
          <h3>{t('case.entryNo', { no: e.entryNo })}</h3>
          <p className="muted">
            {formatDateTime(e.beganAt, lang)}
            {e.closedAt ? ` – ${formatDateTime(e.closedAt, lang)}` : ''} · {e.writtenBy.name}
          </p>
          {e.places.length ? (
            <p>
              {t('case.diary.places')}: {e.places.join('; ')}
            </p>
          ) : null}
          <p className="pre-wrap">{e.text}</p>
          {e.statements.length ? (
            <>
              <h4>{t('case.diary.statements')}</h4>
              <ul>
                {e.statements.map((s, i) => (
                  <li key={i}>
                    <strong>{s.maker.masked ? t('case.diary.withheldMaker') : s.maker.name}</strong>: <span className="pre-wrap">{s.text}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {e.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function AssignDialog({ user, file, onClose, onDone }: { user: SessionUser; file: CaseFile; onClose: () => void; onDone: (f: CaseFile) => void }) {
  const { t } = useI18n();
  const officers = useOfficers(user).filter((o) => o.id !== file.io?.id);
  const [officer, setOfficer] = useState('');
  const [reason, setReason] = useState('');
  const form = useStepForm();

  function check() {
    const found = missing(t, { ioUserId: officer });
    if (file.io && reason.trim().length < 5) found['reason'] = t('form.reasonShort');
    return found;
  }

  return (
    <StepDialog
      form={form}
      title={file.io ? t('case.reassign') : t('case.assign')}
      intro={file.io ? t('case.reassignIntro', { name: file.io.name }) : t('case.assignIntro')}
      testId="assign-form"
      submit={file.io ? t('case.reassign') : t('case.assign')}
      onClose={onClose}
      check={check}
      send={async () => onDone(await cases.assign(file.firId, officer, reason.trim() || undefined))}
    >
      <PathSelect path="ioUserId" label={t('fir.io')} value={officer} onChange={setOfficer} autoFocus required>
        <Options empty={t('case.chooseOfficer')} items={officers} code={(o) => o.id} name={(o) => `${o.name} (${roleName(t, o.role)})`} />
      </PathSelect>
      {file.io ? <ShortTextArea path="reason" label={t('common.reason')} fe={form.fe} value={reason} onChange={setReason} /> : null}
    </StepDialog>
  );
}

interface StatementDraft {
  /** A person on the FIR, or '' for someone named. */
  personId: string;
  name: string;
  text: string;
}

function DiaryDialog({ file, onClose, onDone }: { file: CaseFile; onClose: () => void; onDone: (e: DiaryEntry) => Promise<void> }) {
  const { t } = useI18n();
  const fir = useLoad(() => records.fir(file.firId), [file.firId]);
  const [began, setBegan] = useState('');
  const [closed, setClosed] = useState('');
  const [places, setPlaces] = useState('');
  const [text, setText] = useState('');
  const [statements, setStatements] = useState<StatementDraft[]>([]);
  const form = useStepForm();
  const persons: PersonView[] = fir.data ? [fir.data.complainant, ...fir.data.victims, ...fir.data.witnesses, ...fir.data.accused].filter((p): p is PersonView => !!p) : [];
  const named = persons.flatMap((p) => (p.masked ? [] : [{ id: p.id, label: `${p.name}${p.role ? ` (${t(`personRole.${p.role}`)})` : ''}` }]));
  const beganAt = fromIstInput(began);

  const change = (i: number, patch: Partial<StatementDraft>) => setStatements((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  function check() {
    const found = missing(t, { beganAt, text });
    statements.forEach((s, i) => {
      if (!s.personId && !s.name.trim()) found[`statements.${i}.name`] = t('form.required');
      if (!s.text.trim()) found[`statements.${i}.text`] = t('form.required');
    });
    return found;
  }
  async function send() {
    const entry = await cases.addDiaryEntry(file.firId, {
      beganAt: beganAt!,
      ...(closed ? { closedAt: fromIstInput(closed) } : {}),
      places: places
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      text: text.trim(),
      statements: statements.map((s) => (s.personId ? { personId: s.personId, text: s.text.trim() } : { name: s.name.trim(), text: s.text.trim() })),
    });
    await onDone(entry);
  }

  return (
    <StepDialog form={form} title={t('case.diary.add')} intro={t('case.diary.addIntro')} testId="diary-form" submit={t('case.diary.save')} onClose={onClose} check={check} send={send}>
      <PathDateTime path="beganAt" label={t('case.diary.began')} value={began} onChange={setBegan} required autoFocus />
      <PathDateTime path="closedAt" label={t('case.diary.closed')} value={closed} onChange={setClosed} />
      <PathArea path="places" label={t('case.diary.places')} hint={t('case.diary.placesHint')} rows={2} value={places} onChange={setPlaces} />
      <PathArea path="text" label={t('case.diary.text')} rows={6} dir="auto" required value={text} onChange={setText} />
      <fieldset className="form-stack">
        <legend>{t('case.diary.statements')}</legend>
        {statements.map((s, i) => (
          <div key={i} className="statement">
            <PathSelect path={`statements.${i}.personId`} label={t('case.diary.maker')} value={s.personId} onChange={(personId) => change(i, { personId })}>
              <Options empty={t('case.diary.someoneElse')} items={named} code={(p) => p.id} name={(p) => p.label} />
            </PathSelect>
            {!s.personId ? <PathText path={`statements.${i}.name`} label={t('case.diary.makerName')} value={s.name} onChange={(name) => change(i, { name })} /> : null}
            <PathArea path={`statements.${i}.text`} label={t('case.diary.statement')} rows={4} dir="auto" value={s.text} onChange={(v) => change(i, { text: v })} />
            <button type="button" className="btn btn-link" onClick={() => setStatements((list) => list.filter((_, j) => j !== i))}>
              {t('case.diary.removeStatement')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-secondary" data-testid="add-statement" onClick={() => setStatements((list) => [...list, { personId: '', name: '', text: '' }])}>
          {t('case.diary.addStatement')}
        </button>
      </fieldset>
    </StepDialog>
  );
}
