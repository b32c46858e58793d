import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { SessionUser } from '../../api.ts';
import type { CaseFile } from '../../cases-api.ts';
import { ErrorMessage } from '../../components/Alert.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { formatDateTime, formatRupees, fromIstInput, sectionLabel } from '../../format.ts';
import { errorsFor, fieldId, useSubmission, type FieldErrors } from '../../forms.ts';
import { can, useLoad } from '../../hooks.ts';
import { hasKey, useI18n, type TFunction } from '../../i18n/index.tsx';
import { report, type CodeLabel, type FinalReport, type InvestigationCodes } from '../../report-api.ts';
import { hrefFor } from '../../router.ts';
import { CourtSection } from './Court.tsx';
import { casePersonName, codeName, useFirPersons, type StepProps } from './report-common.ts';

/** A report awaiting review is a warning; a returned one a failure. */
const STATUS_BADGE: Record<FinalReport['status'], string> = { submitted: 'badge-warning', returned: 'badge-failure', approved: 'badge-success', filed: 'badge-success' };

type Dialog = 'crime' | 'final' | 'victim' | 'forensic' | { review: FinalReport } | null;

/**
 * The end of the investigation on the case file: crime details (IIF-2) with "cases like this one",
 * the final report (IIF-5) with its review, the progress told to the victim, the forensic visit,
 * and the court (IIF-6, IIF-7). The server decides who may do what: a step is offered to those
 * the case file's `may` (and the reader's role) allow, and a refusal shows the server's sentence.
 */
export function CaseReport({ user, file, onChange }: { user: SessionUser; file: CaseFile; onChange: (next: CaseFile, message: string) => void }) {
  const { t, lang } = useI18n();
  const codes = useLoad(() => report.codes(file.investigatingUnit.code), [file.investigatingUnit.code]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const c = codes.data;

  function open(d: Exclude<Dialog, null>) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setDialog(d);
  }
  function close() {
    setDialog(null);
    window.setTimeout(() => returnFocus.current?.focus(), 0);
  }
  const step = { file, onClose: close, onDone: (next: CaseFile, message: string) => (onChange(next, message), close()) };
  const pending = file.finalReports.find((r) => r.status === 'submitted');
  // The role may file final reports; the server still refuses anyone but the case's IO (and audits it).
  const mayFile = file.may.act || can(user, 'case.act');

  return (
    <>
      <ErrorMessage message={codes.error} />
      <section className="card card-spaced" aria-labelledby="case-crime" data-testid="crime-details">
        <div className="section-head-row">
          <h2 id="case-crime">{t('report.crime.title')}</h2>
          {file.may.act && c ? (
            <button type="button" className="btn btn-secondary" data-testid="crime-details-edit" onClick={() => open('crime')}>
              {file.crimeDetails ? t('report.crime.edit') : t('report.crime.record')}
            </button>
          ) : null}
        </div>
        {file.crimeDetails && c ? <CrimeDetailsView file={file} codes={c} /> : <p className="muted">{t('report.crime.none')}</p>}
        {file.crimeDetails ? <SimilarCasesList firId={file.firId} version={file.crimeDetails.version} /> : null}
      </section>

      <section className="card card-spaced" aria-labelledby="case-final" data-testid="final-reports">
        <div className="section-head-row">
          <h2 id="case-final">{t('report.final.title')}</h2>
          {mayFile && c && !pending ? (
            <button type="button" className="btn btn-primary" data-testid="final-report-file" onClick={() => open('final')}>
              {t('report.final.file')}
            </button>
          ) : null}
        </div>
        {!file.may.act && mayFile ? <p className="muted">{t('report.final.onlyIo')}</p> : null}
        {file.finalReports.length === 0 ? <p className="muted">{t('report.final.none')}</p> : null}
        {c
          ? file.finalReports.map((r) => (
              <FinalReportView
                key={r.id}
                file={file}
                report={r}
                codes={c}
                review={r.status === 'submitted' && can(user, 'case.supervise') && r.submittedBy.id !== user.id ? () => open({ review: r }) : null}
              />
            ))
          : null}
      </section>

      <section className="card card-spaced" aria-labelledby="case-steps" data-testid="case-steps">
        <h2 id="case-steps">{t('report.steps.title')}</h2>
        <h3>{t('report.victim.title')}</h3>
        <p className="muted">{t('report.victim.hint')}</p>
        {file.victimInformed.length ? (
          <ul data-testid="victim-informed">
            {file.victimInformed.map((v, i) => (
              <li key={i}>
                {formatDateTime(v.at, lang)} · {t(`report.means.${v.means}`)}
                {v.person ? ` · ${casePersonName(t, v.person)}` : ''} · {v.recordedBy.name}
                {v.note ? <p className="pre-wrap">{v.note}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('report.victim.none')}</p>
        )}
        {file.may.act ? (
          <button type="button" className="btn btn-secondary" data-testid="victim-progress-add" onClick={() => open('victim')}>
            {t('report.victim.add')}
          </button>
        ) : null}
        <h3>{t('report.forensic.title')}</h3>
        <p className="muted">{t('report.forensic.hint')}</p>
        {file.forensicVisits.length ? (
          <ul data-testid="forensic-visits">
            {file.forensicVisits.map((v, i) => (
              <li key={i}>
                {formatDateTime(v.at, lang)} · {v.team} · {v.recordedBy.name}
                {v.videoSha256 ? (
                  <>
                    {' '}
                    · <code className="hash">{v.videoSha256}</code>
                  </>
                ) : null}
                {v.note ? <p className="pre-wrap">{v.note}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('report.forensic.none')}</p>
        )}
        {file.may.act ? (
          <button type="button" className="btn btn-secondary" data-testid="forensic-visit-add" onClick={() => open('forensic')}>
            {t('report.forensic.add')}
          </button>
        ) : null}
      </section>

      {c ? <CourtSection file={file} codes={c} mayRecord={file.may.act || file.may.assign} onChange={onChange} /> : null}

      {c && dialog === 'crime' ? <CrimeDetailsDialog {...step} codes={c} /> : null}
      {c && dialog === 'final' ? <FinalReportDialog {...step} codes={c} /> : null}
      {c && dialog === 'victim' ? <VictimProgressDialog {...step} codes={c} /> : null}
      {c && dialog === 'forensic' ? <ForensicVisitDialog {...step} codes={c} /> : null}
      {c && dialog && typeof dialog === 'object' ? <ReviewDialog {...step} codes={c} report={dialog.review} /> : null}
    </>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function PrintLinks({ href, name, testId }: { href: (lang: 'en' | 'hi') => string; name: string; testId: string }) {
  const { t } = useI18n();
  return (
    <p className="head-actions">
      <a className="btn btn-secondary" href={href('en')} download={`${name}-en.pdf`} data-testid={`${testId}-en`}>
        <span className="icon-download" aria-hidden="true" />
        {t('report.printEn')}
      </a>
      <a className="btn btn-secondary" lang="hi" href={href('hi')} download={`${name}-hi.pdf`} data-testid={`${testId}-hi`}>
        <span className="icon-download" aria-hidden="true" />
        {t('report.printHi')}
      </a>
    </p>
  );
}

function CrimeDetailsView({ file, codes }: { file: CaseFile; codes: InvestigationCodes }) {
  const { t, lang } = useI18n();
  const d = file.crimeDetails!;
  const mo = codes.moGroups.flatMap((g) => g.codes);
  return (
    <>
      <Facts
        items={[
          [t('report.crime.head'), `${d.crimeHead}${d.crimeSubHead ? ` — ${d.crimeSubHead}` : ''}`],
          [t('report.crime.placeType'), codeName(codes.placeTypes, d.placeType, lang)],
          [t('report.crime.motive'), d.motive ? codeName(codes.motives, d.motive, lang) : t('common.none')],
          [t('report.crime.mo'), <span data-testid="crime-mo">{d.moCodes.map((m) => codeName(mo, m, lang)).join('; ')}</span>],
          [t('report.crime.value'), formatRupees(d.totalValue, lang)],
          [t('report.recordedBy'), `${d.recordedBy.name}, ${formatDateTime(d.recordedAt, lang)} (${t('report.crime.version', { no: d.version })})`],
        ]}
      />
      {d.properties.length ? (
        <ul>
          {d.properties.map((p, i) => (
            <li key={i}>
              {p.description}
              {p.quantity ? ` × ${p.quantity}` : ''}
              {p.value !== null ? ` · ${formatRupees(p.value, lang)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {d.remarks ? <p className="pre-wrap">{d.remarks}</p> : null}
      <PrintLinks href={(l) => report.crimeDetailsPdfUrl(file.firId, l)} name="IIF-2" testId="crime-print" />
    </>
  );
}

function SimilarCasesList({ firId, version }: { firId: string; version: number }) {
  const { t } = useI18n();
  const similar = useLoad(() => report.similar(firId), [firId, version]);
  return (
    <>
      <h3>{t('report.similar.title')}</h3>
      <p className="muted">{t('report.similar.hint')}</p>
      <ErrorMessage message={similar.error} />
      {similar.data ? (
        similar.data.cases.length ? (
          <ol data-testid="similar-cases">
            {similar.data.cases.map((s) => (
              <li key={s.fir.id}>
                <a href={hrefFor('fir', s.fir.id)}>{s.fir.number}</a> · {t('report.similar.score', { score: Math.round(s.score * 100) })}
                {s.distanceKm !== null ? ` · ${t('report.similar.km', { km: s.distanceKm.toFixed(1) })}` : ''}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('report.similar.none')}</p>
        )
      ) : null}
    </>
  );
}

function FinalReportView({ file, report: r, codes, review }: { file: CaseFile; report: FinalReport; codes: InvestigationCodes; review: (() => void) | null }) {
  const { t, lang } = useI18n();
  return (
    <article className="final-report" data-testid={`final-report-${r.reportNo}`}>
      <h3>
        {t('report.final.numbered', { no: r.reportNo })}: {lang === 'hi' ? r.kind.label.hi : r.kind.label.en}
      </h3>
      <p>
        <span className={`badge ${STATUS_BADGE[r.status]}`} data-testid="final-report-status">
          {t(`report.status.${r.status}`)}
        </span>
        {r.reviewLevel && r.status === 'submitted' ? <span className="muted"> · {t('report.final.awaiting')}</span> : null}
      </p>
      <Facts
        items={[
          [t('report.final.court'), lang === 'hi' ? r.court.nameHi : r.court.nameEn],
          [t('report.final.sections'), r.sections.map(sectionLabel).join(', ') || t('common.none')],
          [
            t('report.final.accused'),
            r.accused
              .map((a) => `${a.code ? `${a.code} ` : ''}${casePersonName(t, a.person)} (${codeName(codes.accusedStatuses, a.status, lang)}${a.charged ? `, ${t('report.final.charged')}` : ''})`)
              .join('; ') || t('common.none'),
          ],
          [t('report.final.witnesses'), r.witnesses.map((w) => casePersonName(t, w)).join('; ') || t('common.none')],
          [t('report.submittedBy'), `${r.submittedBy.name}, ${formatDateTime(r.submittedAt, lang)}`],
          ...(r.filedAt ? [[t('report.final.filedAt'), formatDateTime(r.filedAt, lang)] as [string, ReactNode]] : []),
          ...(r.review
            ? [[t('report.final.review'), `${t(`report.status.${r.review.decision}`)} — ${r.review.by.name}${r.review.remarks ? `: ${r.review.remarks}` : ''}`] as [string, ReactNode]]
            : []),
        ]}
      />
      {r.reason ? <p className="pre-wrap">{r.reason}</p> : null}
      {r.exhibits.length ? (
        <>
          <h4>{t('report.final.exhibits')}</h4>
          <ul data-testid="exhibits">
            {r.exhibits.map((x) => (
              <li key={x.itemId}>
                {x.exhibitNo} — {x.description}
                {x.sealNo ? ` (${t('property.seal')} ${x.sealNo})` : ''} — {placeName(t, x.place)}
                {x.destination ? `, ${x.destination}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.deviceCustody.length ? (
        <>
          <h4>{t('report.final.devices')}</h4>
          <ol data-testid="device-custody">
            {r.deviceCustody.map((d, i) => (
              <li key={i}>
                {d.device}: {d.from} → {d.to}
                {d.destination ? ` (${d.destination})` : ''}, {formatDateTime(d.at, lang)}
                {d.sealNo ? ` — ${t('property.seal')} ${d.sealNo}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {review ? (
        <button type="button" className="btn btn-primary" data-testid="final-report-review" onClick={review}>
          {t('report.review.title')}
        </button>
      ) : null}
      <PrintLinks href={(l) => report.finalReportPdfUrl(file.firId, l, r.reportNo)} name={`IIF-5-${r.reportNo}`} testId={`final-report-print-${r.reportNo}`} />
    </article>
  );
}

/** Where a property-room item is, in the language shown. */
function placeName(t: TFunction, place: string): string {
  return hasKey(`custodyPlace.${place}`) ? t(`custodyPlace.${place}`) : place;
}

/** Lines of "description | extra" typed one per line, for the free lists of a form. */
function lines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split('|').map((p) => p.trim()));
}

function CrimeDetailsDialog({ file, codes, onClose, onDone }: StepProps) {
  const { t, lang } = useI18n();
  const d = file.crimeDetails;
  const [head, setHead] = useState(d?.crimeHead ?? file.crimeHead ?? '');
  const [subHead, setSubHead] = useState(d?.crimeSubHead ?? '');
  const [placeType, setPlaceType] = useState(d?.placeType ?? '');
  const [motive, setMotive] = useState(d?.motive ?? '');
  const [mo, setMo] = useState<Set<string>>(new Set(d?.moCodes ?? []));
  const [props, setProps] = useState((d?.properties ?? []).map((p) => [p.description, p.value ?? ''].join(' | ')).join('\n'));
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const label = (e: CodeLabel) => (lang === 'hi' ? e.hi : e.en);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!placeType) found['placeType'] = t('form.required');
    if (mo.size === 0) found['moCodes'] = t('report.crime.moRequired');
    const properties = lines(props).map(([description, value]) => ({ description: description!, ...(value ? { value: Number(value.replace(/[,₹\s]/g, '')) } : {}) }));
    properties.forEach((p, i) => {
      if (p.value !== undefined && !Number.isFinite(p.value)) found[`properties.${i}.value`] = t('report.crime.valueInvalid');
    });
    if (refuse(found)) return;
    await attempt(async () => {
      const next = await report.crimeDetails(file.firId, {
        ...(head.trim() ? { crimeHead: head.trim() } : {}),
        ...(subHead.trim() ? { crimeSubHead: subHead.trim() } : {}),
        placeType,
        ...(motive ? { motive } : {}),
        moCodes: [...mo],
        properties,
      });
      onDone(next, t('report.crime.saved'));
    });
  }

  return (
    <Modal title={t('report.crime.title')} onClose={onClose}>
      <p className="muted">{t('report.crime.intro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="crime-details-form">
        <TextField
          id={fieldId('crimeHead')}
          label={t('report.crime.head')}
          hint={t('report.crime.headHint')}
          value={head}
          onChange={(e) => setHead(e.target.value)}
          error={fe('crimeHead', t('report.crime.head'))}
          autoFocus
        />
        <TextField id={fieldId('crimeSubHead')} label={t('report.crime.subHead')} value={subHead} onChange={(e) => setSubHead(e.target.value)} error={fe('crimeSubHead', t('report.crime.subHead'))} />
        <SelectField
          id={fieldId('placeType')}
          label={t('report.crime.placeType')}
          value={placeType}
          onChange={(e) => setPlaceType(e.target.value)}
          error={fe('placeType', t('report.crime.placeType'))}
          required
        >
          <option value="">{t('report.choose')}</option>
          {codes.placeTypes.map((p) => (
            <option key={p.code} value={p.code}>
              {label(p)}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId('motive')} label={t('report.crime.motive')} value={motive} onChange={(e) => setMotive(e.target.value)} error={fe('motive', t('report.crime.motive'))}>
          <option value="">{t('report.notKnown')}</option>
          {codes.motives.map((p) => (
            <option key={p.code} value={p.code}>
              {label(p)}
            </option>
          ))}
        </SelectField>
        <fieldset id={fieldId('moCodes')} tabIndex={-1} className="form-stack" aria-describedby="mo-hint">
          <legend>{t('report.crime.mo')}</legend>
          <p id="mo-hint" className="muted">
            {t('report.crime.moHint')}
          </p>
          {fe('moCodes', t('report.crime.mo')) ? <p className="field-error">{fe('moCodes', t('report.crime.mo'))}</p> : null}
          {codes.moGroups.map((g) => (
            <fieldset key={g.code} className="checks">
              <legend>{label(g)}</legend>
              {g.codes.map((m) => (
                <label key={m.code} className="checkbox">
                  <input
                    type="checkbox"
                    value={m.code}
                    data-testid={`mo-${m.code}`}
                    checked={mo.has(m.code)}
                    onChange={(e) =>
                      setMo((s) => {
                        const n = new Set(s);
                        if (e.target.checked) n.add(m.code);
                        else n.delete(m.code);
                        return n;
                      })
                    }
                  />{' '}
                  {label(m)}
                </label>
              ))}
            </fieldset>
          ))}
        </fieldset>
        <TextAreaField
          id={fieldId('properties')}
          label={t('report.crime.properties')}
          hint={t('report.crime.propertiesHint')}
          rows={3}
          value={props}
          onChange={(e) => setProps(e.target.value)}
          error={fe('properties', t('report.crime.properties'))}
        />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/**
 * An accused as the report names them: by person, or by accused code when the person is withheld
 * from the reader (the name is never shown, nor sent back). `custody` is the custody record's status.
 */
interface AccusedDraft {
  key: string;
  ref: { personId: string } | { code: string };
  label: string;
  custody: string;
  status: string;
  charged: boolean;
}

/** The accused of the case from its custody record, each with the first report status that agrees with it. */
function accusedDrafts(t: TFunction, file: CaseFile, codes: InvestigationCodes): { drafts: AccusedDraft[]; unnamed: number } {
  const drafts: AccusedDraft[] = [];
  let unnamed = 0;
  for (const a of file.accused) {
    const first = codes.accusedStatuses.find((s) => s.custody.includes(a.status));
    const base = { custody: a.status, status: first?.code ?? '', charged: first?.sentUp ?? true };
    if (!a.person.masked) drafts.push({ ...base, key: a.person.id, ref: { personId: a.person.id }, label: a.code ? `${a.code} ${a.person.name}` : a.person.name });
    else if (a.code) drafts.push({ ...base, key: a.code, ref: { code: a.code }, label: t('report.final.accusedCoded', { code: a.code }) });
    else unnamed += 1;
  }
  return { drafts, unnamed };
}

function FinalReportDialog({ file, codes, onClose, onDone }: StepProps) {
  const { t, lang } = useI18n();
  const persons = useFirPersons(file.firId);
  const [kind, setKind] = useState('');
  const [reason, setReason] = useState('');
  const [accused, setAccused] = useState<AccusedDraft[] | null>(null);
  const [witnesses, setWitnesses] = useState<Set<string>>(new Set());
  const [sections, setSections] = useState(file.sections.map(sectionLabel).join(', '));
  const [documents, setDocuments] = useState('');
  const [exhibits, setExhibits] = useState<Set<string>>(new Set());
  const [medical, setMedical] = useState('');
  const [court, setCourt] = useState('');
  const [summaryText, setSummaryText] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const k = codes.finalReportKinds.find((x) => x.code === kind);
  const fromRecord = accusedDrafts(t, file, codes);
  const accusedList: AccusedDraft[] = accused ?? fromRecord.drafts;
  const others = persons.filter((p) => p.role !== 'accused');
  const sexualOffence = file.sections.some((s) => s.act === 'BNS' && /^(6[4-9]|7[01])\b/.test(s.section));
  const change = (i: number, patch: Partial<AccusedDraft>) => setAccused(accusedList.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!kind) found['kind'] = t('form.required');
    if (k?.needsReason && !reason.trim()) found['reason'] = t('form.required');
    if (!court) found['courtCode'] = t('form.required');
    accusedList.forEach((a, i) => {
      if (!a.status) found[`accused.${i}.status`] = t('form.required');
    });
    if (refuse(found)) return;
    const charged = sections
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [act, ...rest] = s.split(/\s+/);
        return { act: act!, section: rest.join(' ') };
      });
    await attempt(async () => {
      const next = await report.finalReport(file.firId, {
        kind,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        accused: accusedList.map((a) => ({ ...a.ref, status: a.status, charged: a.charged })),
        witnesses: [...witnesses],
        sections: charged,
        documents: lines(documents).map(([description, pages]) => ({ description: description!, ...(pages && /^\d+$/.test(pages) ? { pages: Number(pages) } : {}) })),
        exhibits: file.property.filter((x) => exhibits.has(x.id)).map((x) => ({ itemId: x.id })),
        ...(medical ? { medicalReportAttached: medical === 'yes' } : {}),
        courtCode: court,
        ...(summaryText.trim() ? { summary: summaryText.trim() } : {}),
      });
      onDone(next, t('report.final.submitted'));
    });
  }

  return (
    <Modal title={t('report.final.file')} onClose={onClose}>
      <p className="muted">{t('report.final.intro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="final-report-form">
        <SelectField id={fieldId('kind')} label={t('report.final.kind')} value={kind} onChange={(e) => setKind(e.target.value)} error={fe('kind', t('report.final.kind'))} required autoFocus>
          <option value="">{t('report.choose')}</option>
          {codes.finalReportKinds.map((x) => (
            <option key={x.code} value={x.code}>
              {lang === 'hi' ? x.hi : x.en}
            </option>
          ))}
        </SelectField>
        {k?.needsReason || k?.kind === 'closure' ? (
          <TextAreaField
            id={fieldId('reason')}
            label={t('report.final.reason')}
            rows={3}
            dir="auto"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fe('reason', t('report.final.reason'))}
            required={k.needsReason}
          />
        ) : null}
        <fieldset className="form-stack">
          <legend>{t('report.final.accused')}</legend>
          {accusedList.length === 0 && !fromRecord.unnamed ? <p className="muted">{t('report.final.noAccused')}</p> : null}
          {fromRecord.unnamed ? <p className="muted">{t('report.final.withheldNoCode', { count: fromRecord.unnamed })}</p> : null}
          {accusedList.map((a, i) => {
            // Only the statuses that agree with the custody record are offered: the server refuses any other.
            const agreeing = codes.accusedStatuses.filter((s) => s.custody.includes(a.custody));
            const sentUp = agreeing.find((s) => s.code === a.status)?.sentUp ?? true;
            return (
              <div key={a.key} className="statement" data-testid={`report-accused-${i}`}>
                <SelectField
                  id={fieldId(`accused.${i}.status`)}
                  label={t('report.final.accusedStatus', { name: a.label })}
                  hint={t('report.final.accusedStatusHint', { status: hasKey(`accusedStatus.${a.custody}`) ? t(`accusedStatus.${a.custody}`) : a.custody })}
                  value={a.status}
                  onChange={(e) => change(i, { status: e.target.value, ...(agreeing.find((s) => s.code === e.target.value)?.sentUp === false ? { charged: false } : {}) })}
                  error={fe(`accused.${i}.status`, a.label)}
                >
                  {agreeing.map((s) => (
                    <option key={s.code} value={s.code}>
                      {lang === 'hi' ? s.hi : s.en}
                    </option>
                  ))}
                </SelectField>
                <label className="checkbox">
                  <input type="checkbox" checked={a.charged && sentUp} disabled={!sentUp} onChange={(e) => change(i, { charged: e.target.checked })} /> {t('report.final.sentUp')}
                </label>
              </div>
            );
          })}
        </fieldset>
        <fieldset id={fieldId('witnesses')} tabIndex={-1} className="checks">
          <legend>{t('report.final.witnesses')}</legend>
          {others.length === 0 ? <p className="muted">{t('report.final.noWitnesses')}</p> : null}
          {others.map((p) => (
            <label key={p.id} className="checkbox">
              <input
                type="checkbox"
                data-testid={`witness-${p.id}`}
                checked={witnesses.has(p.id)}
                onChange={(e) =>
                  setWitnesses((s) => {
                    const n = new Set(s);
                    if (e.target.checked) n.add(p.id);
                    else n.delete(p.id);
                    return n;
                  })
                }
              />{' '}
              {p.name}
              {p.role ? ` (${t(`personRole.${p.role}`)})` : ''}
            </label>
          ))}
        </fieldset>
        <TextField
          id={fieldId('sections')}
          label={t('report.final.sections')}
          hint={t('report.final.sectionsHint')}
          value={sections}
          onChange={(e) => setSections(e.target.value)}
          error={fe('sections', t('report.final.sections'))}
        />
        <TextAreaField
          id={fieldId('documents')}
          label={t('report.final.documents')}
          hint={t('report.final.documentsHint')}
          rows={2}
          value={documents}
          onChange={(e) => setDocuments(e.target.value)}
          error={fe('documents', t('report.final.documents'))}
        />
        <fieldset id={fieldId('exhibits')} tabIndex={-1} className="checks">
          <legend>{t('report.final.exhibits')}</legend>
          <p className="muted">{t('report.final.exhibitsHint')}</p>
          {file.property.length === 0 ? <p className="muted">{t('report.final.noItems')}</p> : null}
          {file.property.map((x, i) => (
            <label key={x.id} className="checkbox">
              <input
                type="checkbox"
                id={fieldId(`exhibits.${i}.itemId`)}
                data-testid={`exhibit-${x.id}`}
                checked={exhibits.has(x.id)}
                disabled={x.final}
                onChange={(e) =>
                  setExhibits((l) => {
                    const n = new Set(l);
                    if (e.target.checked) n.add(x.id);
                    else n.delete(x.id);
                    return n;
                  })
                }
              />{' '}
              {x.number} — {x.description}
              {x.sealNo ? ` (${t('property.seal')} ${x.sealNo})` : ''} — {placeName(t, x.place)}
              {x.final ? ` · ${t('report.final.itemGone')}` : ''}
            </label>
          ))}
          {errors['exhibits'] ? <p className="field-error">{fe('exhibits', t('report.final.exhibits'))}</p> : null}
        </fieldset>
        <p className="muted" data-testid="device-custody-note">
          <strong>{t('report.final.devices')}:</strong> {t('report.final.devicesHint')}
        </p>
        {sexualOffence ? (
          <SelectField
            id={fieldId('medicalReportAttached')}
            label={t('report.final.medical')}
            hint={t('report.final.medicalHint')}
            value={medical}
            onChange={(e) => setMedical(e.target.value)}
            error={fe('medicalReportAttached', t('report.final.medical'))}
          >
            <option value="">{t('report.choose')}</option>
            <option value="yes">{t('common.yes')}</option>
            <option value="no">{t('common.no')}</option>
          </SelectField>
        ) : null}
        <SelectField id={fieldId('courtCode')} label={t('report.final.court')} value={court} onChange={(e) => setCourt(e.target.value)} error={fe('courtCode', t('report.final.court'))} required>
          <option value="">{t('report.choose')}</option>
          {codes.courts
            .filter((x) => x.level !== 'high_court')
            .map((x) => (
              <option key={x.code} value={x.code}>
                {lang === 'hi' ? x.nameHi : x.nameEn}
              </option>
            ))}
        </SelectField>
        <TextAreaField
          id={fieldId('summary')}
          label={t('report.final.summary')}
          rows={4}
          dir="auto"
          value={summaryText}
          onChange={(e) => setSummaryText(e.target.value)}
          error={fe('summary', t('report.final.summary'))}
        />
        <FormActions busy={busy} submit={t('report.final.submit')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function ReviewDialog({ file, report: r, onClose, onDone }: StepProps & { report: FinalReport }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'approved' | 'returned' | ''>('');
  const [remarks, setRemarks] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!decision) found['decision'] = t('form.required');
    if (decision === 'returned' && !remarks.trim()) found['remarks'] = t('report.review.remarksRequired');
    if (refuse(found)) return;
    await attempt(async () =>
      onDone(await report.review(file.firId, r.id, { decision: decision as 'approved' | 'returned', ...(remarks.trim() ? { remarks: remarks.trim() } : {}) }), t(`report.decision.${decision}`)),
    );
  }

  return (
    <Modal title={t('report.review.title')} onClose={onClose}>
      <p className="muted">{t('report.review.intro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="review-form">
        <SelectField
          id={fieldId('decision')}
          label={t('report.review.decision')}
          value={decision}
          onChange={(e) => setDecision(e.target.value as typeof decision)}
          error={fe('decision', t('report.review.decision'))}
          required
          autoFocus
        >
          <option value="">{t('report.choose')}</option>
          <option value="approved">{t('report.review.approve')}</option>
          <option value="returned">{t('report.review.return')}</option>
        </SelectField>
        <TextAreaField
          id={fieldId('remarks')}
          label={t('report.review.remarks')}
          rows={3}
          dir="auto"
          value={remarks}
          onChange={(e) => setRemarks(e.target.value)}
          error={fe('remarks', t('report.review.remarks'))}
        />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

const MEANS = ['sms', 'letter', 'in_person', 'electronic'] as const;

function VictimProgressDialog({ file, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const persons = useFirPersons(file.firId).filter((p) => p.role !== 'accused');
  const [at, setAt] = useState('');
  const [means, setMeans] = useState('');
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const informedAt = fromIstInput(at);
    if (!informedAt) found['informedAt'] = t('form.required');
    if (!means) found['means'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () =>
      onDone(
        await report.victimProgress(file.firId, {
          informedAt: informedAt!,
          means: means as (typeof MEANS)[number],
          ...(person ? { personId: person } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
        t('report.victim.saved'),
      ),
    );
  }

  return (
    <Modal title={t('report.victim.add')} onClose={onClose}>
      <p className="muted">{t('report.victim.hint')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="victim-progress-form">
        <DateTimeField path="informedAt" label={t('report.victim.when')} value={at} onChange={setAt} error={fe('informedAt', t('report.victim.when'))} required autoFocus />
        <SelectField id={fieldId('means')} label={t('report.victim.means')} value={means} onChange={(e) => setMeans(e.target.value)} error={fe('means', t('report.victim.means'))} required>
          <option value="">{t('report.choose')}</option>
          {MEANS.map((m) => (
            <option key={m} value={m}>
              {t(`report.means.${m}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId('personId')} label={t('report.victim.person')} value={person} onChange={(e) => setPerson(e.target.value)} error={fe('personId', t('report.victim.person'))}>
          <option value="">{t('report.victim.informant')}</option>
          {persons.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextAreaField id={fieldId('note')} label={t('report.note')} rows={2} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} error={fe('note', t('report.note'))} />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function ForensicVisitDialog({ file, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const [at, setAt] = useState('');
  const [team, setTeam] = useState('');
  const [hash, setHash] = useState('');
  const [note, setNote] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const visitedAt = fromIstInput(at);
    if (!visitedAt) found['visitedAt'] = t('form.required');
    if (!team.trim()) found['team'] = t('form.required');
    if (hash.trim() && !/^[0-9a-fA-F]{64}$/.test(hash.trim())) found['videoSha256'] = t('report.forensic.hashInvalid');
    if (refuse(found)) return;
    await attempt(async () =>
      onDone(
        await report.forensicVisit(file.firId, { visitedAt: visitedAt!, team: team.trim(), ...(hash.trim() ? { videoSha256: hash.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) }),
        t('report.forensic.saved'),
      ),
    );
  }

  return (
    <Modal title={t('report.forensic.add')} onClose={onClose}>
      <p className="muted">{t('report.forensic.hint')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="forensic-visit-form">
        <DateTimeField path="visitedAt" label={t('report.forensic.when')} value={at} onChange={setAt} error={fe('visitedAt', t('report.forensic.when'))} required autoFocus />
        <TextField id={fieldId('team')} label={t('report.forensic.team')} value={team} onChange={(e) => setTeam(e.target.value)} error={fe('team', t('report.forensic.team'))} required />
        <TextField
          id={fieldId('videoSha256')}
          label={t('report.forensic.hash')}
          hint={t('report.forensic.hashHint')}
          value={hash}
          onChange={(e) => setHash(e.target.value)}
          error={fe('videoSha256', t('report.forensic.hash'))}
        />
        <TextAreaField id={fieldId('note')} label={t('report.note')} rows={2} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} error={fe('note', t('report.note'))} />
        <FormActions busy={busy} submit={t('report.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
