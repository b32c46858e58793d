import { useRef, useState, type FormEvent } from 'react';
import type { CaseFile } from '../../cases-api.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { formatDate, formatRupees, sectionLabel } from '../../format.ts';
import { errorsFor, fieldId, useSubmission, type FieldErrors } from '../../forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { report, type InvestigationCodes } from '../../report-api.ts';
import { casePersonName, codeName, useFirPersons, type StepProps } from './report-common.ts';
import { ErrorMessage } from '../../components/Alert.tsx';
import { PrintLinks } from './Property.tsx';

type Dialog = 'case' | 'hearing' | 'disposal' | 'appeal' | null;

/**
 * The case in court (IIF-6, IIF-7): its number there, hearings, the judgment per accused and
 * section, and appeals. Recorded by the case's IO or the SHO of its station, once a final report
 * is filed; the server checks both.
 */
export function CourtSection({ file, codes, mayRecord, onChange }: { file: CaseFile; codes: InvestigationCodes; mayRecord: boolean; onChange: (next: CaseFile, message: string) => void }) {
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const court = file.court;
  const filed = file.finalReports.some((r) => r.status === 'filed');
  const may = mayRecord && filed;

  function open(d: Exclude<Dialog, null>) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setDialog(d);
  }
  function close() {
    setDialog(null);
    window.setTimeout(() => returnFocus.current?.focus(), 0);
  }
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

function DateField({
  path,
  label,
  value,
  onChange,
  fe,
  required,
  autoFocus,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  fe: ReturnType<typeof errorsFor>;
  required?: boolean;
  autoFocus?: boolean;
}) {
  return <TextField id={fieldId(path)} type="date" label={label} value={value} onChange={(e) => onChange(e.target.value)} error={fe(path, label)} required={required} autoFocus={autoFocus} />;
}

function CourtCaseDialog({ file, codes, onClose, onDone }: StepProps) {
  const { t, lang } = useI18n();
  const filed = file.finalReports.filter((r) => r.status === 'filed').at(-1);
  const [court, setCourt] = useState(file.court.case?.court.code ?? filed?.court.code ?? '');
  const [no, setNo] = useState('');
  const [on, setOn] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!court) found['courtCode'] = t('form.required');
    if (!no.trim()) found['courtCaseNo'] = t('form.required');
    if (!on) found['registeredOn'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => onDone(await report.courtCase(file.firId, { courtCode: court, courtCaseNo: no.trim(), registeredOn: on }), t('court.caseSaved')));
  }

  return (
    <Modal title={t('court.caseAdd')} onClose={onClose}>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="court-case-form">
        <SelectField
          id={fieldId('courtCode')}
          label={t('report.final.court')}
          value={court}
          onChange={(e) => setCourt(e.target.value)}
          error={fe('courtCode', t('report.final.court'))}
          required
          autoFocus
        >
          <option value="">{t('report.choose')}</option>
          {codes.courts.map((x) => (
            <option key={x.code} value={x.code}>
              {lang === 'hi' ? x.nameHi : x.nameEn}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId('courtCaseNo')}
          label={t('court.caseNo')}
          hint={t('court.caseNoHint')}
          value={no}
          onChange={(e) => setNo(e.target.value)}
          error={fe('courtCaseNo', t('court.caseNo'))}
          required
        />
        <DateField path="registeredOn" label={t('court.registeredOn')} value={on} onChange={setOn} fe={fe} required />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function HearingDialog({ file, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const [date, setDate] = useState('');
  const [purpose, setPurpose] = useState('');
  const [next, setNext] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!date) found['date'] = t('form.required');
    if (!purpose.trim()) found['purpose'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => onDone(await report.hearing(file.firId, { date, purpose: purpose.trim(), ...(next ? { nextDate: next } : {}) }), t('court.hearingSaved')));
  }

  return (
    <Modal title={t('court.hearingAdd')} onClose={onClose}>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="court-hearing-form">
        <DateField path="date" label={t('court.hearingDate')} value={date} onChange={setDate} fe={fe} required autoFocus />
        <TextField id={fieldId('purpose')} label={t('court.purpose')} value={purpose} onChange={(e) => setPurpose(e.target.value)} error={fe('purpose', t('court.purpose'))} required />
        <DateField path="nextDate" label={t('court.nextDate')} value={next} onChange={setNext} fe={fe} />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
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
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const pairs = persons.flatMap((p) => sections.map((s) => ({ key: `${p.id}|${sectionLabel(s)}`, person: p, section: s })));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!date) found['judgmentDate'] = t('form.required');
    const outcomes = pairs.filter((x) => rows[x.key]?.outcome);
    if (outcomes.length === 0) found['outcomes'] = t('court.outcomeRequired');
    if (refuse(found)) return;
    await attempt(async () =>
      onDone(
        await report.disposal(file.firId, {
          judgmentDate: date,
          ...(judge.trim() ? { judge: judge.trim() } : {}),
          outcomes: outcomes.map((x) => ({
            personId: x.person.id,
            section: x.section,
            outcome: rows[x.key]!.outcome,
            ...(rows[x.key]!.sentence.trim() ? { sentence: rows[x.key]!.sentence.trim() } : {}),
          })),
        }),
        t('court.disposalSaved'),
      ),
    );
  }

  const set = (key: string, patch: Partial<{ outcome: string; sentence: string }>) => setRows((r) => ({ ...r, [key]: { outcome: '', sentence: '', ...r[key], ...patch } }));

  return (
    <Modal title={t('court.disposalAdd')} onClose={onClose}>
      <p className="muted">{t('court.disposalIntro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="court-disposal-form">
        <DateField path="judgmentDate" label={t('court.judgmentDate')} value={date} onChange={setDate} fe={fe} required autoFocus />
        <TextField id={fieldId('judge')} label={t('court.judge')} value={judge} onChange={(e) => setJudge(e.target.value)} error={fe('judge', t('court.judge'))} />
        <fieldset id={fieldId('outcomes')} tabIndex={-1} className="form-stack">
          <legend>{t('court.outcomes')}</legend>
          {fe('outcomes', t('court.outcomes')) ? <p className="field-error">{fe('outcomes', t('court.outcomes'))}</p> : null}
          {pairs.length === 0 ? <p className="muted">{t('court.noAccused')}</p> : null}
          {pairs.map((x, i) => (
            <div key={x.key} className="statement">
              <SelectField
                id={fieldId(`outcomes.${i}.outcome`)}
                data-testid={`outcome-${i}`}
                label={t('court.outcomeFor', { name: x.person.name, section: sectionLabel(x.section) })}
                value={rows[x.key]?.outcome ?? ''}
                onChange={(e) => set(x.key, { outcome: e.target.value })}
              >
                <option value="">{t('court.notDecided')}</option>
                {codes.courtOutcomes.map((o) => (
                  <option key={o.code} value={o.code}>
                    {lang === 'hi' ? o.hi : o.en}
                  </option>
                ))}
              </SelectField>
              {rows[x.key]?.outcome ? (
                <TextField id={fieldId(`outcomes.${i}.sentence`)} label={t('court.sentence')} value={rows[x.key]?.sentence ?? ''} onChange={(e) => set(x.key, { sentence: e.target.value })} />
              ) : null}
            </div>
          ))}
        </fieldset>
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
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
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!court) found['courtCode'] = t('form.required');
    if (!no.trim()) found['appealNo'] = t('form.required');
    if (!appellant.trim()) found['appellant'] = t('form.required');
    if (!filedOn) found['filedOn'] = t('form.required');
    if (!decidedOn) found['decidedOn'] = t('form.required');
    const chosen = persons.filter((p) => results[p.id]);
    if (chosen.length === 0) found['results'] = t('court.resultRequired');
    if (refuse(found)) return;
    await attempt(async () =>
      onDone(
        await report.appeal(file.firId, {
          courtCode: court,
          appealNo: no.trim(),
          appellant: appellant.trim(),
          filedOn,
          decidedOn,
          results: chosen.map((p) => ({ personId: p.id, result: results[p.id]! })),
          ...(remarks.trim() ? { remarks: remarks.trim() } : {}),
        }),
        t('court.appealSaved'),
      ),
    );
  }

  return (
    <Modal title={t('court.appealAdd')} onClose={onClose}>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="court-appeal-form">
        <SelectField
          id={fieldId('courtCode')}
          label={t('court.appealCourt')}
          value={court}
          onChange={(e) => setCourt(e.target.value)}
          error={fe('courtCode', t('court.appealCourt'))}
          required
          autoFocus
        >
          <option value="">{t('report.choose')}</option>
          {codes.courts
            .filter((x) => x.level !== 'magistrate')
            .map((x) => (
              <option key={x.code} value={x.code}>
                {lang === 'hi' ? x.nameHi : x.nameEn}
              </option>
            ))}
        </SelectField>
        <TextField id={fieldId('appealNo')} label={t('court.appealNo')} value={no} onChange={(e) => setNo(e.target.value)} error={fe('appealNo', t('court.appealNo'))} required />
        <TextField
          id={fieldId('appellant')}
          label={t('court.appellant')}
          hint={t('court.appellantHint')}
          value={appellant}
          onChange={(e) => setAppellant(e.target.value)}
          error={fe('appellant', t('court.appellant'))}
          required
        />
        <DateField path="filedOn" label={t('court.filedOn')} value={filedOn} onChange={setFiledOn} fe={fe} required />
        <DateField path="decidedOn" label={t('court.decidedOn')} value={decidedOn} onChange={setDecidedOn} fe={fe} required />
        <fieldset id={fieldId('results')} tabIndex={-1} className="form-stack">
          <legend>{t('court.results')}</legend>
          {fe('results', t('court.results')) ? <p className="field-error">{fe('results', t('court.results'))}</p> : null}
          {persons.map((p, i) => (
            <SelectField key={p.id} id={fieldId(`results.${i}.result`)} label={p.name} value={results[p.id] ?? ''} onChange={(e) => setResults((r) => ({ ...r, [p.id]: e.target.value }))}>
              <option value="">{t('court.notDecided')}</option>
              {codes.appealResults.map((o) => (
                <option key={o.code} value={o.code}>
                  {lang === 'hi' ? o.hi : o.en}
                </option>
              ))}
            </SelectField>
          ))}
        </fieldset>
        <TextAreaField id={fieldId('remarks')} label={t('report.note')} rows={2} dir="auto" value={remarks} onChange={(e) => setRemarks(e.target.value)} error={fe('remarks', t('report.note'))} />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
