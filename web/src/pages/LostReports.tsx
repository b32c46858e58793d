import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { DateTimeField } from '../components/DateTimeField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { checkFirFacts, FirFactsFields, firFactsPayload, openRegisteredFir } from '../components/FirConversion.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload, type PersonDraft } from '../components/PersonForm.tsx';
import { SectionPicker, type PickedSection } from '../components/SectionPicker.tsx';
import { PathArea, PathDateTime, StepDialog, useDialogs, useStepForm } from '../components/StepDialog.tsx';
import { RegisterTable, StationStatusFilter, useStationRegister } from '../components/StationRegister.tsx';
import { errorsFor, fieldId, type FieldErrors, missing, useSubmission } from '../forms.ts';
import { formatDateTime, fromIstInput, toIstInput } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { ARTICLE_KINDS } from '../codes.ts';
import { lostProperty, needsOf, type LostReport } from '../lost-api.ts';
import { hrefFor, navigate } from '../router.ts';

type Article = LostReport['articles'][number];
type Person = LostReport['informant'];

/** An article's kind, description and what identifies it (IMEI, document number, vehicle numbers). */
export function ArticleLine({ a }: { a: Article }) {
  const { t } = useI18n();
  const ids = [a.mobilePhone ? `IMEI ${[a.mobilePhone.imei, a.mobilePhone.imei2].filter(Boolean).join(' / ')}` : '', a.document ? `${a.document.type} ${a.document.number}` : '']
    .filter(Boolean)
    .join('; ');
  return (
    <>
      <strong>{t(`articleKind.${a.kind}`)}</strong>: <span className="pre-wrap">{a.description}</span>
      {ids ? <span className="muted"> ({ids})</span> : null}
    </>
  );
}

export function personName(t: (k: string) => string, p: Person): string {
  if (!p) return '';
  return p.masked ? t('person.withheldShort') : p.name;
}

/** An article as the form holds it: one kind, and the fields its kind is identified by. */
export interface ArticleDraft {
  kind: string;
  description: string;
  imei: string;
  docType: string;
  docNumber: string;
  registration: string;
}
export const emptyArticle = (): ArticleDraft => ({ kind: 'mobile_phone', description: '', imei: '', docType: '', docNumber: '', registration: '' });

export function articlePayload(a: ArticleDraft) {
  const needs = needsOf(a.kind);
  return {
    kind: a.kind,
    description: a.description.trim(),
    ...(needs === 'mobilePhone' ? { mobilePhone: { imei: a.imei.trim() } } : {}),
    ...(needs === 'document' ? { document: { type: a.docType.trim(), number: a.docNumber.trim() } } : {}),
    ...(needs === 'vehicle' ? { vehicle: { registration: a.registration.trim() } } : {}),
  };
}

export function checkArticle(t: (k: string) => string, a: ArticleDraft, path: string, found: FieldErrors) {
  const needs = needsOf(a.kind);
  if (!a.description.trim()) found[`${path}.description`] = t('form.required');
  if (needs === 'mobilePhone' && !a.imei.trim()) found[`${path}.mobilePhone.imei`] = t('form.required');
  if (needs === 'document' && !a.docNumber.trim()) found[`${path}.document.number`] = t('form.required');
  if (needs === 'document' && !a.docType.trim()) found[`${path}.document.type`] = t('form.required');
  if (needs === 'vehicle' && !a.registration.trim()) found[`${path}.vehicle.registration`] = t('form.required');
}

/** The fields of one article: its kind decides which identify it. */
export function ArticleFields({ value, onChange, path, fe }: { value: ArticleDraft; onChange: (a: ArticleDraft) => void; path: string; fe: (p: string, l: string) => string | undefined }) {
  const { t } = useI18n();
  const needs = needsOf(value.kind);
  const set = (over: Partial<ArticleDraft>) => onChange({ ...value, ...over });
  return (
    <fieldset className="person-form">
      <legend>{t('lost.article')}</legend>
      <SelectField
        id={fieldId(`${path}.kind`)}
        name={`${path}.kind`}
        label={t('lost.kind')}
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value })}
        error={fe(`${path}.kind`, t('lost.kind'))}
      >
        {ARTICLE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`articleKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fieldId(`${path}.description`)}
        name={`${path}.description`}
        label={t('common.description')}
        required
        value={value.description}
        onChange={(e) => set({ description: e.target.value })}
        error={fe(`${path}.description`, t('common.description'))}
      />
      {needs === 'mobilePhone' ? (
        <TextField
          id={fieldId(`${path}.mobilePhone.imei`)}
          name={`${path}.mobilePhone.imei`}
          label={t('lost.imei')}
          hint={t('lost.imeiHint')}
          inputMode="numeric"
          required
          value={value.imei}
          onChange={(e) => set({ imei: e.target.value })}
          error={fe(`${path}.mobilePhone.imei`, t('lost.imei'))}
        />
      ) : null}
      {needs === 'vehicle' ? (
        <TextField
          id={fieldId(`${path}.vehicle.registration`)}
          name={`${path}.vehicle.registration`}
          label={t('lost.registration')}
          required
          value={value.registration}
          onChange={(e) => set({ registration: e.target.value })}
          error={fe(`${path}.vehicle.registration`, t('lost.registration'))}
        />
      ) : null}
      {needs === 'document' ? (
        <>
          <TextField
            id={fieldId(`${path}.document.type`)}
            name={`${path}.document.type`}
            label={t('lost.docType')}
            required
            value={value.docType}
            onChange={(e) => set({ docType: e.target.value })}
            error={fe(`${path}.document.type`, t('lost.docType'))}
          />
          <TextField
            id={fieldId(`${path}.document.number`)}
            name={`${path}.document.number`}
            label={t('lost.docNumber')}
            required
            value={value.docNumber}
            onChange={(e) => set({ docNumber: e.target.value })}
            error={fe(`${path}.document.number`, t('lost.docNumber'))}
          />
        </>
      ) : null}
    </fieldset>
  );
}

/**
 * Lost article reports of a station: the list by status, the form a citizen's report is entered
 * on, and one report with its acknowledgement in English and Hindi. The server decides who may
 * see and write (403 shown).
 */
export function LostReportsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const register = useStationRegister(user, query, 'lostReports', ['status']);
  const { own, station, id, href } = register;
  const { status } = register.filters;
  const list = useLoad(() => (station ? lostProperty.lostList(station, status) : Promise.resolve(null)), [station, status]);
  const canRegister = own && user.permissions.includes('record.register');

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('lost.title')}</h1>
        <p className="lead">{t('lost.intro')}</p>
      </div>
      <StationStatusFilter user={user} register={register} name="lost" statuses={['lost', 'found', 'converted']} statusLabel={(s) => t(`lost.status.${s}`)} />

      {id ? <LostRecord key={id} id={id} mayConvert={!!canRegister} /> : null}
      {canRegister ? <LostForm station={own} onDone={(r) => (list.reload(), navigate(href({ id: r.id })))} /> : null}

      <RegisterTable
        headingId="lost-list"
        title={t('lost.register')}
        error={list.error}
        rows={list.data ? list.data.lostReports.length : null}
        emptyText={t('lost.empty')}
        columns={[t('lost.number'), t('lost.reportedAt'), t('lost.informant'), t('lost.articles'), t('common.status')]}
        testId="lost-register"
      >
        {list.data?.lostReports.map((r) => (
          <tr key={r.id} aria-current={r.id === id ? 'true' : undefined}>
            <th scope="row">
              <a href={href({ id: r.id })}>{r.number}</a>
            </th>
            <td>{formatDateTime(r.reportedAt, lang)}</td>
            <td>{personName(t, r.informant)}</td>
            <td>
              {r.articles.map((a, i) => (
                <div key={i}>
                  <ArticleLine a={a} />
                </div>
              ))}
            </td>
            <td>{t(`lost.status.${r.status}`)}</td>
          </tr>
        ))}
      </RegisterTable>
    </>
  );
}

function LostForm({ station, onDone }: { station: string; onDone: (r: LostReport) => void }) {
  const { t } = useI18n();
  const [informant, setInformant] = useState<PersonDraft>(emptyPerson());
  const [lostAt, setLostAt] = useState('');
  const [lostPlace, setLostPlace] = useState('');
  const [article, setArticle] = useState<ArticleDraft>(emptyArticle());
  const [circumstances, setCircumstances] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    checkPerson(t, informant, 'informant', found);
    const at = lostAt ? fromIstInput(lostAt) : undefined;
    if (!at) found['lostAt'] = lostAt ? t('form.dateTimeInvalid') : t('form.required');
    if (!lostPlace.trim()) found['lostPlace'] = t('form.required');
    checkArticle(t, article, 'articles.0', found);
    if (refuse(found)) return;
    await attempt(async () => {
      const r = await lostProperty.reportLost({
        stationCode: station,
        informant: personPayload(informant),
        lostAt: at!,
        lostPlace: lostPlace.trim(),
        articles: [articlePayload(article)],
        ...(circumstances.trim() ? { circumstances: circumstances.trim() } : {}),
      });
      setInformant(emptyPerson());
      setLostAt('');
      setLostPlace('');
      setArticle(emptyArticle());
      setCircumstances('');
      onDone(r);
    });
  }

  return (
    <section className="card" aria-labelledby="lost-new">
      <h2 id="lost-new">{t('lost.new')}</h2>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack record-form" data-testid="lost-form">
        <PersonForm value={informant} onChange={setInformant} path="informant" fe={fe} legend={t('lost.informant')} brief />
        <DateTimeField path="lostAt" label={t('lost.lostAt')} value={lostAt} onChange={setLostAt} error={fe('lostAt', t('lost.lostAt'))} required />
        <TextField
          id={fieldId('lostPlace')}
          name="lostPlace"
          label={t('lost.lostPlace')}
          required
          value={lostPlace}
          onChange={(e) => setLostPlace(e.target.value)}
          error={fe('lostPlace', t('lost.lostPlace'))}
        />
        <ArticleFields value={article} onChange={setArticle} path="articles.0" fe={fe} />
        <TextAreaField
          id={fieldId('circumstances')}
          name="circumstances"
          label={t('lost.circumstances')}
          value={circumstances}
          onChange={(e) => setCircumstances(e.target.value)}
          error={fe('circumstances', t('lost.circumstances'))}
        />
        <FormActions busy={busy} submit={t('lost.submit')} />
      </form>
    </section>
  );
}

/**
 * One report: what was lost, where and when, its GD entry, its status, and the acknowledgement to
 * print; at its own station, while it is not yet an FIR, the conversion to one (the loss was a theft).
 */
function LostRecord({ id, mayConvert }: { id: string; mayConvert: boolean }) {
  const { t, lang } = useI18n();
  const { data, error } = useLoad(() => lostProperty.lost(id), [id]);
  const dialogs = useDialogs<'convert'>();
  return (
    <section className="card" aria-labelledby="lost-record" data-testid="lost-record">
      <h2 id="lost-record" tabIndex={-1}>
        {data ? data.number : t('common.loading')}
      </h2>
      <ErrorMessage message={error} />
      {data ? (
        <>
          <dl className="facts">
            <dt>{t('common.status')}</dt>
            <dd>{t(`lost.status.${data.status}`)}</dd>
            <dt>{t('lost.informant')}</dt>
            <dd>{personName(t, data.informant)}</dd>
            <dt>{t('lost.lostAt')}</dt>
            <dd>{formatDateTime(data.lostAt, lang)}</dd>
            <dt>{t('lost.lostPlace')}</dt>
            <dd className="pre-wrap">{data.lostPlace}</dd>
            {data.gdEntry ? (
              <>
                <dt>{t('lost.gdEntry')}</dt>
                <dd>
                  {data.gdEntry.entryNo} / {data.gdEntry.gdDate}
                </dd>
              </>
            ) : null}
            {data.fir ? (
              <>
                <dt>{t('lost.fir')}</dt>
                <dd>
                  <a href={hrefFor('fir', data.fir.id)}>{data.fir.number}</a>
                </dd>
              </>
            ) : null}
          </dl>
          <ul>
            {data.articles.map((a, i) => (
              <li key={i}>
                <ArticleLine a={a} />
              </li>
            ))}
          </ul>
          {data.circumstances ? <p className="pre-wrap">{data.circumstances}</p> : null}
          {data.foundProperty.length ? (
            <p>
              {t('lost.foundAs')}{' '}
              {data.foundProperty.map((f) => (
                <a key={f.id} href={hrefFor('foundProperty', null, { id: f.id })}>
                  {f.number}
                </a>
              ))}
            </p>
          ) : null}
          <div className="form-actions">
            <a className="btn btn-secondary" href={lostProperty.lostPdfUrl(data.id, 'en')} download data-testid="lost-pdf-en">
              {t('lost.pdfEn')}
            </a>
            <a className="btn btn-secondary" lang="hi" href={lostProperty.lostPdfUrl(data.id, 'hi')} download data-testid="lost-pdf-hi">
              {t('lost.pdfHi')}
            </a>
            {mayConvert && !data.fir ? (
              <button type="button" className="btn btn-secondary" onClick={() => dialogs.open('convert')} data-testid="lost-convert">
                {t('lost.convert')}
              </button>
            ) : null}
          </div>
          {dialogs.dialog === 'convert' ? <ConvertDialog report={data} onClose={dialogs.close} /> : null}
        </>
      ) : null}
    </section>
  );
}

/** An article as the FIR's stolen property: its words, and the handset or vehicle numbers that make it checkable as stolen. */
function stolenProperty(a: Article) {
  return {
    description: [a.description, a.document ? `${a.document.type} ${a.document.number}` : ''].filter(Boolean).join(' — '),
    ...(a.mobilePhone ? { mobilePhone: a.mobilePhone } : {}),
    ...(a.vehicle ? { vehicle: a.vehicle } : {}),
  };
}

/**
 * The loss turned out to be a theft: the FIR is registered from the report in one step, the
 * report's informant its complainant and its articles the stolen property (so a handset's IMEI
 * checks as stolen). The officer confirms when and where it happened, picks the sections and
 * completes the brief facts, prefilled from the report.
 */
function ConvertDialog({ report, onClose }: { report: LostReport; onClose: () => void }) {
  const { t } = useI18n();
  const form = useStepForm();
  const [v, setV] = useState({
    occurredFrom: toIstInput(report.lostAt),
    place: report.lostPlace,
    infoReceivedAt: '',
    briefFacts: [report.circumstances ?? '', ...report.articles.map((a) => `${t(`articleKind.${a.kind}`)}: ${a.description}`)].filter(Boolean).join('\n'),
  });
  const [sections, setSections] = useState<PickedSection[]>([]);
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  return (
    <StepDialog
      form={form}
      wide
      title={t('lost.convertTitle', { number: report.number })}
      intro={t('lost.convertIntro')}
      testId="lost-convert-form"
      labels={{
        'fir.occurredFrom': t('lost.convertOccurred'),
        'fir.place.address': t('lost.convertPlace'),
        'fir.sections': t('sections.label'),
        'fir.infoReceivedAt': t('lost.convertReceived'),
        'fir.briefFacts': t('fir.briefFacts'),
      }}
      submit={t('lost.convertSubmit')}
      check={() => {
        const found = { ...missing(t, { 'fir.place.address': v.place }), ...checkFirFacts(t, v) };
        if (!fromIstInput(v.occurredFrom)) found['fir.occurredFrom'] = v.occurredFrom ? t('form.dateTimeInvalid') : t('form.required');
        if (!sections.length) found['fir.sections'] = t('form.required');
        return found;
      }}
      send={async () => {
        const { fir } = await lostProperty.convertLost(report.id, {
          fir: {
            stationCode: report.stationCode,
            infoType: 'written',
            occurredFrom: fromIstInput(v.occurredFrom)!,
            place: { address: v.place.trim() },
            sections: sections.map((s) => ({ act: s.act, section: s.section })),
            properties: report.articles.map(stolenProperty),
            ...firFactsPayload(v),
          },
        });
        openRegisteredFir(fir.id);
      }}
      onClose={onClose}
    >
      <PathDateTime
        path="fir.occurredFrom"
        label={t('lost.convertOccurred')}
        hint={t('lost.convertOccurredHint')}
        required
        autoFocus
        value={v.occurredFrom}
        onChange={(occurredFrom) => set({ occurredFrom })}
      />
      <PathArea path="fir.place.address" label={t('lost.convertPlace')} rows={2} dir="auto" required value={v.place} onChange={(place) => set({ place })} />
      <SectionPicker
        path="fir.sections"
        label={t('sections.label')}
        hint={t('lost.convertSectionsHint')}
        value={sections}
        onChange={setSections}
        occurredAt={fromIstInput(v.occurredFrom)}
        fe={form.fe}
        required
      />
      <FirFactsFields t={t} value={v} onChange={set} receivedLabel={t('lost.convertReceived')} receivedHint={t('lost.convertReceivedHint')} factsHint={t('lost.convertFactsHint')} />
    </StepDialog>
  );
}
