import { useState } from 'react';
import type { CaseFile } from '../../cases-api.ts';
import { Options } from '../../components/Field.tsx';
import { GroupError, PathArea, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { formatDate, formatRupees, sectionLabel } from '../../format.ts';
import { fieldId, missing } from '../../forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { report, type InvestigationCodes } from '../../report-api.ts';
import { casePersonName, codeName, labelIn, useFirPersons, type StepProps } from './report-common.ts';
import { ErrorMessage } from '../../components/Alert.tsx';
import { PrintLinks } from './Property.tsx';

type Dialog = 'case' | 'hearing' | 'disposal' | 'appeal';

/**
 * The case in court (IIF-6, IIF-7): its number there, hearings, the judgment per accused and
 * section, and appeals. Recorded by the case's IO or the SHO of its station, once a final report
 * is filed; the server checks both.
 */
export function CourtSection({ file, codes, mayRecord, onChange }: { file: CaseFile; codes: InvestigationCodes; mayRecord: boolean; onChange: (next: CaseFile, message: string) => void }) {
  const { t, lang } = useI18n();
  const { dialog, open, close } = useDialogs<Dialog>();
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const court = file.court;
  const filed = file.finalReports.some((r) => r.status === 'filed');
  const may = mayRecord && filed;

  const step: StepProps = { file, codes, onClose: close, onDone: (next, message) => (onChange(next, message), close()) };
  const courtName = (c: { nameEn: string; nameHi: string }) => (lang === 'hi' ? c.nameHi : c.nameEn);

  return (
    <section className="card card-spaced" aria-labelledby="case-court" data-testid="court">
      <h2 id="case-court">{t('court.title')}</h2>
      {!filed ? <p className="muted">{t('court.afterReport')}</p> : null}
      {court.case ? (
        <p data-testid="court-case">
          {courtName(court.case.court)} · {t('court.caseNo')}: <strong>{court.case.courtCaseNo}</strong> · {formatDate(court.case.registeredOn, lang)}
        </p>
      ) : filed ? (
        <p className="muted">{t('court.noCase')}</p>
      ) : null}
      {court.hearings.length ? (
        <>
          <h3>{t('court.hearings')}</h3>
          <ul data-testid="court-hearings">
            {court.hearings.map((h, i) => (
              <li key={i}>
                {formatDate(h.date, lang)} · {h.purpose}
                {h.nextDate ? ` · ${t('court.nextDate')}: ${formatDate(h.nextDate, lang)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {court.disposals.map((d, i) => (
        <div key={i} data-testid="court-disposal">
          <h3>
            {t('court.judgment')}, {formatDate(d.judgmentDate, lang)}
          </h3>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('court.accused')}</th>
                <th scope="col">{t('court.section')}</th>
                <th scope="col">{t('court.outcome')}</th>
                <th scope="col">{t('court.sentence')}</th>
              </tr>
            </thead>
            <tbody>
              {d.outcomes.map((o, j) => (
                <tr key={j}>
                  <td>{casePersonName(t, o.person)}</td>
                  <td>{sectionLabel(o.section)}</td>
                  <td>{codeName(codes.courtOutcomes, o.outcome, lang)}</td>
                  <td>
                    {o.sentence ?? ''}
                    {o.fine !== null ? ` · ${formatRupees(o.fine, lang)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <PrintLinks label={t('court.disposalForm')} href={(l) => report.disposalPdfUrl(file.firId, d.id, l)} testId={`disposal-print-${i + 1}`} onProblem={setPrintProblem} />
          </p>
        </div>
      ))}
      {court.appeals.map((a, i) => (
        <div key={i} data-testid="court-appeal">
          <h3>
            {t('court.appeal')} {a.appealNo} · {courtName(a.court)}
          </h3>
          <ul>
            {a.results.map((r, j) => (
              <li key={j}>
                {casePersonName(t, r.person)}: {codeName(codes.appealResults, r.result, lang)}
                {r.sentence ? ` · ${r.sentence}` : ''}
              </li>
            ))}
          </ul>
          <p>
            <PrintLinks label={t('court.appealForm')} href={(l) => report.appealPdfUrl(file.firId, a.id, l)} testId={`appeal-print-${i + 1}`} onProblem={setPrintProblem} />
          </p>
        </div>
      ))}
      <ErrorMessage message={printProblem} />
      {may ? (
        <p className="head-actions">
          <button type="button" className="btn btn-secondary" data-testid="court-case-add" onClick={() => open('case')}>
            {court.case ? t('court.caseChange') : t('court.caseAdd')}
          </button>
          {court.case ? (
            <>
              <button type="button" className="btn btn-secondary" data-testid="court-hearing-add" onClick={() => open('hearing')}>
                {t('court.hearingAdd')}
              </button>
              <button type="button" className="btn btn-primary" data-testid="court-disposal-add" onClick={() => open('disposal')}>
                {t('court.disposalAdd')}
              </button>
            </>
          ) : null}
          {court.disposals.length ? (
            <button type="button" className="btn btn-secondary" data-testid="court-appeal-add" onClick={() => open('appeal')}>
              {t('court.appealAdd')}
            </button>
          ) : null}
        </p>
      ) : null}
      {dialog === 'case' ? <CourtCaseDialog {...step} /> : null}
      {dialog === 'hearing' ? <HearingDialog {...step} /> : null}
      {dialog === 'disposal' ? <DisposalDialog {...step} /> : null}
      {dialog === 'appeal' ? <AppealDialog {...step} /> : null}
    </section>
  );
}

/** The court a step goes to, named in the language shown; `without` leaves out a level of court that does not take the step. */
export function CourtSelect({
  courts,
  label,
  value,
  onChange,
  without,
  required,
  autoFocus,
}: {
  courts: InvestigationCodes['courts'];
  label: string;
  value: string;
  onChange: (code: string) => void;
  without?: string;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <PathSelect path="courtCode" label={label} value={value} onChange={onChange} required={required} autoFocus={autoFocus}>
      <Options empty={t('report.choose')} items={courts.filter((x) => x.level !== without)} code={(x) => x.code} name={(x) => (lang === 'hi' ? x.nameHi : x.nameEn)} />
    </PathSelect>
  );
}

function CourtCaseDialog({ file, codes, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const filed = file.finalReports.filter((r) => r.status === 'filed').at(-1);
  const [court, setCourt] = useState(file.court.case?.court.code ?? filed?.court.code ?? '');
  const [no, setNo] = useState('');
  const [on, setOn] = useState('');
  const form = useStepForm();

  return (
    <StepDialog
      form={form}
      title={t('court.caseAdd')}
      testId="court-case-form"
      submit={t('report.save')}
      onClose={onClose}
      check={() => missing(t, { courtCode: court, courtCaseNo: no, registeredOn: on })}
      send={async () => onDone(await report.courtCase(file.firId, { courtCode: court, courtCaseNo: no.trim(), registeredOn: on }), t('court.caseSaved'))}
    >
      <CourtSelect courts={codes.courts} label={t('report.final.court')} value={court} onChange={setCourt} required autoFocus />
      <PathText path="courtCaseNo" label={t('court.caseNo')} hint={t('court.caseNoHint')} value={no} onChange={setNo} required />
      <PathText path="registeredOn" type="date" label={t('court.registeredOn')} value={on} onChange={setOn} required />
    </StepDialog>
  );
}

function HearingDialog({ file, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const [date, setDate] = useState('');
  const [purpose, setPurpose] = useState('');
  const [next, setNext] = useState('');
  const form = useStepForm();

  return (
    <StepDialog
      form={form}
      title={t('court.hearingAdd')}
      testId="court-hearing-form"
      submit={t('report.save')}
      onClose={onClose}
      check={() => missing(t, { date, purpose })}
      send={async () => onDone(await report.hearing(file.firId, { date, purpose: purpose.trim(), ...(next ? { nextDate: next } : {}) }), t('court.hearingSaved'))}
    >
      <PathText path="date" type="date" label={t('court.hearingDate')} value={date} onChange={setDate} required autoFocus />
      <PathText path="purpose" label={t('court.purpose')} value={purpose} onChange={setPurpose} required />
      <PathText path="nextDate" type="date" label={t('court.nextDate')} value={next} onChange={setNext} />
    </StepDialog>
  );
}

/** The accused of the case (as its final reports name them) and the sections of the FIR and reports. */
function useJudgmentRows(file: CaseFile) {
  const persons = useFirPersons(file.firId).filter((p) => p.role === 'accused');
  const sections = new Map([...file.sections, ...file.finalReports.flatMap((r) => r.sections)].map((s) => [sectionLabel(s), { act: s.act, section: s.section }]));
  return { persons, sections: [...sections.values()] };
}

function DisposalDialog({ file, codes, onClose, onDone }: StepProps) {
  const { t, lang } = useI18n();
  const { persons, sections } = useJudgmentRows(file);
  const [date, setDate] = useState('');
  const [judge, setJudge] = useState('');
  const [rows, setRows] = useState<Record<string, { outcome: string; sentence: string }>>({});
  const form = useStepForm();
  const pairs = persons.flatMap((p) => sections.map((s) => ({ key: `${p.id}|${sectionLabel(s)}`, person: p, section: s })));
  const outcomes = pairs.filter((x) => rows[x.key]?.outcome);

  function check() {
    const found = missing(t, { judgmentDate: date });
    if (outcomes.length === 0) found['outcomes'] = t('court.outcomeRequired');
    return found;
  }
  async function send() {
    const next = await report.disposal(file.firId, {
      judgmentDate: date,
      ...(judge.trim() ? { judge: judge.trim() } : {}),
      outcomes: outcomes.map((x) => ({
        personId: x.person.id,
        section: x.section,
        outcome: rows[x.key]!.outcome,
        ...(rows[x.key]!.sentence.trim() ? { sentence: rows[x.key]!.sentence.trim() } : {}),
      })),
    });
    onDone(next, t('court.disposalSaved'));
  }

  const set = (key: string, patch: Partial<{ outcome: string; sentence: string }>) => setRows((r) => ({ ...r, [key]: { outcome: '', sentence: '', ...r[key], ...patch } }));

  return (
    <StepDialog form={form} title={t('court.disposalAdd')} intro={t('court.disposalIntro')} testId="court-disposal-form" submit={t('report.save')} onClose={onClose} check={check} send={send}>
      <PathText path="judgmentDate" type="date" label={t('court.judgmentDate')} value={date} onChange={setDate} required autoFocus />
      <PathText path="judge" label={t('court.judge')} value={judge} onChange={setJudge} />
      <fieldset id={fieldId('outcomes')} tabIndex={-1} className="form-stack">
        <legend>{t('court.outcomes')}</legend>
        <GroupError path="outcomes" label={t('court.outcomes')} />
        {pairs.length === 0 ? <p className="muted">{t('court.noAccused')}</p> : null}
        {pairs.map((x, i) => (
          <div key={x.key} className="statement">
            <PathSelect
              path={`outcomes.${i}.outcome`}
              data-testid={`outcome-${i}`}
              label={t('court.outcomeFor', { name: x.person.name, section: sectionLabel(x.section) })}
              value={rows[x.key]?.outcome ?? ''}
              onChange={(outcome) => set(x.key, { outcome })}
            >
              <Options empty={t('court.notDecided')} items={codes.courtOutcomes} code={(o) => o.code} name={labelIn(lang)} />
            </PathSelect>
            {rows[x.key]?.outcome ? (
              <PathText path={`outcomes.${i}.sentence`} label={t('court.sentence')} value={rows[x.key]?.sentence ?? ''} onChange={(sentence) => set(x.key, { sentence })} />
            ) : null}
          </div>
        ))}
      </fieldset>
    </StepDialog>
  );
}

function AppealDialog({ file, codes, onClose, onDone }: StepProps) {
  const { t, lang } = useI18n();
  const { persons } = useJudgmentRows(file);
  const [court, setCourt] = useState('');
  const [no, setNo] = useState('');
  const [appellant, setAppellant] = useState('');
  const [filedOn, setFiledOn] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [results, setResults] = useState<Record<string, string>>({});
  const [remarks, setRemarks] = useState('');
  const form = useStepForm();
  const chosen = persons.filter((p) => results[p.id]);

  function check() {
    const found = missing(t, { courtCode: court, appealNo: no, appellant, filedOn, decidedOn });
    if (chosen.length === 0) found['results'] = t('court.resultRequired');
    return found;
  }
  async function send() {
    const next = await report.appeal(file.firId, {
      courtCode: court,
      appealNo: no.trim(),
      appellant: appellant.trim(),
      filedOn,
      decidedOn,
      results: chosen.map((p) => ({ personId: p.id, result: results[p.id]! })),
      ...(remarks.trim() ? { remarks: remarks.trim() } : {}),
    });
    onDone(next, t('court.appealSaved'));
  }

  return (
    <StepDialog form={form} title={t('court.appealAdd')} testId="court-appeal-form" submit={t('report.save')} onClose={onClose} check={check} send={send}>
      <CourtSelect courts={codes.courts} without="magistrate" label={t('court.appealCourt')} value={court} onChange={setCourt} required autoFocus />
      <PathText path="appealNo" label={t('court.appealNo')} value={no} onChange={setNo} required />
      <PathText path="appellant" label={t('court.appellant')} hint={t('court.appellantHint')} value={appellant} onChange={setAppellant} required />
      <PathText path="filedOn" type="date" label={t('court.filedOn')} value={filedOn} onChange={setFiledOn} required />
      <PathText path="decidedOn" type="date" label={t('court.decidedOn')} value={decidedOn} onChange={setDecidedOn} required />
      <fieldset id={fieldId('results')} tabIndex={-1} className="form-stack">
        <legend>{t('court.results')}</legend>
        <GroupError path="results" label={t('court.results')} />
        {persons.map((p, i) => (
          <PathSelect key={p.id} path={`results.${i}.result`} label={p.name} value={results[p.id] ?? ''} onChange={(v) => setResults((r) => ({ ...r, [p.id]: v }))}>
            <Options empty={t('court.notDecided')} items={codes.appealResults} code={(o) => o.code} name={labelIn(lang)} />
          </PathSelect>
        ))}
      </fieldset>
      <PathArea path="remarks" label={t('report.note')} rows={2} dir="auto" value={remarks} onChange={setRemarks} />
    </StepDialog>
  );
}
