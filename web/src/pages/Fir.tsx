import { useEffect, useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ClockList } from '../components/Clocks.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { ShortTextArea, TextAreaField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { Modal } from '../components/Modal.tsx';
import { StationTransferDialog } from '../components/StationTransferDialog.tsx';
import { checkPerson, emptyPerson, PersonForm, personPayload, type PersonDraft } from '../components/PersonForm.tsx';
import { PersonCard } from '../components/PersonView.tsx';
import { SectionFacts, SectionPicker, type PickedSection } from '../components/SectionPicker.tsx';
import { VehicleSummary } from '../components/VehicleFields.tsx';
import { useDialogs } from '../components/StepDialog.tsx';
import { errorText } from '../errors.ts';
import { errorsFor, type FieldErrors, fieldId, useSubmission } from '../forms.ts';
import {
  firOriginName,
  firStatusName,
  formatDate,
  formatDateTime,
  formatDateTimeShort,
  formatRupees,
  infoTypeName,
  personRoleName,
  propertyCategoryName,
  roleName,
  sectionLabel,
  sectionTitle,
  unitName,
} from '../format.ts';
import { can, useLoad, useStations } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { records, type Fir, type FirAmendment, type FirVersion, type PersonView } from '../records-api.ts';
import { hrefFor } from '../router.ts';
import { firStatusBadge } from './Firs.tsx';

type Dialog = 'amend' | 'transfer' | null;

export function FirPage({ user, id, justRegistered }: { user: SessionUser; id: string; justRegistered: boolean }) {
  const { t, lang } = useI18n();
  const { data: fir, error, setData } = useLoad(() => records.fir(id), [id]);
  const [historyKey, setHistoryKey] = useState(0);
  const dialogs = useDialogs<Exclude<Dialog, null>>();
  const { dialog, close } = dialogs;
  const [status, setStatus] = useState<string | null>(justRegistered ? t('fir.registeredNotice') : null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const stations = useStations(user);

  // "Registered" is said once: a reload or a link to this page does not say it again.
  useEffect(() => {
    if (justRegistered) window.history.replaceState(null, '', hrefFor('fir', id));
  }, [justRegistered, id]);

  if (!fir) {
    return (
      <>
        <div className="page-head">
          <h1 tabIndex={-1}>{t('fir.title')}</h1>
        </div>
        <ErrorMessage message={error} />
        {!error ? <p className="muted">{t('common.loading')}</p> : null}
      </>
    );
  }

  const ownStation = fir.station.code === user.unit.code;
  /** A station by name when the list of the state's stations has it, else by its code. */
  const stationLabel = (code: string) => {
    const s = stations.find((u) => u.code === code);
    return s ? `${unitName(s, lang)} (${code})` : code;
  };
  const active = fir.status !== 'transferred';
  const canAmend = ownStation && active && can(user, 'record.amend');
  const canTransfer = ownStation && active && can(user, 'fir.transfer');

  function open(d: Exclude<Dialog, null>) {
    setStatus(null);
    dialogs.open(d);
  }

  async function sign() {
    if (!fir || signing) return;
    setSigning(true);
    setActionError(null);
    try {
      setData(await records.signEfir(fir.id));
      setStatus(t('fir.signed'));
    } catch (err) {
      setActionError(errorText(t, err));
    } finally {
      setSigning(false);
    }
  }

  const people = (list: PersonView[]) =>
    list.length ? (
      <ul className="person-list">
        {list.map((p, i) => (
          <li key={p.masked ? `m${i}` : p.id}>
            <PersonCard person={p} lawCode={fir.lawCode} />
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('common.noneRecorded')}</p>
    );

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('fir.title')}</p>
          <h1 tabIndex={-1} data-testid="fir-number">
            {fir.number}
          </h1>
          <p className="lead badges">
            <span className={`badge ${firStatusBadge(fir.status)}`} data-testid="fir-status">
              {firStatusName(t, fir.status)}
            </span>
            <span className="badge">{t('fir.versionN', { n: fir.version })}</span>
            <span className="badge">{t('fir.lawN', { law: fir.lawCode })}</span>
            {fir.sensitive ? <span className="badge badge-warning">{t('fir.sensitive')}</span> : null}
          </p>
        </div>
        <div className="head-actions">
          {fir.io?.id === user.id || can(user, 'case.supervise') ? (
            <a className="btn btn-secondary" href={hrefFor('case', fir.id)} data-testid="open-case">
              {t('case.openCase')}
            </a>
          ) : null}
          {canAmend ? (
            <button type="button" className="btn btn-primary" onClick={() => open('amend')}>
              {t('fir.amend')}
            </button>
          ) : null}
          {canTransfer ? (
            <button type="button" className="btn btn-secondary" onClick={() => open('transfer')}>
              {t('fir.transfer')}
            </button>
          ) : null}
        </div>
      </div>
      <Notice tone="success">{status}</Notice>
      <ErrorMessage message={actionError} />

      {fir.status === 'awaiting_signature' ? (
        <div className="alert alert-warning efir-box">
          <p>{t('fir.awaitingSignature')}</p>
          {ownStation && can(user, 'record.amend') ? (
            <button type="button" className="btn btn-primary" onClick={() => void sign()} disabled={signing}>
              {signing ? t('common.pleaseWait') : t('fir.recordSignature')}
            </button>
          ) : null}
        </div>
      ) : null}

      {fir.transferredToFir ? (
        <p className="alert alert-info" data-testid="fir-transferred">
          {t('fir.transferredTo')} <a href={hrefFor('fir', fir.transferredToFir)}>{t('fir.openOther')}</a>
        </p>
      ) : fir.status === 'transferred' && fir.transferredToStation ? (
        <p className="alert alert-info" data-testid="fir-transferred">
          {t('fir.transferredPending', { station: stationLabel(fir.transferredToStation) })}
        </p>
      ) : null}
      {fir.transferredFromFir ? (
        <p className="alert alert-info">
          {t('fir.transferredFrom')} <a href={hrefFor('fir', fir.transferredFromFir)}>{t('fir.openOther')}</a>
        </p>
      ) : null}
      {fir.identitiesWithheld ? (
        <p className="alert alert-info withheld">
          <span className="icon-lock" aria-hidden="true" />
          <span>{t('fir.identitiesWithheld')}</span>
        </p>
      ) : null}

      <CopyDownloads fir={fir} />

      <div className="grid-2">
        <section className="card" aria-labelledby="reg-h">
          <h2 id="reg-h">{t('firForm.registration')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('common.station')}</dt>
              <dd>
                {unitName(fir.station, lang)} <code>{fir.station.code}</code>
              </dd>
            </div>
            <div>
              <dt>{t('fir.district')}</dt>
              <dd>{unitName(fir.district, lang)}</dd>
            </div>
            <div>
              <dt>{t('fir.registeredAt')}</dt>
              <dd>{formatDateTimeShort(fir.registeredAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('fir.origin')}</dt>
              <dd>
                {firOriginName(t, fir.origin)}
                {fir.origin === 'zero' && (fir.jurisdictionStationCode || fir.zeroOfStation) ? (
                  <span className="cell-sub">{t('fir.jurisdictionOf', { code: fir.jurisdictionStationCode ?? fir.zeroOfStation ?? '' })}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>{t('fir.infoType')}</dt>
              <dd>{infoTypeName(t, fir.infoType)}</dd>
            </div>
            <div>
              <dt>{t('fir.gdRef')}</dt>
              <dd data-testid="fir-gd">
                {fir.gdEntry ? (
                  <a href={hrefFor('gd', null, { date: fir.gdEntry.gdDate, station: ownStation ? undefined : fir.station.code })}>
                    {t('fir.gdEntry', { no: fir.gdEntry.entryNo, date: formatDate(fir.gdEntry.gdDate, lang) })}
                  </a>
                ) : (
                  t('common.none')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('fir.officerInCharge')}</dt>
              <dd>{fir.officerInCharge ? `${fir.officerInCharge.name} (${roleName(t, fir.officerInCharge.role)})` : t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('fir.io')}</dt>
              <dd data-testid="fir-io">{fir.io ? `${fir.io.name} (${roleName(t, fir.io.role)})` : t('fir.ioNone')}</dd>
            </div>
            {fir.complaintId ? (
              <div>
                <dt>{t('fir.complaint')}</dt>
                <dd>
                  <a href={hrefFor('complaint', fir.complaintId)}>{t('fir.openComplaint')}</a>
                </dd>
              </div>
            ) : null}
            {fir.efirSignedAt ? (
              <div>
                <dt>{t('fir.efirSignedAt')}</dt>
                <dd>{formatDateTimeShort(fir.efirSignedAt, lang)}</dd>
              </div>
            ) : null}
          </dl>
        </section>

        <section className="card" aria-labelledby="occ-h">
          <h2 id="occ-h">{t('firForm.occurrence')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('fir.occurredFrom')}</dt>
              <dd>{formatDateTimeShort(fir.occurredFrom, lang)}</dd>
            </div>
            <div>
              <dt>{t('fir.occurredTo')}</dt>
              <dd>{fir.occurredTo ? formatDateTimeShort(fir.occurredTo, lang) : t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('fir.infoReceivedAt')}</dt>
              <dd>{formatDateTimeShort(fir.infoReceivedAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('fir.placeAddress')}</dt>
              <dd>{fir.place.address}</dd>
            </div>
            {fir.place.beat ? (
              <div>
                <dt>{t('fir.beat')}</dt>
                <dd>{fir.place.beat}</dd>
              </div>
            ) : null}
            {fir.place.directionDistance ? (
              <div>
                <dt>{t('fir.directionDistance')}</dt>
                <dd>{fir.place.directionDistance}</dd>
              </div>
            ) : null}
            {fir.place.latitude !== undefined && fir.place.longitude !== undefined ? (
              <div>
                <dt>{t('fir.coordinates')}</dt>
                <dd>
                  {fir.place.latitude}, {fir.place.longitude}
                </dd>
              </div>
            ) : null}
            {fir.delayReasons ? (
              <div>
                <dt>{t('fir.delayReasons')}</dt>
                <dd>{fir.delayReasons}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      </div>

      <section className="card card-spaced" aria-labelledby="sec-h">
        <h2 id="sec-h">{t('sections.label')}</h2>
        <ul className="picked-sections" data-testid="fir-sections">
          {fir.sections.map((s) => (
            <li key={sectionLabel(s)} data-section={sectionLabel(s)}>
              <div className="picked-main">
                <strong>{sectionLabel(s)}</strong>
                {s.title ? <span className="picked-title"> — {sectionTitle(s, lang)}</span> : null}
                {s.act === fir.principal.act && s.section === fir.principal.section ? <span className="badge badge-info">{t('fir.principal')}</span> : null}
                <SectionFacts s={s} showTri={false} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="cmp-h">
          <h2 id="cmp-h">{t('fir.complainant')}</h2>
          <div data-testid="fir-complainant">{fir.complainant ? <PersonCard person={fir.complainant} lawCode={fir.lawCode} /> : <p className="muted">{t('common.none')}</p>}</div>
        </section>
        <section className="card" aria-labelledby="acc-h">
          <h2 id="acc-h">{t('fir.accused')}</h2>
          <div data-testid="fir-accused">
            {fir.accused.length || fir.unknownAccused.length ? (
              <ul className="person-list">
                {fir.accused.map((p, i) => (
                  <li key={p.masked ? `m${i}` : p.id}>
                    <PersonCard person={p} lawCode={fir.lawCode} />
                  </li>
                ))}
                {fir.unknownAccused.map((u, i) => (
                  <li key={`u${i}`}>
                    <p className="person-name">{t('fir.unknownPerson')}</p>
                    <p className="person-facts">{u.description}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('common.noneRecorded')}</p>
            )}
          </div>
        </section>
        <section className="card" aria-labelledby="vic-h">
          <h2 id="vic-h">{t('fir.victims')}</h2>
          <div data-testid="fir-victims">{people(fir.victims)}</div>
        </section>
        <section className="card" aria-labelledby="wit-h">
          <h2 id="wit-h">{t('fir.witnesses')}</h2>
          {people(fir.witnesses)}
        </section>
      </div>

      <section className="card card-spaced" aria-labelledby="prop-h">
        <h2 id="prop-h">{t('fir.properties')}</h2>
        {fir.properties.length ? (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.description')}</th>
                <th scope="col">{t('fir.propertyCategory')}</th>
                <th scope="col" className="num">
                  {t('fir.propertyValue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {fir.properties.map((p, i) => (
                <tr key={i}>
                  <td>
                    {p.description}
                    {p.vehicle ? <VehicleSummary vehicle={p.vehicle} /> : null}
                  </td>
                  <td>{p.category ? propertyCategoryName(t, p.category) : ''}</td>
                  <td className="num">{formatRupees(p.value, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('fir.totalValue')}
                </th>
                <td className="num">
                  <strong>{formatRupees(fir.totalValue, lang)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        ) : (
          <p className="muted">{t('common.noneRecorded')}</p>
        )}
      </section>

      <section className="card card-spaced" aria-labelledby="facts-h">
        <h2 id="facts-h">{t('fir.briefFacts')}</h2>
        {fir.textWithheld ? (
          <p className="muted small withheld" data-testid="fir-text-withheld">
            <span className="icon-lock" aria-hidden="true" /> {t('fir.textWithheld')}
          </p>
        ) : null}
        <p className="long-text" data-testid="fir-facts">
          {fir.briefFacts}
        </p>
      </section>

      <section className="card card-spaced" aria-labelledby="clk-h">
        <h2 id="clk-h">{t('clock.title')}</h2>
        <ClockList clocks={fir.clocks} />
      </section>

      <History key={historyKey} fir={fir} />

      {dialog === 'amend' ? (
        <AmendDialog
          fir={fir}
          onClose={close}
          onDone={(next) => {
            setData(next);
            setHistoryKey((k) => k + 1);
            setStatus(t('amend.done', { n: next.version }));
            close();
          }}
        />
      ) : null}
      {dialog === 'transfer' ? (
        <StationTransferDialog
          user={user}
          title={t('transfer.title', { number: fir.number })}
          intro={t('transfer.intro')}
          stationLabel={t('transfer.station')}
          submit={t('transfer.submit')}
          exclude={fir.station.code}
          initial={fir.jurisdictionStationCode ?? ''}
          onClose={close}
          onSend={async (toStationCode, reason) => {
            const { from, to } = await records.transferFir(fir.id, toStationCode, reason);
            setData(from);
            setHistoryKey((k) => k + 1);
            setStatus(to ? t('transfer.done', { number: to.number }) : t('transfer.sent', { station: stationLabel(from.transferredToStation ?? '') }));
            close();
          }}
        />
      ) : null}
    </>
  );
}

function CopyDownloads({ fir }: { fir: Fir }) {
  const { t } = useI18n();
  const [forWhom, setForWhom] = useState<'informant' | 'other'>('informant');
  return (
    <section className="card card-spaced copy-box" aria-labelledby="copy-h">
      <h2 id="copy-h">{t('copy.title')}</h2>
      <fieldset className="radio-group radio-inline">
        <legend>{t('copy.for')}</legend>
        <label className="radio">
          <input type="radio" name="copyFor" value="informant" checked={forWhom === 'informant'} onChange={() => setForWhom('informant')} />
          <span>{t('copy.informant')}</span>
        </label>
        <label className="radio">
          <input type="radio" name="copyFor" value="other" checked={forWhom === 'other'} onChange={() => setForWhom('other')} />
          <span>{t('copy.other')}</span>
        </label>
      </fieldset>
      <div className="form-actions">
        <a className="btn btn-secondary" href={records.firCopyUrl(fir.id, 'en', forWhom)} download={`FIR-${fir.number.replace(/\//g, '-')}-en.pdf`} data-testid="copy-en">
          <span className="icon-download" aria-hidden="true" />
          {t('copy.english')}
        </a>
        <a className="btn btn-secondary" lang="hi" href={records.firCopyUrl(fir.id, 'hi', forWhom)} download={`FIR-${fir.number.replace(/\//g, '-')}-hi.pdf`} data-testid="copy-hi">
          <span className="icon-download" aria-hidden="true" />
          {t('copy.hindi')}
        </a>
      </div>
      {fir.identitiesWithheld || fir.sensitive ? <p className="muted small">{t('copy.masked')}</p> : null}
    </section>
  );
}

/** Every version, oldest first, with its author, time and reason; any version can be opened. */
function History({ fir }: { fir: Fir }) {
  const { t, lang } = useI18n();
  const { data, error } = useLoad(() => records.firVersions(fir.id), [fir.id]);
  const [openVersion, setOpenVersion] = useState<number | null>(null);
  const names = new Map<string, string>();
  for (const p of [fir.complainant, ...fir.accused, ...fir.victims, ...fir.witnesses]) {
    if (p && !p.masked) names.set(p.id, p.name);
  }
  return (
    <section className="card card-spaced" aria-labelledby="hist-h">
      <h2 id="hist-h">{t('history.title')}</h2>
      <ErrorMessage message={error} />
      {data ? (
        <ol className="history" data-testid="history">
          {data.versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <div className="history-head">
                <span className="history-version">{t('fir.versionN', { n: v.version })}</span>
                <time dateTime={v.at}>{formatDateTime(v.at, lang)}</time>
                <span className="history-author">{v.authorName ?? v.author}</span>
                <span className="history-reason">{v.version === 1 && v.reason === 'Registered' ? t('history.registered') : v.reason}</span>
                <button type="button" className="btn btn-secondary btn-small" aria-expanded={openVersion === v.version} onClick={() => setOpenVersion(openVersion === v.version ? null : v.version)}>
                  {openVersion === v.version ? t('history.hide') : t('history.view')}
                </button>
              </div>
              {openVersion === v.version ? <VersionContent version={v} names={names} fir={fir} /> : null}
            </li>
          ))}
        </ol>
      ) : !error ? (
        <p className="muted">{t('common.loading')}</p>
      ) : null}
    </section>
  );
}

function VersionContent({ version, names, fir }: { version: FirVersion; names: Map<string, string>; fir: Fir }) {
  const { t, lang } = useI18n();
  const c = version.content;
  const officer = (id: string | null | undefined) => {
    if (!id) return t('fir.ioNone');
    if (fir.io?.id === id) return fir.io.name;
    if (fir.officerInCharge?.id === id) return fir.officerInCharge.name;
    return t('history.otherOfficer');
  };
  return (
    <dl className="facts version-content" data-testid={`version-${version.version}`}>
      <div>
        <dt>{t('sections.label')}</dt>
        <dd>{(c.sections ?? []).map(sectionLabel).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('fir.occurred')}</dt>
        <dd>
          {formatDateTimeShort(c.occurredFrom, lang)}
          {c.occurredTo ? ` – ${formatDateTimeShort(c.occurredTo, lang)}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('fir.placeAddress')}</dt>
        <dd>{c.place?.address}</dd>
      </div>
      <div>
        <dt>{t('history.persons')}</dt>
        <dd>
          <ul className="plain-list">
            {(c.persons ?? []).map((p, i) => (
              <li key={`${'personId' in p ? p.personId : 'withheld'}-${p.role}-${i}`}>
                {personRoleName(t, p.role)}: {('personId' in p && names.get(p.personId)) || <span className="muted">{t('history.personNotShown')}</span>}
              </li>
            ))}
            {(c.unknownAccused ?? []).map((u, i) => (
              <li key={`u${i}`}>
                {t('fir.unknownPerson')}: {u.description}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>{t('fir.properties')}</dt>
        <dd>{(c.properties ?? []).map((p) => p.description).join('; ') || t('common.noneRecorded')}</dd>
      </div>
      <div>
        <dt>{t('fir.io')}</dt>
        <dd>{officer(c.ioUserId)}</dd>
      </div>
      <div>
        <dt>{t('fir.briefFacts')}</dt>
        <dd className="long-text">{c.briefFacts}</dd>
      </div>
    </dl>
  );
}

type AddedPerson = { role: 'accused' | 'victim' | 'witness'; draft: PersonDraft };

function AmendDialog({ fir, onClose, onDone }: { fir: Fir; onClose: () => void; onDone: (f: Fir) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [added, setAdded] = useState<AddedPerson[]>([]);
  const [unknown, setUnknown] = useState<string[]>([]);
  const [changeSections, setChangeSections] = useState(false);
  const [sections, setSections] = useState<PickedSection[]>(() => fir.sections.map((s) => ({ act: s.act, section: s.section, title: s.title, titleHi: s.titleHi, maxPunishment: s.maxPunishment })));
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const roleLabel = (role: AddedPerson['role']) => (role === 'accused' ? t('amend.newAccused') : role === 'victim' ? t('amend.newVictim') : t('amend.newWitness'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (reason.trim().length < 5) found['reason'] = t('form.reasonShort');
    added.forEach((a, i) => checkPerson(t, a.draft, `addPersons.${i}`, found));
    unknown.forEach((d, i) => {
      if (!d.trim()) found[`addUnknownAccused.${i}.description`] = t('form.required');
    });
    if (changeSections && sections.length === 0) found['sections'] = t('form.sectionRequired');
    const body: FirAmendment = { reason: reason.trim() };
    if (added.length) body.addPersons = added.map((a) => ({ role: a.role, ...personPayload(a.draft) }));
    if (unknown.length) body.addUnknownAccused = unknown.map((d) => ({ description: d.trim() }));
    if (changeSections) body.sections = sections.map((s) => ({ act: s.act, section: s.section }));
    if (!found['reason'] && Object.keys(body).length === 1) found['reason'] = t('amend.nothing');
    if (refuse(found)) return;
    await attempt(async () => {
      onDone(await records.amendFir(fir.id, body));
    });
  }

  return (
    <Modal title={t('amend.title', { number: fir.number })} onClose={onClose} wide>
      <p className="muted">{t('amend.intro', { n: fir.version + 1 })}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="amend-form">
        <ShortTextArea path="reason" label={t('common.reason')} hint={t('amend.reasonHint')} fe={fe} autoFocus value={reason} onChange={setReason} />

        <section className="repeat-group" aria-labelledby="amend-persons-h">
          <h3 id="amend-persons-h">{t('amend.persons')}</h3>
          {added.map((a, i) => (
            <div key={i} className="repeat-item">
              <PersonForm
                value={a.draft}
                onChange={(d) => setAdded(added.map((x, j) => (j === i ? { ...x, draft: d } : x)))}
                path={`addPersons.${i}`}
                fe={fe}
                legend={roleLabel(a.role)}
                autoFocus={i === added.length - 1 && !a.draft.name && !a.draft.linked}
                brief={a.role === 'witness'}
              />
              <button
                type="button"
                className="btn btn-secondary btn-small repeat-remove"
                aria-label={t('common.removeThing', { thing: roleLabel(a.role) })}
                onClick={() => setAdded(added.filter((_, j) => j !== i))}
              >
                {t('common.remove')}
              </button>
            </div>
          ))}
          {unknown.map((d, i) => (
            <div key={`u${i}`} className="repeat-item">
              <TextAreaField
                id={fieldId(`addUnknownAccused.${i}.description`)}
                name={`addUnknownAccused.${i}.description`}
                label={t('amend.newUnknown')}
                hint={t('firForm.unknownHint')}
                error={fe(`addUnknownAccused.${i}.description`, t('common.description'))}
                rows={2}
                autoFocus={!d}
                value={d}
                onChange={(e) => setUnknown(unknown.map((x, j) => (j === i ? e.target.value : x)))}
              />
              <button
                type="button"
                className="btn btn-secondary btn-small repeat-remove"
                aria-label={t('common.removeThing', { thing: t('amend.newUnknown') })}
                onClick={() => setUnknown(unknown.filter((_, j) => j !== i))}
              >
                {t('common.remove')}
              </button>
            </div>
          ))}
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setAdded([...added, { role: 'accused', draft: emptyPerson() }])}>
              {t('amend.addAccused')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setUnknown([...unknown, ''])}>
              {t('amend.addUnknown')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setAdded([...added, { role: 'victim', draft: emptyPerson() }])}>
              {t('amend.addVictim')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setAdded([...added, { role: 'witness', draft: emptyPerson() }])}>
              {t('amend.addWitness')}
            </button>
          </div>
        </section>

        <label className="checkbox">
          <input type="checkbox" name="changeSections" checked={changeSections} onChange={(e) => setChangeSections(e.target.checked)} />
          <span>{t('amend.changeSections')}</span>
        </label>
        {changeSections ? (
          <SectionPicker path="sections" label={t('sections.label')} hint={t('sections.hint')} value={sections} onChange={setSections} occurredAt={fir.occurredFrom} fe={fe} required />
        ) : null}

        <FormActions busy={busy} submit={t('amend.submit', { n: fir.version + 1 })} testId="amend-submit" onCancel={onClose} />
      </form>
    </Modal>
  );
}
