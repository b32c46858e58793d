import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { arrests, type Accused, type AccusedArrest, type AccusedDue, type ArrestInput } from '../../arrests-api.ts';
import { cases, type CaseFile } from '../../cases-api.ts';
import { ARREST_OUTCOMES, CUSTODY_KINDS, HANDCUFF_CATEGORIES, INFORMED_RELATIONSHIPS, POLICE_RANKS, SURRENDER_OUTCOMES, SURRENDER_TO_POLICE_CUSTODY } from '../../codes.ts';
import { ErrorMessage, Notice } from '../../components/Alert.tsx';
import { ClockBadge, ClockList, clockTitle } from '../../components/Clocks.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { formatDateTime, formatDateTimeShort, fromIstInput } from '../../format.ts';
import { errorsFor, fieldId, trimOrUndefined, useSubmission, type FieldErrors } from '../../forms.ts';
import { hasKey, useI18n, type TFunction } from '../../i18n/index.tsx';
import { hrefFor } from '../../router.ts';
import { PrintLinks } from './Property.tsx';

/** Codes in words; one the page does not know yet as the server wrote it. */
const statusName = (t: TFunction, code: string) => (hasKey(`accusedStatus.${code}`) ? t(`accusedStatus.${code}`) : code);
const outcomeName = (t: TFunction, code: string) => (hasKey(`arrestOutcome.${code}`) ? t(`arrestOutcome.${code}`) : code);
const custodyKindName = (t: TFunction, code: string) => (hasKey(`custodyKind.${code}`) ? t(`custodyKind.${code}`) : code);
const personName = (t: TFunction, a: Accused) => (a.person.masked ? t('arrests.withheld') : a.person.name);
const accusedLabel = (t: TFunction, a: Accused) => (a.code ? `${a.code} · ${personName(t, a)}` : personName(t, a));
/** The memo the court's orders and the production follow: the latest. */
const latest = (a: Accused): AccusedArrest | undefined => a.arrests[a.arrests.length - 1];

type Dialog = { kind: 'arrest' } | { kind: 'produce' | 'custody'; accused: Accused; arrest: AccusedArrest } | { kind: 'abscond'; accused: Accused } | null;

/**
 * The accused of the case (IIF-3): each one's code, where they stand, their memos and custody
 * ledger and their clocks — production within 24 hours (BNSS 58) and default bail (BNSS 187(3)).
 * Whoever may act on the case records arrests, production, the court's orders and absconding; the
 * server judges each memo (a woman at night, handcuffs, BNSS 35(7)) and names the field to fix.
 */
export function ArrestsSection({ file, onChange }: { file: CaseFile; onChange: (f: CaseFile) => void }) {
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  function open(d: NonNullable<Dialog>) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setStatus(null);
    setDialog(d);
  }
  function close() {
    setDialog(null);
    window.setTimeout(() => returnFocus.current?.focus(), 0);
  }
  async function done(message: string) {
    onChange(await cases.file(file.firId));
    setStatus(message);
    close();
  }

  return (
    <section className="card card-spaced" aria-labelledby="case-accused" data-testid="case-accused">
      <div className="section-head-row">
        <h2 id="case-accused">{t('arrests.title')}</h2>
        {file.may.act && file.accused.some((a) => !a.person.masked) ? (
          <button type="button" className="btn btn-primary" data-testid="arrest-add" onClick={() => open({ kind: 'arrest' })}>
            {t('arrests.record')}
          </button>
        ) : null}
      </div>
      <Notice tone="success">{status}</Notice>
      {file.accused.length === 0 ? (
        <p className="muted">{t('arrests.none')}</p>
      ) : (
        <ul className="property-list">
          {file.accused.map((a, i) => {
            const memo = latest(a);
            return (
              <li key={a.person.masked ? `masked-${i}` : a.person.id} className="property-item" data-testid={`accused-${a.code ?? i}`}>
                <h3>
                  {accusedLabel(t, a)}{' '}
                  <span className={`badge accused-status accused-${a.status}`} data-testid="accused-status">
                    {statusName(t, a.status)}
                  </span>
                </h3>
                {a.clocks.length ? <ClockList clocks={a.clocks} /> : null}
                {a.absconding ? (
                  <p>
                    {t('arrests.abscondingSince', { when: formatDateTime(a.absconding.since, lang) })}: <span className="pre-wrap">{a.absconding.note}</span>
                  </p>
                ) : null}
                {a.arrests.length ? (
                  <ul className="print-list">
                    {a.arrests.map((m) => (
                      <li key={m.id}>
                        <strong>{outcomeName(t, m.outcome)}</strong> · {formatDateTime(m.at, lang)} · {m.place}
                        {m.court ? ` · ${m.court}` : ''}
                        {m.handcuffed ? ` · ${t('arrests.handcuffed')}` : ''}
                        <br />
                        {m.production
                          ? t('arrests.producedAt', { when: formatDateTime(m.production.at, lang), court: m.production.court, magistrate: m.production.magistrate })
                          : m.kind === 'arrest'
                            ? t('arrests.notProduced')
                            : null}
                        <PrintLinks label={t('arrests.memo')} href={(l) => arrests.memoUrl(file.firId, m.id, l)} testId="arrest-memo" onProblem={setPrintProblem} />
                      </li>
                    ))}
                  </ul>
                ) : null}
                {a.custody.length ? (
                  <div className="table-wrap">
                    <table className="data-table">
                      <caption>{t('arrests.ledger')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('arrests.custodyKind')}</th>
                          <th scope="col">{t('arrests.from')}</th>
                          <th scope="col">{t('arrests.until')}</th>
                          <th scope="col">{t('arrests.court')}</th>
                          <th scope="col">{t('arrests.orderReference')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {a.custody.map((c, j) => (
                          <tr key={j}>
                            <td>{custodyKindName(t, c.kind)}</td>
                            <td>{formatDateTime(c.from, lang)}</td>
                            <td>{c.until ? formatDateTime(c.until, lang) : t('arrests.untilOrder')}</td>
                            <td>{c.court ?? ''}</td>
                            <td>{c.orderReference ?? ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                {file.may.act && !a.person.masked ? (
                  <div className="property-actions">
                    {memo && memo.kind === 'arrest' && !memo.production ? (
                      <button
                        type="button"
                        className="btn btn-secondary"
                        data-testid="arrest-produce"
                        aria-label={t('arrests.produceFor', { who: accusedLabel(t, a) })}
                        onClick={() => open({ kind: 'produce', accused: a, arrest: memo })}
                      >
                        {t('arrests.produce')}
                      </button>
                    ) : null}
                    {memo ? (
                      <button
                        type="button"
                        className="btn btn-secondary"
                        data-testid="arrest-custody"
                        aria-label={t('arrests.custodyFor', { who: accusedLabel(t, a) })}
                        onClick={() => open({ kind: 'custody', accused: a, arrest: memo })}
                      >
                        {t('arrests.custody')}
                      </button>
                    ) : null}
                    {a.status === 'not_arrested' ? (
                      <button
                        type="button"
                        className="btn btn-secondary"
                        data-testid="arrest-abscond"
                        aria-label={t('arrests.abscondFor', { who: accusedLabel(t, a) })}
                        onClick={() => open({ kind: 'abscond', accused: a })}
                      >
                        {t('arrests.abscond')}
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage message={printProblem} />

      {dialog?.kind === 'arrest' ? <ArrestDialog file={file} onClose={close} onDone={(a) => done(t('arrests.recorded', { who: accusedLabel(t, a) }))} /> : null}
      {dialog?.kind === 'produce' ? (
        <ProductionDialog file={file} accused={dialog.accused} arrest={dialog.arrest} onClose={close} onDone={() => done(t('arrests.produced', { who: accusedLabel(t, dialog.accused) }))} />
      ) : null}
      {dialog?.kind === 'custody' ? (
        <CustodyDialog file={file} accused={dialog.accused} arrest={dialog.arrest} onClose={close} onDone={() => done(t('arrests.custodyRecorded', { who: accusedLabel(t, dialog.accused) }))} />
      ) : null}
      {dialog?.kind === 'abscond' ? (
        <AbscondingDialog file={file} accused={dialog.accused} onClose={close} onDone={() => done(t('arrests.absconded', { who: accusedLabel(t, dialog.accused) }))} />
      ) : null}
    </section>
  );
}

/** A group of optional fields (the person informed, handcuffs, a permission): sent only when something is filled in. */
function Group({ legend, hint, error, children }: { legend: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className="form-stack">
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {children}
    </fieldset>
  );
}

const any = (...values: string[]) => values.some((v) => v.trim() !== '');

function ArrestDialog({ file, onClose, onDone }: { file: CaseFile; onClose: () => void; onDone: (a: Accused) => Promise<void> }) {
  const { t } = useI18n();
  const choosable = file.accused.filter((a): a is Accused & { person: { id: string; name: string; masked: false } } => !a.person.masked);
  const [personId, setPersonId] = useState('');
  const [kind, setKind] = useState<'arrest' | 'surrender'>('arrest');
  const [outcome, setOutcome] = useState('');
  const [at, setAt] = useState('');
  const [place, setPlace] = useState('');
  const [court, setCourt] = useState('');
  const [grounds, setGrounds] = useState('');
  const [informed, setInformed] = useState({ name: '', relationship: '', phone: '', informedAt: '' });
  const [witness, setWitness] = useState('');
  const [handcuff, setHandcuff] = useState({ category: '', reason: '' });
  const [magistrate, setMagistrate] = useState({ magistrate: '', reference: '', grantedAt: '' });
  const [senior, setSenior] = useState({ officer: '', rank: '', grantedAt: '' });
  const [infirm, setInfirm] = useState(false);
  const [custodyUntil, setCustodyUntil] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const outcomes: readonly string[] = kind === 'arrest' ? ARREST_OUTCOMES : SURRENDER_OUTCOMES;
  const labels: Record<string, string> = {
    personId: t('arrests.person'),
    outcome: t('arrests.outcome'),
    at: kind === 'arrest' ? t('arrests.at') : t('arrests.surrenderedAt'),
    place: t('arrests.place'),
    court: t('arrests.surrenderCourt'),
    grounds: t('arrests.grounds'),
    'personInformed.name': t('arrests.informedName'),
    'personInformed.relationship': t('arrests.relationship'),
    'personInformed.phone': t('arrests.phone'),
    'personInformed.informedAt': t('arrests.informedAt'),
    attestingWitness: t('arrests.witness'),
    'handcuff.category': t('arrests.handcuffCategory'),
    'handcuff.reason': t('arrests.handcuffReason'),
    magistratePermission: t('arrests.magistratePermission'),
    'magistratePermission.magistrate': t('arrests.magistrate'),
    'magistratePermission.reference': t('arrests.permissionReference'),
    'magistratePermission.grantedAt': t('arrests.grantedAt'),
    seniorPermission: t('arrests.seniorPermission'),
    'seniorPermission.officer': t('arrests.officer'),
    'seniorPermission.rank': t('arrests.rank'),
    'seniorPermission.grantedAt': t('arrests.grantedAt'),
    custodyUntil: t('arrests.custodyUntil'),
    orderReference: t('arrests.orderReference'),
  };
  const err = (path: string) => fe(path, labels[path] ?? path);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const when = fromIstInput(at);
    if (!personId) found['personId'] = t('form.required');
    if (!outcome) found['outcome'] = t('form.required');
    if (!when) found['at'] = t('form.required');
    if (!place.trim()) found['place'] = t('form.required');
    if (refuse(found)) return;
    // A group's time left empty is sent as typed (nothing): the server names the field.
    const time = (v: string) => fromIstInput(v) ?? '';
    const input: ArrestInput = {
      personId,
      outcome,
      at: when!,
      place: place.trim(),
      court: kind === 'surrender' ? trimOrUndefined(court) : undefined,
      grounds: trimOrUndefined(grounds),
      personInformed: any(informed.name, informed.relationship, informed.phone, informed.informedAt)
        ? { name: informed.name.trim(), relationship: informed.relationship, phone: trimOrUndefined(informed.phone), informedAt: time(informed.informedAt) }
        : undefined,
      attestingWitness: trimOrUndefined(witness),
      handcuff: any(handcuff.category, handcuff.reason) ? { category: handcuff.category, reason: handcuff.reason.trim() } : undefined,
      magistratePermission: any(magistrate.magistrate, magistrate.reference, magistrate.grantedAt)
        ? { magistrate: magistrate.magistrate.trim(), reference: magistrate.reference.trim(), grantedAt: time(magistrate.grantedAt) }
        : undefined,
      seniorPermission: any(senior.officer, senior.rank, senior.grantedAt) ? { officer: senior.officer.trim(), rank: senior.rank, grantedAt: time(senior.grantedAt) } : undefined,
      infirm,
      custodyUntil: kind === 'surrender' && custodyUntil ? time(custodyUntil) : undefined,
      orderReference: kind === 'surrender' ? trimOrUndefined(orderReference) : undefined,
    };
    await attempt(async () => {
      await onDone(await arrests.record(file.firId, input));
    });
  }

  return (
    <Modal title={t('arrests.record')} onClose={onClose} wide>
      <p className="muted">{t('arrests.recordIntro')}</p>
      <ErrorSummary message={summary} errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="arrest-form">
        <SelectField id={fieldId('personId')} label={labels['personId']!} value={personId} onChange={(e) => setPersonId(e.target.value)} error={err('personId')} required autoFocus>
          <option value="">{t('common.choose')}</option>
          {choosable.map((a) => (
            <option key={a.person.id} value={a.person.id}>
              {accusedLabel(t, a)}
            </option>
          ))}
        </SelectField>
        <fieldset className="radio-group radio-inline">
          <legend>{t('arrests.kind')}</legend>
          {(['arrest', 'surrender'] as const).map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setOutcome('');
                }}
              />
              <span>{k === 'arrest' ? t('arrests.kindArrest') : t('arrests.kindSurrender')}</span>
            </label>
          ))}
        </fieldset>
        <SelectField id={fieldId('outcome')} label={labels['outcome']!} value={outcome} onChange={(e) => setOutcome(e.target.value)} error={err('outcome')} required>
          <option value="">{t('common.choose')}</option>
          {outcomes.map((o) => (
            <option key={o} value={o}>
              {t(`arrestOutcome.${o}`)}
            </option>
          ))}
        </SelectField>
        <DateTimeField path="at" label={labels['at']!} value={at} onChange={setAt} error={err('at')} required />
        <TextField id={fieldId('place')} label={labels['place']!} value={place} onChange={(e) => setPlace(e.target.value)} error={err('place')} required />
        {kind === 'surrender' ? (
          <>
            <TextField id={fieldId('court')} label={labels['court']!} value={court} onChange={(e) => setCourt(e.target.value)} error={err('court')} required />
            {SURRENDER_TO_POLICE_CUSTODY.some((o) => o === outcome) || errors['custodyUntil'] ? (
              <DateTimeField path="custodyUntil" label={labels['custodyUntil']!} value={custodyUntil} onChange={setCustodyUntil} error={err('custodyUntil')} />
            ) : null}
            <TextField id={fieldId('orderReference')} label={labels['orderReference']!} value={orderReference} onChange={(e) => setOrderReference(e.target.value)} error={err('orderReference')} />
          </>
        ) : (
          <>
            <TextAreaField
              id={fieldId('grounds')}
              label={labels['grounds']!}
              hint={t('arrests.groundsHint')}
              rows={3}
              dir="auto"
              value={grounds}
              onChange={(e) => setGrounds(e.target.value)}
              error={err('grounds')}
            />
            <Group legend={t('arrests.informed')} hint={t('arrests.informedHint')}>
              <TextField
                id={fieldId('personInformed.name')}
                label={labels['personInformed.name']!}
                value={informed.name}
                onChange={(e) => setInformed({ ...informed, name: e.target.value })}
                error={err('personInformed.name')}
              />
              <SelectField
                id={fieldId('personInformed.relationship')}
                label={labels['personInformed.relationship']!}
                value={informed.relationship}
                onChange={(e) => setInformed({ ...informed, relationship: e.target.value })}
                error={err('personInformed.relationship')}
              >
                <option value="">{t('common.choose')}</option>
                {INFORMED_RELATIONSHIPS.map((r) => (
                  <option key={r} value={r}>
                    {t(`informedRelationship.${r}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={fieldId('personInformed.phone')}
                type="tel"
                label={labels['personInformed.phone']!}
                value={informed.phone}
                onChange={(e) => setInformed({ ...informed, phone: e.target.value })}
                error={err('personInformed.phone')}
              />
              <DateTimeField
                path="personInformed.informedAt"
                label={labels['personInformed.informedAt']!}
                value={informed.informedAt}
                onChange={(v) => setInformed({ ...informed, informedAt: v })}
                error={err('personInformed.informedAt')}
              />
            </Group>
            <TextField
              id={fieldId('attestingWitness')}
              label={labels['attestingWitness']!}
              hint={t('arrests.witnessHint')}
              value={witness}
              onChange={(e) => setWitness(e.target.value)}
              error={err('attestingWitness')}
            />
          </>
        )}
        <Group legend={t('arrests.handcuff')} hint={t('arrests.handcuffHint')}>
          <SelectField
            id={fieldId('handcuff.category')}
            label={labels['handcuff.category']!}
            value={handcuff.category}
            onChange={(e) => setHandcuff({ ...handcuff, category: e.target.value })}
            error={err('handcuff.category')}
          >
            <option value="">{t('arrests.noHandcuffs')}</option>
            {HANDCUFF_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`handcuffCategory.${c}`)}
              </option>
            ))}
          </SelectField>
          {handcuff.category || errors['handcuff.reason'] ? (
            <TextAreaField
              id={fieldId('handcuff.reason')}
              label={labels['handcuff.reason']!}
              rows={2}
              dir="auto"
              value={handcuff.reason}
              onChange={(e) => setHandcuff({ ...handcuff, reason: e.target.value })}
              error={err('handcuff.reason')}
            />
          ) : null}
        </Group>
        {kind === 'arrest' ? (
          <>
            <Group legend={labels['magistratePermission']!} hint={t('arrests.magistrateHint')}>
              <TextField
                id={fieldId('magistratePermission.magistrate')}
                label={labels['magistratePermission.magistrate']!}
                value={magistrate.magistrate}
                onChange={(e) => setMagistrate({ ...magistrate, magistrate: e.target.value })}
                error={err('magistratePermission.magistrate') ?? err('magistratePermission')}
              />
              <TextField
                id={fieldId('magistratePermission.reference')}
                label={labels['magistratePermission.reference']!}
                value={magistrate.reference}
                onChange={(e) => setMagistrate({ ...magistrate, reference: e.target.value })}
                error={err('magistratePermission.reference')}
              />
              <DateTimeField
                path="magistratePermission.grantedAt"
                label={labels['magistratePermission.grantedAt']!}
                value={magistrate.grantedAt}
                onChange={(v) => setMagistrate({ ...magistrate, grantedAt: v })}
                error={err('magistratePermission.grantedAt')}
              />
            </Group>
            <Group legend={labels['seniorPermission']!} hint={t('arrests.seniorHint')}>
              <label className="checkbox">
                <input type="checkbox" name="infirm" checked={infirm} onChange={(e) => setInfirm(e.target.checked)} /> {t('arrests.infirm')}
              </label>
              <TextField
                id={fieldId('seniorPermission.officer')}
                label={labels['seniorPermission.officer']!}
                value={senior.officer}
                onChange={(e) => setSenior({ ...senior, officer: e.target.value })}
                error={err('seniorPermission.officer') ?? err('seniorPermission')}
              />
              <SelectField
                id={fieldId('seniorPermission.rank')}
                label={labels['seniorPermission.rank']!}
                value={senior.rank}
                onChange={(e) => setSenior({ ...senior, rank: e.target.value })}
                error={err('seniorPermission.rank')}
              >
                <option value="">{t('common.choose')}</option>
                {POLICE_RANKS.map((r) => (
                  <option key={r} value={r}>
                    {t(`policeRank.${r}`)}
                  </option>
                ))}
              </SelectField>
              <DateTimeField
                path="seniorPermission.grantedAt"
                label={labels['seniorPermission.grantedAt']!}
                value={senior.grantedAt}
                onChange={(v) => setSenior({ ...senior, grantedAt: v })}
                error={err('seniorPermission.grantedAt')}
              />
            </Group>
          </>
        ) : null}
        <FormActions busy={busy} submit={t('arrests.recordSave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function ProductionDialog({ file, accused, arrest, onClose, onDone }: { file: CaseFile; accused: Accused; arrest: AccusedArrest; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [at, setAt] = useState('');
  const [court, setCourt] = useState('');
  const [magistrate, setMagistrate] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const when = fromIstInput(at);
    if (!when) found['at'] = t('form.required');
    if (!court.trim()) found['court'] = t('form.required');
    if (!magistrate.trim()) found['magistrate'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      await arrests.produce(file.firId, arrest.id, { at: when!, court: court.trim(), magistrate: magistrate.trim() });
      await onDone();
    });
  }

  return (
    <Modal title={t('arrests.produceFor', { who: accusedLabel(t, accused) })} onClose={onClose}>
      <p className="muted">{t('arrests.produceIntro')}</p>
      <ErrorSummary message={summary} errors={errors} labels={{ at: t('arrests.producedWhen'), court: t('arrests.court'), magistrate: t('arrests.magistrate') }} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="production-form">
        <DateTimeField path="at" label={t('arrests.producedWhen')} value={at} onChange={setAt} error={fe('at', t('arrests.producedWhen'))} required autoFocus />
        <TextField id={fieldId('court')} label={t('arrests.court')} value={court} onChange={(e) => setCourt(e.target.value)} error={fe('court', t('arrests.court'))} required />
        <TextField
          id={fieldId('magistrate')}
          label={t('arrests.magistrate')}
          value={magistrate}
          onChange={(e) => setMagistrate(e.target.value)}
          error={fe('magistrate', t('arrests.magistrate'))}
          required
        />
        <FormActions busy={busy} submit={t('arrests.produceSave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function CustodyDialog({ file, accused, arrest, onClose, onDone }: { file: CaseFile; accused: Accused; arrest: AccusedArrest; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [court, setCourt] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const chosen = CUSTODY_KINDS.find((k) => k === kind);
  const labels = { kind: t('arrests.custodyKind'), from: t('arrests.from'), until: t('arrests.until'), court: t('arrests.court'), orderReference: t('arrests.orderReference') };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const start = fromIstInput(from);
    if (!chosen) found['kind'] = t('form.required');
    if (!start) found['from'] = t('form.required');
    if (!court.trim()) found['court'] = t('form.required');
    if (!orderReference.trim()) found['orderReference'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      await arrests.orderCustody(file.firId, arrest.id, {
        kind: chosen!,
        from: start!,
        until: until ? (fromIstInput(until) ?? until) : undefined,
        court: court.trim(),
        orderReference: orderReference.trim(),
      });
      await onDone();
    });
  }

  return (
    <Modal title={t('arrests.custodyFor', { who: accusedLabel(t, accused) })} onClose={onClose}>
      <p className="muted">{t('arrests.custodyIntro')}</p>
      <ErrorSummary message={summary} errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="custody-form">
        <SelectField id={fieldId('kind')} label={labels.kind} value={kind} onChange={(e) => setKind(e.target.value)} error={fe('kind', labels.kind)} required autoFocus>
          <option value="">{t('common.choose')}</option>
          {CUSTODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`custodyKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <DateTimeField path="from" label={labels.from} value={from} onChange={setFrom} error={fe('from', labels.from)} required />
        <DateTimeField path="until" label={labels.until} hint={t('arrests.untilHint')} value={until} onChange={setUntil} error={fe('until', labels.until)} />
        <TextField id={fieldId('court')} label={labels.court} value={court} onChange={(e) => setCourt(e.target.value)} error={fe('court', labels.court)} required />
        <TextField
          id={fieldId('orderReference')}
          label={labels.orderReference}
          value={orderReference}
          onChange={(e) => setOrderReference(e.target.value)}
          error={fe('orderReference', labels.orderReference)}
          required
        />
        <FormActions busy={busy} submit={t('arrests.custodySave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function AbscondingDialog({ file, accused, onClose, onDone }: { file: CaseFile; accused: Accused; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [since, setSince] = useState('');
  const [note, setNote] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const labels = { since: t('arrests.abscondingFrom'), note: t('arrests.abscondingNote') };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || accused.person.masked) return;
    const found: FieldErrors = {};
    const when = fromIstInput(since);
    if (!when) found['since'] = t('form.required');
    if (!note.trim()) found['note'] = t('form.required');
    if (refuse(found)) return;
    const personId = accused.person.id;
    await attempt(async () => {
      await arrests.declareAbsconding(file.firId, { personId, since: when!, note: note.trim() });
      await onDone();
    });
  }

  return (
    <Modal title={t('arrests.abscondFor', { who: accusedLabel(t, accused) })} onClose={onClose}>
      <ErrorSummary message={summary} errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="absconding-form">
        <DateTimeField path="since" label={labels.since} value={since} onChange={setSince} error={fe('since', labels.since)} required autoFocus />
        <TextAreaField
          id={fieldId('note')}
          label={labels.note}
          hint={t('arrests.abscondingHint')}
          rows={3}
          dir="auto"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={fe('note', labels.note)}
          required
        />
        <FormActions busy={busy} submit={t('arrests.abscondSave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/**
 * A station dashboard's list of accused put there by a clock: persons to be produced before a
 * Magistrate (BNSS 58) or whose default bail (BNSS 187(3)) is near. Nothing shown when empty.
 */
export function AccusedDueSection({ items, kind }: { items: AccusedDue[]; kind: 'toProduce' | 'defaultBail' }) {
  const { t, lang } = useI18n();
  if (!items.length) return null;
  const heading = `arrests-${kind}-h`;
  return (
    <section className="card card-spaced" aria-labelledby={heading} data-testid={`dash-${kind}`}>
      <h2 id={heading}>{kind === 'toProduce' ? t('dash.toProduce') : t('dash.defaultBail')}</h2>
      <ul className="clock-list">
        {items.map((d) => (
          <li key={`${d.firId}-${d.accusedCode}-${d.clock.code}`} className={`clock-item clock-item-${d.clock.status}`}>
            <div className="clock-main">
              <a href={hrefFor('case', d.firId)} className="clock-record">
                {t('dash.firNo', { number: d.number })} · {d.accusedCode} · {d.person.masked ? t('arrests.withheld') : d.person.name}
              </a>
              <span className="clock-title">{clockTitle(d.clock, lang)}</span>
              <span className="clock-ref">{d.clock.legalRef}</span>
            </div>
            <div className="clock-side">
              <ClockBadge status={d.clock.status} />
              <span className="clock-due">{t('clock.dueBy', { time: formatDateTimeShort(d.clock.dueAt, lang) })}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
