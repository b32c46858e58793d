import type { SessionUser } from '../../api.ts';
import { ClockBadge } from '../../components/Clocks.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { formatDateTimeShort, genderName } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { registers, type FoundPerson } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { ownStation, StationFilter } from './common.tsx';

const FOUND_STATUSES = ['found', 'identified', 'restored'] as const;

export const foundStatusName = (t: TFunction, s: FoundPerson['status']) => t(`fp.status.${s}`);

/** The station's register of persons found alive whose identity or family is unknown; a child's clock to the CWC while it runs. */
export function FoundPersonsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const own = ownStation(user);
  const labels = { status: t('common.status'), station: t('common.station') };
  const search = useFilterSearch('fp', { status: query.get('status') ?? '', station: query.get('station') ?? '' }, labels, (f) => registers.foundPersons(f), {
    atOnce: !!own || query.has('station'),
  });
  const list = search.answer?.foundPersons ?? null;
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('fp.title')}</h1>
          <p className="lead">{t('fp.intro')}</p>
        </div>
        {can(user, 'record.register') && own ? (
          <a className="btn btn-primary" href={hrefFor('foundPersonNew')} data-testid="fp-new">
            {t('fp.new')}
          </a>
        ) : null}
      </div>
      <FilterSearchCard
        headingId="fp-list"
        testId="fp-search"
        title={t('fp.listTitle')}
        intro={t('fp.listIntro')}
        search={search}
        find={t('registers.show')}
        count={list ? <p className="muted">{list.length ? t('registers.count', { count: list.length }) : t('fp.empty')}</p> : null}
        columns={[t('fp.number'), t('fp.foundAt'), t('fp.foundPlace'), t('fp.looks'), t('common.status'), t('fp.cwc')]}
        tableTestId="fp-table"
        rows={
          list?.map((f) => (
            <tr key={f.id} data-number={f.number}>
              <th scope="row" className="nowrap">
                <a href={hrefFor('foundPerson', f.id)}>{f.number}</a>
              </th>
              <td className="nowrap">{formatDateTimeShort(f.foundAt, lang)}</td>
              <td>{f.description.place.address}</td>
              <td>
                {f.child ? `${t('fp.child')}, ` : ''}
                {genderName(t, f.description.sex)}
                {f.description.ageRange ? `, ${t('desc.ageRangeValue', { from: f.description.ageRange.from, to: f.description.ageRange.to })}` : ''}
              </td>
              <td>{foundStatusName(t, f.status)}</td>
              <td>
                {f.clocks
                  .filter((c) => c.status !== 'met' && c.status !== 'met_late')
                  .map((c) => (
                    <ClockBadge key={c.code} status={c.status} />
                  ))}
              </td>
            </tr>
          )) ?? null
        }
        footer={<p className="muted small">{t('common.timesIst')}</p>}
      >
        <SelectField {...search.field('status')}>
          <option value="">{t('registers.anyStatus')}</option>
          {FOUND_STATUSES.map((s) => (
            <option key={s} value={s}>
              {foundStatusName(t, s)}
            </option>
          ))}
        </SelectField>
        <StationFilter user={user} field={search.field('station')} />
      </FilterSearchCard>
    </>
  );
}
