import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../api.ts';
import { ACCUSED_STATUSES } from '../../codes.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { UnitOptions } from '../../components/StationField.tsx';
import { errorsFor, fieldId, underPrefix, useSubmission } from '../../forms.ts';
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
  const [draft, setDraft] = useState<Required<Pick<AccusedFilters, 'status' | 'unit' | 'crimeHead' | 'section' | 'from' | 'to'>>>({
    status: 'police_custody',
    unit: '',
    crimeHead: '',
    section: '',
    from: '',
    to: '',
  });
  const [answer, setAnswer] = useState<AccusedSearch | null>(null);
  const { busy, summary, setSummary, errors, setErrors, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const labels: Record<string, string> = {
    'accused.status': t('searchAccused.status'),
    'accused.unit': t('searchAccused.unit'),
    'accused.crimeHead': t('searchAccused.crimeHead'),
    'accused.section': t('searchAccused.section'),
    'accused.from': t('searchAccused.from'),
    'accused.to': t('searchAccused.to'),
  };
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  function submit(e: FormEvent) {
    e.preventDefault();
    setAnswer(null);
    setSummary(null);
    setErrors({});
    void attempt(async () => {
      const filters: AccusedFilters = Object.fromEntries(
        Object.entries(draft)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v !== ''),
      );
      setAnswer(await underPrefix('accused', search.accused(filters)));
    });
  }

  return (
    <section className="card card-spaced" aria-labelledby="sa-title" data-testid="accused-search">
      <h2 id="sa-title">{t('searchAccused.title')}</h2>
      <p className="muted">{t('searchAccused.intro')}</p>
      <ErrorSummary message={summary} errors={errors} labels={labels} />
      <form className="toolbar toolbar-compact" role="search" aria-labelledby="sa-title" onSubmit={submit} noValidate>
        <SelectField
          id={fieldId('accused.status')}
          name="status"
          label={labels['accused.status']!}
          value={draft.status}
          onChange={set('status')}
          error={fe('accused.status', labels['accused.status']!)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusName(t, s)}
            </option>
          ))}
        </SelectField>
        {units.length > 1 ? (
          <SelectField id={fieldId('accused.unit')} name="unit" label={labels['accused.unit']!} value={draft.unit} onChange={set('unit')} error={fe('accused.unit', labels['accused.unit']!)}>
            <option value="">{t('searchAccused.ownUnit')}</option>
            <UnitOptions units={units} />
          </SelectField>
        ) : null}
        <TextField
          id={fieldId('accused.crimeHead')}
          name="crimeHead"
          label={labels['accused.crimeHead']!}
          hint={t('searchAccused.crimeHeadHint')}
          value={draft.crimeHead}
          onChange={set('crimeHead')}
          error={fe('accused.crimeHead', labels['accused.crimeHead']!)}
        />
        <TextField
          id={fieldId('accused.section')}
          name="section"
          label={labels['accused.section']!}
          hint={t('searchAccused.sectionHint')}
          value={draft.section}
          onChange={set('section')}
          error={fe('accused.section', labels['accused.section']!)}
        />
        <TextField id={fieldId('accused.from')} name="from" type="date" label={labels['accused.from']!} value={draft.from} onChange={set('from')} error={fe('accused.from', labels['accused.from']!)} />
        <TextField id={fieldId('accused.to')} name="to" type="date" label={labels['accused.to']!} value={draft.to} onChange={set('to')} error={fe('accused.to', labels['accused.to']!)} />
        <div className="toolbar-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('searchAccused.find')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {answer ? <p data-testid="accused-count">{t('searchAccused.count', { count: answer.total, unit: unitName(answer.unit, lang) })}</p> : null}
        {answer && (answer.truncated || answer.results.length < answer.total) ? <p data-testid="accused-cut">{t('search.listCut', { shown: answer.results.length })}</p> : null}
      </div>
      {answer && answer.results.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="sa-title">
          <table className="data-table" data-testid="accused-results">
            <thead>
              <tr>
                <th scope="col">{t('searchAccused.person')}</th>
                <th scope="col">{t('searchAccused.status')}</th>
                <th scope="col">{t('searchAccused.since')}</th>
                <th scope="col">{t('searchAccused.case')}</th>
                <th scope="col">{t('searchAccused.offence')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.results.map((h) => (
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
                    {h.fir.sections.map((s) => `${s.act} ${s.section}`).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {answer ? <p className="muted small">{t('common.timesIst')}</p> : null}
    </section>
  );
}
