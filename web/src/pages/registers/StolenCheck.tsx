import { ApiError, type SessionUser } from '../../api.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { formatDate, formatDateTimeShort, unitName } from '../../format.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { registers, type StolenArticle, type StolenCheck } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { ownStation, StationFilter } from './common.tsx';

const stateName = (t: TFunction, state: string) => (state === 'stolen' ? t('stolen.stolen') : state === 'recovered' ? t('stolen.recovered') : t('stolen.notRecorded'));
const stateBadge = (state: string) => (state === 'stolen' ? 'badge-danger' : state === 'recovered' ? 'badge-success' : 'badge-muted');
const kindName = (t: TFunction, kind: string) => (kind === 'vehicle' ? t('stolen.vehicle') : t('stolen.mobile'));

/** What the register knows of an article: its numbers, make and model. */
function articleText(a: Pick<StolenArticle, 'vehicle' | 'mobilePhone'>): string {
  if (a.vehicle) return [a.vehicle.registration, a.vehicle.make, a.vehicle.model, a.vehicle.colour].filter(Boolean).join(' · ');
  if (a.mobilePhone) return [`IMEI ${a.mobilePhone.imei}`, a.mobilePhone.make, a.mobilePhone.model].filter(Boolean).join(' · ');
  return '';
}

/**
 * Is this vehicle or phone stolen? An officer types a registration number or an IMEI (any
 * writing) and sees stolen / recovered / not recorded with the FIR; below, the station's register.
 */
export function StolenCheckPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t } = useI18n();
  const labels = { registration: t('stolen.registration'), imei: t('stolen.imei') };
  const check = useFilterSearch('check', { registration: query.get('registration') ?? '', imei: query.get('imei') ?? '' }, labels, (f) => registers.stolenCheck(f));
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('stolen.title')}</h1>
        <p className="lead">{t('stolen.intro')}</p>
      </div>
      <FilterSearchCard
        headingId="stolen-check"
        testId="stolen-check"
        title={t('stolen.checkTitle')}
        intro={t('stolen.checkIntro')}
        search={check}
        find={t('stolen.check')}
        count={check.answer ? <CheckAnswer answer={check.answer} /> : null}
        columns={[]}
        tableTestId="stolen-check-table"
        rows={null}
      >
        <TextField {...check.field('registration')} hint={t('stolen.registrationHint')} autoComplete="off" autoFocus />
        <TextField {...check.field('imei')} hint={t('stolen.imeiHint')} inputMode="numeric" autoComplete="off" />
      </FilterSearchCard>
      <StolenRegisterCard user={user} query={query} />
    </>
  );
}

/** The answer of a check: the state in words and colour, and each report with its FIR (a link where the reader may open the case). */
function CheckAnswer({ answer }: { answer: StolenCheck }) {
  const { t, lang } = useI18n();
  const firIds = new Map(answer.records.map((r) => [r.firNumber, r.firId]));
  return (
    <div data-testid="stolen-answer" data-state={answer.state}>
      <p className="check-answer">
        <span className={`badge ${stateBadge(answer.state)}`}>{stateName(t, answer.state)}</span> {t('stolen.checked', { number: answer.checked.number })}
      </p>
      {answer.reports.length ? (
        <ul data-testid="stolen-reports">
          {answer.reports.map((r, i) => {
            const firId = firIds.get(r.firNumber);
            return (
              <li key={i}>
                {kindName(t, r.kind)} · {stateName(t, r.state)} · {t('stolen.fir')} {firId ? <a href={hrefFor('fir', firId)}>{r.firNumber}</a> : r.firNumber} · {unitName(r.station, lang)} ·{' '}
                {t('stolen.reportedOn', { date: formatDate(r.reportedAt.slice(0, 10), lang) })}
                {r.recoveredAt ? ` · ${t('stolen.recoveredOn', { date: formatDateTimeShort(r.recoveredAt, lang) })}` : ''}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** The station's register of stolen vehicles and mobile phones, each stolen or recovered. */
function StolenRegisterCard({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const own = ownStation(user);
  const labels = { kind: t('stolen.kind'), state: t('common.status'), station: t('common.station') };
  const search = useFilterSearch(
    'register',
    { kind: query.get('kind') ?? '', state: query.get('state') ?? '', station: query.get('station') ?? '' },
    labels,
    ({ station = own, ...f }) => (station ? registers.stolenRegister(station, f) : Promise.reject(new ApiError(400, { errors: [{ path: 'station', message: 'is required' }] }))),
    { atOnce: !!own || query.has('station') },
  );
  const reg = search.answer;
  return (
    <FilterSearchCard
      headingId="stolen-register"
      testId="stolen-register"
      title={t('stolen.registerTitle')}
      intro={t('stolen.registerIntro')}
      search={search}
      find={t('registers.show')}
      count={
        reg ? (
          <p className="muted">
            {t('stolen.counts', { vs: reg.counts.vehicles.stolen, vr: reg.counts.vehicles.recovered, ms: reg.counts.mobilePhones.stolen, mr: reg.counts.mobilePhones.recovered })}
          </p>
        ) : null
      }
      columns={[t('stolen.fir'), t('stolen.kind'), t('stolen.article'), t('stolen.reported'), t('common.status')]}
      tableTestId="stolen-register-table"
      rows={
        reg?.items.map((a) => (
          <tr key={`${a.firId}-${a.item}`}>
            <th scope="row" className="nowrap">
              <a href={hrefFor('fir', a.firId)}>{a.firNumber}</a>
            </th>
            <td>{kindName(t, a.kind)}</td>
            <td>{articleText(a)}</td>
            <td className="nowrap">{formatDateTimeShort(a.reportedAt, lang)}</td>
            <td>
              <span className={`badge ${stateBadge(a.state)}`}>{stateName(t, a.state)}</span>
              {a.recoveredAt ? ` ${formatDateTimeShort(a.recoveredAt, lang)}` : ''}
            </td>
          </tr>
        )) ?? null
      }
    >
      <SelectField {...search.field('kind')}>
        <option value="">{t('stolen.anyKind')}</option>
        <option value="vehicle">{t('stolen.vehicle')}</option>
        <option value="mobile_phone">{t('stolen.mobile')}</option>
      </SelectField>
      <SelectField {...search.field('state')}>
        <option value="">{t('registers.anyStatus')}</option>
        <option value="stolen">{t('stolen.stolen')}</option>
        <option value="recovered">{t('stolen.recovered')}</option>
      </SelectField>
      <StationFilter user={user} field={search.field('station')} />
    </FilterSearchCard>
  );
}
