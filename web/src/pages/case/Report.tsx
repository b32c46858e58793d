import { useState, type ReactNode } from 'react';
import type { SessionUser } from '../../api.ts';
import type { CaseFile } from '../../cases-api.ts';
import { ErrorMessage } from '../../components/Alert.tsx';
import { Options } from '../../components/Field.tsx';
import { GroupError, PathArea, PathDateTime, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { formatDateTime, formatRupees, fromIstInput, sectionLabel } from '../../format.ts';
import { fieldId, missing } from '../../forms.ts';
import { can, useLoad } from '../../hooks.ts';
import { hasKey, useI18n, type TFunction } from '../../i18n/index.tsx';
import { report, type FinalReport, type InvestigationCodes } from '../../report-api.ts';
import { hrefFor } from '../../router.ts';
import { CourtSection, CourtSelect } from './Court.tsx';
import { placeName } from './Property.tsx';
import { casePersonName, codeName, labelIn, toggled, useFirPersons, type StepProps } from './report-common.ts';

/** A report awaiting review is a warning; a returned one a failure. */
const STATUS_BADGE: Record<FinalReport['status'], string> = { submitted: 'badge-warning', returned: 'badge-failure', approved: 'badge-success', filed: 'badge-success' };

type Dialog = 'crime' | 'final' | 'victim' | 'forensic' | { review: FinalReport };

/**
 * The end of the investigation on the case file: crime details (IIF-2) with "cases like this one",
 * the final report (IIF-5) with its review, the progress told to the victim, the forensic visit,
 * and the court (IIF-6, IIF-7). The server decides who may do what: a step is offered to those
 * the case file's `may` (and the reader's role) allow, and a refusal shows the server's sentence.
 */
export function CaseReport({ user, file, onChange }: { user: SessionUser; file: CaseFile; onChange: (next: CaseFile, message: string) => void }) {
  const { t, lang } = useI18n();
  const codes = useLoad(() => report.codes(file.investigatingUnit.code), [file.investigatingUnit.code]);
  const { dialog, open, close } = useDialogs<Dialog>();
  const c = codes.data;
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
  const form = useStepForm();
  const label = labelIn(lang);
  const properties = lines(props).map(([description, value]) => ({ description: description!, ...(value ? { value: Number(value.replace(/[,₹\s]/g, '')) } : {}) }));

  function check() {
    const found = missing(t, { placeType });
    if (mo.size === 0) found['moCodes'] = t('report.crime.moRequired');
    properties.forEach((p, i) => {
      if (p.value !== undefined && !Number.isFinite(p.value)) found[`properties.${i}.value`] = t('report.crime.valueInvalid');
    });
    return found;
  }
  async function send() {
    const next = await report.crimeDetails(file.firId, {
      ...(head.trim() ? { crimeHead: head.trim() } : {}),
      ...(subHead.trim() ? { crimeSubHead: subHead.trim() } : {}),
      placeType,
      ...(motive ? { motive } : {}),
      moCodes: [...mo],
      properties,
    });
    onDone(next, t('report.crime.saved'));
  }

  return (
    <StepDialog form={form} title={t('report.crime.title')} intro={t('report.crime.intro')} testId="crime-details-form" submit={t('report.save')} onClose={onClose} check={check} send={send}>
      <PathText path="crimeHead" label={t('report.crime.head')} hint={t('report.crime.headHint')} value={head} onChange={setHead} autoFocus />
      <PathText path="crimeSubHead" label={t('report.crime.subHead')} value={subHead} onChange={setSubHead} />
      <PathSelect path="placeType" label={t('report.crime.placeType')} value={placeType} onChange={setPlaceType} required>
        <Options empty={t('report.choose')} items={codes.placeTypes} code={(p) => p.code} name={label} />
      </PathSelect>
      <PathSelect path="motive" label={t('report.crime.motive')} value={motive} onChange={setMotive}>
        <Options empty={t('report.notKnown')} items={codes.motives} code={(p) => p.code} name={label} />
      </PathSelect>
      <fieldset id={fieldId('moCodes')} tabIndex={-1} className="form-stack" aria-describedby="mo-hint">
        <legend>{t('report.crime.mo')}</legend>
        <p id="mo-hint" className="muted">
          {t('report.crime.moHint')}
        </p>
        <GroupError path="moCodes" label={t('report.crime.mo')} />
        {codes.moGroups.map((g) => (
          <fieldset key={g.code} className="checks">
            <legend>{label(g)}</legend>
            {g.codes.map((m) => (
              <label key={m.code} className="checkbox">
                <input type="checkbox" value={m.code} data-testid={`mo-${m.code}`} checked={mo.has(m.code)} onChange={(e) => setMo((s) => toggled(s, m.code, e.target.checked))} /> {label(m)}
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <PathArea path="properties" label={t('report.crime.properties')} hint={t('report.crime.propertiesHint')} rows={3} value={props} onChange={setProps} />
    </StepDialog>
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
  const form = useStepForm();
  const k = codes.finalReportKinds.find((x) => x.code === kind);
  const fromRecord = accusedDrafts(t, file, codes);
  const accusedList: AccusedDraft[] = accused ?? fromRecord.drafts;
  const others = persons.filter((p) => p.role !== 'accused');
  const sexualOffence = file.sections.some((s) => s.act === 'BNS' && /^(6[4-9]|7[01])\b/.test(s.section));
  const change = (i: number, patch: Partial<AccusedDraft>) => setAccused(accusedList.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  function check() {
    const found = missing(t, { kind, ...(k?.needsReason ? { reason } : {}), courtCode: court });
    accusedList.forEach((a, i) => {
      if (!a.status) found[`accused.${i}.status`] = t('form.required');
    });
    return found;
  }
  async function send() {
    const charged = sections
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [act, ...rest] = s.split(/\s+/);
        return { act: act!, section: rest.join(' ') };
      });
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
  }

  return (
    <StepDialog form={form} title={t('report.final.file')} intro={t('report.final.intro')} testId="final-report-form" submit={t('report.final.submit')} onClose={onClose} check={check} send={send}>
      <PathSelect path="kind" label={t('report.final.kind')} value={kind} onChange={setKind} required autoFocus>
        <Options empty={t('report.choose')} items={codes.finalReportKinds} code={(x) => x.code} name={labelIn(lang)} />
      </PathSelect>
      {k?.needsReason || k?.kind === 'closure' ? <PathArea path="reason" label={t('report.final.reason')} rows={3} dir="auto" value={reason} onChange={setReason} required={k.needsReason} /> : null}
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
              <PathSelect
                path={`accused.${i}.status`}
                label={t('report.final.accusedStatus', { name: a.label })}
                errorLabel={a.label}
                hint={t('report.final.accusedStatusHint', { status: hasKey(`accusedStatus.${a.custody}`) ? t(`accusedStatus.${a.custody}`) : a.custody })}
                value={a.status}
                onChange={(status) => change(i, { status, ...(agreeing.find((s) => s.code === status)?.sentUp === false ? { charged: false } : {}) })}
              >
                <Options items={agreeing} code={(s) => s.code} name={labelIn(lang)} />
              </PathSelect>
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
            <input type="checkbox" data-testid={`witness-${p.id}`} checked={witnesses.has(p.id)} onChange={(e) => setWitnesses((s) => toggled(s, p.id, e.target.checked))} /> {p.name}
            {p.role ? ` (${t(`personRole.${p.role}`)})` : ''}
          </label>
        ))}
      </fieldset>
      <PathText path="sections" label={t('report.final.sections')} hint={t('report.final.sectionsHint')} value={sections} onChange={setSections} />
      <PathArea path="documents" label={t('report.final.documents')} hint={t('report.final.documentsHint')} rows={2} value={documents} onChange={setDocuments} />
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
              onChange={(e) => setExhibits((l) => toggled(l, x.id, e.target.checked))}
            />{' '}
            {x.number} — {x.description}
            {x.sealNo ? ` (${t('property.seal')} ${x.sealNo})` : ''} — {placeName(t, x.place)}
            {x.final ? ` · ${t('report.final.itemGone')}` : ''}
          </label>
        ))}
        <GroupError path="exhibits" label={t('report.final.exhibits')} />
      </fieldset>
      <p className="muted" data-testid="device-custody-note">
        <strong>{t('report.final.devices')}:</strong> {t('report.final.devicesHint')}
      </p>
      {sexualOffence ? (
        <PathSelect path="medicalReportAttached" label={t('report.final.medical')} hint={t('report.final.medicalHint')} value={medical} onChange={setMedical}>
          <option value="">{t('report.choose')}</option>
          <option value="yes">{t('common.yes')}</option>
          <option value="no">{t('common.no')}</option>
        </PathSelect>
      ) : null}
      <CourtSelect courts={codes.courts} without="high_court" label={t('report.final.court')} value={court} onChange={setCourt} required />
      <PathArea path="summary" label={t('report.final.summary')} rows={4} dir="auto" value={summaryText} onChange={setSummaryText} />
    </StepDialog>
  );
}

function ReviewDialog({ file, report: r, onClose, onDone }: StepProps & { report: FinalReport }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'approved' | 'returned' | ''>('');
  const [remarks, setRemarks] = useState('');
  const form = useStepForm();

  function check() {
    const found = missing(t, { decision });
    if (decision === 'returned' && !remarks.trim()) found['remarks'] = t('report.review.remarksRequired');
    return found;
  }
  async function send() {
    const next = await report.review(file.firId, r.id, { decision: decision as 'approved' | 'returned', ...(remarks.trim() ? { remarks: remarks.trim() } : {}) });
    onDone(next, t(`report.decision.${decision}`));
  }

  return (
    <StepDialog form={form} title={t('report.review.title')} intro={t('report.review.intro')} testId="review-form" submit={t('report.save')} onClose={onClose} check={check} send={send}>
      <PathSelect path="decision" label={t('report.review.decision')} value={decision} onChange={(v) => setDecision(v as typeof decision)} required autoFocus>
        <option value="">{t('report.choose')}</option>
        <option value="approved">{t('report.review.approve')}</option>
        <option value="returned">{t('report.review.return')}</option>
      </PathSelect>
      <PathArea path="remarks" label={t('report.review.remarks')} rows={3} dir="auto" value={remarks} onChange={setRemarks} />
    </StepDialog>
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
  const form = useStepForm();
  const informedAt = fromIstInput(at);

  async function send() {
    const next = await report.victimProgress(file.firId, {
      informedAt: informedAt!,
      means: means as (typeof MEANS)[number],
      ...(person ? { personId: person } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    onDone(next, t('report.victim.saved'));
  }

  return (
    <StepDialog
      form={form}
      title={t('report.victim.add')}
      intro={t('report.victim.hint')}
      testId="victim-progress-form"
      submit={t('report.save')}
      onClose={onClose}
      check={() => missing(t, { informedAt, means })}
      send={send}
    >
      <PathDateTime path="informedAt" label={t('report.victim.when')} value={at} onChange={setAt} required autoFocus />
      <PathSelect path="means" label={t('report.victim.means')} value={means} onChange={setMeans} required>
        <Options empty={t('report.choose')} items={MEANS} code={(m) => m} name={(m) => t(`report.means.${m}`)} />
      </PathSelect>
      <PathSelect path="personId" label={t('report.victim.person')} value={person} onChange={setPerson}>
        <Options empty={t('report.victim.informant')} items={persons} code={(p) => p.id} name={(p) => p.name} />
      </PathSelect>
      <PathArea path="note" label={t('report.note')} rows={2} dir="auto" value={note} onChange={setNote} />
    </StepDialog>
  );
}

function ForensicVisitDialog({ file, onClose, onDone }: StepProps) {
  const { t } = useI18n();
  const [at, setAt] = useState('');
  const [team, setTeam] = useState('');
  const [hash, setHash] = useState('');
  const [note, setNote] = useState('');
  const form = useStepForm();
  const visitedAt = fromIstInput(at);

  function check() {
    const found = missing(t, { visitedAt, team });
    if (hash.trim() && !/^[0-9a-fA-F]{64}$/.test(hash.trim())) found['videoSha256'] = t('report.forensic.hashInvalid');
    return found;
  }
  async function send() {
    const next = await report.forensicVisit(file.firId, {
      visitedAt: visitedAt!,
      team: team.trim(),
      ...(hash.trim() ? { videoSha256: hash.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    onDone(next, t('report.forensic.saved'));
  }

  return (
    <StepDialog form={form} title={t('report.forensic.add')} intro={t('report.forensic.hint')} testId="forensic-visit-form" submit={t('report.save')} onClose={onClose} check={check} send={send}>
      <PathDateTime path="visitedAt" label={t('report.forensic.when')} value={at} onChange={setAt} required autoFocus />
      <PathText path="team" label={t('report.forensic.team')} value={team} onChange={setTeam} required />
      <PathText path="videoSha256" label={t('report.forensic.hash')} hint={t('report.forensic.hashHint')} value={hash} onChange={setHash} />
      <PathArea path="note" label={t('report.note')} rows={2} dir="auto" value={note} onChange={setNote} />
    </StepDialog>
  );
}
