// The law catalogue: search (the same search as the FIR section picker), one entry with its
// equivalents and the history of its corrections, and — for those with `law.correct` — a form to
// correct it with a reason and a source. A blank classification is shown as "not known".
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { SessionUser } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, ShortTextArea, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { TRI_STATES } from '../codes.ts';
import { errorsFor, fieldId, useSubmission } from '../forms.ts';
import { formatDateTime, sectionLabel, triStateName } from '../format.ts';
import { can, useLoad } from '../hooks.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { records, type LawSection, type LawSectionChanges, type LawSectionVersion, type TriState } from '../records-api.ts';
import { hrefFor, lawSectionHref, navigate } from '../router.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function Tri({ value }: { value: TriState | string }) {
  const { t } = useI18n();
  return <span className={`badge tri tri-${value}`}>{triStateName(t, value)}</span>;
}

/** Names of the correctable fields (history rows and form labels). */
function fieldNames(t: TFunction): Record<string, string> {
  return {
    title: t('law.field.title'),
    titleHi: t('law.field.titleHi'),
    maxPunishment: t('law.field.maxPunishment'),
    maxYears: t('law.field.maxYears'),
    cognizable: t('sections.cognizable'),
    bailable: t('sections.bailable'),
    triableBy: t('law.field.triableBy'),
    sensitive: t('law.field.sensitive'),
    crimeHead: t('law.field.crimeHead'),
  };
}

function valueText(t: TFunction, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t('law.blank');
  if (field === 'cognizable' || field === 'bailable') return triStateName(t, String(v));
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  return String(v);
}

export function LawCataloguePage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const q = (query.get('q') ?? '').trim();
  const date = query.get('date') ?? '';
  const [draft, setDraft] = useState({ q, date });
  // The search follows the address (back/forward, the menu link).
  useEffect(() => setDraft({ q, date }), [q, date]);

  const { data, error } = useLoad(() => (q ? records.lawFind(q, DATE.test(date) ? date : undefined) : Promise.resolve({ results: [] })), [q, date]);
  const results = q ? (data?.results ?? null) : [];

  function search(e: FormEvent) {
    e.preventDefault();
    navigate(hrefFor('law', null, { q: draft.q.trim(), date: draft.date }));
  }

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('nav.law')}</h1>
        <p className="lead">{t('law.intro')}</p>
      </div>
      <form className="toolbar toolbar-compact" role="search" onSubmit={search} data-testid="law-search">
        <TextField
          className="toolbar-grow"
          label={t('law.search')}
          hint={t('law.searchHint')}
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('sections.placeholder')}
          autoFocus={!q}
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
        <TextField label={t('law.occurredAt')} hint={t('law.occurredAtHint')} name="date" type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
        <div className="toolbar-actions">
          <button type="submit" className="btn btn-primary">
            {t('law.searchSubmit')}
          </button>
        </div>
      </form>
      <ErrorMessage message={error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="law-caption">
        <table className="data-table" data-testid="law-results">
          <caption id="law-caption" className="visually-hidden">
            {t('law.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('law.field.act')}</th>
              <th scope="col">{t('law.field.section')}</th>
              <th scope="col">{t('law.field.title')}</th>
              <th scope="col">{t('law.field.titleHi')}</th>
              <th scope="col">{t('law.field.maxPunishment')}</th>
              <th scope="col">{t('sections.cognizable')}</th>
              <th scope="col">{t('sections.bailable')}</th>
              <th scope="col">{t('law.field.sensitive')}</th>
              <th scope="col">{t('law.field.crimeHead')}</th>
              <th scope="col">{t('law.field.version')}</th>
            </tr>
          </thead>
          <tbody>
            {!q ? (
              <tr>
                <td colSpan={10} className="muted">
                  {t('law.empty')}
                </td>
              </tr>
            ) : null}
            {q && results === null && !error ? (
              <tr>
                <td colSpan={10} className="muted">
                  {t('sections.searching')}
                </td>
              </tr>
            ) : null}
            {q && results?.length === 0 ? (
              <tr>
                <td colSpan={10} className="muted">
                  {t('sections.noResults', { q })}
                </td>
              </tr>
            ) : null}
            {results?.map((h) => {
              const s = h.section;
              if (h.kind === 'act') {
                return (
                  <tr key={`act:${s.act}`} data-act={s.act}>
                    <td>
                      <strong>{s.act}</strong>
                    </td>
                    <td colSpan={9}>
                      {s.title}
                      <span className="cell-sub">{t('sections.actHint', { act: s.act })}</span>
                    </td>
                  </tr>
                );
              }
              return (
                <tr key={sectionLabel(s)} data-section={sectionLabel(s)}>
                  <td>{s.act}</td>
                  <td className="nowrap">
                    <a href={lawSectionHref(s)} aria-label={sectionLabel(s)}>
                      {s.section}
                    </a>
                    {h.via ? <span className="cell-sub">{t('sections.via', { section: sectionLabel(h.via) })}</span> : null}
                    {h.applicable === false ? <span className="badge badge-failure">{t('sections.notApplicable')}</span> : null}
                  </td>
                  <td>{s.title}</td>
                  <td lang="hi">{s.titleHi ?? <span className="muted">{t('common.none')}</span>}</td>
                  <td>{s.maxPunishment}</td>
                  <td>
                    <Tri value={s.cognizable} />
                  </td>
                  <td>
                    <Tri value={s.bailable} />
                  </td>
                  <td>{s.sensitive ? <span className="badge badge-warning">{t('common.yes')}</span> : t('common.no')}</td>
                  <td>{s.crimeHead ?? <span className="muted">{t('common.none')}</span>}</td>
                  <td>{s.version}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('law.codeHint')}</p>
    </>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function LawSectionPage({ user, id }: { user: SessionUser; id: string }) {
  const { t, lang } = useI18n();
  const slash = id.indexOf('/');
  const act = id.slice(0, slash);
  const sectionNo = id.slice(slash + 1);
  const { data, error, setData } = useLoad(() => records.lawSection(act, sectionNo), [act, sectionNo]);
  const [correcting, setCorrecting] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const s = data?.section;
  const mayCorrect = can(user, 'law.correct') && !!s && s.version > 0;

  return (
    <>
      <p className="back-link">
        <a href={hrefFor('law')}>{t('law.back')}</a>
      </p>
      <div className="page-head page-head-row">
        <div>
          <h1 tabIndex={-1} data-testid="law-heading">
            {s ? sectionLabel(s) : `${act} ${sectionNo}`}
          </h1>
          {s ? <p className="lead">{lang === 'hi' && s.titleHi ? s.titleHi : s.title}</p> : null}
        </div>
        {mayCorrect && !correcting ? (
          <button type="button" className="btn btn-primary" onClick={() => setCorrecting(true)}>
            {t('law.correct')}
          </button>
        ) : null}
      </div>
      <ErrorMessage message={error} />
      <Notice tone="success">{saved !== null ? t('law.saved', { n: saved }) : null}</Notice>
      {!s && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {s ? (
        <>
          {s.version === 0 ? <p className="alert alert-info">{t('law.uncatalogued')}</p> : null}
          {correcting ? (
            <CorrectForm
              entry={s}
              onCancel={() => setCorrecting(false)}
              onDone={(section, version) => {
                setData({ section, history: [...(data?.history ?? []).filter((v) => v.version !== version.version), version] });
                setCorrecting(false);
                setSaved(version.version);
              }}
            />
          ) : null}
          <section className="card card-spaced" aria-labelledby="law-facts-h">
            <h2 id="law-facts-h">{t('law.entry')}</h2>
            <dl className="facts" data-testid="law-facts">
              <Fact label={t('law.field.act')}>{s.act}</Fact>
              <Fact label={t('law.field.section')}>{s.section}</Fact>
              <Fact label={t('law.field.title')}>{s.title}</Fact>
              <Fact label={t('law.field.titleHi')} testId="law-title-hi">
                {s.titleHi ? <span lang="hi">{s.titleHi}</span> : <span className="muted">{t('common.none')}</span>}
              </Fact>
              <Fact label={t('law.field.chapter')}>{s.chapter ?? <span className="muted">{t('common.none')}</span>}</Fact>
              <Fact label={t('law.field.maxPunishment')}>{s.maxPunishment}</Fact>
              <Fact label={t('sections.cognizable')}>
                <Tri value={s.cognizable} />
              </Fact>
              <Fact label={t('sections.bailable')}>
                <Tri value={s.bailable} />
              </Fact>
              <Fact label={t('law.field.triableBy')}>{s.triableBy ?? <span className="muted">{t('common.none')}</span>}</Fact>
              <Fact label={t('law.field.sensitive')}>{s.sensitive ? <span className="badge badge-warning">{t('common.yes')}</span> : t('common.no')}</Fact>
              <Fact label={t('law.field.crimeHead')}>{s.crimeHead ?? <span className="muted">{t('common.none')}</span>}</Fact>
              <Fact label={t('law.field.equivalents')}>
                {s.equivalents.length ? (
                  <ul className="plain-list" data-testid="law-equivalents">
                    {s.equivalents.map((e) => (
                      <li key={sectionLabel(e)}>
                        <a href={lawSectionHref(e)}>{sectionLabel(e)}</a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('law.noEquivalents')}</span>
                )}
              </Fact>
              <Fact label={t('law.field.version')} testId="law-version">
                {s.version}
              </Fact>
              <Fact label={t('law.field.source')}>{s.source}</Fact>
            </dl>
            {s.cognizable === 'unknown' || s.bailable === 'unknown' ? <p className="muted small">{t('law.unknownNote')}</p> : null}
          </section>
          <History history={data.history} />
        </>
      ) : null}
    </>
  );
}

function History({ history }: { history: LawSectionVersion[] }) {
  const { t, lang } = useI18n();
  const names = fieldNames(t);
  const rows = [...history].sort((a, b) => a.version - b.version);
  return (
    <section className="card card-spaced" aria-labelledby="law-hist-h">
      <h2 id="law-hist-h">{t('law.history')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('law.historyEmpty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="law-hist-h">
          <table className="data-table" data-testid="law-history">
            <thead>
              <tr>
                <th scope="col">{t('law.field.version')}</th>
                <th scope="col">{t('law.col.who')}</th>
                <th scope="col">{t('law.col.when')}</th>
                <th scope="col">{t('law.col.why')}</th>
                <th scope="col">{t('law.field.source')}</th>
                <th scope="col">{t('law.col.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={v.eventId} data-version={v.version}>
                  <td>{v.version}</td>
                  <td>{v.changedByUsername ?? v.changedBy}</td>
                  <td className="nowrap">
                    <time dateTime={v.changedAt}>{formatDateTime(v.changedAt, lang)}</time>
                  </td>
                  <td className="long-text">{v.reason}</td>
                  <td>{v.source}</td>
                  <td>
                    <ul className="plain-list">
                      {Object.entries(v.changes).map(([field, c]) => (
                        <li key={field} className="law-change">
                          <strong>{names[field] ?? field}</strong>: <del>{valueText(t, field, c.from)}</del> → <ins>{valueText(t, field, c.to)}</ins>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">{t('common.timesIst')}</p>
    </section>
  );
}

interface Draft {
  title: string;
  titleHi: string;
  maxPunishment: string;
  cognizable: TriState;
  bailable: TriState;
  triableBy: string;
  sensitive: 'yes' | 'no';
  crimeHead: string;
  reason: string;
  source: string;
}

const draftOf = (s: LawSection): Draft => ({
  title: s.title,
  titleHi: s.titleHi ?? '',
  maxPunishment: s.maxPunishment,
  cognizable: s.cognizable,
  bailable: s.bailable,
  triableBy: s.triableBy ?? '',
  sensitive: s.sensitive ? 'yes' : 'no',
  crimeHead: s.crimeHead ?? '',
  reason: '',
  source: '',
});

/** Only the fields that differ from the entry; a cleared optional text becomes null. */
function changesOf(s: LawSection, d: Draft): LawSectionChanges {
  const c: LawSectionChanges = {};
  const opt = (v: string) => v.trim() || null;
  if (d.title.trim() !== s.title) c.title = d.title.trim();
  if (opt(d.titleHi) !== (s.titleHi ?? null)) c.titleHi = opt(d.titleHi);
  if (d.maxPunishment.trim() !== s.maxPunishment) c.maxPunishment = d.maxPunishment.trim();
  if (d.cognizable !== s.cognizable) c.cognizable = d.cognizable;
  if (d.bailable !== s.bailable) c.bailable = d.bailable;
  if (opt(d.triableBy) !== (s.triableBy ?? null)) c.triableBy = opt(d.triableBy);
  if ((d.sensitive === 'yes') !== s.sensitive) c.sensitive = d.sensitive === 'yes';
  if (opt(d.crimeHead) !== (s.crimeHead ?? null)) c.crimeHead = opt(d.crimeHead);
  return c;
}

function CorrectForm({ entry, onCancel, onDone }: { entry: LawSection; onCancel: () => void; onDone: (section: LawSection, version: LawSectionVersion) => void }) {
  const { t } = useI18n();
  const [d, setD] = useState<Draft>(() => draftOf(entry));
  const { busy, summary, setSummary, errors, setErrors, attempt } = useSubmission();
  const fe = errorsFor(t, errors);
  const names = fieldNames(t);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const changes = changesOf(entry, d);
    if (Object.keys(changes).length === 0) {
      setErrors({});
      setSummary(t('law.noChanges'));
      return;
    }
    await attempt(async () => {
      const r = await records.correctLawSection(entry.act, entry.section, { changes, reason: d.reason.trim(), source: d.source.trim() });
      setErrors({});
      setSummary(null);
      onDone(r.section, r.version);
    });
  }

  const text = (field: 'title' | 'titleHi' | 'maxPunishment' | 'triableBy' | 'crimeHead', extra: { lang?: string; hint?: string } = {}) => (
    <TextField
      id={fieldId(`changes.${field}`)}
      name={field}
      label={names[field]!}
      hint={extra.hint}
      lang={extra.lang}
      autoComplete="off"
      error={fe(`changes.${field}`, names[field]!)}
      value={d[field]}
      onChange={(e) => set(field, e.target.value)}
    />
  );
  const tri = (field: 'cognizable' | 'bailable') => (
    <SelectField
      id={fieldId(`changes.${field}`)}
      name={field}
      label={names[field]!}
      hint={t('law.triHint')}
      error={fe(`changes.${field}`, names[field]!)}
      value={d[field]}
      onChange={(e) => set(field, e.target.value as TriState)}
    >
      {TRI_STATES.map((v) => (
        <option key={v} value={v}>
          {triStateName(t, v)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <section className="card card-spaced" aria-labelledby="law-correct-h">
      <h2 id="law-correct-h">{t('law.correctTitle', { section: sectionLabel(entry) })}</h2>
      <p className="muted">{t('law.correctIntro')}</p>
      <ErrorSummary message={summary} errors={errors} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="law-correct">
        <div className="form-row">
          {text('title')}
          {text('titleHi', { lang: 'hi' })}
        </div>
        {text('maxPunishment', { hint: t('law.maxPunishmentHint') })}
        <div className="form-row">
          {tri('cognizable')}
          {tri('bailable')}
        </div>
        <div className="form-row">
          {text('triableBy')}
          {text('crimeHead')}
          <SelectField
            id={fieldId('changes.sensitive')}
            name="sensitive"
            label={names.sensitive!}
            error={fe('changes.sensitive', names.sensitive!)}
            value={d.sensitive}
            onChange={(e) => set('sensitive', e.target.value === 'yes' ? 'yes' : 'no')}
          >
            <option value="yes">{t('common.yes')}</option>
            <option value="no">{t('common.no')}</option>
          </SelectField>
        </div>
        <ShortTextArea path="reason" label={t('law.reason')} hint={t('law.reasonHint')} fe={fe} value={d.reason} onChange={(v) => set('reason', v)} />
        <TextField
          id={fieldId('source')}
          name="source"
          label={t('law.source')}
          hint={t('law.sourceHint')}
          error={fe('source', t('law.source'))}
          autoComplete="off"
          required
          value={d.source}
          onChange={(e) => set('source', e.target.value)}
        />
        <FormActions busy={busy} submit={t('law.submit')} onCancel={onCancel} />
      </form>
    </section>
  );
}
