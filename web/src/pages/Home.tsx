import type { SessionInfo, SessionUser } from '../api.ts';
import { formatDateTime, roleName, unitKindName, unitName } from '../format.ts';
import { useStations } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { useNodeStatus } from '../node-status.tsx';
import { hrefFor } from '../router.ts';
import { ActiveAlerts } from './Alerts.tsx';

export function HomePage({ session, user }: { session: SessionInfo; user: SessionUser }) {
  const { t } = useI18n();
  const canReadUsers = user.permissions.includes('user.read');
  const canReadRecords = user.permissions.includes('record.read');
  const canReadAlerts = user.permissions.includes('alert.read');
  const { node } = useNodeStatus();
  const canSeeNodes = !!node?.acceptsNodes && user.permissions.includes('node.read');
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('home.welcome', { name: user.displayName })}</h1>
        <p className="lead">{t('home.intro')}</p>
      </div>

      <ActiveAlerts user={user} />

      <PostingCards session={session} user={user} />

      {canReadRecords ? <StationDashboards user={user} /> : null}

      <section aria-labelledby="tasks-h" className="tasks">
        <h2 id="tasks-h">{t('home.tasks')}</h2>
        <ul className="task-list">
          {canReadRecords ? (
            <>
              <li>
                <a className="task" href={hrefFor('firs')}>
                  <span className="task-title">{t('nav.firs')}</span>
                  <span className="task-text">{t('home.task.firs')}</span>
                </a>
              </li>
              <li>
                <a className="task" href={hrefFor('complaints')}>
                  <span className="task-title">{t('nav.complaints')}</span>
                  <span className="task-text">{t('home.task.complaints')}</span>
                </a>
              </li>
              <li>
                <a className="task" href={hrefFor('gd')}>
                  <span className="task-title">{t('nav.gd')}</span>
                  <span className="task-text">{t('home.task.gd')}</span>
                </a>
              </li>
              <li>
                <a className="task" href={hrefFor('arrested')} data-testid="home-arrested-list">
                  <span className="task-title">{t('arrestedList.title')}</span>
                  <span className="task-text">{t('home.task.arrested')}</span>
                </a>
              </li>
            </>
          ) : null}
          {canReadAlerts ? (
            <li>
              <a className="task" href={hrefFor('alerts')}>
                <span className="task-title">{t('alerts.title')}</span>
                <span className="task-text">{t('home.task.alerts')}</span>
              </a>
            </li>
          ) : null}
          {canSeeNodes ? (
            <li>
              <a className="task" href={hrefFor('sync')}>
                <span className="task-title">{t('sync.title')}</span>
                <span className="task-text">{t('home.task.sync')}</span>
              </a>
            </li>
          ) : null}
          {canReadUsers ? (
            <li>
              <a className="task" href={hrefFor('users')}>
                <span className="task-title">{t('nav.users')}</span>
                <span className="task-text">{t('home.task.users')}</span>
              </a>
            </li>
          ) : null}
          <li>
            <a className="task" href={hrefFor('activity')}>
              <span className="task-title">{t('nav.activity')}</span>
              <span className="task-text">{t('home.task.activity')}</span>
            </a>
          </li>
          <li>
            <a className="task" href={hrefFor('password')}>
              <span className="task-title">{t('nav.password')}</span>
              <span className="task-text">{t('home.task.password')}</span>
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

/** The officer's posting and session: on the home page and at the foot of the station dashboard. */
export function PostingCards({ session, user }: { session: SessionInfo; user: SessionUser }) {
  const { t, lang } = useI18n();
  const idleMinutes = Math.max(1, Math.round((session.idleTimeoutSeconds ?? 1800) / 60));
  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="posting-h">
        <h2 id="posting-h">{t('home.posting')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('home.name')}</dt>
            <dd data-testid="home-name">{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('home.username')}</dt>
            <dd>
              <code>{user.username}</code>
            </dd>
          </div>
          <div>
            <dt>{t('home.role')}</dt>
            <dd data-testid="home-role">{roleName(t, user.role)}</dd>
          </div>
          <div>
            <dt>{t('home.unit')}</dt>
            <dd data-testid="home-unit">
              <span className="unit-name">{unitName(user.unit, lang)}</span>
              <span className="unit-meta">
                <code>{user.unit.code}</code> · {unitKindName(t, user.unit.kind)}
              </span>
            </dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="session-h">
        <h2 id="session-h">{t('home.session')}</h2>
        <p className="session-lock">
          <span className="icon-lock" aria-hidden="true" />
          {t('home.idle', { minutes: idleMinutes })}
        </p>
        {session.expiresAt ? <p className="muted">{t('home.expires', { time: formatDateTime(session.expiresAt, lang) })}</p> : null}
        <p className="muted">{t('home.sessionAdvice')}</p>
      </section>
    </div>
  );
}

/** A supervisor's way to a station's dashboard: persons to be produced, default bail near, what is due. */
function StationDashboards({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const stations = useStations(user);
  if (!stations.length) return null;
  return (
    <section aria-labelledby="stations-h" className="card card-spaced" data-testid="station-dashboards">
      <h2 id="stations-h">{t('home.stationDashboards')}</h2>
      <p>
        <a className="btn btn-secondary" href={hrefFor('registerCounts')} data-testid="home-register-counts">
          {t('counts.title', { unit: unitName(user.unit, lang) })}
        </a>
      </p>
      <ul className="plain-list">
        {stations.map((s) => (
          <li key={s.code}>
            <a href={hrefFor('home', null, { station: s.code })}>{unitName(s, lang)}</a> <code>{s.code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
