import { ClockBadge, ClockEntry } from '../../components/Clocks.tsx';
import type { Dashboard } from '../../contract.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { hrefFor } from '../../router.ts';

/**
 * The station's other registers on its dashboard: NC reports of the fortnight and the diaries
 * owed to the Magistrate, missing persons still missing (children among them), bodies not yet
 * identified with their inquest clocks, and the stolen-property counts — each a link to its register.
 */
export function RegistersCard({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, lang } = useI18n();
  const nc = d.ncReports;
  const sp = d.stolenProperty;
  // Each figure opens the register at this station (a supervisor reading another station's dashboard too).
  const station = d.station.code;
  return (
    <section className="card card-spaced" aria-labelledby="dash-registers" data-testid="dash-registers">
      <h2 id="dash-registers">{t('registers.title')}</h2>
      <div className="stat-row">
        <a className="stat" href={hrefFor('ncReports', null, { station })} data-testid="stat-nc">
          <span className="stat-value">{nc.thisFortnight}</span>
          <span className="stat-label">{t('dash.ncThisFortnight')}</span>
        </a>
        <a className={`stat${d.missingPersons.children ? ' stat-alert' : ''}`} href={hrefFor('missingPersons', null, { station, status: 'missing' })} data-testid="stat-missing">
          <span className="stat-value">{d.missingPersons.open}</span>
          <span className="stat-label">{t('dash.missingOpen', { children: d.missingPersons.children })}</span>
        </a>
        <a className="stat" href={hrefFor('bodies', null, { station, status: 'unidentified' })} data-testid="stat-unidentified">
          <span className="stat-value">{d.unnaturalDeaths.unidentified}</span>
          <span className="stat-label">{t('dash.unidentified')}</span>
        </a>
        <a className={`stat${d.foundPersons.cwcDue.length ? ' stat-alert' : ''}`} href={hrefFor('foundPersons', null, { station, status: 'found' })} data-testid="stat-found-persons">
          <span className="stat-value">{d.foundPersons.open}</span>
          <span className="stat-label">{t('dash.foundPersonsOpen')}</span>
        </a>
        <a className="stat" href={hrefFor('stolenCheck', null, { station })} data-testid="stat-stolen">
          <span className="stat-value">{sp.vehicles.stolen + sp.mobilePhones.stolen}</span>
          <span className="stat-label">{t('dash.stolenOpen', { vehicles: sp.vehicles.stolen, phones: sp.mobilePhones.stolen })}</span>
        </a>
      </div>
      {nc.diariesOwed.length ? (
        <ul className="clock-list" data-testid="dash-nc-diaries">
          {nc.diariesOwed.map((o) => (
            <li key={o.fortnight.start} className={`clock-item clock-item-${o.overdue ? 'overdue' : 'due_soon'}`}>
              <div className="clock-main">
                <a href={hrefFor('ncReports', null, { from: o.fortnight.start, to: o.fortnight.end })} className="clock-record">
                  {t('dash.ncDiaryOwed', { from: formatDate(o.fortnight.start, lang), to: formatDate(o.fortnight.end, lang), count: o.reports })}
                </a>
              </div>
              <div className="clock-side">
                <ClockBadge status={o.overdue ? 'overdue' : 'due_soon'} />
                <span className="clock-due">{t('dash.ncDiaryDue', { date: formatDate(o.due, lang) })}</span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {d.unnaturalDeaths.inquestsDue.length ? (
        <ul className="clock-list" data-testid="dash-inquests">
          {d.unnaturalDeaths.inquestsDue.map((u) => (
            <ClockEntry
              key={u.recordId}
              clock={u.clock}
              record={
                <a href={hrefFor('body', u.recordId)} className="clock-record">
                  {t('dash.udNo', { number: u.number })}
                </a>
              }
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
