import { useRef, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { cases, type CaseFile } from '../../cases-api.ts';
import { CUSTODY_MOVES, CUSTODY_PLACES, CUSTODY_MOVES_WITH_DESTINATION, CUSTODY_MOVES_WITH_ORDER, COURT_STEPS, ELECTRONIC_CATEGORIES, SEIZURE_CATEGORIES } from '../../codes.ts';
import { ErrorMessage, Notice } from '../../components/Alert.tsx';
import { ClockList } from '../../components/Clocks.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { errorText } from '../../errors.ts';
import { formatDateTime, formatRupees, fromIstInput, roleName } from '../../format.ts';
import { errorsFor, fieldId, trimOrUndefined, useSubmission, type FieldErrors } from '../../forms.ts';
import { useLoad, useOfficers, type OfficerOption } from '../../hooks.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { property, type CustodyPartyInput, type PropertyItem, type SeizureInput } from '../../property-api.ts';
import { records, type PersonView } from '../../records-api.ts';

const NAMED = '__named__';
const sameIn = (list: readonly string[], code: string) => list.includes(code);

/** Where an item is, in words (a code the page does not know yet as the server wrote it). */
export const placeName = (t: TFunction, code: string) => (sameIn(CUSTODY_PLACES, code) ? t(`custodyPlace.${code}`) : code);
const categoryName = (t: TFunction, code: string) => (sameIn(SEIZURE_CATEGORIES, code) ? t(`seizureCategory.${code}`) : code);

/**
 * The case's seized property: every item with where it is now and its court clocks (BNSS 497);
 * for whoever may act on the case, the seizure memo (IIF-4), the movements of each item and the
 * court's steps. The server judges every move (an item is never in two places or nowhere): the
 * page offers the kinds and says what the server answered.
 */
export function PropertySection({ user, file, onChange }: { user: SessionUser; file: CaseFile; onChange: (f: CaseFile) => void }) {
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<{ kind: 'seize' } | { kind: 'move' | 'court'; item: PropertyItem } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const seizures = [...new Set(file.property.map((i) => i.seizureId))];

  function open(d: NonNullable<typeof dialog>) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setStatus(null);
    setWarning(null);
    setDialog(d);
  }
  function close() {
    setDialog(null);
    window.setTimeout(() => returnFocus.current?.focus(), 0);
  }
  async function done(message: string, problem: string | null = null) {
    onChange(await cases.file(file.firId));
    setStatus(message);
    setWarning(problem);
    close();
  }

  return (
    <section className="card" aria-labelledby="case-property" data-testid="case-property">
      <div className="section-head-row">
        <h2 id="case-property">{t('property.title')}</h2>
        {file.may.act ? (
          <button type="button" className="btn btn-primary" data-testid="seizure-add" onClick={() => open({ kind: 'seize' })}>
            {t('property.seize')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('property.intro')}</p>
      <Notice tone="success">{status}</Notice>
      <ErrorMessage message={warning} />
      {file.property.length === 0 ? (
        <p className="muted">{t('property.none')}</p>
      ) : (
        <ul className="property-list" data-testid="property-items">
          {file.property.map((item) => (
            <li key={item.id} className="property-item" data-testid={`property-item-${item.number}`}>
              <h3>
                {t('property.itemNo', { number: item.number })} · {categoryName(t, item.category)}
              </h3>
              <p className="pre-wrap">{item.description}</p>
              <p className="muted">
                {t('property.quantity')}: {item.quantity}
                {item.sealNo ? ` · ${t('property.seal')}: ${item.sealNo}` : ''}
                {item.value !== null ? ` · ${formatRupees(item.value, lang)}` : ''}
              </p>
              <p data-testid="property-where">
                <strong>{t('property.nowAt', { place: placeName(t, item.place) })}</strong>
                {item.destination ? ` (${item.destination})` : ''} · {t('property.since', { when: formatDateTime(item.since, lang) })}
                {item.keptAt !== file.investigatingUnit.code ? ` · ${t('property.keptAt', { unit: item.keptAt })}` : ''}
              </p>
              {item.clocks.length ? <ClockList clocks={item.clocks} /> : null}
              {item.textWithheld ? <p className="muted">{t('case.textWithheld')}</p> : null}
              <div className="property-actions">
                {file.may.act && !item.final ? (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    data-testid="property-move"
                    aria-label={t('property.moveTitle', { number: item.number })}
                    onClick={() => open({ kind: 'move', item })}
                  >
                    {t('property.move')}
                  </button>
                ) : null}
                {file.may.act ? (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    data-testid="property-court"
                    aria-label={t('property.courtStepTitle', { number: item.number })}
                    onClick={() => open({ kind: 'court', item })}
                  >
                    {t('property.courtStep')}
                  </button>
                ) : null}
                {item.device?.sha256 ? (
                  <PrintLinks label={t('property.certificateDevice')} href={(l) => property.certificateUrl(file.firId, item.seizureId, item.id, l)} testId="bsa63-device" onProblem={setPrintProblem} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {seizures.length ? (
        <>
          <h3>{t('property.forms')}</h3>
          <ul className="print-list" data-testid="seizure-forms">
            {seizures.map((s, i) => (
              <li key={s}>
                {t('property.seizureNo', {
                  no: i + 1,
                  items: file.property
                    .filter((x) => x.seizureId === s)
                    .map((x) => x.number)
                    .join(', '),
                })}{' '}
                <PrintLinks label={t('property.memo')} href={(l) => property.memoUrl(file.firId, s, l)} testId="memo" onProblem={setPrintProblem} />{' '}
                <PrintLinks label={t('property.certificateVideo')} href={(l) => property.certificateUrl(file.firId, s, 'video', l)} testId="bsa63-video" onProblem={setPrintProblem} />
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('property.certificateHint')}</p>
          <ErrorMessage message={printProblem} />
        </>
      ) : null}

      {dialog?.kind === 'seize' ? <SeizureDialog user={user} file={file} onClose={close} onDone={(numbers, problem) => done(t('property.seized', { numbers }), problem)} /> : null}
      {dialog?.kind === 'move' ? (
        <MoveDialog user={user} file={file} item={dialog.item} onClose={close} onDone={(place) => done(t('property.moved', { number: dialog.item.number, place: placeName(t, place) }))} />
      ) : null}
      {dialog?.kind === 'court' ? <CourtStepDialog file={file} item={dialog.item} onClose={close} onDone={() => done(t('property.courtStepDone', { number: dialog.item.number }))} /> : null}
    </section>
  );
}

/** A printed form in English and in Hindi; a refusal is said in the section (`onProblem`), not saved as the file. */
export function PrintLinks({ label, href, testId, onProblem }: { label: string; href: (lang: 'en' | 'hi') => string; testId: string; onProblem: (message: string | null) => void }) {
  const { t } = useI18n();
  async function save(e: MouseEvent<HTMLAnchorElement>) {
    e.preventDefault();
    onProblem(null);
    try {
      const { blob, filename } = await property.printed(e.currentTarget.href);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = filename;
      a.click();
      window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (err) {
      onProblem(`${label}: ${errorText(t, err)}`);
    }
  }
  return (
    <span className="print-links">
      {label}:{' '}
      <a href={href('en')} download aria-label={`${label} — ${t('copy.english')}`} onClick={(e) => void save(e)} data-testid={`${testId}-en`}>
        {t('copy.english')}
      </a>{' '}
      ·{' '}
      <a href={href('hi')} download lang="hi" aria-label={`${label} — ${t('copy.hindi')}`} onClick={(e) => void save(e)} data-testid={`${testId}-hi`}>
        {t('copy.hindi')}
      </a>
    </span>
  );
}

interface PartyDraft {
  /** A user's id, NAMED for someone outside the system, '' for nobody chosen (or, handing over, the recording officer). */
  choice: string;
  name: string;
  designation: string;
}
const NO_PARTY: PartyDraft = { choice: '', name: '', designation: '' };

function partyInput(p: PartyDraft): CustodyPartyInput | undefined {
  if (p.choice === NAMED) return { name: p.name.trim(), ...(p.designation.trim() ? { designation: p.designation.trim() } : {}) };
  return p.choice ? { userId: p.choice } : undefined;
}

/** Who hands an item over or receives it: an officer of the station, or a person named with a designation. */
function PartyFields({
  path,
  label,
  hint,
  empty,
  value,
  onChange,
  officers,
  fe,
}: {
  path: string;
  label: string;
  hint?: string;
  /** The words of the empty choice. */
  empty: string;
  value: PartyDraft;
  onChange: (p: PartyDraft) => void;
  officers: OfficerOption[];
  fe: (path: string, label: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="form-stack">
      <legend>{label}</legend>
      <SelectField id={fieldId(path)} label={t('property.party.who')} hint={hint} value={value.choice} onChange={(e) => onChange({ ...value, choice: e.target.value })} error={fe(path, label)}>
        <option value="">{empty}</option>
        {officers.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} ({roleName(t, o.role)})
          </option>
        ))}
        <option value={NAMED}>{t('property.party.named')}</option>
      </SelectField>
      {value.choice === NAMED ? (
        <div className="grid-2">
          <TextField
            id={fieldId(`${path}.name`)}
            label={t('property.party.name')}
            value={value.name}
            onChange={(e) => onChange({ ...value, name: e.target.value })}
            error={fe(`${path}.name`, t('property.party.name'))}
          />
          <TextField
            id={fieldId(`${path}.designation`)}
            label={t('property.party.designation')}
            hint={t('property.party.designationHint')}
            value={value.designation}
            onChange={(e) => onChange({ ...value, designation: e.target.value })}
            error={fe(`${path}.designation`, t('property.party.designation'))}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

function checkParty(t: TFunction, p: PartyDraft, path: string, found: FieldErrors, required: boolean) {
  if (p.choice === NAMED && !p.name.trim()) found[`${path}.name`] = t('form.required');
  else if (required && !p.choice) found[path] = t('form.required');
}

interface ItemDraft {
  description: string;
  category: string;
  quantity: string;
  sealNo: string;
  placeFound: string;
  value: string;
  make: string;
  model: string;
  serialNo: string;
  imei: string;
  sha256: string;
}
const NEW_ITEM: ItemDraft = { description: '', category: '', quantity: '1', sealNo: '', placeFound: '', value: '', make: '', model: '', serialNo: '', imei: '', sha256: '' };

interface WitnessDraft {
  personId: string;
  name: string;
  address: string;
}
const NEW_WITNESS: WitnessDraft = { personId: '', name: '', address: '' };

interface Recording {
  file: File;
  sha256: string;
  size: number;
}

/** The SHA-256 of a file, read in the browser: the officer never types a hash. */
async function sha256Of(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the server keeps of a recording sent with the memo (src/records/attachments.ts RECORDING_TYPES, RECORDING_MAX_BYTES). */
const SENDABLE_TYPES = ['video/mp4', 'video/3gpp', 'video/quicktime', 'video/webm'];
const SENDABLE_BYTES = 64 * 1024 * 1024;

// Fieldsets carry no field id: an error on a group ('witnesses', 'items.0.device') moves focus to
// the first field inside it (focusField), which a fieldset could not take.
function SeizureDialog({ user, file, onClose, onDone }: { user: SessionUser; file: CaseFile; onClose: () => void; onDone: (numbers: string, problem: string | null) => Promise<void> }) {
  const { t, lang } = useI18n();
  const fir = useLoad(() => records.fir(file.firId), [file.firId]);
  const officers = useOfficers(user).filter((o) => o.id !== user.id);
  const [seizedAt, setSeizedAt] = useState('');
  const [place, setPlace] = useState('');
  const [searchOf, setSearchOf] = useState('');
  const [seizedFrom, setSeizedFrom] = useState('');
  const [items, setItems] = useState<ItemDraft[]>([{ ...NEW_ITEM }]);
  const [witnesses, setWitnesses] = useState<WitnessDraft[]>([{ ...NEW_WITNESS }, { ...NEW_WITNESS }]);
  const [recording, setRecording] = useState<Recording | null>(null);
  const [hashing, setHashing] = useState(false);
  const [hashError, setHashError] = useState<string | null>(null);
  const [send, setSend] = useState(true);
  const [videoNote, setVideoNote] = useState('');
  const [forwardedAt, setForwardedAt] = useState('');
  const [magistrate, setMagistrate] = useState('');
  const [remarks, setRemarks] = useState('');
  const [depositedAt, setDepositedAt] = useState('');
  const [depositedWith, setDepositedWith] = useState<PartyDraft>(NO_PARTY);
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const persons: PersonView[] = fir.data ? [fir.data.complainant, ...fir.data.victims, ...fir.data.witnesses, ...fir.data.accused].filter((p): p is PersonView => !!p) : [];
  const named = persons.flatMap((p) => (p.masked ? [] : [{ id: p.id, label: `${p.name}${p.role ? ` (${t(`personRole.${p.role}`)})` : ''}` }]));
  const sendable = !!recording && SENDABLE_TYPES.includes(recording.file.type) && recording.size <= SENDABLE_BYTES;

  const changeItem = (i: number, patch: Partial<ItemDraft>) => setItems((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const changeWitness = (i: number, patch: Partial<WitnessDraft>) => setWitnesses((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  async function chooseVideo(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    setRecording(null);
    setHashError(null);
    if (!chosen) return;
    if (!globalThis.crypto?.subtle) {
      setHashError(t('property.video.noCrypto'));
      return;
    }
    setHashing(true);
    try {
      setRecording({ file: chosen, sha256: await sha256Of(chosen), size: chosen.size });
      if (!videoNote) setVideoNote(chosen.name);
    } catch {
      setHashError(t('property.video.unreadable'));
    } finally {
      setHashing(false);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || hashing) return;
    const found: FieldErrors = {};
    const at = fromIstInput(seizedAt);
    if (!at) found['seizedAt'] = t('form.required');
    if (!place.trim()) found['place'] = t('form.required');
    items.forEach((it, i) => {
      if (!it.description.trim()) found[`items.${i}.description`] = t('form.required');
      if (!it.category) found[`items.${i}.category`] = t('form.required');
      if (!it.quantity.trim()) found[`items.${i}.quantity`] = t('form.required');
      if (it.value.trim() && !/^\d+$/.test(it.value.trim())) found[`items.${i}.value`] = t('property.item.valueWhole');
    });
    witnesses.forEach((w, i) => {
      if (!w.personId && !w.name.trim()) found[`witnesses.${i}.name`] = t('form.required');
    });
    checkParty(t, depositedWith, 'depositedWith', found, true);
    if (refuse(found)) return;
    const input: SeizureInput = {
      seizedAt: at!,
      place: place.trim(),
      searchOf: trimOrUndefined(searchOf),
      seizedFrom: trimOrUndefined(seizedFrom),
      items: items.map((it) => {
        const electronic = sameIn(ELECTRONIC_CATEGORIES, it.category);
        const device = {
          make: trimOrUndefined(it.make),
          model: trimOrUndefined(it.model),
          serialNo: trimOrUndefined(it.serialNo),
          imei: trimOrUndefined(it.imei),
          sha256: trimOrUndefined(it.sha256)?.toLowerCase(),
        };
        return {
          description: it.description.trim(),
          category: it.category,
          quantity: it.quantity.trim(),
          sealNo: trimOrUndefined(it.sealNo),
          placeFound: trimOrUndefined(it.placeFound),
          value: it.value.trim() ? Number(it.value.trim()) : undefined,
          ...(electronic ? { device } : {}),
        };
      }),
      witnesses: witnesses.map((w) => (w.personId ? { personId: w.personId } : { name: w.name.trim(), address: trimOrUndefined(w.address) })),
      video: recording
        ? { sha256: recording.sha256, size: recording.size, description: trimOrUndefined(videoNote), forwardedToMagistrateAt: fromIstInput(forwardedAt), magistrate: trimOrUndefined(magistrate) }
        : null,
      remarks: trimOrUndefined(remarks),
      depositedAt: fromIstInput(depositedAt),
      depositedWith: partyInput(depositedWith)!,
    };
    await attempt(async () => {
      const seizure = await property.seize(file.firId, input);
      let problem: string | null = null;
      if (recording && send && sendable) {
        // The memo stands with the hash; the bytes may follow later if sending fails now.
        problem = await property.sendRecording(file.firId, seizure.id, recording.file).then(
          () => null,
          (err: unknown) => t('property.video.notSent', { reason: errorText(t, err) }),
        );
      }
      await onDone(seizure.items.map((i) => i.number).join(', '), problem);
    });
  }

  return (
    <Modal title={t('property.seize')} onClose={onClose} wide>
      <p className="muted">{t('property.seizeIntro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="seizure-form">
        <fieldset className="form-stack">
          <legend>{t('property.search')}</legend>
          <DateTimeField path="seizedAt" label={t('property.seizedAt')} value={seizedAt} onChange={setSeizedAt} error={fe('seizedAt', t('property.seizedAt'))} required autoFocus />
          <TextField id={fieldId('place')} label={t('property.place')} value={place} onChange={(e) => setPlace(e.target.value)} error={fe('place', t('property.place'))} required />
          <div className="grid-2">
            <TextField
              id={fieldId('searchOf')}
              label={t('property.searchOf')}
              hint={t('property.searchOfHint')}
              value={searchOf}
              onChange={(e) => setSearchOf(e.target.value)}
              error={fe('searchOf', t('property.searchOf'))}
            />
            <TextField
              id={fieldId('seizedFrom')}
              label={t('property.seizedFrom')}
              value={seizedFrom}
              onChange={(e) => setSeizedFrom(e.target.value)}
              error={fe('seizedFrom', t('property.seizedFrom'))}
            />
          </div>
        </fieldset>

        <fieldset className="form-stack">
          <legend>{t('property.items')}</legend>
          {items.map((it, i) => (
            <div key={i} className="statement" data-testid={`seizure-item-${i}`}>
              <h3>{t('property.item.heading', { no: i + 1 })}</h3>
              <TextAreaField
                id={fieldId(`items.${i}.description`)}
                label={t('common.description')}
                rows={2}
                dir="auto"
                value={it.description}
                onChange={(e) => changeItem(i, { description: e.target.value })}
                error={fe(`items.${i}.description`, t('common.description'))}
              />
              <div className="grid-2">
                <SelectField
                  id={fieldId(`items.${i}.category`)}
                  label={t('property.item.category')}
                  value={it.category}
                  onChange={(e) => changeItem(i, { category: e.target.value })}
                  error={fe(`items.${i}.category`, t('property.item.category'))}
                >
                  <option value="">{t('common.choose')}</option>
                  {SEIZURE_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`seizureCategory.${c}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={fieldId(`items.${i}.quantity`)}
                  label={t('property.quantity')}
                  hint={t('property.item.quantityHint')}
                  value={it.quantity}
                  onChange={(e) => changeItem(i, { quantity: e.target.value })}
                  error={fe(`items.${i}.quantity`, t('property.quantity'))}
                />
                <TextField
                  id={fieldId(`items.${i}.sealNo`)}
                  label={t('property.seal')}
                  value={it.sealNo}
                  onChange={(e) => changeItem(i, { sealNo: e.target.value })}
                  error={fe(`items.${i}.sealNo`, t('property.seal'))}
                />
                <TextField
                  id={fieldId(`items.${i}.value`)}
                  label={t('property.item.value')}
                  inputMode="numeric"
                  value={it.value}
                  onChange={(e) => changeItem(i, { value: e.target.value })}
                  error={fe(`items.${i}.value`, t('property.item.value'))}
                />
              </div>
              <TextField
                id={fieldId(`items.${i}.placeFound`)}
                label={t('property.item.placeFound')}
                value={it.placeFound}
                onChange={(e) => changeItem(i, { placeFound: e.target.value })}
                error={fe(`items.${i}.placeFound`, t('property.item.placeFound'))}
              />
              {sameIn(ELECTRONIC_CATEGORIES, it.category) ? (
                <fieldset className="form-stack">
                  <legend>{t('property.device.title')}</legend>
                  {fe(`items.${i}.device`, t('property.device.title')) ? <p className="field-error">{fe(`items.${i}.device`, t('property.device.title'))}</p> : null}
                  <div className="grid-2">
                    <TextField
                      id={fieldId(`items.${i}.device.make`)}
                      label={t('property.device.make')}
                      value={it.make}
                      onChange={(e) => changeItem(i, { make: e.target.value })}
                      error={fe(`items.${i}.device.make`, t('property.device.make'))}
                    />
                    <TextField
                      id={fieldId(`items.${i}.device.model`)}
                      label={t('property.device.model')}
                      value={it.model}
                      onChange={(e) => changeItem(i, { model: e.target.value })}
                      error={fe(`items.${i}.device.model`, t('property.device.model'))}
                    />
                    <TextField
                      id={fieldId(`items.${i}.device.serialNo`)}
                      label={t('property.device.serialNo')}
                      value={it.serialNo}
                      onChange={(e) => changeItem(i, { serialNo: e.target.value })}
                      error={fe(`items.${i}.device.serialNo`, t('property.device.serialNo'))}
                    />
                    <TextField
                      id={fieldId(`items.${i}.device.imei`)}
                      label={t('property.device.imei')}
                      hint={t('property.device.imeiHint')}
                      inputMode="numeric"
                      value={it.imei}
                      onChange={(e) => changeItem(i, { imei: e.target.value })}
                      error={fe(`items.${i}.device.imei`, t('property.device.imei'))}
                    />
                  </div>
                  <TextField
                    id={fieldId(`items.${i}.device.sha256`)}
                    label={t('property.device.sha256')}
                    hint={t('property.device.sha256Hint')}
                    spellCheck={false}
                    value={it.sha256}
                    onChange={(e) => changeItem(i, { sha256: e.target.value })}
                    error={fe(`items.${i}.device.sha256`, t('property.device.sha256'))}
                  />
                </fieldset>
              ) : null}
              {items.length > 1 ? (
                <button type="button" className="btn btn-link" onClick={() => setItems((l) => l.filter((_, j) => j !== i))}>
                  {t('property.item.remove')}
                </button>
              ) : null}
            </div>
          ))}
          <button type="button" className="btn btn-secondary" data-testid="seizure-add-item" onClick={() => setItems((l) => [...l, { ...NEW_ITEM }])}>
            {t('property.item.add')}
          </button>
        </fieldset>

        <fieldset className="form-stack">
          <legend>{t('property.witnesses')}</legend>
          <p className="field-hint">{t('property.witnessesHint')}</p>
          {fe('witnesses', t('property.witnesses')) ? <p className="field-error">{fe('witnesses', t('property.witnesses'))}</p> : null}
          {witnesses.map((w, i) => (
            <div key={i} className="statement">
              <SelectField
                id={fieldId(`witnesses.${i}.personId`)}
                label={t('property.witness', { no: i + 1 })}
                value={w.personId}
                onChange={(e) => changeWitness(i, { personId: e.target.value })}
                error={fe(`witnesses.${i}.personId`, t('property.witness', { no: i + 1 }))}
              >
                <option value="">{t('case.diary.someoneElse')}</option>
                {named.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </SelectField>
              {!w.personId ? (
                <div className="grid-2">
                  <TextField
                    id={fieldId(`witnesses.${i}.name`)}
                    label={t('property.party.name')}
                    value={w.name}
                    onChange={(e) => changeWitness(i, { name: e.target.value })}
                    error={fe(`witnesses.${i}.name`, t('property.party.name'))}
                  />
                  <TextField
                    id={fieldId(`witnesses.${i}.address`)}
                    label={t('property.witnessAddress')}
                    value={w.address}
                    onChange={(e) => changeWitness(i, { address: e.target.value })}
                    error={fe(`witnesses.${i}.address`, t('property.witnessAddress'))}
                  />
                </div>
              ) : null}
              <button type="button" className="btn btn-link" onClick={() => setWitnesses((l) => l.filter((_, j) => j !== i))}>
                {t('property.witnessRemove')}
              </button>
            </div>
          ))}
          <button type="button" className="btn btn-secondary" onClick={() => setWitnesses((l) => [...l, { ...NEW_WITNESS }])}>
            {t('property.witnessAdd')}
          </button>
        </fieldset>

        <fieldset className="form-stack">
          <legend>{t('property.video.title')}</legend>
          <p className="field-hint">{t('property.video.intro')}</p>
          <TextField
            id={fieldId('video.sha256')}
            type="file"
            accept="video/*"
            label={t('property.video.file')}
            onChange={(e) => void chooseVideo(e)}
            error={hashError ?? fe('video.sha256', t('property.video.file'))}
          />
          {hashing ? (
            <p className="muted" role="status">
              {t('property.video.hashing')}
            </p>
          ) : null}
          {recording ? (
            <>
              <dl className="facts" data-testid="video-hash">
                <div>
                  <dt>{t('property.video.sha256')}</dt>
                  <dd>
                    <code className="hash">{recording.sha256}</code>
                  </dd>
                </div>
                <div>
                  <dt>{t('property.video.size')}</dt>
                  <dd>{t('property.video.bytes', { n: recording.size.toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN') })}</dd>
                </div>
              </dl>
              {sendable ? (
                <label className="checkbox">
                  <input type="checkbox" checked={send} onChange={(e) => setSend(e.target.checked)} data-testid="video-send" /> {t('property.video.send')}
                </label>
              ) : (
                <p className="field-hint">{t('property.video.tooLarge')}</p>
              )}
              <TextField
                id={fieldId('video.description')}
                label={t('property.video.description')}
                value={videoNote}
                onChange={(e) => setVideoNote(e.target.value)}
                error={fe('video.description', t('property.video.description'))}
              />
              <div className="grid-2">
                <DateTimeField
                  path="video.forwardedToMagistrateAt"
                  label={t('property.video.forwardedAt')}
                  value={forwardedAt}
                  onChange={setForwardedAt}
                  error={fe('video.forwardedToMagistrateAt', t('property.video.forwardedAt'))}
                />
                <TextField
                  id={fieldId('video.magistrate')}
                  label={t('property.video.magistrate')}
                  value={magistrate}
                  onChange={(e) => setMagistrate(e.target.value)}
                  error={fe('video.magistrate', t('property.video.magistrate'))}
                />
              </div>
            </>
          ) : null}
        </fieldset>

        <fieldset className="form-stack">
          <legend>{t('property.deposit')}</legend>
          <PartyFields
            path="depositedWith"
            label={t('property.depositedWith')}
            hint={t('property.depositedWithHint')}
            empty={t('common.choose')}
            value={depositedWith}
            onChange={setDepositedWith}
            officers={officers}
            fe={fe}
          />
          <DateTimeField
            path="depositedAt"
            label={t('property.depositedAt')}
            hint={t('property.depositedAtHint')}
            value={depositedAt}
            onChange={setDepositedAt}
            error={fe('depositedAt', t('property.depositedAt'))}
          />
        </fieldset>
        <TextAreaField
          id={fieldId('remarks')}
          label={t('property.remarks')}
          rows={2}
          dir="auto"
          value={remarks}
          onChange={(e) => setRemarks(e.target.value)}
          error={fe('remarks', t('property.remarks'))}
        />
        <FormActions busy={busy} disabled={hashing} submit={t('property.seizeSave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function MoveDialog({ user, file, item, onClose, onDone }: { user: SessionUser; file: CaseFile; item: PropertyItem; onClose: () => void; onDone: (place: string) => Promise<void> }) {
  const { t, lang } = useI18n();
  const officers = useOfficers(user);
  const [kind, setKind] = useState('');
  const [at, setAt] = useState('');
  const [handedBy, setHandedBy] = useState<PartyDraft>(NO_PARTY);
  const [receivedBy, setReceivedBy] = useState<PartyDraft>(NO_PARTY);
  const [destination, setDestination] = useState('');
  const [reference, setReference] = useState('');
  const [orderRef, setOrderRef] = useState('');
  const [note, setNote] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const when = fromIstInput(at);
    if (!kind) found['kind'] = t('form.required');
    if (!when) found['at'] = t('form.required');
    checkParty(t, handedBy, 'handedBy', found, false);
    checkParty(t, receivedBy, 'receivedBy', found, true);
    if (refuse(found)) return;
    await attempt(async () => {
      const moved = await property.move(file.firId, item.id, {
        kind,
        at: when!,
        handedBy: partyInput(handedBy),
        receivedBy: partyInput(receivedBy)!,
        destination: trimOrUndefined(destination),
        reference: trimOrUndefined(reference),
        orderRef: trimOrUndefined(orderRef),
        note: trimOrUndefined(note),
      });
      await onDone(moved.place);
    });
  }

  return (
    <Modal title={t('property.moveTitle', { number: item.number })} onClose={onClose} wide>
      <p className="muted">
        {t('property.nowAt', { place: placeName(t, item.place) })} · {t('property.since', { when: formatDateTime(item.since, lang) })}. {t('property.moveIntro')}
      </p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="move-form">
        <SelectField id={fieldId('kind')} label={t('property.moveKind')} value={kind} onChange={(e) => setKind(e.target.value)} error={fe('kind', t('property.moveKind'))} autoFocus required>
          <option value="">{t('common.choose')}</option>
          {CUSTODY_MOVES.map((k) => (
            <option key={k} value={k}>
              {t(`custodyMove.${k}`)}
            </option>
          ))}
        </SelectField>
        <DateTimeField path="at" label={t('property.moveAt')} value={at} onChange={setAt} error={fe('at', t('property.moveAt'))} required />
        <PartyFields
          path="handedBy"
          label={t('property.handedBy')}
          empty={t('property.party.me')}
          value={handedBy}
          onChange={setHandedBy}
          officers={officers.filter((o) => o.id !== user.id)}
          fe={fe}
        />
        <PartyFields
          path="receivedBy"
          label={t('property.receivedBy')}
          hint={t('property.receivedByHint')}
          empty={t('common.choose')}
          value={receivedBy}
          onChange={setReceivedBy}
          officers={officers}
          fe={fe}
        />
        {!kind || sameIn(CUSTODY_MOVES_WITH_DESTINATION, kind) || errors['destination'] ? (
          <TextField
            id={fieldId('destination')}
            label={t('property.destination')}
            hint={t('property.destinationHint')}
            value={destination}
            onChange={(e) => setDestination(e.target.value)}
            error={fe('destination', t('property.destination'))}
          />
        ) : null}
        <TextField
          id={fieldId('reference')}
          label={t('property.reference')}
          hint={t('property.referenceHint')}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          error={fe('reference', t('property.reference'))}
        />
        {sameIn(CUSTODY_MOVES_WITH_ORDER, kind) || errors['orderRef'] ? (
          <TextField
            id={fieldId('orderRef')}
            label={t('property.orderRef')}
            hint={t('property.orderRefHint')}
            value={orderRef}
            onChange={(e) => setOrderRef(e.target.value)}
            error={fe('orderRef', t('property.orderRef'))}
          />
        ) : null}
        <TextAreaField id={fieldId('note')} label={t('property.note')} rows={2} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} error={fe('note', t('property.note'))} />
        <FormActions busy={busy} submit={t('property.moveSave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function CourtStepDialog({ file, item, onClose, onDone }: { file: CaseFile; item: PropertyItem; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [step, setStep] = useState('');
  const [at, setAt] = useState('');
  const [orderRef, setOrderRef] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const chosen = COURT_STEPS.find((s) => s === step);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    const when = fromIstInput(at);
    if (!chosen) found['step'] = t('form.required');
    if (!when) found['at'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      await property.courtStep(file.firId, item.id, { step: chosen!, at: when!, orderRef: trimOrUndefined(orderRef) });
      await onDone();
    });
  }

  return (
    <Modal title={t('property.courtStepTitle', { number: item.number })} onClose={onClose}>
      <p className="muted">{t('property.courtStepIntro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="court-step-form">
        <SelectField id={fieldId('step')} label={t('property.courtStepKind')} value={step} onChange={(e) => setStep(e.target.value)} error={fe('step', t('property.courtStepKind'))} autoFocus required>
          <option value="">{t('common.choose')}</option>
          {COURT_STEPS.map((s) => (
            <option key={s} value={s}>
              {t(`courtStep.${s}`)}
            </option>
          ))}
        </SelectField>
        <DateTimeField path="at" label={t('property.courtStepAt')} value={at} onChange={setAt} error={fe('at', t('property.courtStepAt'))} required />
        <TextField
          id={fieldId('orderRef')}
          label={t('property.orderRef')}
          hint={t('property.orderRefHint')}
          value={orderRef}
          onChange={(e) => setOrderRef(e.target.value)}
          error={fe('orderRef', t('property.orderRef'))}
        />
        <FormActions busy={busy} submit={t('property.courtStepSave')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
