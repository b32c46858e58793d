import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { errorsFor, fieldId, underPrefix, useSubmission } from '../forms.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';

/**
 * A search by filters on a page that has other forms (the search page, the property room): the
 * filters as typed, the server's field errors under the form's own prefix (`items.q`), so the
 * fields' ids stay unique on the page, and the answer. Empty filters are not sent; a new search
 * clears the last answer and its errors. A register's list (`atOnce`) is searched with the initial
 * filters as soon as it opens, so that the page is never blank.
 */
export function useFilterSearch<K extends string, A>(
  prefix: string,
  initial: Record<K, string>,
  labels: Record<K, string>,
  run: (filters: Record<string, string>) => Promise<A>,
  { atOnce = false }: { atOnce?: boolean } = {},
) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [answer, setAnswer] = useState<A | null>(null);
  const { busy, summary, setSummary, errors, setErrors, attempt } = useSubmission();
  const fe = errorsFor(t, errors);

  /** The props of the field of filter `key`: its id under the prefix, its label, value and message. */
  function field(key: K) {
    const path = `${prefix}.${key}`;
    return {
      id: fieldId(path),
      name: key,
      label: labels[key],
      value: draft[key],
      onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
      error: fe(path, labels[key]),
    };
  }

  function search() {
    setAnswer(null);
    setSummary(null);
    setErrors({});
    void attempt(async () => {
      const filters = Object.fromEntries(
        Object.entries<string>(draft)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v !== ''),
      );
      setAnswer(await underPrefix(prefix, run(filters)));
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    search();
  }

  useEffect(() => {
    if (atOnce) search();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const summaryLabels = Object.fromEntries(Object.entries<string>(labels).map(([k, label]) => [`${prefix}.${k}`, label]));
  return { answer, busy, summary, errors, summaryLabels, field, submit };
}

/**
 * The card of a filter search: heading, intro, error summary, the filters in a toolbar with the
 * find button, the count (announced politely), and the results' table when there are any.
 */
export function FilterSearchCard({
  headingId,
  testId,
  title,
  intro,
  search,
  find,
  count,
  cut,
  columns,
  tableTestId,
  rows,
  footer,
  children,
}: {
  headingId: string;
  testId: string;
  title: string;
  intro: string;
  search: Pick<ReturnType<typeof useFilterSearch>, 'busy' | 'summary' | 'errors' | 'summaryLabels' | 'submit'>;
  /** The find button's words. */
  find: string;
  /** The count of the answer (null before any). */
  count: ReactNode;
  /** The answer of a search the server may cut at its cap: then a line says so and asks for a narrower search. */
  cut?: { answer: { truncated: boolean; total: number; results: readonly unknown[] } | null; testId: string };
  columns: string[];
  tableTestId: string;
  /** The table's rows (null or empty: no table). */
  rows: ReactNode[] | null;
  footer?: ReactNode;
  /** The filters' fields. */
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="card card-spaced" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{intro}</p>
      <ErrorSummary message={search.summary} errors={search.errors} labels={search.summaryLabels} />
      <form className="toolbar toolbar-compact" role="search" aria-labelledby={headingId} onSubmit={search.submit} noValidate>
        {children}
        <div className="toolbar-actions">
          <button type="submit" className="btn btn-primary" disabled={search.busy}>
            {find}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {count}
        {cut?.answer && (cut.answer.truncated || cut.answer.results.length < cut.answer.total) ? <p data-testid={cut.testId}>{t('search.listCut', { shown: cut.answer.results.length })}</p> : null}
      </div>
      {rows && rows.length ? (
        <DataTable headingId={headingId} columns={columns} testId={tableTestId}>
          {rows}
        </DataTable>
      ) : null}
      {footer}
    </section>
  );
}
