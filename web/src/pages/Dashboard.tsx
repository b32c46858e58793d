import type { SessionInfo, SessionUser } from '../api.ts';
import { ErrorMessage } from '../components/Alert.tsx';
import { ClockEntry, clockTitle } from '../components/Clocks.tsx';
import { complaintStatusName, firStatusName, formatDate, formatDateTimeShort, formatTime, gdKindName, sectionLabel, unitName } from '../format.ts';
import { can, useLoad } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { records, type ClockItem } from '../records-api.ts';
import { hrefFor } from '../router.ts';
import { ActiveAlerts } from './Alerts.tsx';
import { AccusedDueSection } from './case/Arrests.tsx';
import { PostingCards } from './Home.tsx';
import { RegistersCard } from './registers/DashboardCard.tsx';

/**
 * The station at a glance: the home page of the writer, the IO and the SHO, and a station's page
 * for a supervisor who opens it (`station`); the server decides who may read which station.
 */
export function DashboardPage({ session, user, station }: { session: SessionInfo; user: SessionUser; station?: string }) {
  const { t, lang } = useI18n();
  const code = station ?? user.unit.code;
  const { data, error, reload } = useLoad(() => records.dashboard(code), [code]);
  const canRegister = can(user, 'record.register');
  const canGd = can(user, 'gd.write');

  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{unitName(data?.station ?? user.unit, lang)}</h1>
          <p className="lead">
            {t('dash.intro', { name: user.displayName })}
            {data ? ` · ${t('dash.today', { date: formatDate(data.date, lang) })}` : null}
          </p>
        </div>
        <button type="button" className="btn btn-secondary" onClick={reload}>
          {t('common.refresh')}
        </button>
      </div>

      {canRegister || canGd ? (
        <nav className="quick-actions" aria-label={t('dash.quickActions')}>
          {canRegister ? (
            <a className="btn btn-primary" href={hrefFor('complaintNew')}>
              {t('nav.newComplaint')}
            </a>
          ) : null}
          {canRegister ? (
            <a className="btn btn-primary" href={hrefFor('firNew')}>
              {t('nav.newFir')}
            </a>
          ) : null}
          {canGd ? (
            <a className="btn btn-secondary" href={hrefFor('gd', null, { add: '1' })}>
              {t('dash.gdEntry')}
            </a>
          ) : null}
        </nav>
      ) : null}

      <ActiveAlerts user={user} />

      <ErrorMessage message={error} />
      {!data && !error ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}

      {data ? (
        <>
          <div className="stat-row">
            <a className="stat" href={hrefFor('complaints', null, { status: 'registered' })} data-testid="stat-new-complaints">
              <span className="stat-value">{data.complaints.new}</span>
              <span className="stat-label">{t('dash.newComplaints')}</span>
            </a>
            <a className="stat" href={hrefFor('firs')} data-testid="stat-firs-month">
              <span className="stat-value">{data.firs.thisMonth}</span>
              <span className="stat-label">{t('dash.firsThisMonth')}</span>
            </a>
            <a className="stat" href={hrefFor('gd')} data-testid="stat-gd-today">
              <span className="stat-value">{data.gd.length}</span>
              <span className="stat-label">{t('dash.gdToday')}</span>
            </a>
            <div className={`stat${data.clocks.overdue.length ? ' stat-alert' : ''}`} data-testid="stat-overdue">
              <span className="stat-value">{data.clocks.overdue.length}</span>
              <span className="stat-label">{t('dash.overdue')}</span>
            </div>
          </div>

          <section className="card card-spaced" aria-labelledby="clocks-h">
            <h2 id="clocks-h">{t('dash.clocks')}</h2>
            {data.clocks.overdue.length === 0 && data.clocks.dueSoon.length === 0 ? (
              <p className="muted">{t('dash.clocksNone')}</p>
            ) : (
              <ul className="clock-list">
                {[...data.clocks.overdue, ...data.clocks.dueSoon].map((c) => (
                  <ClockRow key={`${c.recordId}-${c.clock.code}`} item={c} />
                ))}
              </ul>
            )}
          </section>

          {data.victimsToInform.length > 0 && (
            <section className="card card-spaced" aria-labelledby="victims-h" data-testid="victims-to-inform">
              <h2 id="victims-h">{t('dash.victimsToInform')}</h2>
              <ul className="clock-list">
                {data.victimsToInform.map((c) => (
                  <ClockRow key={`victim-${c.recordId}`} item={c} />
                ))}
              </ul>
            </section>
          )}
          <RegistersCard dashboard={data} />
          <AccusedDueSection kind="toProduce" items={data.arrests.toProduce} />
          <AccusedDueSection kind="defaultBail" items={data.arrests.defaultBail} />
          <p className="card-spaced">
            <a href={hrefFor('arrested', null, { unit: code })} data-testid="dash-arrested-list">
              {t('dash.arrestedList')}
            </a>
          </p>
          {data.propertyStatementsDue.length ? (
            <section className="card card-spaced" aria-labelledby="property-due-h" data-testid="property-due">
              <h2 id="property-due-h">{t('dash.propertyDue')}</h2>
              <ul className="clock-list">
                {data.propertyStatementsDue.map((d) => (
                  <ClockEntry
                    key={`${d.itemId}-${d.clock.code}`}
                    clock={d.clock}
                    record={
                      <a href={hrefFor('propertyRoom', null, { item: d.itemId })} className="clock-record">
                        {t('property.itemNo', { number: d.number })}
                      </a>
                    }
                    title={
                      <>
                        {clockTitle(d.clock, lang)} · <a href={hrefFor('case', d.firId)}>{t('dash.firNo', { number: d.firNumber })}</a>
                      </>
                    }
                  />
                ))}
              </ul>
              <p>
                <a href={hrefFor('propertyRoom')}>{t('dash.openPropertyRoom')}</a>
              </p>
            </section>
          ) : null}

          <div className="grid-2">
            <section className="card" aria-labelledby="gd-h">
              <h2 id="gd-h">{t('dash.gdTitle')}</h2>
              {data.gd.length === 0 ? (
                <p className="muted">{t('gd.empty')}</p>
              ) : (
                <ol className="mini-list">
                  {data.gd.slice(-8).map((e) => (
                    <li key={e.id}>
                      <span className="mini-no">{e.entryNo}</span>
                      <span className="mini-time">{formatTime(e.entryAt, lang)}</span>
                      <span className="mini-kind">{gdKindName(t, e.kind)}</span>
                      <span className="mini-text">{e.text}</span>
                    </li>
                  ))}
                </ol>
              )}
              <p>
                <a href={hrefFor('gd')}>{t('dash.openGd')}</a>
              </p>
            </section>

            <section className="card" aria-labelledby="cmp-h">
              <h2 id="cmp-h">{t('dash.openComplaints')}</h2>
              {data.complaints.open.length === 0 ? (
                <p className="muted">{t('complaints.empty')}</p>
              ) : (
                <ul className="mini-list">
                  {data.complaints.open.slice(0, 8).map((c) => (
                    <li key={c.id}>
                      <a href={hrefFor('complaint', c.id)}>{c.ackNo}</a>
                      <span className="mini-time">{formatDateTimeShort(c.receivedAt, lang)}</span>
                      <span className="badge">{complaintStatusName(t, c.status)}</span>
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <a href={hrefFor('complaints')}>{t('dash.allComplaints')}</a>
              </p>
            </section>
          </div>

          <section className="card" aria-labelledby="fir-h">
            <h2 id="fir-h">{t('dash.recentFirs')}</h2>
            {data.firs.recent.length === 0 ? (
              <p className="muted">{t('firs.emptyMonth')}</p>
            ) : (
              <ul className="mini-list">
                {data.firs.recent.map((f) => (
                  <li key={f.id}>
                    <a href={hrefFor('fir', f.id)}>{f.number}</a>
                    <span className="mini-time">{formatDateTimeShort(f.registeredAt, lang)}</span>
                    <span className="mini-text">{f.sections.map(sectionLabel).join(', ')}</span>
                    <span className="badge">{firStatusName(t, f.status)}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href={hrefFor('firs')}>{t('dash.allFirs')}</a>
            </p>
          </section>
        </>
      ) : null}

      <div className="dash-posting">
        <PostingCards session={session} user={user} />
      </div>
    </>
  );
}

function ClockRow({ item }: { item: ClockItem }) {
  const { t } = useI18n();
  const { recordId: id, number } = item;
  // The record the clock runs on: an FIR, a complaint, an unnatural death (the inquest) or a found child (the CWC).
  const [href, name] =
    item.recordType === 'fir'
      ? [hrefFor('fir', id), t('dash.firNo', { number })]
      : item.recordType === 'unnatural_death'
        ? [hrefFor('body', id), t('dash.udNo', { number })]
        : item.recordType === 'found_person'
          ? [hrefFor('foundPerson', id), t('dash.fpNo', { number })]
          : [hrefFor('complaint', id), t('dash.complaintNo', { number })];
  return (
    <ClockEntry
      clock={item.clock}
      record={
        <a href={href} className="clock-record">
          {name}
        </a>
      }
    />
  );
}
