// The Sync page (#/sync): this node's link to the node above it — what waits to be sent, what is
// still to arrive, the last error in words — with "Sync now"; and, on a node that others enrol
// with (state, national), the nodes below it: a table and a plot of how long each has been
// silent, so that a station dark for days stands out; registering and revoking nodes.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { tierRule, isTier } from '../../../src/domain/tiers.ts';
import type { SessionUser, UnitNode } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { ReasonDialog } from '../components/ReasonDialog.tsx';
import { StationField } from '../components/StationField.tsx';
import { errorText } from '../errors.ts';
import { errorsFor, fieldId, useSubmission, type FieldErrors } from '../forms.ts';
import { agoText, formatDateTime, formatDateTimeShort, linkName, nodeStatusName, secondsSince, tierName, unitName } from '../format.ts';
import { can, useLoad, useUnits } from '../hooks.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { badgeOf, filesText, recordsText, useNodeStatus } from '../node-status.tsx';
import { sync, type NodeHealth, type RoundAnswer, type SyncStatus, type ThisNode } from '../sync-api.ts';

/** Sync requests are signed with the time and refused beyond 5 minutes; warn well before. */
const CLOCK_WARN_SECONDS = 120;

export function SyncPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { node, reload, setSync } = useNodeStatus();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; text: string } | { ok: false; text: string; detail: string | null } | null>(null);

  // Fresh figures when the page opens.
  useEffect(() => {
    reload();
  }, [reload]);

  async function runNow() {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const r = await sync.runNow();
      setSync(r.sync);
      setOutcome(r.ok ? { ok: true, text: roundText(t, r) } : { ok: false, text: t('sync.round.failed'), detail: r.error });
    } catch (err) {
      setOutcome({ ok: false, text: errorText(t, err), detail: null });
    } finally {
      setBusy(false);
    }
  }

  const canRun = can(user, 'sync.run') && !!node?.sync.enrolled;

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('sync.title')}</h1>
          <p className="lead">{node?.acceptsNodes ? t('sync.introUpper') : t('sync.intro')}</p>
        </div>
        {canRun ? (
          <div className="head-actions">
            <button type="button" className="btn btn-primary" onClick={() => void runNow()} disabled={busy || node?.sync.running} data-testid="sync-now">
              {busy || node?.sync.running ? t('sync.running') : t('sync.now')}
            </button>
          </div>
        ) : null}
      </div>

      <div className="alert-slot" role="status" aria-live="polite" data-testid="sync-outcome">
        {outcome ? (
          <div className={`alert ${outcome.ok ? 'alert-success' : 'alert-error'}`} data-ok={outcome.ok ? 'yes' : 'no'}>
            <p className="sync-outcome-title">{outcome.text}</p>
            {!outcome.ok && outcome.detail ? (
              <p className="sync-error-text" lang="en">
                {outcome.detail}
              </p>
            ) : null}
            {!outcome.ok ? <p className="small">{t('sync.round.retry')}</p> : null}
          </div>
        ) : null}
      </div>

      {!node ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <>
          <ThisNodeCard user={user} node={node} />
          {node.acceptsNodes && can(user, 'node.read') ? <NodesBelow user={user} node={node} /> : null}
        </>
      )}
    </>
  );
}

function roundText(t: TFunction, r: RoundAnswer): string {
  const p = r.report;
  if (!p) return t('sync.round.okShort');
  return t('sync.round.ok', {
    sentRecords: recordsText(t, p.pushed),
    sentFiles: filesText(t, p.filesUp),
    gotRecords: recordsText(t, p.pulled),
    gotFiles: filesText(t, p.filesDown),
    seconds: (p.milliseconds / 1000).toFixed(1),
  });
}

/** The command an administrator runs at the node below, with the code they were given. */
function enrolCommand(unit: string, upstream: string, code: string, tier: string): string {
  return `cctns node enrol --unit ${unit} --upstream ${upstream} --code ${code}${tier === 'national' ? ' --tier state' : ''}`;
}

function ThisNodeCard({ user, node }: { user: SessionUser; node: ThisNode }) {
  const { t, lang } = useI18n();
  const s = node.sync;
  const badge = badgeOf(t, lang, node);
  const name = node.unit === user.unit.code ? unitName(user.unit, lang) : (node.unitName ?? '');
  const offset = s.clockOffsetSeconds ?? 0;
  const upstreamWord = node.tier === 'state' ? t('sync.upstream.national') : t('sync.upstream.state');
  const hasUpstream = node.tier === 'station' || (isTier(node.tier) && tierRule(node.tier).upstream !== 'never');

  return (
    <section className="card card-spaced" aria-labelledby="this-node-h" data-testid="this-node">
      <h2 id="this-node-h">{t('sync.thisNode')}</h2>
      {s.enrolled && Math.abs(offset) > CLOCK_WARN_SECONDS ? (
        <p className="alert alert-warning" data-testid="clock-warning">
          {offset > 0
            ? t('sync.clockBehind', { minutes: Math.round(Math.abs(offset) / 60), upstream: upstreamWord })
            : t('sync.clockAhead', { minutes: Math.round(Math.abs(offset) / 60), upstream: upstreamWord })}
        </p>
      ) : null}
      {node.tier === 'station' && !s.enrolled ? (
        <div className="alert alert-warning">
          <p>{t('sync.notEnrolledStation')}</p>
          <pre className="command">{enrolCommand(node.unit, t('sync.placeholder.stateAddress'), t('sync.placeholder.code'), 'station')}</pre>
        </div>
      ) : null}
      {s.enrolled && !s.firstSyncDone ? <p className="alert alert-info">{t('sync.firstSyncPending')}</p> : null}
      <dl className="facts sync-facts">
        <div>
          <dt>{t('sync.tier')}</dt>
          <dd data-testid="node-tier">{tierName(t, node.tier)}</dd>
        </div>
        <div>
          <dt>{t('home.unit')}</dt>
          <dd>
            {name ? <span className="unit-name">{name}</span> : null}
            <code>{node.unit}</code>
          </dd>
        </div>
        {hasUpstream ? (
          <>
            <div>
              <dt>{t('sync.upstream')}</dt>
              <dd data-testid="node-upstream">
                {s.upstream ? (
                  <>
                    <code>{s.upstream.unit}</code> <span className="mono">{s.upstream.url}</span>
                    <span className="cell-sub">{t('sync.enrolledAt', { time: formatDateTimeShort(s.upstream.enrolledAt, lang) })}</span>
                  </>
                ) : node.tier === 'station' ? (
                  t('sync.link.not-enrolled')
                ) : (
                  t('sync.noUpstream')
                )}
              </dd>
            </div>
            {s.enrolled ? (
              <>
                <div>
                  <dt>{t('sync.link')}</dt>
                  <dd data-testid="node-link" data-link={s.link}>
                    <span className={`sync-state sync-state-${badge?.tone ?? 'info'}`}>
                      <span className="sync-dot" aria-hidden="true" />
                      {linkName(t, s.link)}
                    </span>
                    {s.running ? <span className="cell-sub">{t('sync.running')}</span> : null}
                  </dd>
                </div>
                <div>
                  <dt>{t('sync.lastSuccess')}</dt>
                  <dd data-testid="node-last-success">
                    <When iso={s.lastSuccessAt} />
                  </dd>
                </div>
                <div>
                  <dt>{t('sync.lastAttempt')}</dt>
                  <dd>
                    <When iso={s.lastAttemptAt} />
                  </dd>
                </div>
                {s.lastError ? (
                  <div>
                    <dt>{t('sync.lastError')}</dt>
                    <dd data-testid="node-last-error">
                      <LastError status={s} tier={node.tier} />
                    </dd>
                  </div>
                ) : null}
                {s.nextAttemptAt && !s.running ? (
                  <div>
                    <dt>{t('sync.nextAttempt')}</dt>
                    <dd>{formatDateTime(s.nextAttemptAt, lang)}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('sync.waitingEvents')}</dt>
                  <dd data-testid="node-waiting">
                    <strong>{s.waitingEvents}</strong>
                    {s.waitingEvents > 0 ? <span className="cell-sub">{t('sync.waitingHint')}</span> : null}
                  </dd>
                </div>
                <div>
                  <dt>{t('sync.waitingFiles')}</dt>
                  <dd data-testid="node-waiting-files">{s.waitingFiles}</dd>
                </div>
              </>
            ) : null}
          </>
        ) : null}
        <div>
          <dt>{t('sync.missingFiles')}</dt>
          <dd data-testid="node-missing-files">
            {s.missingFiles}
            {s.missingFiles > 0 ? <span className="cell-sub">{t('sync.missingHint')}</span> : null}
          </dd>
        </div>
        {s.enrolled ? (
          <>
            <div>
              <dt>{t('sync.firstSync')}</dt>
              <dd data-testid="node-first-sync">{s.firstSyncDone ? t('sync.firstSyncDone') : t('sync.firstSyncNotDone')}</dd>
            </div>
            {s.eventsPushed !== undefined || s.eventsPulled !== undefined ? (
              <div>
                <dt>{t('sync.totals')}</dt>
                <dd>{t('sync.totalsText', { sent: recordsText(t, s.eventsPushed ?? 0), received: recordsText(t, s.eventsPulled ?? 0) })}</dd>
              </div>
            ) : null}
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** A time in full, with how long ago; "Never" without one. */
function When({ iso }: { iso: string | null | undefined }) {
  const { t, lang } = useI18n();
  const ago = secondsSince(iso);
  if (!iso || ago === null) return <>{t('sync.never')}</>;
  return (
    <>
      <time dateTime={iso}>{formatDateTime(iso, lang)}</time>
      <span className="cell-sub">{agoText(t, ago)}</span>
    </>
  );
}

/** The last error: what it means in plain words, the node's own message, when, how many in a row. */
function LastError({ status: s, tier }: { status: SyncStatus; tier: string }) {
  const { t, lang } = useI18n();
  const failures = s.consecutiveFailures ?? 0;
  const meaning =
    s.link === 'refused'
      ? tier === 'state'
        ? t('sync.error.refusedNational')
        : t('sync.error.refusedState')
      : tier === 'state'
        ? t('sync.error.unreachableNational')
        : t('sync.error.unreachableState');
  return (
    <div className="sync-error">
      <p className="sync-error-meaning">{meaning}</p>
      <p className="sync-error-text" lang="en">
        {s.lastError}
      </p>
      <p className="cell-sub">
        {s.lastErrorAt ? t('sync.error.when', { time: formatDateTime(s.lastErrorAt, lang) }) : null}
        {s.lastErrorAt && failures ? ' · ' : null}
        {failures === 1 ? t('sync.error.failedOnce') : failures > 1 ? t('sync.error.failedRounds', { n: failures }) : null}
      </p>
    </div>
  );
}

/* ---------- The nodes below this one ---------- */

/** Hours since the node was last heard from (or since it enrolled, when it never called); null: pending or revoked. */
function silentHours(n: NodeHealth, now: number): number | null {
  if (n.status !== 'active') return null;
  if (n.silentSeconds !== null) return n.silentSeconds / 3600;
  const since = secondsSince(n.enrolledAt ?? null, now);
  return since === null ? null : since / 3600;
}

function NodesBelow({ user, node }: { user: SessionUser; node: ThisNode }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useLoad(() => sync.nodes(), []);
  const manage = can(user, 'node.manage');
  /** The register form waits for the unit list, so that its field does not change under the hand. */
  const { units, loaded: unitsRead } = useUnits(user);
  const [onlyDark, setOnlyDark] = useState(false);
  const [revoking, setRevoking] = useState<NodeHealth | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const enrols = isTier(node.tier) ? tierRule(node.tier).enrols : null;

  const unitsByCode = useMemo(() => new Map(units.map((u) => [u.code, u])), [units]);
  const darkAfter = data?.darkAfterHours ?? node.darkAfterHours;
  const nodes = data?.nodes ?? [];
  const now = Date.now();
  const shown = onlyDark ? nodes.filter((n) => n.dark || (n.status === 'active' && !n.lastSeenAt)) : nodes;
  const darkCount = nodes.filter((n) => n.dark).length;
  const live = nodes.filter((n) => n.status !== 'revoked');
  const nameOf = (n: NodeHealth) => {
    const u = unitsByCode.get(n.unitCode);
    return u ? unitName(u, lang) : (n.unitName ?? '');
  };
  const heading = node.tier === 'national' ? t('nodes.titleStates') : t('nodes.titleStations');

  return (
    <section className="card card-spaced" aria-labelledby="nodes-h" data-testid="nodes-below">
      <div className="section-head-row">
        <h2 id="nodes-h">{heading}</h2>
        <button type="button" className="btn btn-secondary btn-small" onClick={reload}>
          {t('common.refresh')}
        </button>
      </div>
      <p className="muted">{t('nodes.intro', { hours: darkAfter })}</p>
      <ErrorMessage message={error} />
      <Notice tone="success">{notice}</Notice>
      {!data && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <p className="nodes-summary" data-testid="nodes-summary">
            {t('nodes.summary', { n: live.length })}
            {darkCount ? (
              <>
                {' · '}
                <span className="badge badge-dark">{t('nodes.darkCount', { n: darkCount })}</span>
              </>
            ) : null}
          </p>
          {live.length ? <SilencePlot nodes={live} darkAfterHours={darkAfter} nameOf={nameOf} now={now} /> : null}
          {nodes.length ? (
            <label className="checkbox">
              <input type="checkbox" name="onlyDark" checked={onlyDark} onChange={(e) => setOnlyDark(e.target.checked)} />
              <span>{t('nodes.onlyDark')}</span>
            </label>
          ) : null}
          {nodes.length === 0 ? (
            <p className="muted" data-testid="nodes-empty">
              {t('nodes.empty')}
            </p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="nodes-caption">
              <table className="data-table nodes-table" data-testid="nodes-table">
                <caption id="nodes-caption" className="visually-hidden">
                  {t('nodes.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('home.unit')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('nodes.col.lastHeard')}</th>
                    <th scope="col" className="num">
                      {t('nodes.col.waiting')}
                    </th>
                    <th scope="col" className="num">
                      {t('nodes.col.received')}
                    </th>
                    <th scope="col">{t('nodes.col.newest')}</th>
                    <th scope="col">{t('sync.lastError')}</th>
                    {manage ? (
                      <th scope="col">
                        <span className="visually-hidden">{t('users.col.actions')}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((n) => (
                    <NodeRow
                      key={n.id}
                      n={n}
                      name={nameOf(n)}
                      manage={manage}
                      onRevoke={() => {
                        returnFocus.current = document.activeElement as HTMLElement | null;
                        setNotice(null);
                        setRevoking(n);
                      }}
                    />
                  ))}
                  {shown.length === 0 ? (
                    <tr>
                      <td colSpan={manage ? 8 : 7} className="muted">
                        {t('nodes.noneDark')}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}

      {manage && enrols && data && unitsRead ? (
        <RegisterNode node={node} enrols={enrols} candidates={units.filter((u) => u.kind === enrols && !nodes.some((n) => n.unitCode === u.code && n.status !== 'revoked'))} onDone={reload} />
      ) : null}

      {revoking ? (
        <RevokeDialog
          n={revoking}
          name={nameOf(revoking)}
          onClose={() => {
            setRevoking(null);
            window.setTimeout(() => returnFocus.current?.focus(), 0);
          }}
          onDone={(done) => {
            setRevoking(null);
            setNotice(t('nodes.revoked', { unit: done.unitCode }));
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function NodeRow({ n, name, manage, onRevoke }: { n: NodeHealth; name: string; manage: boolean; onRevoke: () => void }) {
  const { t, lang } = useI18n();
  const heard = secondsSince(n.lastSeenAt);
  return (
    <tr data-testid="node-row" data-unit={n.unitCode} data-status={n.status} data-dark={n.dark ? 'yes' : 'no'} className={n.dark ? 'is-dark' : undefined}>
      <td>
        {name ? <span className="cell-unit">{name}</span> : null}
        <code className="cell-code">{n.unitCode}</code>
        {n.label ? <span className="cell-sub">{n.label}</span> : null}
      </td>
      <td>
        <span className={`badge ${n.status === 'active' ? 'badge-success' : n.status === 'pending' ? 'badge-warning' : 'badge-muted'}`}>{nodeStatusName(t, n.status)}</span>
        {n.dark ? (
          <span className="badge badge-dark" data-testid="node-dark">
            {t('nodes.dark')}
          </span>
        ) : null}
        {n.status === 'pending' && n.enrolExpiresAt ? <span className="cell-sub">{t('nodes.codeUntil', { time: formatDateTimeShort(n.enrolExpiresAt, lang) })}</span> : null}
        {n.status === 'revoked' && n.revokeReason ? <span className="cell-sub">{t('nodes.revokedBecause', { reason: n.revokeReason })}</span> : null}
      </td>
      <td data-testid="node-last-heard" className="nodes-heard">
        {n.lastSeenAt && heard !== null ? (
          <time dateTime={n.lastSeenAt} title={formatDateTime(n.lastSeenAt, lang)}>
            {agoText(t, heard)}
          </time>
        ) : (
          <span className="muted">{t('nodes.neverHeard')}</span>
        )}
      </td>
      <td className="num">{n.waitingReported ?? <span className="muted">{t('nodes.notReported')}</span>}</td>
      <td className="num">{n.eventsReceived}</td>
      <td>{n.newestEventAt ? formatDateTimeShort(n.newestEventAt, lang) : <span className="muted">{t('sync.never')}</span>}</td>
      <td className="nodes-error">
        {n.lastError ? (
          <>
            <span lang="en">{n.lastError}</span>
            {n.lastErrorAt ? <span className="cell-sub">{formatDateTimeShort(n.lastErrorAt, lang)}</span> : null}
          </>
        ) : (
          <span className="muted">{t('nodes.noError')}</span>
        )}
      </td>
      {manage ? (
        <td className="row-actions">
          {n.status !== 'revoked' ? (
            <button type="button" className="btn btn-small btn-danger-outline" aria-label={t('nodes.revokeUnit', { unit: n.unitCode })} onClick={onRevoke} data-testid="node-revoke">
              {t('nodes.revoke')}
            </button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

/* ---------- The plot: hours since each node was last heard ---------- */

/** The scale ends at 30 days: a node silent longer is drawn to the end, its label says how long. */
const CAP_HOURS = 30 * 24;
/** At most this many nodes in the plot (the most silent: the list comes most silent first). */
const PLOT_ROWS = 40;
const TICKS = [0, 1, 6, 24, 72, 168, 720];

function silenceText(t: TFunction, hours: number): string {
  if (hours < 1 / 60) return t('time.justNow');
  if (hours < 1) return t('plot.minutes', { n: Math.round(hours * 60) });
  if (hours < 48) return t('plot.hours', { n: Math.round(hours) });
  return t('plot.days', { n: Math.floor(hours / 24) });
}

function tickText(t: TFunction, hours: number): string {
  if (hours === 0) return '0';
  return hours < 48 ? t('plot.hours', { n: hours }) : t('plot.days', { n: hours / 24 });
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * A horizontal bar for each node: how long since it was last heard, on a logarithmic scale
 * (minutes and weeks both readable), with a vertical line where a node counts as dark. Dark nodes
 * are red and say DARK; the same figures are in the table below, for screen readers too.
 */
function SilencePlot({ nodes, darkAfterHours, nameOf, now }: { nodes: NodeHealth[]; darkAfterHours: number; nameOf: (n: NodeHealth) => string; now: number }) {
  const { t, lang } = useI18n();
  const rows = nodes.slice(0, PLOT_ROWS);
  const label = 300;
  const width = 940;
  const right = 110;
  const plotW = width - label - right;
  const rowH = 40;
  const top = 34;
  const height = top + rows.length * rowH + 34;
  const x = (h: number) => label + (Math.log10(1 + Math.min(h, CAP_HOURS)) / Math.log10(1 + CAP_HOURS)) * plotW;
  const darkX = x(darkAfterHours);
  const dark = nodes.filter((n) => n.dark).length;

  return (
    <figure className="silence-plot" data-testid="silence-plot">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="silence-plot-title silence-plot-desc" className="silence-plot-svg">
        <title id="silence-plot-title">{t('plot.title')}</title>
        <desc id="silence-plot-desc">{t('plot.desc', { n: rows.length, dark, hours: darkAfterHours })}</desc>
        {TICKS.map((h) => (
          <g key={h} className="plot-tick">
            <line x1={x(h)} x2={x(h)} y1={top - 6} y2={height - 28} />
            <text x={x(h)} y={height - 12} textAnchor="middle">
              {tickText(t, h)}
            </text>
          </g>
        ))}
        <g className="plot-dark-line">
          <line x1={darkX} x2={darkX} y1={top - 14} y2={height - 28} />
          <text x={darkX} y={top - 18} textAnchor="middle">
            {t('plot.darkLine', { hours: darkAfterHours })}
          </text>
        </g>
        {rows.map((n, i) => {
          const y = top + i * rowH;
          const h = silentHours(n, now);
          const name = nameOf(n);
          const shown = `${n.unitCode}${name ? ` · ${name}` : ''}`;
          const heard = n.lastSeenAt ? formatDateTime(n.lastSeenAt, lang) : t('nodes.neverHeard');
          return (
            <g key={n.id} className={`plot-row${n.dark ? ' is-dark' : ''}`} data-testid="plot-bar" data-unit={n.unitCode} data-dark={n.dark ? 'yes' : 'no'}>
              <title>{`${shown}: ${h === null ? nodeStatusName(t, n.status) : silenceText(t, h)} — ${heard}`}</title>
              {name ? (
                <>
                  <text className="plot-label" x={label - 12} y={y + 17} textAnchor="end">
                    {shorten(name, 40)}
                  </text>
                  <text className="plot-code" x={label - 12} y={y + 32} textAnchor="end">
                    {n.unitCode}
                  </text>
                </>
              ) : (
                <text className="plot-label" x={label - 12} y={y + rowH / 2 + 4} textAnchor="end">
                  {n.unitCode}
                </text>
              )}
              {h === null ? (
                <text className="plot-pending" x={label + 6} y={y + rowH / 2 + 4}>
                  {nodeStatusName(t, n.status)}
                </text>
              ) : (
                <>
                  <rect className={n.dark ? 'plot-bar plot-bar-dark' : 'plot-bar'} x={label} y={y + 9} width={Math.max(3, x(h) - label)} height={rowH - 18} rx={3} />
                  <text className="plot-value" x={x(h) + 6} y={y + rowH / 2 + 4}>
                    {`${h >= CAP_HOURS ? '≥ ' : ''}${silenceText(t, h)}${n.dark ? ` · ${t('nodes.dark')}` : ''}`}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        {t('plot.caption')}
        {nodes.length > rows.length ? ` ${t('plot.only', { n: rows.length, total: nodes.length })}` : ''}
      </figcaption>
    </figure>
  );
}

/* ---------- Registering and revoking ---------- */

function RegisterNode({ node, enrols, candidates, onDone }: { node: ThisNode; enrols: string; candidates: UnitNode[]; onDone: () => void }) {
  const { t } = useI18n();
  const [unitCode, setUnitCode] = useState('');
  const [label, setLabel] = useState('');
  const [added, setAdded] = useState<{ unit: string; code: string; expires: string | null } | null>(null);
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const unitLabel = enrols === 'state' ? t('nodes.form.state') : t('nodes.form.station');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!unitCode.trim()) found['unitCode'] = t('form.required');
    if (refuse(found)) return;
    await attempt(async () => {
      const r = await sync.addNode(unitCode.trim().toUpperCase(), label.trim() || undefined);
      setAdded({ unit: r.node.unitCode, code: r.enrolmentCode, expires: r.node.enrolExpiresAt ?? null });
      setUnitCode('');
      setLabel('');
      onDone();
    });
  }

  return (
    <section className="register-node" aria-labelledby="register-h">
      <h3 id="register-h">{t('nodes.register')}</h3>
      <p className="muted">{enrols === 'state' ? t('nodes.registerIntroState') : t('nodes.registerIntroStation')}</p>
      {added ? <EnrolmentCode unit={added.unit} code={added.code} expires={added.expires} tier={node.tier} onClose={() => setAdded(null)} /> : null}
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="register-node">
        <div className="form-row">
          <StationField
            path="unitCode"
            label={unitLabel}
            hint={t('nodes.form.unitHint')}
            typedHint={enrols === 'state' ? t('nodes.form.stateHint') : t('station.codeHint')}
            otherLabel={t('nodes.form.typeCode')}
            value={unitCode}
            onChange={setUnitCode}
            stations={candidates}
            error={fe('unitCode', unitLabel)}
            required
          />
          <TextField
            id={fieldId('label')}
            name="label"
            label={t('nodes.form.label')}
            hint={t('nodes.form.labelHint')}
            error={fe('label', t('nodes.form.label'))}
            autoComplete="off"
            maxLength={120}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <FormActions busy={busy} submit={t('nodes.form.submit')} testId="register-node-submit" />
      </form>
    </section>
  );
}

/** The one-time enrolment code, big and copyable, with the command to run at the node below. */
function EnrolmentCode({ unit, code, expires, tier, onClose }: { unit: string; code: string; expires: string | null; tier: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const command = enrolCommand(unit, window.location.origin, code, tier);
  const [copied, setCopied] = useState<'code' | 'command' | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const copy = (what: 'code' | 'command', text: string) => {
    void navigator.clipboard
      ?.writeText(text)
      .then(() => setCopied(what))
      .catch(() => setCopied(null));
  };
  return (
    <div className="temp-password enrolment-code" data-testid="enrolment" tabIndex={-1} ref={ref} role="status">
      <p className="temp-password-label">{t('nodes.code.label', { unit })}</p>
      <div className="temp-password-row">
        <output className="temp-password-value enrolment-code-value" data-testid="enrolment-code" aria-label={t('nodes.code.aria')}>
          {code}
        </output>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => copy('code', code)}>
          {copied === 'code' ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      <p className="temp-password-note">{expires ? t('nodes.code.noteUntil', { time: formatDateTimeShort(expires, lang) }) : t('nodes.code.note')}</p>
      <p className="enrolment-command-label">{t('nodes.code.command')}</p>
      <div className="enrolment-command-row">
        <pre className="command" data-testid="enrolment-command">
          {command}
        </pre>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => copy('command', command)}>
          {copied === 'command' ? t('common.copied') : t('nodes.code.copyCommand')}
        </button>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary btn-small" onClick={onClose}>
          {t('nodes.code.hide')}
        </button>
      </div>
    </div>
  );
}

function RevokeDialog({ n, name, onClose, onDone }: { n: NodeHealth; name: string; onClose: () => void; onDone: (n: NodeHealth) => void }) {
  const { t } = useI18n();
  return (
    <ReasonDialog
      title={t('nodes.revokeTitle', { unit: n.unitCode })}
      intro={
        <>
          {name ? <strong>{name}</strong> : null} {t('nodes.revokeIntro')}
        </>
      }
      hint={t('nodes.revokeReasonHint')}
      minLength={3}
      confirm={t('nodes.revoke')}
      tone="danger"
      formTestId="revoke-form"
      submitTestId="revoke-submit"
      onConfirm={async (reason) => onDone((await sync.revokeNode(n.id, reason)).node)}
      onClose={onClose}
    />
  );
}
