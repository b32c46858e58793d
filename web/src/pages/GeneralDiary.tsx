import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, ShortTextArea, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { ReasonDialog } from '../components/ReasonDialog.tsx';
import { GD_MANUAL_KINDS, oneOf } from '../codes.ts';
import { errorsFor, fieldId, trimOrUndefined, useSubmission, type FieldErrors } from '../forms.ts';
import { formatDate, formatTime, gdKindName, nextDay, todayIst, unitName } from '../format.ts';
import { can, useLoad, useStations } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { records, type FirListItem, type GdEntry } from '../records-api.ts';
import { hrefFor, navigate } from '../router.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function focusRow(entryNo: number) {
  const row = document.getElementById(`gd-row-${entryNo}`);
  row?.scrollIntoView({ block: 'center' });
  row?.focus();
}

/** The station's General Diary for one IST day: numbered entries, new entries, corrections. */
export function GeneralDiaryPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const today = todayIst();
  const asked = query.get('date') ?? '';
  const date = DATE.test(asked) ? asked : today;
  const atStation = user.unit.kind === 'police_station';
  const stations = useStations(user);
  const station = query.get('station') ?? (atStation ? user.unit.code : '');
  const { data, error, reload } = useLoad(() => (station ? records.gd(date, station === user.unit.code ? undefined : station) : Promise.resolve(null)), [date, station]);
  const [status, setStatus] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<GdEntry | null>(null);
  const canWrite = can(user, 'gd.write') && atStation && station === user.unit.code;
  const wantAdd = query.get('add') === '1';
  const returnFocus = useRef<HTMLElement | null>(null);

  const go = (next: { date?: string; station?: string }) => {
    const d = next.date ?? date;
    navigate(
      hrefFor('gd', null, {
        date: d === today ? undefined : d,
        station: (next.station ?? station) === user.unit.code ? undefined : (next.station ?? station),
      }),
    );
  };

  const entries = data?.entries ?? [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const correctedBy = new Map<string, GdEntry>();
  for (const e of entries) if (e.correctsId) correctedBy.set(e.correctsId, e);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('gd.title')}</h1>
        <p className="lead">{t('gd.intro')}</p>
      </div>

      <div className="toolbar toolbar-compact" role="search">
        {!atStation ? (
          <SelectField label={t('common.station')} name="station" value={station} onChange={(e) => go({ station: e.target.value })}>
            <option value="">{t('common.choose')}</option>
            {stations.map((s) => (
              <option key={s.code} value={s.code}>
                {unitName(s, lang)} ({s.code})
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField label={t('gd.date')} hint={t('gd.dateHint')} name="date" type="date" max={today} value={date} onChange={(e) => DATE.test(e.target.value) && go({ date: e.target.value })} />
        <div className="toolbar-actions">
          <button type="button" className="btn btn-secondary" onClick={() => go({ date: previousDay(date) })}>
            {t('gd.previousDay')}
          </button>
          <button type="button" className="btn btn-secondary" disabled={date >= today} onClick={() => go({ date: nextDay(date) })}>
            {t('gd.nextDay')}
          </button>
          {date !== today ? (
            <button type="button" className="btn btn-secondary" onClick={() => go({ date: today })}>
              {t('gd.today')}
            </button>
          ) : null}
        </div>
      </div>

      <Notice tone="success">{status}</Notice>
      <ErrorMessage message={error} />

      {canWrite ? (
        <AddEntry
          user={user}
          autoFocus={wantAdd}
          onAdded={(e) => {
            setStatus(t('gd.added', { no: e.entryNo }));
            if (date !== e.gdDate) go({ date: e.gdDate });
            else reload();
          }}
        />
      ) : null}

      <h2 className="section-title">{station ? t('gd.dayOf', { date: formatDate(date, lang) }) : t('gd.chooseStation')}</h2>
      {station ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="gd-caption">
          <table className="data-table gd-table" data-testid="gd-table">
            <caption id="gd-caption" className="visually-hidden">
              {t('gd.dayOf', { date: formatDate(date, lang) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('gd.no')}</th>
                <th scope="col">{t('gd.time')}</th>
                <th scope="col">{t('gd.kind')}</th>
                <th scope="col">{t('gd.text')}</th>
                <th scope="col">{t('gd.officer')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('users.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {!data && !error ? (
                <tr>
                  <td colSpan={6} className="muted">
                    {t('common.loading')}
                  </td>
                </tr>
              ) : null}
              {data && entries.length === 0 ? (
                <tr>
                  <td colSpan={6} className="muted">
                    {t('gd.empty')}
                  </td>
                </tr>
              ) : null}
              {entries.map((e) => {
                const corrects = e.correctsId ? byId.get(e.correctsId) : undefined;
                const fixedBy = correctedBy.get(e.id);
                return (
                  <tr key={e.id} id={`gd-row-${e.entryNo}`} tabIndex={-1} data-kind={e.kind} className={fixedBy ? 'is-corrected' : undefined}>
                    <td className="gd-no">{e.entryNo}</td>
                    <td className="nowrap">
                      <time dateTime={e.entryAt}>{formatTime(e.entryAt, lang)}</time>
                    </td>
                    <td>
                      <span className="badge">{gdKindName(t, e.kind)}</span>
                    </td>
                    <td>
                      <p className="long-text gd-text">{e.text}</p>
                      {e.refType === 'fir' && e.refId ? (
                        <a className="cell-sub" href={hrefFor('fir', e.refId)}>
                          {t('gd.openFir')}
                        </a>
                      ) : null}
                      {e.refType === 'complaint' && e.refId ? (
                        <a className="cell-sub" href={hrefFor('complaint', e.refId)}>
                          {t('gd.openComplaint')}
                        </a>
                      ) : null}
                      {e.correctsId ? (
                        corrects ? (
                          <button type="button" className="btn-link cell-sub" onClick={() => focusRow(corrects.entryNo)} data-testid="gd-corrects">
                            {t('gd.corrects', { no: corrects.entryNo })}
                          </button>
                        ) : (
                          <span className="cell-sub">{t('gd.correctsEarlier')}</span>
                        )
                      ) : null}
                      {fixedBy ? (
                        <button type="button" className="btn-link cell-sub" onClick={() => focusRow(fixedBy.entryNo)} data-testid="gd-corrected-by">
                          {t('gd.correctedBy', { no: fixedBy.entryNo })}
                        </button>
                      ) : null}
                    </td>
                    <td>{e.officer ?? ''}</td>
                    <td className="row-actions">
                      {canWrite ? (
                        <button
                          type="button"
                          className="btn btn-secondary btn-small"
                          aria-label={t('gd.correctAria', { no: e.entryNo })}
                          onClick={(ev) => {
                            returnFocus.current = ev.currentTarget;
                            setCorrecting(e);
                          }}
                        >
                          {t('gd.correct')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted small">{t('common.timesIst')}</p>

      {correcting ? (
        <CorrectDialog
          entry={correcting}
          onClose={() => {
            setCorrecting(null);
            window.setTimeout(() => returnFocus.current?.focus(), 0);
          }}
          onDone={(e) => {
            setCorrecting(null);
            setStatus(t('gd.corrected', { no: e.entryNo, old: correcting.entryNo }));
            if (date !== e.gdDate) go({ date: e.gdDate });
            else reload();
          }}
        />
      ) : null}
    </>
  );
}

function AddEntry({ user, autoFocus, onAdded }: { user: SessionUser; autoFocus: boolean; onAdded: (e: GdEntry) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<string>('general');
  const [text, setText] = useState('');
  const [officer, setOfficer] = useState('');
  const [firId, setFirId] = useState('');
  const [firs, setFirs] = useState<FirListItem[]>([]);
  const { busy, summary, setSummary, errors, setErrors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const kindRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) kindRef.current?.querySelector('select')?.focus();
  }, [autoFocus]);

  // Arrests and seizures name their case: an arrest starts the FIR's charge-sheet clock.
  useEffect(() => {
    let live = true;
    records
      .firs({})
      .then((r) => live && setFirs(r.firs.filter((f) => f.stationCode === user.unit.code && f.status !== 'transferred')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [user]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!text.trim()) found['text'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      const entry = await records.addGd({
        stationCode: user.unit.code,
        kind: oneOf(GD_MANUAL_KINDS, kind) ?? 'general',
        text: text.trim(),
        ...(trimOrUndefined(officer) ? { officer: officer.trim() } : {}),
        ...(firId ? { firId } : {}),
      });
      setText('');
      setOfficer('');
      setFirId('');
      setErrors({});
      setSummary(null);
      onAdded(entry);
    });
  }

  return (
    <section className="card card-spaced" aria-labelledby="gd-add-h">
      <h2 id="gd-add-h">{t('gd.add')}</h2>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="gd-add">
        <div className="form-row" ref={kindRef}>
          <SelectField id={fieldId('kind')} name="kind" label={t('gd.kind')} error={fe('kind', t('gd.kind'))} value={kind} onChange={(e) => setKind(e.target.value)}>
            {GD_MANUAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {gdKindName(t, k)}
              </option>
            ))}
          </SelectField>
          <SelectField id={fieldId('firId')} name="firId" label={t('gd.fir')} hint={t('gd.firHint')} error={fe('firId', t('gd.fir'))} value={firId} onChange={(e) => setFirId(e.target.value)}>
            <option value="">{t('gd.firNone')}</option>
            {firs.map((f) => (
              <option key={f.id} value={f.id}>
                {f.number}
              </option>
            ))}
          </SelectField>
          <TextField
            id={fieldId('officer')}
            name="officer"
            label={t('gd.officer')}
            hint={t('gd.officerHint', { name: user.displayName })}
            error={fe('officer', t('gd.officer'))}
            autoComplete="off"
            value={officer}
            onChange={(e) => setOfficer(e.target.value)}
          />
        </div>
        <ShortTextArea path="text" label={t('gd.text')} hint={t('gd.textHint')} rows={3} fe={fe} value={text} onChange={setText} />
        <FormActions busy={busy} submit={t('gd.addSubmit')} />
      </form>
    </section>
  );
}

function CorrectDialog({ entry, onClose, onDone }: { entry: GdEntry; onClose: () => void; onDone: (e: GdEntry) => void }) {
  const { t, lang } = useI18n();
  return (
    <ReasonDialog
      title={t('gd.correctTitle', { no: entry.entryNo, date: formatDate(entry.gdDate, lang) })}
      intro={t('gd.correctIntro')}
      path="text"
      label={t('gd.correctText')}
      rows={3}
      minLength={1}
      tooShort={t('form.required')}
      confirm={t('gd.correctSubmit')}
      onConfirm={async (text) => onDone(await records.correctGd(entry.id, text))}
      onClose={onClose}
    >
      <blockquote className="quote">{entry.text}</blockquote>
    </ReasonDialog>
  );
}
