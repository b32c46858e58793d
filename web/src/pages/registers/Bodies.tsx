import type { SessionUser } from '../../api.ts';
import { ClockBadge } from '../../components/Clocks.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { UD_STATUSES } from '../../codes.ts';
import { formatDateTimeShort, genderName } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers, type UnnaturalDeath } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { ownStation, StationFilter, udStatusName } from './common.tsx';

/** The inquest clock of an entry while it runs (a met clock needs no badge in a list). */
export const openClocks = (ud: UnnaturalDeath) => ud.clocks.filter((c) => c.status !== 'met' && c.status !== 'met_late');

/** The station's register of unnatural deaths and unidentified bodies (BNSS 194), with the inquest clock of each. */
export function BodiesPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const own = ownStation(user);
  const labels = { status: t('common.status'), station: t('common.station') };
  const search = useFilterSearch('ud', { status: query.get('status') ?? '', station: query.get('station') ?? '' }, labels, (f) => registers.bodies(f), { atOnce: !!own || query.has('station') });
  const list = search.answer?.unnaturalDeaths ?? null;
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('ud.title')}</h1>
          <p className="lead">{t('ud.intro')}</p>
        </div>
        {can(user, 'record.register') && own ? (
          <a className="btn btn-primary" href={hrefFor('bodyNew')} data-testid="ud-new">
            {t('ud.new')}
          </a>
        ) : null}
      </div>
      <FilterSearchCard
        headingId="ud-list"
        testId="ud-search"
        title={t('ud.listTitle')}
        intro={t('ud.listIntro')}
        search={search}
        find={t('registers.show')}
        count={list ? <p className="muted">{list.length ? t('registers.count', { count: list.length }) : t('ud.empty')}</p> : null}
        columns={[t('ud.number'), t('ud.foundAt'), t('ud.foundPlace'), t('ud.looks'), t('common.status'), t('ud.inquest')]}
        tableTestId="ud-table"
        rows={
          list?.map((u) => (
            <tr key={u.id} data-number={u.number}>
              <th scope="row" className="nowrap">
                <a href={hrefFor('body', u.id)}>{u.number}</a>
              </th>
              <td className="nowrap">{formatDateTimeShort(u.foundAt, lang)}</td>
              <td>{u.description.place.address}</td>
              <td>
                {genderName(t, u.description.sex)}
                {u.description.ageRange ? `, ${t('desc.ageRangeValue', { from: u.description.ageRange.from, to: u.description.ageRange.to })}` : ''}
              </td>
              <td>{udStatusName(t, u.status)}</td>
              <td>
                {openClocks(u).map((c) => (
                  <ClockBadge key={c.code} status={c.status} />
                ))}
                {u.inquest ? t('ud.inquestDone') : null}
              </td>
            </tr>
          )) ?? null
        }
        footer={<p className="muted small">{t('common.timesIst')}</p>}
      >
        <SelectField {...search.field('status')}>
          <option value="">{t('registers.anyStatus')}</option>
          {UD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {udStatusName(t, s)}
            </option>
          ))}
        </SelectField>
        <StationFilter user={user} field={search.field('station')} />
      </FilterSearchCard>
    </>
  );
}
