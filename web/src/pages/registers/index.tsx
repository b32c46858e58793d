import type { SessionUser } from '../../api.ts';
import { can } from '../../hooks.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { hrefFor, type Location, type Route } from '../../router.ts';
import { BodiesPage } from './Bodies.tsx';
import { BodyPage } from './Body.tsx';
import { BodyFormPage } from './BodyForm.tsx';
import { FoundPersonPage } from './FoundPerson.tsx';
import { FoundPersonFormPage } from './FoundPersonForm.tsx';
import { FoundPersonsPage } from './FoundPersons.tsx';
import { MissingPersonPage } from './MissingPerson.tsx';
import { MissingPersonFormPage } from './MissingPersonForm.tsx';
import { MissingPersonsPage } from './MissingPersons.tsx';
import { NcReportPage } from './NcReport.tsx';
import { NcReportFormPage } from './NcReportForm.tsx';
import { NcReportsPage } from './NcReports.tsx';
import { StolenCheckPage } from './StolenCheck.tsx';
import { RegisterCountsPage } from './RegisterCounts.tsx';

type RegisterRoute = Extract<
  Route,
  | 'registers'
  | 'registerCounts'
  | 'ncReports'
  | 'ncReportNew'
  | 'ncReport'
  | 'missingPersons'
  | 'missingPersonNew'
  | 'missingPerson'
  | 'bodies'
  | 'bodyNew'
  | 'body'
  | 'foundPersons'
  | 'foundPersonNew'
  | 'foundPerson'
  | 'stolenCheck'
>;

/** What the shell needs of the registers' routes: the permission of each, its menu entry, its title. */
export const REGISTER_ROUTES = {
  needs: {
    registers: 'record.read',
    registerCounts: 'record.read',
    ncReports: 'record.read',
    ncReportNew: 'record.register',
    ncReport: 'record.read',
    missingPersons: 'record.read',
    missingPersonNew: 'record.register',
    missingPerson: 'record.read',
    bodies: 'record.read',
    bodyNew: 'record.register',
    body: 'record.read',
    foundPersons: 'record.read',
    foundPersonNew: 'record.register',
    foundPerson: 'record.read',
    stolenCheck: 'record.read',
  } satisfies Record<RegisterRoute, string>,
  navOf: {
    registers: 'registers',
    registerCounts: 'home',
    ncReports: 'registers',
    ncReportNew: 'registers',
    ncReport: 'registers',
    missingPersons: 'registers',
    missingPersonNew: 'registers',
    missingPerson: 'registers',
    bodies: 'registers',
    bodyNew: 'registers',
    body: 'registers',
    foundPersons: 'registers',
    foundPersonNew: 'registers',
    foundPerson: 'registers',
    stolenCheck: 'registers',
  } satisfies Record<RegisterRoute, Route>,
  titles: (t: TFunction): Record<RegisterRoute, string> => ({
    registers: t('registers.title'),
    registerCounts: t('counts.titleShort'),
    ncReports: t('nc.title'),
    ncReportNew: t('nc.new'),
    ncReport: t('nc.recordTitle'),
    missingPersons: t('missing.title'),
    missingPersonNew: t('missing.new'),
    missingPerson: t('missing.recordTitle'),
    bodies: t('ud.title'),
    bodyNew: t('ud.new'),
    body: t('ud.recordTitle'),
    foundPersons: t('fp.title'),
    foundPersonNew: t('fp.new'),
    foundPerson: t('fp.recordTitle'),
    stolenCheck: t('stolen.title'),
  }),
};

/** The page of a register route (nothing for the other routes). */
export function RegisterPages({ route, loc, user }: { route: Route; loc: Location; user: SessionUser }) {
  /** Just registered: the record page says so (once: the address loses the mark). */
  const saved = loc.query.get('registered') === '1';
  switch (route) {
    case 'registers':
      return <RegistersPage user={user} />;
    case 'registerCounts':
      return <RegisterCountsPage key={loc.key} user={user} query={loc.query} />;
    case 'ncReports':
      return <NcReportsPage key={loc.key} user={user} query={loc.query} />;
    case 'ncReportNew':
      return <NcReportFormPage key={loc.key} user={user} />;
    case 'ncReport':
      return loc.id ? <NcReportPage key={loc.id} user={user} id={loc.id} justSaved={saved} /> : null;
    case 'missingPersons':
      return <MissingPersonsPage key={loc.key} user={user} query={loc.query} />;
    case 'missingPersonNew':
      return <MissingPersonFormPage key={loc.key} user={user} />;
    case 'missingPerson':
      return loc.id ? <MissingPersonPage key={loc.id} user={user} id={loc.id} justSaved={saved} /> : null;
    case 'bodies':
      return <BodiesPage key={loc.key} user={user} query={loc.query} />;
    case 'bodyNew':
      return <BodyFormPage key={loc.key} user={user} />;
    case 'body':
      return loc.id ? <BodyPage key={loc.id} user={user} id={loc.id} justSaved={saved} /> : null;
    case 'foundPersons':
      return <FoundPersonsPage key={loc.key} user={user} query={loc.query} />;
    case 'foundPersonNew':
      return <FoundPersonFormPage key={loc.key} user={user} />;
    case 'foundPerson':
      return loc.id ? <FoundPersonPage key={loc.id} user={user} id={loc.id} justSaved={saved} /> : null;
    case 'stolenCheck':
      return <StolenCheckPage key={loc.key} user={user} query={loc.query} />;
    default:
      return null;
  }
}

/** The station's registers other than FIRs and the General Diary: one card each, what it is for and where to go. */
function RegistersPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const mayRegister = can(user, 'record.register') && user.unit.kind === 'police_station';
  const cards: Array<{ id: string; title: string; text: string; list: Route; add?: Route; addText?: string }> = [
    { id: 'nc', title: t('nc.title'), text: t('registers.ncText'), list: 'ncReports', add: 'ncReportNew', addText: t('nc.new') },
    { id: 'missing', title: t('missing.title'), text: t('registers.missingText'), list: 'missingPersons', add: 'missingPersonNew', addText: t('missing.new') },
    { id: 'ud', title: t('ud.title'), text: t('registers.udText'), list: 'bodies', add: 'bodyNew', addText: t('ud.new') },
    { id: 'fp', title: t('fp.title'), text: t('registers.fpText'), list: 'foundPersons', add: 'foundPersonNew', addText: t('fp.new') },
    { id: 'stolen', title: t('stolen.title'), text: t('registers.stolenText'), list: 'stolenCheck' },
    { id: 'lost', title: t('lost.title'), text: t('lost.intro'), list: 'lostReports' },
    { id: 'found', title: t('found.title'), text: t('found.intro'), list: 'foundProperty' },
  ];
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('registers.title')}</h1>
        <p className="lead">{t('registers.intro')}</p>
      </div>
      <ul className="register-cards" data-testid="registers">
        {cards.map((c) => (
          <li key={c.id} className="card register-card">
            <h2 id={`reg-${c.id}`}>
              <a href={hrefFor(c.list)}>{c.title}</a>
            </h2>
            <p className="muted">{c.text}</p>
            {mayRegister && c.add ? (
              <a className="btn btn-secondary btn-small" href={hrefFor(c.add)} aria-describedby={`reg-${c.id}`}>
                {c.addText}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
