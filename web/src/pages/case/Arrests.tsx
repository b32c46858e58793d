import { useState, type ReactNode } from 'react';
import { arrests, type Accused, type AccusedArrest, type AccusedDue, type ArrestInput } from '../../arrests-api.ts';
import { cases, type CaseFile } from '../../cases-api.ts';
import { ARREST_OUTCOMES, CUSTODY_KINDS, HANDCUFF_CATEGORIES, INFORMED_RELATIONSHIPS, POLICE_RANKS, SURRENDER_OUTCOMES, SURRENDER_TO_POLICE_CUSTODY } from '../../codes.ts';
import { ErrorMessage, Notice } from '../../components/Alert.tsx';
import { ClockEntry, ClockList } from '../../components/Clocks.tsx';
import { Options } from '../../components/Field.tsx';
import { PathArea, PathDateTime, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { formatDateTime, fromIstInput } from '../../format.ts';
import { missing, trimOrUndefined } from '../../forms.ts';
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

type Dialog = { kind: 'arrest' } | { kind: 'produce' | 'custody'; accused: Accused; arrest: AccusedArrest } | { kind: 'abscond'; accused: Accused };

/**
 * The accused of the case (IIF-3): each one's code, where they stand, their memos and custody
 * ledger and their clocks — production within 24 hours (BNSS 58) and default bail (BNSS 187(3)).
 * Whoever may act on the case records arrests, production, the court's orders and absconding; the
 * server judges each memo (a woman at night, handcuffs, BNSS 35(7)) and names the field to fix.
 */
export function ArrestsSection({ file, onChange }: { file: CaseFile; onChange: (f: CaseFile) => void }) {
  const { t, lang } = useI18n();
  const { dialog, open, close, finish, status } = useDialogs<Dialog>();
  const [printProblem, setPrintProblem] = useState<string | null>(null);

  async function done(message: string) {
    onChange(await cases.file(file.firId));
    finish(message);
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
  const form = useStepForm();
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
  /** The field at a path, labelled as the summary names it. */
  const field = (path: string) => ({ path, label: labels[path] ?? path });
  const when = fromIstInput(at);

  async function send() {
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
    await onDone(await arrests.record(file.firId, input));
  }

  return (
    <StepDialog
      form={form}
      title={t('arrests.record')}
      intro={t('arrests.recordIntro')}
      wide
      testId="arrest-form"
      labels={labels}
      submit={t('arrests.recordSave')}
      onClose={onClose}
      check={() => missing(t, { personId, outcome, at: when, place })}
      send={send}
    >
      <PathSelect {...field('personId')} value={personId} onChange={setPersonId} required autoFocus>
        <Options empty={t('common.choose')} items={choosable} code={(a) => a.person.id} name={(a) => accusedLabel(t, a)} />
      </PathSelect>
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
      <PathSelect {...field('outcome')} value={outcome} onChange={setOutcome} required>
        <Options empty={t('common.choose')} items={outcomes} code={(o) => o} name={(o) => t(`arrestOutcome.${o}`)} />
      </PathSelect>
      <PathDateTime {...field('at')} value={at} onChange={setAt} required />
      <PathText {...field('place')} value={place} onChange={setPlace} required />
      {kind === 'surrender' ? (
        <>
          <PathText {...field('court')} value={court} onChange={setCourt} required />
          {SURRENDER_TO_POLICE_CUSTODY.some((o) => o === outcome) || form.errors['custodyUntil'] ? <PathDateTime {...field('custodyUntil')} value={custodyUntil} onChange={setCustodyUntil} /> : null}
          <PathText {...field('orderReference')} value={orderReference} onChange={setOrderReference} />
        </>
      ) : (
        <>
          <PathArea {...field('grounds')} hint={t('arrests.groundsHint')} rows={3} dir="auto" value={grounds} onChange={setGrounds} />
          <Group legend={t('arrests.informed')} hint={t('arrests.informedHint')}>
            <PathText {...field('personInformed.name')} value={informed.name} onChange={(name) => setInformed({ ...informed, name })} />
            <PathSelect {...field('personInformed.relationship')} value={informed.relationship} onChange={(relationship) => setInformed({ ...informed, relationship })}>
              <Options empty={t('common.choose')} items={INFORMED_RELATIONSHIPS} code={(r) => r} name={(r) => t(`informedRelationship.${r}`)} />
            </PathSelect>
            <PathText {...field('personInformed.phone')} type="tel" value={informed.phone} onChange={(phone) => setInformed({ ...informed, phone })} />
            <PathDateTime {...field('personInformed.informedAt')} value={informed.informedAt} onChange={(informedAt) => setInformed({ ...informed, informedAt })} />
          </Group>
          <PathText {...field('attestingWitness')} hint={t('arrests.witnessHint')} value={witness} onChange={setWitness} />
        </>
      )}
      <Group legend={t('arrests.handcuff')} hint={t('arrests.handcuffHint')}>
        <PathSelect {...field('handcuff.category')} value={handcuff.category} onChange={(category) => setHandcuff({ ...handcuff, category })}>
          <Options empty={t('arrests.noHandcuffs')} items={HANDCUFF_CATEGORIES} code={(c) => c} name={(c) => t(`handcuffCategory.${c}`)} />
        </PathSelect>
        {handcuff.category || form.errors['handcuff.reason'] ? (
          <PathArea {...field('handcuff.reason')} rows={2} dir="auto" value={handcuff.reason} onChange={(reason) => setHandcuff({ ...handcuff, reason })} />
        ) : null}
      </Group>
      {kind === 'arrest' ? (
        <>
          <Group legend={labels['magistratePermission']!} hint={t('arrests.magistrateHint')}>
            <PathText
              {...field('magistratePermission.magistrate')}
              group={field('magistratePermission')}
              value={magistrate.magistrate}
              onChange={(v) => setMagistrate({ ...magistrate, magistrate: v })}
            />
            <PathText {...field('magistratePermission.reference')} value={magistrate.reference} onChange={(reference) => setMagistrate({ ...magistrate, reference })} />
            <PathDateTime {...field('magistratePermission.grantedAt')} value={magistrate.grantedAt} onChange={(grantedAt) => setMagistrate({ ...magistrate, grantedAt })} />
          </Group>
          <Group legend={labels['seniorPermission']!} hint={t('arrests.seniorHint')}>
            <label className="checkbox">
              <input type="checkbox" name="infirm" checked={infirm} onChange={(e) => setInfirm(e.target.checked)} /> {t('arrests.infirm')}
            </label>
            <PathText {...field('seniorPermission.officer')} group={field('seniorPermission')} value={senior.officer} onChange={(officer) => setSenior({ ...senior, officer })} />
            <PathSelect {...field('seniorPermission.rank')} value={senior.rank} onChange={(rank) => setSenior({ ...senior, rank })}>
              <Options empty={t('common.choose')} items={POLICE_RANKS} code={(r) => r} name={(r) => t(`policeRank.${r}`)} />
            </PathSelect>
            <PathDateTime {...field('seniorPermission.grantedAt')} value={senior.grantedAt} onChange={(grantedAt) => setSenior({ ...senior, grantedAt })} />
          </Group>
        </>
      ) : null}
    </StepDialog>
  );
}

function ProductionDialog({ file, accused, arrest, onClose, onDone }: { file: CaseFile; accused: Accused; arrest: AccusedArrest; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [at, setAt] = useState('');
  const [court, setCourt] = useState('');
  const [magistrate, setMagistrate] = useState('');
  const form = useStepForm();
  const labels = { at: t('arrests.producedWhen'), court: t('arrests.court'), magistrate: t('arrests.magistrate') };
  const when = fromIstInput(at);

  return (
    <StepDialog
      form={form}
      title={t('arrests.produceFor', { who: accusedLabel(t, accused) })}
      intro={t('arrests.produceIntro')}
      testId="production-form"
      labels={labels}
      submit={t('arrests.produceSave')}
      onClose={onClose}
      check={() => missing(t, { at: when, court, magistrate })}
      send={async () => {
        await arrests.produce(file.firId, arrest.id, { at: when!, court: court.trim(), magistrate: magistrate.trim() });
        await onDone();
      }}
    >
      <PathDateTime path="at" label={labels.at} value={at} onChange={setAt} required autoFocus />
      <PathText path="court" label={labels.court} value={court} onChange={setCourt} required />
      <PathText path="magistrate" label={labels.magistrate} value={magistrate} onChange={setMagistrate} required />
    </StepDialog>
  );
}

function CustodyDialog({ file, accused, arrest, onClose, onDone }: { file: CaseFile; accused: Accused; arrest: AccusedArrest; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [court, setCourt] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const form = useStepForm();
  const chosen = CUSTODY_KINDS.find((k) => k === kind);
  const labels = { kind: t('arrests.custodyKind'), from: t('arrests.from'), until: t('arrests.until'), court: t('arrests.court'), orderReference: t('arrests.orderReference') };
  const start = fromIstInput(from);

  async function send() {
    await arrests.orderCustody(file.firId, arrest.id, {
      kind: chosen!,
      from: start!,
      until: until ? (fromIstInput(until) ?? until) : undefined,
      court: court.trim(),
      orderReference: orderReference.trim(),
    });
    await onDone();
  }

  return (
    <StepDialog
      form={form}
      title={t('arrests.custodyFor', { who: accusedLabel(t, accused) })}
      intro={t('arrests.custodyIntro')}
      testId="custody-form"
      labels={labels}
      submit={t('arrests.custodySave')}
      onClose={onClose}
      check={() => missing(t, { kind: chosen, from: start, court, orderReference })}
      send={send}
    >
      <PathSelect path="kind" label={labels.kind} value={kind} onChange={setKind} required autoFocus>
        <Options empty={t('common.choose')} items={CUSTODY_KINDS} code={(k) => k} name={(k) => t(`custodyKind.${k}`)} />
      </PathSelect>
      <PathDateTime path="from" label={labels.from} value={from} onChange={setFrom} required />
      <PathDateTime path="until" label={labels.until} hint={t('arrests.untilHint')} value={until} onChange={setUntil} />
      <PathText path="court" label={labels.court} value={court} onChange={setCourt} required />
      <PathText path="orderReference" label={labels.orderReference} value={orderReference} onChange={setOrderReference} required />
    </StepDialog>
  );
}

function AbscondingDialog({ file, accused, onClose, onDone }: { file: CaseFile; accused: Accused; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [since, setSince] = useState('');
  const [note, setNote] = useState('');
  const form = useStepForm();
  const labels = { since: t('arrests.abscondingFrom'), note: t('arrests.abscondingNote') };
  const when = fromIstInput(since);

  async function send() {
    // The dialog is offered only for an accused the reader may name.
    if (accused.person.masked) return;
    await arrests.declareAbsconding(file.firId, { personId: accused.person.id, since: when!, note: note.trim() });
    await onDone();
  }

  return (
    <StepDialog
      form={form}
      title={t('arrests.abscondFor', { who: accusedLabel(t, accused) })}
      testId="absconding-form"
      labels={labels}
      submit={t('arrests.abscondSave')}
      onClose={onClose}
      check={() => missing(t, { since: when, note })}
      send={send}
    >
      <PathDateTime path="since" label={labels.since} value={since} onChange={setSince} required autoFocus />
      <PathArea path="note" label={labels.note} hint={t('arrests.abscondingHint')} rows={3} dir="auto" value={note} onChange={setNote} required />
    </StepDialog>
  );
}

/**
 * A station dashboard's list of accused put there by a clock: persons to be produced before a
 * Magistrate (BNSS 58) or whose default bail (BNSS 187(3)) is near. Nothing shown when empty.
 */
export function AccusedDueSection({ items, kind }: { items: AccusedDue[]; kind: 'toProduce' | 'defaultBail' }) {
  const { t } = useI18n();
  if (!items.length) return null;
  const heading = `arrests-${kind}-h`;
  return (
    <section className="card card-spaced" aria-labelledby={heading} data-testid={`dash-${kind}`}>
      <h2 id={heading}>{kind === 'toProduce' ? t('dash.toProduce') : t('dash.defaultBail')}</h2>
      <ul className="clock-list">
        {items.map((d) => (
          <ClockEntry
            key={`${d.firId}-${d.accusedCode}-${d.clock.code}`}
            clock={d.clock}
            record={
              <a href={hrefFor('case', d.firId)} className="clock-record">
                {t('dash.firNo', { number: d.number })} · {d.accusedCode} · {d.person.masked ? t('arrests.withheld') : d.person.name}
              </a>
            }
          />
        ))}
      </ul>
    </section>
  );
}
