import type { SessionUser } from '../api.ts';
import { CUSTODY_PLACES, SEIZURE_CATEGORIES } from '../codes.ts';
import { Options, SelectField, TextField } from '../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../components/FilterSearch.tsx';
import { UnitOptions } from '../components/StationField.tsx';
import { formatDateTime, unitName } from '../format.ts';
import { useUnits } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { hrefFor } from '../router.ts';
import { search, type PropertyFilters, type PropertySearch } from '../search-api.ts';
import { placeName } from './case/Property.tsx';

/**
 * Search "property-room items": seized items held by the reader's station, district or State by
 * words of the description or the seal number, category, where the item is now and FIR number;
 * each links to its chain of custody and its case. Words are matched by the server on the text as
 * the reader may read it.
 */
export function PropertySearchSection({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const { units } = useUnits(user);
  const labels = { q: t('propertySearch.q'), category: t('propertySearch.category'), place: t('propertyRoom.where'), fir: t('propertySearch.fir'), unit: t('searchAccused.unit') };
  const s = useFilterSearch('items', { q: '', category: '', place: '', fir: '', unit: '' }, labels, (filters: PropertyFilters) => search.property(filters));
  const answer: PropertySearch | null = s.answer;

  return (
    <FilterSearchCard
      headingId="ps-title"
      testId="property-search"
      title={t('propertySearch.title')}
      intro={t('propertySearch.intro')}
      search={s}
      find={t('propertySearch.find')}
      count={answer ? <p data-testid="property-search-count">{t('propertySearch.count', { count: answer.total, unit: unitName(answer.unit, lang) })}</p> : null}
      cut={{ answer, testId: 'property-search-cut' }}
      columns={[t('propertyRoom.number'), t('common.description'), t('propertySearch.seal'), t('propertyRoom.case'), t('propertyRoom.where'), t('propertyRoom.since')]}
      tableTestId="property-search-results"
      rows={
        answer?.results.map((i) => (
          <tr key={i.id} data-testid="property-search-row">
            <th scope="row">
              <a href={hrefFor('propertyRoom', null, { station: i.stationCode, item: i.id })} aria-label={t('propertyRoom.openChain', { number: i.number })}>
                {i.number}
              </a>
              <br />
              <span className="muted">{i.stationCode}</span>
            </th>
            <td className="pre-wrap">{i.description}</td>
            <td>{i.sealNo ?? ''}</td>
            <td>
              <a href={hrefFor('case', i.firId)}>{i.firNumber}</a>
            </td>
            <td>
              {placeName(t, i.place)}
              {i.destination ? ` (${i.destination})` : ''}
            </td>
            <td>{formatDateTime(i.since, lang)}</td>
          </tr>
        )) ?? null
      }
    >
      <TextField {...s.field('q')} hint={t('propertySearch.qHint')} />
      <SelectField {...s.field('category')}>
        <Options empty={t('propertySearch.anyCategory')} items={SEIZURE_CATEGORIES} code={(c) => c} name={(c) => t(`seizureCategory.${c}`)} />
      </SelectField>
      <SelectField {...s.field('place')}>
        <Options empty={t('propertyRoom.anywhere')} items={CUSTODY_PLACES} code={(p) => p} name={(p) => placeName(t, p)} />
      </SelectField>
      <TextField {...s.field('fir')} hint={t('propertySearch.firHint')} />
      {units.length > 1 ? (
        <SelectField {...s.field('unit')}>
          <option value="">{t('searchAccused.ownUnit')}</option>
          <UnitOptions units={units} />
        </SelectField>
      ) : null}
    </FilterSearchCard>
  );
}
