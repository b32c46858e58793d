import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { ClockBadge } from '../components/Clocks.tsx';
import { DateTimeField } from '../components/DateTimeField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Options, SelectField, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload, type PersonDraft } from '../components/PersonForm.tsx';
import { RegisterTable, StationStatusFilter, useStationRegister } from '../components/StationRegister.tsx';
import { errorsFor, fieldId, type FieldErrors, useSubmission } from '../forms.ts';
import { formatDateTime, fromIstInput } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { lostProperty, type FoundProperty } from '../lost-api.ts';
import { navigate } from '../router.ts';
import { placeName } from './case/Property.tsx';
import { courtName, useMagistrates } from './registers/common.tsx';
import { ArticleFields, ArticleLine, articlePayload, checkArticle, emptyArticle, personName, type ArticleDraft } from './LostReports.tsx';

const GROUNDS = ['no_claimant', 'perishable', 'owner_benefit', 'low_value'] as const;
const ACTION_LABELS = { report: 'found.reportAction', claim: 'found.claimAction', dispose: 'found.disposeAction' } as const;

/**
 * The register of found and unclaimed property: entries by status, the form property found or
 * handed in is entered on, and one entry with its custody, the Magistrate's steps (report and
 * proclamation, the claim period's clock), its return to the owner with a receipt, or its disposal.
 */
export function FoundPropertyPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const register = useStationRegister(user, query, 'foundProperty', ['status']);
  const { own, station, id, href } = register;
  const { status } = register.filters;
  const list = useLoad(() => (station ? lostProperty.foundList(station, status) : Promise.resolve(null)), [station, status]);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('found.title')}</h1>
        <p className="lead">{t('found.intro')}</p>
      </div>
      <StationStatusFilter user={user} register={register} name="found" statuses={['unclaimed', 'returned', 'disposed']} statusLabel={(s) => t(`found.status.${s}`)} />

      {id ? <FoundRecord key={id} id={id} canAct={!!own && user.permissions.includes('record.amend')} onChange={list.reload} /> : null}
      {own && user.permissions.includes('record.register') ? <FoundForm station={own} onDone={(f) => (list.reload(), navigate(href({ id: f.id })))} /> : null}

      <RegisterTable
        headingId="found-list"
        title={t('found.register')}
        error={list.error}
        rows={list.data ? list.data.foundProperty.length : null}
        emptyText={t('found.empty')}
        columns={[t('lost.number'), t('found.foundAt'), t('lost.article'), t('propertyRoom.where'), t('common.status')]}
        testId="found-register"
      >
        {list.data?.foundProperty.map((f) => (
          <tr key={f.id} aria-current={f.id === id ? 'true' : undefined}>
            <th scope="row">
              <a href={href({ id: f.id })}>{f.number}</a>
            </th>
            <td>{formatDateTime(f.foundAt, lang)}</td>
            <td>
              <ArticleLine a={f.article} />
            </td>
            <td>{placeName(t, f.custody.place)}</td>
            <td>{t(`found.status.${f.status}`)}</td>
          </tr>
        ))}
      </RegisterTable>
    </>
  );
}

function FoundForm({ station, onDone }: { station: string; onDone: (f: FoundProperty) => void }) {
  const { t } = useI18n();
  const [article, setArticle] = useState<ArticleDraft>(emptyArticle());
  const [foundAt, setFoundAt] = useState('');
  const [foundPlace, setFoundPlace] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [handedIn, setHandedIn] = useState(false);
  const [finder, setFinder] = useState<PersonDraft>(emptyPerson());
  const [perishable, setPerishable] = useState(false);
  const [depositedBy, setDepositedBy] = useState('');
  const [receivedBy, setReceivedBy] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    checkArticle(t, article, 'article', found);
    const at = foundAt ? fromIstInput(foundAt) : undefined;
    if (!at) found['foundAt'] = foundAt ? t('form.dateTimeInvalid') : t('form.required');
    if (!foundPlace.trim()) found['foundPlace'] = t('form.required');
    const received = receivedAt ? fromIstInput(receivedAt) : undefined;
    if (receivedAt && !received) found['receivedAt'] = t('form.dateTimeInvalid');
    if (handedIn) checkPerson(t, finder, 'handedInBy', found);
    if (!depositedBy.trim()) found['depositedBy'] = t('form.required');
    if (!receivedBy.trim()) found['receivedBy'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      const f = await lostProperty.registerFound({
        stationCode: station,
        article: articlePayload(article),
        foundAt: at!,
        foundPlace: foundPlace.trim(),
        ...(received ? { receivedAt: received } : {}),
        ...(handedIn ? { handedInBy: personPayload(finder) } : {}),
        perishable,
        depositedBy: depositedBy.trim(),
        receivedBy: receivedBy.trim(),
      });
      setArticle(emptyArticle());
      setFoundAt('');
      setFoundPlace('');
      setFinder(emptyPerson());
      onDone(f);
    });
  }

  return (
    <section className="card" aria-labelledby="found-new">
      <h2 id="found-new">{t('found.new')}</h2>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack record-form" data-testid="found-form">
        <ArticleFields value={article} onChange={setArticle} path="article" fe={fe} />
        <DateTimeField path="foundAt" label={t('found.foundAt')} value={foundAt} onChange={setFoundAt} error={fe('foundAt', t('found.foundAt'))} required />
        <TextField
          id={fieldId('foundPlace')}
          name="foundPlace"
          label={t('found.foundPlace')}
          required
          value={foundPlace}
          onChange={(e) => setFoundPlace(e.target.value)}
          error={fe('foundPlace', t('found.foundPlace'))}
        />
        <DateTimeField path="receivedAt" label={t('found.receivedAt')} hint={t('found.receivedAtHint')} value={receivedAt} onChange={setReceivedAt} error={fe('receivedAt', t('found.receivedAt'))} />
        <label className="check">
          <input type="checkbox" checked={perishable} onChange={(e) => setPerishable(e.target.checked)} /> {t('found.perishable')}
        </label>
        <label className="check">
          <input type="checkbox" checked={handedIn} onChange={(e) => setHandedIn(e.target.checked)} /> {t('found.handedIn')}
        </label>
        {handedIn ? <PersonForm value={finder} onChange={setFinder} path="handedInBy" fe={fe} legend={t('found.handedInBy')} brief /> : null}
        <TextField
          id={fieldId('depositedBy')}
          name="depositedBy"
          label={t('found.depositedBy')}
          required
          value={depositedBy}
          onChange={(e) => setDepositedBy(e.target.value)}
          error={fe('depositedBy', t('found.depositedBy'))}
        />
        <TextField
          id={fieldId('receivedBy')}
          name="receivedBy"
          label={t('found.receivedBy')}
          required
          value={receivedBy}
          onChange={(e) => setReceivedBy(e.target.value)}
          error={fe('receivedBy', t('found.receivedBy'))}
        />
        <FormActions busy={busy} submit={t('found.submit')} />
      </form>
    </section>
  );
}

/** The Magistrate's court, picked from the courts of the station's district: never typed. */
function MagistrateField({ station, path, value, onChange, fe }: { station: string; path: string; value: string; onChange: (code: string) => void; fe: (p: string, l: string) => string | undefined }) {
  const { t, lang } = useI18n();
  const courts = useMagistrates(station);
  return (
    <SelectField
      id={fieldId(path)}
      name={path}
      label={t('found.court')}
      hint={t('found.courtHint')}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={fe(path, t('found.court'))}
    >
      <Options empty={t('common.choose')} items={courts} code={(c) => c.code} name={(c) => courtName(c, lang)} />
    </SelectField>
  );
}

/** The Magistrate's order fields every return and disposal carries. */
function OrderFields({
  station,
  order,
  setOrder,
  fe,
}: {
  station: string;
  order: { date: string; courtCode: string; reference: string };
  setOrder: (o: { date: string; courtCode: string; reference: string }) => void;
  fe: (p: string, l: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="person-form">
      <legend>{t('found.order')}</legend>
      <TextField
        id={fieldId('order.date')}
        name="order.date"
        type="date"
        label={t('found.orderDate')}
        required
        value={order.date}
        onChange={(e) => setOrder({ ...order, date: e.target.value })}
        error={fe('order.date', t('found.orderDate'))}
      />
      <MagistrateField station={station} path="order.courtCode" value={order.courtCode} onChange={(courtCode) => setOrder({ ...order, courtCode })} fe={fe} />
      <TextField
        id={fieldId('order.reference')}
        name="order.reference"
        label={t('found.orderReference')}
        required
        value={order.reference}
        onChange={(e) => setOrder({ ...order, reference: e.target.value })}
        error={fe('order.reference', t('found.orderReference'))}
      />
    </fieldset>
  );
}

function FoundRecord({ id, canAct, onChange }: { id: string; canAct: boolean; onChange: () => void }) {
  const { t, lang } = useI18n();
  const { data, error, setData } = useLoad(() => lostProperty.found(id), [id]);
  const [action, setAction] = useState<'report' | 'claim' | 'dispose' | null>(null);
  const done = (f: FoundProperty) => {
    setData(f);
    setAction(null);
    onChange();
  };
  return (
    <section className="card" aria-labelledby="found-record" data-testid="found-record">
      <h2 id="found-record" tabIndex={-1}>
        {data ? data.number : t('common.loading')}
      </h2>
      <ErrorMessage message={error} />
      {data ? (
        <>
          <p>
            <ArticleLine a={data.article} />
          </p>
          <dl className="facts">
            <dt>{t('common.status')}</dt>
            <dd>{t(`found.status.${data.status}`)}</dd>
            <dt>{t('found.foundAt')}</dt>
            <dd>
              {formatDateTime(data.foundAt, lang)}, <span className="pre-wrap">{data.foundPlace}</span>
            </dd>
            {data.handedInBy ? (
              <>
                <dt>{t('found.handedInBy')}</dt>
                <dd>{personName(t, data.handedInBy)}</dd>
              </>
            ) : null}
            <dt>{t('propertyRoom.where')}</dt>
            <dd>{placeName(t, data.custody.place)}</dd>
            {data.magistrateReport ? (
              <>
                <dt>{t('found.reported')}</dt>
                <dd>
                  {lang === 'hi' ? data.magistrateReport.court.nameHi : data.magistrateReport.court.nameEn}, {data.magistrateReport.reportedOn} ({data.magistrateReport.reference})
                  {data.magistrateReport.proclamation ? ` · ${t('found.proclamation')} ${data.magistrateReport.proclamation.date}` : ''}
                </dd>
              </>
            ) : null}
            {data.claim ? (
              <>
                <dt>{t('found.returnedTo')}</dt>
                <dd>
                  {personName(t, data.claim.claimant)}, {formatDateTime(data.claim.at, lang)}
                </dd>
              </>
            ) : null}
            {data.disposal ? (
              <>
                <dt>{t('found.disposed')}</dt>
                <dd>
                  {data.disposal.manner} ({t(`found.ground.${data.disposal.ground}`)}, {data.disposal.order.reference})
                </dd>
              </>
            ) : null}
          </dl>
          {data.clocks.map((c) => (
            <p key={c.code}>
              <ClockBadge status={c.status} /> {lang === 'hi' ? c.titleHi : c.titleEn}: {c.dueDateIst}
            </p>
          ))}
          {data.matches && (data.matches.reports.length || data.matches.lostReports.length) ? (
            <div className="alert" role="note" data-testid="found-matches">
              <strong>{t('found.matches')}</strong>
              <ul>
                {data.matches.reports.map((r) => (
                  <li key={r.firNumber}>{t('found.matchFir', { number: r.firNumber, state: r.state })}</li>
                ))}
                {data.matches.lostReports.map((r) => (
                  <li key={r.number}>{t('found.matchLost', { number: r.number })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {data.status === 'returned' ? (
            <div className="form-actions">
              <a className="btn btn-secondary" href={lostProperty.receiptUrl(data.id, 'en')} download data-testid="receipt-en">
                {t('found.receiptEn')}
              </a>
              <a className="btn btn-secondary" lang="hi" href={lostProperty.receiptUrl(data.id, 'hi')} download data-testid="receipt-hi">
                {t('found.receiptHi')}
              </a>
            </div>
          ) : null}
          {canAct && data.status === 'unclaimed' ? (
            <>
              {/* One action's form at a time: their fields share the server's names (at, order, handedBy). */}
              <div className="form-actions" role="group" aria-label={t('found.actions')}>
                {(data.magistrateReport ? (['claim', 'dispose'] as const) : (['report', 'claim', 'dispose'] as const)).map((a) => (
                  <button key={a} type="button" className="btn btn-secondary" aria-pressed={action === a} onClick={() => setAction(action === a ? null : a)} data-testid={`found-action-${a}`}>
                    {t(ACTION_LABELS[a])}
                  </button>
                ))}
              </div>
              {action === 'report' && !data.magistrateReport ? <ReportForm id={data.id} station={data.stationCode} onDone={done} /> : null}
              {action === 'claim' ? <ClaimForm id={data.id} station={data.stationCode} onDone={done} /> : null}
              {action === 'dispose' ? <DisposeForm id={data.id} station={data.stationCode} onDone={done} /> : null}
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

const emptyOrder = () => ({ date: '', courtCode: '', reference: '' });

function ReportForm({ id, station, onDone }: { id: string; station: string; onDone: (f: FoundProperty) => void }) {
  const { t } = useI18n();
  const [v, setV] = useState({ courtCode: '', reportedOn: '', reference: '', proclamationDate: '', proclamationReference: '' });
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {};
    for (const k of ['courtCode', 'reportedOn', 'reference'] as const) if (!v[k].trim()) found[k] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () =>
      onDone(
        await lostProperty.reportFound(id, {
          courtCode: v.courtCode.trim(),
          reportedOn: v.reportedOn,
          reference: v.reference.trim(),
          ...(v.proclamationDate ? { proclamation: { date: v.proclamationDate, reference: v.proclamationReference.trim() } } : {}),
        }),
      ),
    );
  }
  return (
    <div className="card-sub">
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="found-report-form">
        <MagistrateField station={station} path="courtCode" value={v.courtCode} onChange={(courtCode) => setV({ ...v, courtCode })} fe={fe} />
        <TextField
          id={fieldId('reportedOn')}
          name="reportedOn"
          type="date"
          label={t('found.reportedOn')}
          required
          value={v.reportedOn}
          onChange={(e) => setV({ ...v, reportedOn: e.target.value })}
          error={fe('reportedOn', t('found.reportedOn'))}
        />
        <TextField
          id={fieldId('reference')}
          name="reference"
          label={t('found.orderReference')}
          required
          value={v.reference}
          onChange={(e) => setV({ ...v, reference: e.target.value })}
          error={fe('reference', t('found.orderReference'))}
        />
        <TextField
          id={fieldId('proclamation.date')}
          name="proclamation.date"
          type="date"
          label={t('found.proclamationDate')}
          hint={t('found.proclamationHint')}
          value={v.proclamationDate}
          onChange={(e) => setV({ ...v, proclamationDate: e.target.value })}
          error={fe('proclamation.date', t('found.proclamationDate'))}
        />
        <TextField
          id={fieldId('proclamation.reference')}
          name="proclamation.reference"
          label={t('found.proclamationReference')}
          value={v.proclamationReference}
          onChange={(e) => setV({ ...v, proclamationReference: e.target.value })}
          error={fe('proclamation.reference', t('found.proclamationReference'))}
        />
        <FormActions busy={busy} submit={t('found.reportAction')} />
      </form>
    </div>
  );
}

function ClaimForm({ id, station, onDone }: { id: string; station: string; onDone: (f: FoundProperty) => void }) {
  const { t } = useI18n();
  const [claimant, setClaimant] = useState<PersonDraft>(emptyPerson());
  const [at, setAt] = useState('');
  const [identity, setIdentity] = useState({ document: '', number: '' });
  const [proof, setProof] = useState('');
  const [order, setOrder] = useState(emptyOrder());
  const [handedBy, setHandedBy] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {};
    checkPerson(t, claimant, 'claimant', found);
    const when = at ? fromIstInput(at) : undefined;
    if (!when) found['at'] = at ? t('form.dateTimeInvalid') : t('form.required');
    if (!identity.document.trim()) found['identity.document'] = t('form.required');
    if (!identity.number.trim()) found['identity.number'] = t('form.required');
    if (!proof.trim()) found['proof'] = t('form.required');
    if (!handedBy.trim()) found['handedBy'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => onDone(await lostProperty.claimFound(id, { claimant: personPayload(claimant), at: when!, identity, proof: proof.trim(), order, handedBy: handedBy.trim() })));
  }
  return (
    <div className="card-sub">
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="found-claim-form">
        <PersonForm value={claimant} onChange={setClaimant} path="claimant" fe={fe} legend={t('found.claimant')} brief />
        <DateTimeField path="at" label={t('found.returnedAt')} value={at} onChange={setAt} error={fe('at', t('found.returnedAt'))} required />
        <TextField
          id={fieldId('identity.document')}
          name="identity.document"
          label={t('found.identityDocument')}
          required
          value={identity.document}
          onChange={(e) => setIdentity({ ...identity, document: e.target.value })}
          error={fe('identity.document', t('found.identityDocument'))}
        />
        <TextField
          id={fieldId('identity.number')}
          name="identity.number"
          label={t('lost.docNumber')}
          required
          value={identity.number}
          onChange={(e) => setIdentity({ ...identity, number: e.target.value })}
          error={fe('identity.number', t('lost.docNumber'))}
        />
        <TextField id={fieldId('proof')} name="proof" label={t('found.proof')} required value={proof} onChange={(e) => setProof(e.target.value)} error={fe('proof', t('found.proof'))} />
        <OrderFields station={station} order={order} setOrder={setOrder} fe={fe} />
        <TextField
          id={fieldId('handedBy')}
          name="handedBy"
          label={t('found.handedBy')}
          required
          value={handedBy}
          onChange={(e) => setHandedBy(e.target.value)}
          error={fe('handedBy', t('found.handedBy'))}
        />
        <FormActions busy={busy} submit={t('found.claimAction')} />
      </form>
    </div>
  );
}

function DisposeForm({ id, station, onDone }: { id: string; station: string; onDone: (f: FoundProperty) => void }) {
  const { t } = useI18n();
  const [at, setAt] = useState('');
  const [ground, setGround] = useState<(typeof GROUNDS)[number]>('no_claimant');
  const [order, setOrder] = useState(emptyOrder());
  const [v, setV] = useState({ manner: '', handedBy: '', receivedBy: '' });
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {};
    const when = at ? fromIstInput(at) : undefined;
    if (!when) found['at'] = at ? t('form.dateTimeInvalid') : t('form.required');
    for (const k of ['manner', 'handedBy', 'receivedBy'] as const) if (!v[k].trim()) found[k] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => onDone(await lostProperty.disposeFound(id, { at: when!, ground, order, manner: v.manner.trim(), handedBy: v.handedBy.trim(), receivedBy: v.receivedBy.trim() })));
  }
  return (
    <div className="card-sub">
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="found-dispose-form">
        <DateTimeField path="at" label={t('found.disposedAt')} value={at} onChange={setAt} error={fe('at', t('found.disposedAt'))} required />
        <SelectField
          id={fieldId('ground')}
          name="ground"
          label={t('found.groundLabel')}
          value={ground}
          onChange={(e) => setGround(e.target.value as (typeof GROUNDS)[number])}
          error={fe('ground', t('found.groundLabel'))}
        >
          {GROUNDS.map((g) => (
            <option key={g} value={g}>
              {t(`found.ground.${g}`)}
            </option>
          ))}
        </SelectField>
        <OrderFields station={station} order={order} setOrder={setOrder} fe={fe} />
        <TextField
          id={fieldId('manner')}
          name="manner"
          label={t('found.manner')}
          required
          value={v.manner}
          onChange={(e) => setV({ ...v, manner: e.target.value })}
          error={fe('manner', t('found.manner'))}
        />
        <TextField
          id={fieldId('handedBy')}
          name="handedBy"
          label={t('found.handedBy')}
          required
          value={v.handedBy}
          onChange={(e) => setV({ ...v, handedBy: e.target.value })}
          error={fe('handedBy', t('found.handedBy'))}
        />
        <TextField
          id={fieldId('receivedBy')}
          name="receivedBy"
          label={t('found.receivedByDisposal')}
          required
          value={v.receivedBy}
          onChange={(e) => setV({ ...v, receivedBy: e.target.value })}
          error={fe('receivedBy', t('found.receivedByDisposal'))}
        />
        <FormActions busy={busy} submit={t('found.disposeAction')} />
      </form>
    </div>
  );
}
