import { useState, type ChangeEvent, type MouseEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { cases, type CaseFile } from '../../cases-api.ts';
import { CUSTODY_MOVES, CUSTODY_PLACES, CUSTODY_MOVES_WITH_DESTINATION, CUSTODY_MOVES_WITH_ORDER, COURT_STEPS, ELECTRONIC_CATEGORIES, SEIZURE_CATEGORIES } from '../../codes.ts';
import { ErrorMessage, Notice } from '../../components/Alert.tsx';
import { ClockList } from '../../components/Clocks.tsx';
import { Options, TextField } from '../../components/Field.tsx';
import { GroupError, PathArea, PathDateTime, PathSelect, PathText, StepDialog, useDialogs, useStepForm } from '../../components/StepDialog.tsx';
import { errorText } from '../../errors.ts';
import { formatDateTime, formatRupees, fromIstInput, roleName } from '../../format.ts';
import { fieldId, missing, trimOrUndefined, type FieldErrors } from '../../forms.ts';
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
  const dialogs = useDialogs<{ kind: 'seize' } | { kind: 'move' | 'court'; item: PropertyItem }>();
  const { dialog, close, status } = dialogs;
  const [warning, setWarning] = useState<string | null>(null);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const seizures = [...new Set(file.property.map((i) => i.seizureId))];

  function open(d: NonNullable<typeof dialog>) {
    setWarning(null);
    dialogs.open(d);
  }
  async function done(message: string, problem: string | null = null) {
    onChange(await cases.file(file.firId));
    setWarning(problem);
    dialogs.finish(message);
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
}: {
  path: string;
  label: string;
  hint?: string;
  /** The words of the empty choice. */
  empty: string;
  value: PartyDraft;
  onChange: (p: PartyDraft) => void;
  officers: OfficerOption[];
}) {
  const { t } = useI18n();
  return (
    <fieldset className="form-stack">
      <legend>{label}</legend>
      <PathSelect path={path} label={t('property.party.who')} errorLabel={label} hint={hint} value={value.choice} onChange={(choice) => onChange({ ...value, choice })}>
        <Options empty={empty} items={officers} code={(o) => o.id} name={(o) => `${o.name} (${roleName(t, o.role)})`} />
        <option value={NAMED}>{t('property.party.named')}</option>
      </PathSelect>
      {value.choice === NAMED ? (
        <div className="grid-2">
          <PathText path={`${path}.name`} label={t('property.party.name')} value={value.name} onChange={(name) => onChange({ ...value, name })} />
          <PathText
            path={`${path}.designation`}
            label={t('property.party.designation')}
            hint={t('property.party.designationHint')}
            value={value.designation}
            onChange={(designation) => onChange({ ...value, designation })}
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
  const [sendBytes, setSendBytes] = useState(true);
  const [videoNote, setVideoNote] = useState('');
  const [forwardedAt, setForwardedAt] = useState('');
  const [magistrate, setMagistrate] = useState('');
  const [remarks, setRemarks] = useState('');
  const [depositedAt, setDepositedAt] = useState('');
  const [depositedWith, setDepositedWith] = useState<PartyDraft>(NO_PARTY);
  const form = useStepForm();
  const persons: PersonView[] = fir.data ? [fir.data.complainant, ...fir.data.victims, ...fir.data.witnesses, ...fir.data.accused].filter((p): p is PersonView => !!p) : [];
  const named = persons.flatMap((p) => (p.masked ? [] : [{ id: p.id, label: `${p.name}${p.role ? ` (${t(`personRole.${p.role}`)})` : ''}` }]));
  const sendable = !!recording && SENDABLE_TYPES.includes(recording.file.type) && recording.size <= SENDABLE_BYTES;

  const changeItem = (i: number, patch: Partial<ItemDraft>) => setItems((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  /** A text field of item i: `key` in the draft, at `path` under the item in the request. */
  const itemText = (i: number, key: keyof ItemDraft, path: string, label: string, extra: { hint?: string; inputMode?: 'numeric'; spellCheck?: boolean } = {}) => (
    <PathText path={`items.${i}.${path}`} label={label} value={items[i]![key]} onChange={(v) => changeItem(i, { [key]: v })} {...extra} />
  );
  const changeWitness = (i: number, patch: Partial<WitnessDraft>) => setWitnesses((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const at = fromIstInput(seizedAt);

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

  function check() {
    const found = missing(t, { seizedAt: at, place });
    items.forEach((it, i) => {
      Object.assign(found, missing(t, { [`items.${i}.description`]: it.description, [`items.${i}.category`]: it.category, [`items.${i}.quantity`]: it.quantity }));
      if (it.value.trim() && !/^\d+$/.test(it.value.trim())) found[`items.${i}.value`] = t('property.item.valueWhole');
    });
    witnesses.forEach((w, i) => {
      if (!w.personId && !w.name.trim()) found[`witnesses.${i}.name`] = t('form.required');
    });
    checkParty(t, depositedWith, 'depositedWith', found, true);
    return found;
  }

  async function send() {
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
    const seizure = await property.seize(file.firId, input);
    let problem: string | null = null;
    if (recording && sendBytes && sendable) {
      // The memo stands with the hash; the bytes may follow later if sending fails now.
      problem = await property.sendRecording(file.firId, seizure.id, recording.file).then(
        () => null,
        (err: unknown) => t('property.video.notSent', { reason: errorText(t, err) }),
      );
    }
    await onDone(seizure.items.map((i) => i.number).join(', '), problem);
  }

  return (
    <StepDialog
      form={form}
      title={t('property.seize')}
      intro={t('property.seizeIntro')}
      wide
      testId="seizure-form"
      submit={t('property.seizeSave')}
      disabled={hashing}
      onClose={onClose}
      check={check}
      send={send}
    >
      <fieldset className="form-stack">
        <legend>{t('property.search')}</legend>
        <PathDateTime path="seizedAt" label={t('property.seizedAt')} value={seizedAt} onChange={setSeizedAt} required autoFocus />
        <PathText path="place" label={t('property.place')} value={place} onChange={setPlace} required />
        <div className="grid-2">
          <PathText path="searchOf" label={t('property.searchOf')} hint={t('property.searchOfHint')} value={searchOf} onChange={setSearchOf} />
          <PathText path="seizedFrom" label={t('property.seizedFrom')} value={seizedFrom} onChange={setSeizedFrom} />
        </div>
      </fieldset>

      <fieldset className="form-stack">
        <legend>{t('property.items')}</legend>
        {items.map((it, i) => (
          <div key={i} className="statement" data-testid={`seizure-item-${i}`}>
            <h3>{t('property.item.heading', { no: i + 1 })}</h3>
            <PathArea path={`items.${i}.description`} label={t('common.description')} rows={2} dir="auto" value={it.description} onChange={(description) => changeItem(i, { description })} />
            <div className="grid-2">
              <PathSelect path={`items.${i}.category`} label={t('property.item.category')} value={it.category} onChange={(category) => changeItem(i, { category })}>
                <Options empty={t('common.choose')} items={SEIZURE_CATEGORIES} code={(c) => c} name={(c) => t(`seizureCategory.${c}`)} />
              </PathSelect>
              {itemText(i, 'quantity', 'quantity', t('property.quantity'), { hint: t('property.item.quantityHint') })}
              {itemText(i, 'sealNo', 'sealNo', t('property.seal'))}
              {itemText(i, 'value', 'value', t('property.item.value'), { inputMode: 'numeric' })}
            </div>
            {itemText(i, 'placeFound', 'placeFound', t('property.item.placeFound'))}
            {sameIn(ELECTRONIC_CATEGORIES, it.category) ? (
              <fieldset className="form-stack">
                <legend>{t('property.device.title')}</legend>
                <GroupError path={`items.${i}.device`} label={t('property.device.title')} />
                <div className="grid-2">
                  {itemText(i, 'make', 'device.make', t('property.device.make'))}
                  {itemText(i, 'model', 'device.model', t('property.device.model'))}
                  {itemText(i, 'serialNo', 'device.serialNo', t('property.device.serialNo'))}
                  {itemText(i, 'imei', 'device.imei', t('property.device.imei'), { hint: t('property.device.imeiHint'), inputMode: 'numeric' })}
                </div>
                {itemText(i, 'sha256', 'device.sha256', t('property.device.sha256'), { hint: t('property.device.sha256Hint'), spellCheck: false })}
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
        <GroupError path="witnesses" label={t('property.witnesses')} />
        {witnesses.map((w, i) => (
          <div key={i} className="statement">
            <PathSelect path={`witnesses.${i}.personId`} label={t('property.witness', { no: i + 1 })} value={w.personId} onChange={(personId) => changeWitness(i, { personId })}>
              <Options empty={t('case.diary.someoneElse')} items={named} code={(p) => p.id} name={(p) => p.label} />
            </PathSelect>
            {!w.personId ? (
              <div className="grid-2">
                <PathText path={`witnesses.${i}.name`} label={t('property.party.name')} value={w.name} onChange={(name) => changeWitness(i, { name })} />
                <PathText path={`witnesses.${i}.address`} label={t('property.witnessAddress')} value={w.address} onChange={(address) => changeWitness(i, { address })} />
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
          error={hashError ?? form.fe('video.sha256', t('property.video.file'))}
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
                <input type="checkbox" checked={sendBytes} onChange={(e) => setSendBytes(e.target.checked)} data-testid="video-send" /> {t('property.video.send')}
              </label>
            ) : (
              <p className="field-hint">{t('property.video.tooLarge')}</p>
            )}
            <PathText path="video.description" label={t('property.video.description')} value={videoNote} onChange={setVideoNote} />
            <div className="grid-2">
              <PathDateTime path="video.forwardedToMagistrateAt" label={t('property.video.forwardedAt')} value={forwardedAt} onChange={setForwardedAt} />
              <PathText path="video.magistrate" label={t('property.video.magistrate')} value={magistrate} onChange={setMagistrate} />
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
        />
        <PathDateTime path="depositedAt" label={t('property.depositedAt')} hint={t('property.depositedAtHint')} value={depositedAt} onChange={setDepositedAt} />
      </fieldset>
      <PathArea path="remarks" label={t('property.remarks')} rows={2} dir="auto" value={remarks} onChange={setRemarks} />
    </StepDialog>
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
  const form = useStepForm();
  const when = fromIstInput(at);

  function check() {
    const found = missing(t, { kind, at: when });
    checkParty(t, handedBy, 'handedBy', found, false);
    checkParty(t, receivedBy, 'receivedBy', found, true);
    return found;
  }
  async function send() {
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
  }

  return (
    <StepDialog
      form={form}
      title={t('property.moveTitle', { number: item.number })}
      intro={
        <>
          {t('property.nowAt', { place: placeName(t, item.place) })} · {t('property.since', { when: formatDateTime(item.since, lang) })}. {t('property.moveIntro')}
        </>
      }
      wide
      testId="move-form"
      submit={t('property.moveSave')}
      onClose={onClose}
      check={check}
      send={send}
    >
      <PathSelect path="kind" label={t('property.moveKind')} value={kind} onChange={setKind} autoFocus required>
        <Options empty={t('common.choose')} items={CUSTODY_MOVES} code={(k) => k} name={(k) => t(`custodyMove.${k}`)} />
      </PathSelect>
      <PathDateTime path="at" label={t('property.moveAt')} value={at} onChange={setAt} required />
      <PartyFields path="handedBy" label={t('property.handedBy')} empty={t('property.party.me')} value={handedBy} onChange={setHandedBy} officers={officers.filter((o) => o.id !== user.id)} />
      <PartyFields path="receivedBy" label={t('property.receivedBy')} hint={t('property.receivedByHint')} empty={t('common.choose')} value={receivedBy} onChange={setReceivedBy} officers={officers} />
      {!kind || sameIn(CUSTODY_MOVES_WITH_DESTINATION, kind) || form.errors['destination'] ? (
        <PathText path="destination" label={t('property.destination')} hint={t('property.destinationHint')} value={destination} onChange={setDestination} />
      ) : null}
      <PathText path="reference" label={t('property.reference')} hint={t('property.referenceHint')} value={reference} onChange={setReference} />
      {sameIn(CUSTODY_MOVES_WITH_ORDER, kind) || form.errors['orderRef'] ? <OrderRefField value={orderRef} onChange={setOrderRef} /> : null}
      <PathArea path="note" label={t('property.note')} rows={2} dir="auto" value={note} onChange={setNote} />
    </StepDialog>
  );
}

/** The court's order an item moves or is dealt with under. */
function OrderRefField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  return <PathText path="orderRef" label={t('property.orderRef')} hint={t('property.orderRefHint')} value={value} onChange={onChange} />;
}

function CourtStepDialog({ file, item, onClose, onDone }: { file: CaseFile; item: PropertyItem; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [step, setStep] = useState('');
  const [at, setAt] = useState('');
  const [orderRef, setOrderRef] = useState('');
  const form = useStepForm();
  const chosen = COURT_STEPS.find((s) => s === step);
  const when = fromIstInput(at);

  return (
    <StepDialog
      form={form}
      title={t('property.courtStepTitle', { number: item.number })}
      intro={t('property.courtStepIntro')}
      testId="court-step-form"
      submit={t('property.courtStepSave')}
      onClose={onClose}
      check={() => missing(t, { step: chosen, at: when })}
      send={async () => {
        await property.courtStep(file.firId, item.id, { step: chosen!, at: when!, orderRef: trimOrUndefined(orderRef) });
        await onDone();
      }}
    >
      <PathSelect path="step" label={t('property.courtStepKind')} value={step} onChange={setStep} autoFocus required>
        <Options empty={t('common.choose')} items={COURT_STEPS} code={(s) => s} name={(s) => t(`courtStep.${s}`)} />
      </PathSelect>
      <PathDateTime path="at" label={t('property.courtStepAt')} value={at} onChange={setAt} required />
      <OrderRefField value={orderRef} onChange={setOrderRef} />
    </StepDialog>
  );
}
