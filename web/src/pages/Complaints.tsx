import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ClockList } from '../components/Clocks.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, ShortTextArea } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { PersonCard } from '../components/PersonView.tsx';
import { CLOSURE_CHOICES, COMPLAINT_STATUSES } from '../codes.ts';
import { errorsFor, fieldId, useSubmission, type FieldErrors } from '../forms.ts';
import { closureName, complaintModeName, complaintStatusName, formatDateTimeShort, roleName, sectionLabel, todayIst } from '../format.ts';
import { can, useLoad, useOfficers } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { records, type Complaint } from '../records-api.ts';
import { hrefFor, navigate } from '../router.ts';

function statusBadge(status: string): string {
  return status === 'closed' ? 'badge-muted' : status === 'under_enquiry' ? 'badge-warning' : 'badge-info';
}

export function ComplaintsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const status = query.get('status') ?? '';
  const { data, error } = useLoad(() => records.complaints(status), [status]);
  const list = data?.complaints ?? null;

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('complaints.title')}</h1>
          <p className="lead">{t('complaints.intro')}</p>
        </div>
        {can(user, 'record.register') && user.unit.kind === 'police_station' ? (
          <a className="btn btn-primary" href={hrefFor('complaintNew')}>
            {t('nav.newComplaint')}
          </a>
        ) : null}
      </div>
      <div className="toolbar toolbar-compact" role="search">
        <SelectField label={t('complaints.filterStatus')} name="status" value={status} onChange={(e) => navigate(hrefFor('complaints', null, { status: e.target.value }))}>
          <option value="">{t('complaints.allStatuses')}</option>
          {COMPLAINT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {complaintStatusName(t, s)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorMessage message={error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="complaints-caption">
        <table className="data-table" data-testid="complaints-table">
          <caption id="complaints-caption" className="visually-hidden">
            {t('complaints.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('complaint.ackNo')}</th>
              <th scope="col">{t('complaint.receivedAt')}</th>
              <th scope="col">{t('complaint.title')}</th>
              <th scope="col">{t('complaint.place')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col">{t('complaint.assignedTo')}</th>
            </tr>
          </thead>
          <tbody>
            {list === null && !error ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            ) : null}
            {list?.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('complaints.empty')}
                </td>
              </tr>
            ) : null}
            {list?.map((c) => (
              <tr key={c.id} data-ack={c.ackNo}>
                <td className="nowrap">
                  <a href={hrefFor('complaint', c.id)}>{c.ackNo}</a>
                </td>
                <td className="nowrap">{formatDateTimeShort(c.receivedAt, lang)}</td>
                <td>
                  <span className="cell-excerpt">{excerpt(c.description)}</span>
                </td>
                <td>{c.place}</td>
                <td>
                  <span className={`badge ${statusBadge(c.status)}`}>{complaintStatusName(t, c.status)}</span>
                  {c.closure ? <span className="cell-sub">{closureName(t, c.closure)}</span> : null}
                </td>
                <td>{c.assignedTo ? t('complaints.assigned') : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('common.timesIst')}</p>
    </>
  );
}

function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 90 ? `${one.slice(0, 88)}…` : one;
}

/** The list answers carry no person views; a name is shown only when one is given. */
export function ComplaintPage({ user, id }: { user: SessionUser; id: string }) {
  const { t, lang } = useI18n();
  const { data: c, error, setData } = useLoad(() => records.complaint(id), [id]);
  const [status, setStatus] = useState<string | null>(null);
  const open = c ? c.status !== 'closed' : false;
  const ownStation = c?.stationCode === user.unit.code;

  if (!c) {
    return (
      <>
        <div className="page-head">
          <h1 tabIndex={-1}>{t('complaint.title')}</h1>
        </div>
        <ErrorMessage message={error} />
        {!error ? <p className="muted">{t('common.loading')}</p> : null}
      </>
    );
  }

  const updated = (next: Complaint, message: string) => {
    setData(next);
    setStatus(message);
  };

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('complaint.title')}</p>
          <h1 tabIndex={-1} data-testid="complaint-ack">
            {c.ackNo}
          </h1>
          <p className="lead">
            <span className={`badge ${statusBadge(c.status)}`} data-testid="complaint-status">
              {complaintStatusName(t, c.status)}
            </span>
            {c.closure ? <span className="badge badge-muted">{closureName(t, c.closure)}</span> : null}
          </p>
        </div>
        <div className="head-actions">
          {open && ownStation && can(user, 'record.register') ? (
            <a className="btn btn-primary" href={hrefFor('firNew', null, { complaint: c.id })} data-testid="convert-to-fir">
              {t('complaint.convert')}
            </a>
          ) : null}
          {c.firId ? (
            <a className="btn btn-secondary" href={hrefFor('fir', c.firId)}>
              {t('complaint.openFir')}
            </a>
          ) : null}
        </div>
      </div>
      <Notice tone="success">{status}</Notice>

      <div className="grid-2">
        <section className="card" aria-labelledby="cd-h">
          <h2 id="cd-h">{t('complaint.details')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('complaint.receivedAt')}</dt>
              <dd>{formatDateTimeShort(c.receivedAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('complaint.mode')}</dt>
              <dd>{complaintModeName(t, c.mode)}</dd>
            </div>
            <div>
              <dt>{t('complaint.place')}</dt>
              <dd>{c.place}</dd>
            </div>
            <div>
              <dt>{t('fir.occurred')}</dt>
              <dd>{c.occurredFrom ? `${formatDateTimeShort(c.occurredFrom, lang)}${c.occurredTo ? ` – ${formatDateTimeShort(c.occurredTo, lang)}` : ''}` : t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('sections.alleged')}</dt>
              <dd>{c.sectionsAlleged.length ? c.sectionsAlleged.map(sectionLabel).join(', ') : t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('complaint.assignedTo')}</dt>
              <dd>{c.assignedOfficer ? `${c.assignedOfficer.name} (${roleName(t, c.assignedOfficer.role)}), ${formatDateTimeShort(c.assignedAt, lang)}` : t('complaint.notAssigned')}</dd>
            </div>
            <div>
              <dt>{t('complaint.gd')}</dt>
              <dd>
                <a href={hrefFor('gd', null, { date: todayIst(new Date(c.receivedAt)), station: c.stationCode === user.unit.code ? undefined : c.stationCode })}>{t('complaint.gdLink')}</a>
              </dd>
            </div>
            {c.closedAt ? (
              <div>
                <dt>{t('complaint.closedAt')}</dt>
                <dd>
                  {formatDateTimeShort(c.closedAt, lang)}
                  {c.closureNote ? <span className="cell-sub">{c.closureNote}</span> : null}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="cc-h">
          <h2 id="cc-h">{t('complaint.complainant')}</h2>
          {c.complainant ? <PersonCard person={c.complainant} /> : <p className="muted">{t('common.none')}</p>}
        </section>
      </div>

      <section className="card card-spaced" aria-labelledby="cdesc-h">
        <h2 id="cdesc-h">{t('common.description')}</h2>
        <p className="long-text">{c.description}</p>
      </section>

      <section className="card card-spaced" aria-labelledby="cclock-h">
        <h2 id="cclock-h">{t('clock.title')}</h2>
        <ClockList clocks={c.clocks} />
      </section>

      {open && ownStation ? (
        <div className="grid-2">
          {can(user, 'complaint.assign') ? <AssignForm user={user} complaint={c} onDone={(n) => updated(n, t('complaint.assigned'))} /> : null}
          {can(user, 'complaint.close') ? <CloseForm complaint={c} onDone={(n) => updated(n, t('complaint.closed'))} /> : null}
        </div>
      ) : null}
    </>
  );
}

function AssignForm({ user, complaint, onDone }: { user: SessionUser; complaint: Complaint; onDone: (c: Complaint) => void }) {
  const { t } = useI18n();
  const officers = useOfficers(user);
  const [officer, setOfficer] = useState(complaint.assignedTo ?? '');
  const { busy, summary, setSummary, errors, setErrors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!officer) found['officerUserId'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      onDone(await records.assignComplaint(complaint.id, officer));
      setErrors({});
      setSummary(null);
    });
  }

  return (
    <section className="card" aria-labelledby="assign-h">
      <h2 id="assign-h">{t('complaint.assign')}</h2>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack">
        <SelectField
          id={fieldId('officerUserId')}
          name="officerUserId"
          label={t('complaint.officer')}
          hint={t('complaint.officerHint')}
          error={fe('officerUserId', t('complaint.officer'))}
          value={officer}
          onChange={(e) => setOfficer(e.target.value)}
        >
          <option value="">{t('common.choose')}</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} — {roleName(t, o.role)}
            </option>
          ))}
        </SelectField>
        <FormActions busy={busy} submit={t('complaint.assignSubmit')} />
      </form>
    </section>
  );
}

function CloseForm({ complaint, onDone }: { complaint: Complaint; onDone: (c: Complaint) => void }) {
  const { t } = useI18n();
  const [closure, setClosure] = useState<string>('disposed');
  const [note, setNote] = useState('');
  const { busy, summary, setSummary, errors, setErrors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (note.trim().length < 5) found['note'] = t('form.reasonShort');
    if (refuse(found)) return;
    await attempt(async () => {
      onDone(await records.closeComplaint(complaint.id, closure, note.trim()));
      setErrors({});
      setSummary(null);
    });
  }

  return (
    <section className="card" aria-labelledby="close-h">
      <h2 id="close-h">{t('complaint.close')}</h2>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack">
        <fieldset className="radio-group">
          <legend>{t('complaint.closure')}</legend>
          {CLOSURE_CHOICES.map((c) => (
            <label key={c} className="radio">
              <input type="radio" name="closure" value={c} checked={closure === c} onChange={() => setClosure(c)} />
              <span>
                {closureName(t, c)}
                <span className="radio-hint">{c === 'disposed' ? t('complaint.disposedHint') : t('complaint.ncrHint')}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ShortTextArea path="note" label={t('complaint.closeNote')} hint={t('complaint.closeNoteHint')} rows={3} fe={fe} value={note} onChange={setNote} />
        <FormActions busy={busy} submit={t('complaint.closeSubmit')} tone="danger-outline" />
      </form>
    </section>
  );
}
