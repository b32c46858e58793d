import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../api.ts';
import { CUSTODY_PLACES, SEIZURE_CATEGORIES } from '../codes.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { UnitOptions } from '../components/StationField.tsx';
import { errorsFor, fieldId, underPrefix, useSubmission } from '../forms.ts';
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
  const [draft, setDraft] = useState({ q: '', category: '', place: '', fir: '', unit: '' });
  const [answer, setAnswer] = useState<PropertySearch | null>(null);
  const { busy, summary, setSummary, errors, setErrors, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const labels: Record<string, string> = {
    'items.q': t('propertySearch.q'),
    'items.category': t('propertySearch.category'),
    'items.place': t('propertyRoom.where'),
    'items.fir': t('propertySearch.fir'),
    'items.unit': t('searchAccused.unit'),
  };
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  function submit(e: FormEvent) {
    e.preventDefault();
    setAnswer(null);
    setSummary(null);
    setErrors({});
    void attempt(async () => {
      const filters: PropertyFilters = Object.fromEntries(
        Object.entries(draft)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v !== ''),
      );
      setAnswer(await underPrefix('items', search.property(filters)));
    });
  }

  return (
    <section className="card card-spaced" aria-labelledby="ps-title" data-testid="property-search">
      <h2 id="ps-title">{t('propertySearch.title')}</h2>
      <p className="muted">{t('propertySearch.intro')}</p>
      <ErrorSummary message={summary} errors={errors} labels={labels} />
      <form className="toolbar toolbar-compact" role="search" aria-labelledby="ps-title" onSubmit={submit} noValidate>
        <TextField id={fieldId('items.q')} name="q" label={labels['items.q']!} hint={t('propertySearch.qHint')} value={draft.q} onChange={set('q')} error={fe('items.q', labels['items.q']!)} />
        <SelectField
          id={fieldId('items.category')}
          name="category"
          label={labels['items.category']!}
          value={draft.category}
          onChange={set('category')}
          error={fe('items.category', labels['items.category']!)}
        >
          <option value="">{t('propertySearch.anyCategory')}</option>
          {SEIZURE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`seizureCategory.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId('items.place')} name="place" label={labels['items.place']!} value={draft.place} onChange={set('place')} error={fe('items.place', labels['items.place']!)}>
          <option value="">{t('propertyRoom.anywhere')}</option>
          {CUSTODY_PLACES.map((p) => (
            <option key={p} value={p}>
              {placeName(t, p)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId('items.fir')}
          name="fir"
          label={labels['items.fir']!}
          hint={t('propertySearch.firHint')}
          value={draft.fir}
          onChange={set('fir')}
          error={fe('items.fir', labels['items.fir']!)}
        />
        {units.length > 1 ? (
          <SelectField id={fieldId('items.unit')} name="unit" label={labels['items.unit']!} value={draft.unit} onChange={set('unit')} error={fe('items.unit', labels['items.unit']!)}>
            <option value="">{t('searchAccused.ownUnit')}</option>
            <UnitOptions units={units} />
          </SelectField>
        ) : null}
        <div className="toolbar-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('propertySearch.find')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {answer ? <p data-testid="property-search-count">{t('propertySearch.count', { count: answer.total, unit: unitName(answer.unit, lang) })}</p> : null}
        {answer && (answer.truncated || answer.results.length < answer.total) ? <p data-testid="property-search-cut">{t('search.listCut', { shown: answer.results.length })}</p> : null}
      </div>
      {answer && answer.results.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ps-title">
          <table className="data-table" data-testid="property-search-results">
            <thead>
              <tr>
                <th scope="col">{t('propertyRoom.number')}</th>
                <th scope="col">{t('common.description')}</th>
                <th scope="col">{t('propertySearch.seal')}</th>
                <th scope="col">{t('propertyRoom.case')}</th>
                <th scope="col">{t('propertyRoom.where')}</th>
                <th scope="col">{t('propertyRoom.since')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.results.map((i) => (
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
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
