import type { SessionUser } from '../../api.ts';
import { ACCUSED_STATUSES } from '../../codes.ts';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { FilterSearchCard, useFilterSearch } from '../../components/FilterSearch.tsx';
import { UnitOptions } from '../../components/StationField.tsx';
import { formatDate, formatDateTime, unitName } from '../../format.ts';
import { useUnits } from '../../hooks.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { hrefFor } from '../../router.ts';
import { search, type AccusedFilters, type AccusedSearch } from '../../search-api.ts';

const STATUSES = [...ACCUSED_STATUSES, 'production_overdue'] as const;

const statusName = (t: TFunction, code: string) => (code === 'production_overdue' ? t('searchAccused.productionOverdue') : t(`accusedStatus.${code}`));

/**
 * Search "accused by status": accused of the reader's station, district or State by where they
 * stand now (the custody records decide), with crime head, section and since when. The server
 * leaves out anyone withheld from the reader; a unit they may not read is refused in its words.
 */
export function AccusedByStatus({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const { units } = useUnits(user);
  const labels = {
    status: t('searchAccused.status'),
    unit: t('searchAccused.unit'),
    crimeHead: t('searchAccused.crimeHead'),
    section: t('searchAccused.section'),
    from: t('searchAccused.from'),
    to: t('searchAccused.to'),
  };
  const s = useFilterSearch('accused', { status: 'police_custody', unit: '', crimeHead: '', section: '', from: '', to: '' }, labels, (filters: AccusedFilters) => search.accused(filters));
  const answer: AccusedSearch | null = s.answer;

  return (
    <FilterSearchCard
      headingId="sa-title"
      testId="accused-search"
      title={t('searchAccused.title')}
      intro={t('searchAccused.intro')}
      search={s}
      find={t('searchAccused.find')}
      count={answer ? <p data-testid="accused-count">{t('searchAccused.count', { count: answer.total, unit: unitName(answer.unit, lang) })}</p> : null}
      cut={{ answer, testId: 'accused-cut' }}
      columns={[t('searchAccused.person'), t('searchAccused.status'), t('searchAccused.since'), t('searchAccused.case'), t('searchAccused.offence')]}
      tableTestId="accused-results"
      rows={
        answer?.results.map((h) => (
          <tr key={`${h.fir.id}-${h.person.id}`} data-testid="accused-row">
            <th scope="row">
              {h.person.name}
              {h.accusedCode ? ` (${h.accusedCode})` : ''}
            </th>
            <td>
              {statusName(t, h.status)}
              {h.productionDueAt ? (
                <>
                  {' · '}
                  <strong>{t('searchAccused.productionDue', { when: formatDateTime(h.productionDueAt, lang) })}</strong>
                </>
              ) : null}
            </td>
            <td>{h.status === 'not_arrested' ? formatDate(h.since, lang) : formatDateTime(h.since, lang)}</td>
            <td>
              <a href={hrefFor('case', h.fir.id)}>{h.fir.number}</a>
              <br />
              <span className="muted">{unitName(h.fir.station, lang)}</span>
            </td>
            <td>
              {h.fir.crimeHead ? `${h.fir.crimeHead} · ` : ''}
              {h.fir.sections.map((x) => `${x.act} ${x.section}`).join(', ')}
            </td>
          </tr>
        )) ?? null
      }
      footer={answer ? <p className="muted small">{t('common.timesIst')}</p> : null}
    >
      <SelectField {...s.field('status')}>
        <Options items={STATUSES} code={(x) => x} name={(x) => statusName(t, x)} />
      </SelectField>
      {units.length > 1 ? (
        <SelectField {...s.field('unit')}>
          <option value="">{t('searchAccused.ownUnit')}</option>
          <UnitOptions units={units} />
        </SelectField>
      ) : null}
      <TextField {...s.field('crimeHead')} hint={t('searchAccused.crimeHeadHint')} />
      <TextField {...s.field('section')} hint={t('searchAccused.sectionHint')} />
      <TextField {...s.field('from')} type="date" />
      <TextField {...s.field('to')} type="date" />
    </FilterSearchCard>
  );
}
