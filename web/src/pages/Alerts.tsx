// Alerts and lookout notices (#/alerts): a missing child, a wanted person, a stolen vehicle, an
// unidentified body. Issued by a supervisor to their unit or one beneath it, they reach every
// station there with the next sync and stay on its dashboard, link or no link. Photos travel
// after the record: until one has arrived the card says so instead of showing a broken image.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, type SessionUser, type UnitNode } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { DateTimeField } from '../components/DateTimeField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { Modal } from '../components/Modal.tsx';
import { ReasonDialog } from '../components/ReasonDialog.tsx';
import { PhotoMissing, RemoteImage } from '../components/RemoteImage.tsx';
import { UnitOptions } from '../components/StationField.tsx';
import { ALERT_KINDS, oneOf } from '../codes.ts';
import { errorText } from '../errors.ts';
import { errorsFor, fieldId, trimOrUndefined, useSubmission, type FieldErrors } from '../forms.ts';
import { alertKindName, alertStatusName, formatDateTimeShort, fromIstInput, unitName } from '../format.ts';
import { can, useLoad, useUnits } from '../hooks.ts';
import { useI18n, type Lang, type TFunction } from '../i18n/index.tsx';
import { hrefFor, navigate } from '../router.ts';
import { sync, type Alert, type AlertInput } from '../sync-api.ts';
import { submitOnCtrlEnter } from './ComplaintNew.tsx';

/** Where an alert goes, in words: nation-wide, state-wide, or the unit by name when known. */
function targetText(t: TFunction, lang: Lang, code: string, units: Map<string, UnitNode>): string {
  if (code === 'IN') return t('alerts.nationWide');
  if (/^[A-Z]{2}$/.test(code)) return t('alerts.stateWide', { code });
  const u = units.get(code);
  return u ? `${unitName(u, lang)} (${code})` : code;
}

export function AlertsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t } = useI18n();
  const status: 'active' | 'all' = query.get('status') === 'all' ? 'all' : 'active';
  const { data, error, reload } = useLoad(() => sync.alerts(status), [status]);
  /** The units the user may address: their own and those beneath it. */
  const { units } = useUnits(user);
  const unitsByCode = useMemo(() => new Map(units.map((u) => [u.code, u])), [units]);
  const [issuing, setIssuing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Alert | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const canIssue = can(user, 'alert.issue');

  function open(then: () => void) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setNotice(null);
    then();
  }
  function refocus() {
    window.setTimeout(() => returnFocus.current?.focus(), 0);
  }

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('alerts.title')}</h1>
          <p className="lead">{t('alerts.intro')}</p>
        </div>
        {canIssue ? (
          <div className="head-actions">
            <button type="button" className="btn btn-primary" onClick={() => open(() => setIssuing(true))} data-testid="alert-issue">
              {t('alerts.issue')}
            </button>
          </div>
        ) : null}
      </div>

      <nav className="segmented" aria-label={t('alerts.show')}>
        <a href={hrefFor('alerts')} aria-current={status === 'active' ? 'page' : undefined} data-testid="alerts-active">
          {t('alerts.showActive')}
        </a>
        <a href={hrefFor('alerts', null, { status: 'all' })} aria-current={status === 'all' ? 'page' : undefined} data-testid="alerts-all">
          {t('alerts.showAll')}
        </a>
      </nav>

      <Notice tone="success">{notice}</Notice>
      <ErrorMessage message={error} />
      {!data && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {data && data.alerts.length === 0 ? (
        <p className="muted" data-testid="alerts-empty">
          {status === 'active' ? t('alerts.emptyActive') : t('alerts.emptyAll')}
        </p>
      ) : null}
      {data && data.alerts.length ? (
        <ul className="alert-cards" data-testid="alert-list">
          {data.alerts.map((a) => (
            <li key={a.id}>
              <AlertCard alert={a} units={unitsByCode} onWithdraw={canIssue && a.status === 'active' && unitsByCode.has(a.targetUnit) ? () => open(() => setWithdrawing(a)) : undefined} />
            </li>
          ))}
        </ul>
      ) : null}

      {issuing ? (
        <IssueAlertDialog
          user={user}
          units={units}
          onClose={() => {
            setIssuing(false);
            refocus();
          }}
          onDone={(a) => {
            setIssuing(false);
            setNotice(t('alerts.issued', { title: a.title }));
            if (status !== 'active') navigate(hrefFor('alerts'));
            reload();
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawDialog
          alert={withdrawing}
          onClose={() => {
            setWithdrawing(null);
            refocus();
          }}
          onDone={(a) => {
            setWithdrawing(null);
            setNotice(t('alerts.withdrawn', { title: a.title }));
            reload();
          }}
        />
      ) : null}
    </>
  );
}

/** One alert: photo, kind, title, details, where it goes, who issued it and until when. */
export function AlertCard({ alert: a, units, onWithdraw, compact = false }: { alert: Alert; units: Map<string, UnitNode>; onWithdraw?: () => void; compact?: boolean }) {
  const { t, lang } = useI18n();
  const headingId = `alert-${a.id}-h`;
  return (
    <article
      className={`alert-card alert-card-${a.kind} alert-card-${a.status}${compact ? ' alert-card-compact' : ''}`}
      aria-labelledby={headingId}
      data-testid="alert-card"
      data-alert={a.id}
      data-status={a.status}
    >
      <div className="alert-card-photo">
        {a.photoSha256 ? (
          <RemoteImage className="alert-photo" src={sync.alertPhotoUrl(a.id)} alt={t('alerts.photoOf', { title: a.title })} testId="alert-photo" />
        ) : (
          <PhotoMissing className="alert-photo" text={t('alerts.noPhoto')} testId="alert-no-photo" />
        )}
      </div>
      <div className="alert-card-body">
        <p className="badges alert-card-badges">
          <span className={`badge alert-kind alert-kind-${a.kind}`}>{alertKindName(t, a.kind)}</span>
          {a.status !== 'active' ? <span className="badge badge-muted">{alertStatusName(t, a.status)}</span> : null}
        </p>
        <h3 id={headingId} className="alert-card-title" dir="auto">
          {a.title}
        </h3>
        <p className={`alert-card-details${compact ? ' is-clamped' : ''}`} dir="auto">
          {a.details}
        </p>
        <dl className="alert-card-facts">
          <div>
            <dt>{t('alerts.target')}</dt>
            <dd>{targetText(t, lang, a.targetUnit, units)}</dd>
          </div>
          <div>
            <dt>{t('alerts.issuedBy')}</dt>
            <dd>{t('alerts.issuedByText', { name: a.issuedBy, unit: a.issuerUnit, time: formatDateTimeShort(a.issuedAt, lang) })}</dd>
          </div>
          {!compact || a.expiresAt ? (
            <div>
              <dt>{t('alerts.expires')}</dt>
              <dd>{a.expiresAt ? formatDateTimeShort(a.expiresAt, lang) : t('alerts.noExpiry')}</dd>
            </div>
          ) : null}
          {a.status === 'withdrawn' ? (
            <div>
              <dt>{t('alertStatus.withdrawn')}</dt>
              <dd>
                {a.withdrawnAt ? formatDateTimeShort(a.withdrawnAt, lang) : null}
                {a.withdrawReason ? <span className="cell-sub">{a.withdrawReason}</span> : null}
              </dd>
            </div>
          ) : null}
        </dl>
        {onWithdraw ? (
          <div className="form-actions">
            <button type="button" className="btn btn-secondary btn-small" onClick={onWithdraw} aria-label={t('alerts.withdrawThis', { title: a.title })} data-testid="alert-withdraw">
              {t('alerts.withdraw')}
            </button>
          </div>
        ) : null}
      </div>
    </article>
  );
}

/**
 * Active alerts, prominently, for the dashboard and the home page: the reason a state-wide
 * missing-child alert appears at every station. Nothing when there is none (or no permission).
 */
export function ActiveAlerts({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const allowed = can(user, 'alert.read');
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    if (!allowed) return;
    let live = true;
    sync
      .alerts('active')
      .then((r) => {
        if (live) setAlerts(r.alerts);
      })
      .catch(() => {
        if (live) setError(true);
      });
    return () => {
      live = false;
    };
  }, [allowed]);
  if (!allowed || error || !alerts || alerts.length === 0) return null;
  const shown = alerts.slice(0, 6);
  return (
    <section className="active-alerts" aria-labelledby="active-alerts-h" data-testid="active-alerts">
      <div className="section-head-row">
        <h2 id="active-alerts-h">
          <span className="active-alerts-mark" aria-hidden="true">
            !
          </span>
          {t('alerts.activeTitle', { n: alerts.length })}
        </h2>
        <a href={hrefFor('alerts')}>{t('alerts.all')}</a>
      </div>
      <ul className="alert-cards alert-cards-compact">
        {shown.map((a) => (
          <li key={a.id}>
            <AlertCard alert={a} units={new Map()} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}

function IssueAlertDialog({ user, units, onClose, onDone }: { user: SessionUser; units: UnitNode[]; onClose: () => void; onDone: (a: Alert) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<string>('missing_person');
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const [targetUnit, setTargetUnit] = useState(user.unit.code);
  const [expires, setExpires] = useState('');
  const [photo, setPhoto] = useState('');
  const [uploading, setUploading] = useState(false);
  const [photoError, setPhotoError] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || uploading) return;
    const found: FieldErrors = {};
    if (!title.trim()) found['title'] = t('form.required');
    if (!details.trim()) found['details'] = t('form.required');
    const expiresAt = expires ? fromIstInput(expires) : undefined;
    if (expires && !expiresAt) found['expiresAt'] = t('form.dateTimeInvalid');
    else if (expiresAt && Date.parse(expiresAt) <= Date.now()) found['expiresAt'] = t('alerts.form.expiresPast');
    if (refuse(found)) return;
    const body: AlertInput = { kind: oneOf(ALERT_KINDS, kind) ?? 'general', title: title.trim(), details: details.trim() };
    const target = trimOrUndefined(targetUnit);
    if (target) body.targetUnit = target;
    if (expiresAt) body.expiresAt = expiresAt;
    if (photo) body.photoSha256 = photo;
    await attempt(async () => {
      onDone(await sync.issueAlert(body));
    });
  }

  return (
    <Modal title={t('alerts.issueTitle')} onClose={onClose} wide>
      <p className="muted">{t('alerts.issueIntro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="alert-form">
        <div className="form-row">
          <SelectField id={fieldId('kind')} name="kind" label={t('alerts.form.kind')} error={fe('kind', t('alerts.form.kind'))} value={kind} onChange={(e) => setKind(e.target.value)} autoFocus>
            {ALERT_KINDS.map((k) => (
              <option key={k} value={k}>
                {alertKindName(t, k)}
              </option>
            ))}
          </SelectField>
          {units.length > 1 ? (
            <SelectField
              id={fieldId('targetUnit')}
              name="targetUnit"
              label={t('alerts.form.target')}
              hint={t('alerts.form.targetHint')}
              error={fe('targetUnit', t('alerts.form.target'))}
              value={targetUnit}
              onChange={(e) => setTargetUnit(e.target.value)}
            >
              <UnitOptions units={units} />
            </SelectField>
          ) : (
            <TextField
              id={fieldId('targetUnit')}
              name="targetUnit"
              label={t('alerts.form.target')}
              hint={t('alerts.form.targetHint')}
              error={fe('targetUnit', t('alerts.form.target'))}
              autoComplete="off"
              spellCheck={false}
              value={targetUnit}
              onChange={(e) => setTargetUnit(e.target.value.toUpperCase())}
            />
          )}
        </div>
        <TextField
          id={fieldId('title')}
          name="title"
          label={t('alerts.form.title')}
          hint={t('alerts.form.titleHint')}
          error={fe('title', t('alerts.form.title'))}
          required
          maxLength={200}
          dir="auto"
          autoComplete="off"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          id={fieldId('details')}
          name="details"
          label={t('alerts.form.details')}
          hint={t('alerts.form.detailsHint')}
          error={fe('details', t('alerts.form.details'))}
          required
          rows={5}
          maxLength={4000}
          dir="auto"
          value={details}
          onChange={(e) => setDetails(e.target.value)}
          onKeyDown={submitOnCtrlEnter}
        />
        <div className="form-row">
          <DateTimeField
            path="expiresAt"
            label={t('alerts.form.expires')}
            hint={t('alerts.form.expiresHint')}
            value={expires}
            onChange={setExpires}
            error={fe('expiresAt', t('alerts.form.expires'))}
          />
          <div className={`field${photoError || errors['photoSha256'] ? ' has-error' : ''}`}>
            <label htmlFor={fieldId('photoSha256')}>{t('alerts.form.photo')}</label>
            <input
              id={fieldId('photoSha256')}
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              disabled={uploading}
              aria-describedby={`${fieldId('photoSha256')}-hint`}
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                setUploading(true);
                setPhotoError('');
                try {
                  setPhoto((await sync.uploadAlertPhoto(file)).sha256);
                } catch (err) {
                  setPhotoError(err instanceof ApiError && err.status !== 0 ? errorText(t, err) : t('person.photoFailed'));
                  setPhoto('');
                } finally {
                  setUploading(false);
                }
              }}
            />
            <p className="field-hint" id={`${fieldId('photoSha256')}-hint`}>
              {uploading ? t('alerts.form.uploading') : t('alerts.form.photoHint')}
            </p>
            {photoError || errors['photoSha256'] ? (
              <p className="field-error" role="alert">
                {photoError || fe('photoSha256', t('alerts.form.photo'))}
              </p>
            ) : null}
            {photo ? (
              <p className="photo-ready" data-testid="alert-photo-ready">
                <span aria-hidden="true">✓ </span>
                {t('alerts.form.photoReady')}{' '}
                <button type="button" className="btn-link" onClick={() => setPhoto('')}>
                  {t('person.photoRemove')}
                </button>
              </p>
            ) : null}
          </div>
        </div>
        <FormActions busy={busy} disabled={uploading} submit={t('alerts.form.submit')} testId="alert-submit" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function WithdrawDialog({ alert, onClose, onDone }: { alert: Alert; onClose: () => void; onDone: (a: Alert) => void }) {
  const { t } = useI18n();
  return (
    <ReasonDialog
      title={t('alerts.withdrawTitle', { title: alert.title })}
      intro={t('alerts.withdrawIntro')}
      hint={t('alerts.withdrawHint')}
      minLength={5}
      confirm={t('alerts.withdraw')}
      formTestId="withdraw-form"
      submitTestId="withdraw-submit"
      onConfirm={async (reason) => onDone(await sync.withdrawAlert(alert.id, reason))}
      onClose={onClose}
    />
  );
}
