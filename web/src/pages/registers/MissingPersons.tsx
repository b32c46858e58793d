import type { SessionUser } from '../../api.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { MISSING_STATUSES } from '../../codes.ts';
import { formatDateTimeShort } from '../../format.ts';
import { can } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registers, type MissingPerson } from '../../registers-api.ts';
import { hrefFor } from '../../router.ts';
import { missingStatusName, ownStation, StationFilter } from './common.tsx';

export const missingStatusBadge = (status: string) => (status === 'missing' ? 'badge-warning' : status === 'found_dead' ? 'badge-muted' : 'badge-success');

/** A missing person's name as the reader may see it: a child withheld from them is never named. */
export function MissingName({ mp }: { mp: Pick<MissingPerson, 'person'> }) {
  const { t } = useI18n();
  if (mp.person && !mp.person.masked) return <>{mp.person.name}</>;
  return (
    <span className="withheld-inline" data-testid="missing-withheld">
      <span className="icon-lock" aria-hidden="true" />
      {t('person.withheldShort')}
    </span>
  );
}

/** The station's missing-person register, by status and name; a child's report shows its FIR. */
export function MissingPersonsPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const own = ownStation(user);
  const labels = { status: t('common.status'), name: t('missing.name'), station: t('common.station') };
  const search = useFilterSearch('missing', { status: query.get('status') ?? '', name: '', station: query.get('station') ?? '' }, labels, (f) => registers.missingPersons(f), {
    atOnce: !!own || query.has('station'),
  });
  const list = search.answer?.missingPersons ?? null;
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1}>{t('missing.title')}</h1>
          <p className="lead">{t('missing.intro')}</p>
        </div>
        {can(user, 'record.register') && own ? (
          <a className="btn btn-primary" href={hrefFor('missingPersonNew')} data-testid="missing-new">
            {t('missing.new')}
          </a>
        ) : null}
      </div>
      <FilterSearchCard
        headingId="missing-list"
        testId="missing-search"
        title={t('missing.listTitle')}
        intro={t('missing.listIntro')}
        search={search}
        find={t('registers.show')}
        count={list ? <p className="muted">{list.length ? t('registers.count', { count: list.length }) : t('missing.empty')}</p> : null}
        columns={[t('missing.number'), t('missing.name'), t('person.age'), t('missing.lastSeen'), t('common.status'), t('missing.fir')]}
        tableTestId="missing-table"
        rows={
          list?.map((m) => (
            <tr key={m.id} data-number={m.number}>
              <th scope="row" className="nowrap">
                <a href={hrefFor('missingPerson', m.id)}>{m.number}</a>
              </th>
              <td>
                <MissingName mp={m} />
                {m.child ? <span className="badge badge-warning">{t('missing.child')}</span> : null}
              </td>
              <td>{m.age}</td>
              <td>
                {formatDateTimeShort(m.lastSeenAt, lang)}
                <br />
                <span className="muted">{m.description.place.address}</span>
              </td>
              <td>
                <span className={`badge ${missingStatusBadge(m.status)}`}>{missingStatusName(t, m.status)}</span>
              </td>
              <td>{m.fir ? <a href={hrefFor('fir', m.fir.id)}>{m.fir.number}</a> : null}</td>
            </tr>
          )) ?? null
        }
        footer={<p className="muted small">{t('common.timesIst')}</p>}
      >
        <SelectField {...search.field('status')}>
          <option value="">{t('registers.anyStatus')}</option>
          {MISSING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {missingStatusName(t, s)}
            </option>
          ))}
        </SelectField>
        <TextField {...search.field('name')} hint={t('missing.nameHint')} autoComplete="off" />
        <StationFilter user={user} field={search.field('station')} />
      </FilterSearchCard>
    </>
  );
}
