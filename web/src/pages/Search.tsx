// Search (#/search?q=…): one box that works out what was typed — a name in any script and
// spelling, a vehicle number, a phone number or an FIR number (src/search/query-kind.ts, the
// server's own classifier) — and advanced filters for persons and FIRs. Matches outside the
// officer's jurisdiction are answered by the server as hit/no-hit only: which unit holds how many,
// and its telephone.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { asciiDigits } from '../../../src/domain/digits.ts';
import { classifyQuery, type QueryKind } from '../../../src/search/query-kind.ts';
import type { SessionUser } from '../api.ts';
import { SelectField, TextField } from '../components/Field.tsx';
import { StationField } from '../components/StationField.tsx';
import { FIR_STATUSES, GENDERS } from '../codes.ts';
import { errorsFor, fieldId, focusField, focusFirstError, submissionProblem, type FieldErrors } from '../forms.ts';
import { firStatusName, formatDateTimeShort, genderName, personRoleName, relativeKindName, sectionLabel } from '../format.ts';
import { useStations } from '../hooks.ts';
import { useI18n, type TFunction } from '../i18n/index.tsx';
import { search, type Elsewhere, type FirHit, type PersonHit, type PhoneHit, type SearchAnswer, type VehicleHit } from '../search-api.ts';
import { hrefFor, navigate } from '../router.ts';
import { firStatusBadge } from './Firs.tsx';
import { AccusedByStatus } from './search/AccusedByStatus.tsx';

type Mode = 'persons' | 'vehicles' | 'phones' | 'firs';
const MODES: readonly Mode[] = ['persons', 'vehicles', 'phones', 'firs'];
const MODE_OF_KIND: Record<QueryKind['kind'], Mode> = { name: 'persons', vehicle: 'vehicles', phone: 'phones', fir_number: 'firs' };

const PERSON_KEYS = ['father', 'age', 'district', 'gender'] as const;
const FIR_KEYS = ['station', 'year', 'act', 'section', 'from', 'to', 'place', 'status', 'text'] as const;
type Draft = Record<'q' | 'in' | (typeof PERSON_KEYS)[number] | (typeof FIR_KEYS)[number], string>;

const isMode = (v: string): v is Mode => (MODES as readonly string[]).includes(v);

/**
 * Where to look: where the officer chose, else what the box holds says (a name → persons …),
 * else FIRs when only FIR filters are given.
 */
function decide(d: Pick<Draft, 'q' | 'in'> & Partial<Draft>): { mode: Mode | null; understood: QueryKind | null } {
  const q = d.q.trim();
  const understood = q ? classifyQuery(q) : null;
  if (isMode(d.in)) return { mode: d.in, understood };
  if (understood) return { mode: MODE_OF_KIND[understood.kind], understood };
  if (FIR_KEYS.some((k) => (d[k] ?? '').trim())) return { mode: 'firs', understood: null };
  return { mode: null, understood: null };
}

function draftOf(query: URLSearchParams): Draft {
  const get = (k: string) => query.get(k) ?? '';
  return {
    q: get('q'),
    in: isMode(get('in')) ? get('in') : 'auto',
    father: get('father'),
    age: get('age'),
    district: get('district'),
    gender: get('gender'),
    station: get('station'),
    year: get('year'),
    act: get('act'),
    section: get('section'),
    from: get('from'),
    to: get('to'),
    place: get('place'),
    status: get('status'),
    text: get('text'),
  };
}

/** The address of a search: the box, where to look, and the filters of that kind of search only. */
function searchHref(d: Draft): string {
  const { mode } = decide(d);
  const params: Record<string, string> = { q: d.q.trim(), in: d.in === 'auto' ? '' : d.in };
  const keys = mode === 'persons' ? PERSON_KEYS : mode === 'firs' ? FIR_KEYS : [];
  for (const k of keys) params[k] = d[k].trim();
  return hrefFor('search', null, params);
}

type Answer =
  | { mode: 'persons'; data: SearchAnswer<PersonHit> }
  | { mode: 'vehicles'; data: SearchAnswer<VehicleHit> }
  | { mode: 'phones'; data: SearchAnswer<PhoneHit> }
  | { mode: 'firs'; data: SearchAnswer<FirHit> };

const digits = (s: string) => asciiDigits(s.trim()) || undefined;
const trimmed = (s: string) => s.trim() || undefined;

/** Runs the search the address describes. Client-side checks use the server's paths (`q`, `age` …). */
async function run(mode: Mode, d: Draft, t: TFunction, signal: AbortSignal): Promise<Answer> {
  const q = d.q.trim();
  if (mode === 'persons') {
    const data = await search.persons({ q, father: trimmed(d.father), age: digits(d.age), district: trimmed(d.district), gender: trimmed(d.gender) }, signal);
    return { mode, data };
  }
  if (mode === 'vehicles') return { mode, data: await search.vehicles(q, signal) };
  if (mode === 'phones') return { mode, data: await search.phones(q, signal) };
  if (q && classifyQuery(q).kind !== 'fir_number') throw new LocalErrors({ q: t('search.firNumberExpected') });
  const data = await search.firs(
    {
      number: q || undefined,
      station: trimmed(d.station),
      year: digits(d.year),
      act: trimmed(d.act),
      section: trimmed(d.section),
      from: trimmed(d.from),
      to: trimmed(d.to),
      place: trimmed(d.place),
      status: trimmed(d.status),
      text: trimmed(d.text),
    },
    signal,
  );
  return { mode, data };
}

class LocalErrors extends Error {
  constructor(readonly fields: FieldErrors) {
    super('invalid search');
  }
}

/** The FIR number is typed in the box: the server's `number` errors belong to it. */
function onForm(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[path === 'number' ? 'q' : path] ??= message;
  return out;
}

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; answer: Answer } | { kind: 'failed' };

export function SearchPage({ user, query }: { user: SessionUser; query: URLSearchParams }) {
  const { t } = useI18n();
  const key = query.toString();
  const asked = draftOf(query);
  const { mode, understood } = decide(asked);
  const [draft, setDraft] = useState<Draft>(asked);
  const [open, setOpen] = useState(() => !asked.q.trim() || asked.in !== 'auto' || [...PERSON_KEYS, ...FIR_KEYS].some((k) => asked[k]));
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [summary, setSummary] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [again, setAgain] = useState(0);
  const stations = useStations(user);

  // The form follows the address (back/forward, the header box).
  useEffect(() => setDraft(draftOf(new URLSearchParams(key))), [key]);

  useEffect(() => {
    const d = draftOf(new URLSearchParams(key));
    const m = decide(d).mode;
    setSummary(null);
    setErrors({});
    if (!m) {
      setState({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ kind: 'loading' });
    run(m, d, t, controller.signal)
      .then((answer) => setState({ kind: 'done', answer }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        const p = err instanceof LocalErrors ? { summary: t('form.fixErrors'), fields: err.fields } : submissionProblem(t, err);
        const fields = onForm(p.fields);
        if (Object.keys(fields).some((f) => f in PERSON_KEYS_SET || f in FIR_KEYS_SET || f === 'in')) setOpen(true);
        setErrors(fields);
        setSummary(p.summary);
        setState({ kind: 'failed' });
        focusFirstError(fields);
      });
    return () => controller.abort();
    // `t` changes with the language only; the search itself does not depend on it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, again]);

  const labels = fieldLabels(t);
  const fe = errorsFor(t, errors);
  const err = (path: string) => fe(path, labels[path] ?? path);
  const draftMode = decide(draft).mode;
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const href = searchHref(draft);
    if (window.location.hash === href) setAgain((n) => n + 1);
    else navigate(href);
  }

  function clear() {
    setDraft(draftOf(new URLSearchParams()));
    navigate(hrefFor('search'));
    window.setTimeout(() => document.getElementById(fieldId('q'))?.focus(), 0);
  }

  const q = asked.q.trim();
  const asName = q && mode !== 'persons' && /\p{L}/u.test(q) ? searchHref({ ...asked, in: 'persons' }) : null;
  const automatic = q && asked.in !== 'auto' && understood && MODE_OF_KIND[understood.kind] !== mode ? searchHref({ ...asked, in: 'auto' }) : null;

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('search.title')}</h1>
        <p className="lead">{t('search.intro')}</p>
      </div>

      <form className="card card-spaced search-form" role="search" aria-label={t('search.title')} onSubmit={submit} noValidate data-testid="search-form">
        <SearchSummary message={summary} errors={errors} labels={labels} />
        <div className="search-main">
          <TextField
            id={fieldId('q')}
            className="search-q"
            name="q"
            type="search"
            dir="auto"
            label={t('search.boxLabel')}
            hint={t('search.boxHint')}
            error={err('q')}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            autoFocus={!q}
            value={draft.q}
            onChange={set('q')}
          />
          <div className="toolbar-actions">
            <button type="submit" className="btn btn-primary" data-testid="search-submit">
              {t('search.submit')}
            </button>
            {key ? (
              <button type="button" className="btn btn-secondary" onClick={clear}>
                {t('search.clear')}
              </button>
            ) : null}
          </div>
        </div>

        <button type="button" className="btn-link search-advanced-toggle" aria-expanded={open} aria-controls="search-advanced" onClick={() => setOpen((o) => !o)}>
          {t('search.advanced')}
        </button>
        <div id="search-advanced" className="search-advanced" hidden={!open} data-testid="search-advanced">
          <SelectField id={fieldId('in')} name="in" label={t('search.lookIn')} error={err('in')} value={draft.in} onChange={set('in')}>
            <option value="auto">{t('search.lookIn.auto')}</option>
            <option value="persons">{t('search.lookIn.persons')}</option>
            <option value="vehicles">{t('search.lookIn.vehicles')}</option>
            <option value="phones">{t('search.lookIn.phones')}</option>
            <option value="firs">{t('search.lookIn.firs')}</option>
          </SelectField>

          {draftMode === 'persons' ? (
            <fieldset className="search-filters" data-testid="person-filters">
              <legend>{t('search.personFilters')}</legend>
              <div className="form-row">
                <TextField id={fieldId('father')} name="father" dir="auto" autoComplete="off" label={labels.father!} error={err('father')} value={draft.father} onChange={set('father')} />
                <TextField id={fieldId('age')} name="age" autoComplete="off" label={labels.age!} hint={t('search.ageHint')} error={err('age')} value={draft.age} onChange={set('age')} />
                <TextField id={fieldId('district')} name="district" dir="auto" autoComplete="off" label={labels.district!} error={err('district')} value={draft.district} onChange={set('district')} />
                <SelectField id={fieldId('gender')} name="gender" label={labels.gender!} error={err('gender')} value={draft.gender} onChange={set('gender')}>
                  <option value="">{t('search.any')}</option>
                  {GENDERS.map((g) => (
                    <option key={g} value={g}>
                      {genderName(t, g)}
                    </option>
                  ))}
                </SelectField>
              </div>
            </fieldset>
          ) : null}

          {draftMode === 'firs' ? (
            <fieldset className="search-filters" data-testid="fir-filters">
              <legend>{t('search.firFilters')}</legend>
              <div className="form-row">
                <StationField
                  path="station"
                  label={labels.station!}
                  hint={t('search.stationHint')}
                  value={draft.station}
                  onChange={(code) => setDraft((d) => ({ ...d, station: code }))}
                  stations={stations}
                  error={err('station')}
                />
                <TextField id={fieldId('year')} name="year" autoComplete="off" label={labels.year!} error={err('year')} value={draft.year} onChange={set('year')} />
                <TextField
                  id={fieldId('act')}
                  name="act"
                  autoComplete="off"
                  spellCheck={false}
                  label={labels.act!}
                  hint={t('search.actHint')}
                  error={err('act')}
                  value={draft.act}
                  onChange={set('act')}
                />
                <TextField
                  id={fieldId('section')}
                  name="section"
                  autoComplete="off"
                  spellCheck={false}
                  label={labels.section!}
                  hint={t('search.sectionHint')}
                  error={err('section')}
                  value={draft.section}
                  onChange={set('section')}
                />
                <TextField id={fieldId('from')} name="from" type="date" label={labels.from!} error={err('from')} value={draft.from} onChange={set('from')} />
                <TextField id={fieldId('to')} name="to" type="date" label={labels.to!} error={err('to')} value={draft.to} onChange={set('to')} />
                <TextField id={fieldId('place')} name="place" dir="auto" autoComplete="off" label={labels.place!} error={err('place')} value={draft.place} onChange={set('place')} />
                <SelectField id={fieldId('status')} name="status" label={labels.status!} error={err('status')} value={draft.status} onChange={set('status')}>
                  <option value="">{t('search.any')}</option>
                  {FIR_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {firStatusName(t, s)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={fieldId('text')}
                  className="field-wide"
                  name="text"
                  dir="auto"
                  autoComplete="off"
                  label={labels.text!}
                  hint={t('search.textHint')}
                  error={err('text')}
                  value={draft.text}
                  onChange={set('text')}
                />
              </div>
            </fieldset>
          ) : null}

          {draftMode === 'vehicles' || draftMode === 'phones' ? <p className="muted">{t('search.noFilters')}</p> : null}
          {draftMode === null ? <p className="muted">{t('search.chooseToFilter')}</p> : null}
        </div>
      </form>

      {mode ? (
        <div className="search-understood" data-testid="search-understood" data-kind={mode}>
          <p>{understoodText(t, mode, understood, q)}</p>
          {asName || automatic ? (
            <p className="search-alternatives">
              {asName ? (
                <a href={asName} data-testid="search-as-name">
                  {t('search.asName', { q })}
                </a>
              ) : null}
              {automatic ? <a href={automatic}>{t('search.asTyped', { q })}</a> : null}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('search.start')}</p>
      )}

      <div role="status" aria-live="polite" className="search-status">
        {state.kind === 'loading' ? <p className="muted">{t('sections.searching')}</p> : null}
        {state.kind === 'done' ? <p data-testid="search-count">{countText(t, state.answer)}</p> : null}
      </div>

      {state.kind === 'done' ? (
        <section aria-labelledby="search-results-title" data-testid="search-results" data-mode={state.answer.mode}>
          <h2 id="search-results-title" className="visually-hidden">
            {t('search.results')}
          </h2>
          {state.answer.mode === 'persons' ? <PersonResults hits={state.answer.data.results} /> : null}
          {state.answer.mode === 'vehicles' ? <VehicleResults hits={state.answer.data.results} /> : null}
          {state.answer.mode === 'phones' ? <PhoneResults hits={state.answer.data.results} /> : null}
          {state.answer.mode === 'firs' ? <FirResults hits={state.answer.data.results} /> : null}
          <ElsewhereList items={state.answer.data.elsewhere} />
          {state.answer.mode === 'firs' || state.answer.mode === 'vehicles' ? <p className="muted small">{t('common.timesIst')}</p> : null}
        </section>
      ) : null}

      <AccusedByStatus user={user} />
    </>
  );
}

const PERSON_KEYS_SET: Record<string, true> = Object.fromEntries(PERSON_KEYS.map((k) => [k, true]));
const FIR_KEYS_SET: Record<string, true> = Object.fromEntries(FIR_KEYS.map((k) => [k, true]));

function fieldLabels(t: TFunction): Record<string, string> {
  return {
    q: t('search.boxLabel'),
    in: t('search.lookIn'),
    father: t('person.relativeName'),
    age: t('person.age'),
    district: t('person.district'),
    gender: t('person.gender'),
    station: t('common.station'),
    year: t('firs.year'),
    act: t('search.act'),
    section: t('search.section'),
    from: t('firs.from'),
    to: t('search.registeredTo'),
    place: t('fir.place'),
    status: t('common.status'),
    text: t('search.text'),
    limit: t('search.limit'),
    '(root)': t('search.filters'),
  };
}

/** The summary at the top of the form: the message, then each error as a button to its field. */
function SearchSummary({ message, errors, labels }: { message: string | null; errors: FieldErrors; labels: Record<string, string> }) {
  const { t } = useI18n();
  const fe = errorsFor(t, errors);
  const items = message ? Object.keys(errors).map((path) => ({ path, text: fe(path, labels[path] ?? path) ?? '' })) : [];
  return (
    <div className="alert-slot" role="alert" aria-live="assertive">
      {message ? (
        <div className="alert alert-error error-summary" data-testid="error-summary">
          <p className="error-summary-title">{message}</p>
          {items.length ? (
            <ul>
              {items.map((i) => (
                <li key={i.path}>
                  {i.path === '(root)' ? (
                    i.text
                  ) : (
                    <button type="button" className="btn-link" onClick={() => focusField(i.path)}>
                      {i.text}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function understoodText(t: TFunction, mode: Mode, understood: QueryKind | null, q: string): string {
  if (mode === 'firs') return understood?.kind === 'fir_number' ? t('search.understood.firNumber', { value: understood.value }) : t('search.understood.firFilters');
  // Where the officer chose to look, the box is searched as typed there; the server reads it its own way.
  const value = understood && MODE_OF_KIND[understood.kind] === mode ? understood.value : q;
  if (mode === 'vehicles') return t('search.understood.vehicle', { value });
  if (mode === 'phones') return t('search.understood.phone', { value });
  return t('search.understood.name', { value });
}

function countText(t: TFunction, a: Answer): string {
  const shown = a.data.results.length;
  const total = a.data.total ?? shown;
  if (shown === 0) return t('search.none');
  return total > shown ? t('search.countOf', { shown, total }) : t('search.count', { count: shown });
}

function Withheld() {
  const { t } = useI18n();
  return (
    <span className="withheld-inline">
      <span className="icon-lock" aria-hidden="true" />
      {t('person.withheldShort')}
    </span>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PersonResults({ hits }: { hits: PersonHit[] }) {
  const { t, lang } = useI18n();
  if (!hits.length) return null;
  return (
    <>
      <p className="muted small">{t('search.bandHint')}</p>
      <ol className="search-hits" data-testid="person-results">
        {hits.map((h) => (
          <li key={h.id} className="search-hit card" data-testid="person-hit" data-person={h.id} data-band={h.band} data-score={h.score}>
            <div className="search-hit-head">
              <h3>
                <a href={hrefFor('person', h.id)} data-testid="person-link">
                  <bdi>{h.name}</bdi>
                </a>
              </h3>
              <span className={`badge ${h.band === 'strong' ? 'badge-success' : 'badge-warning'}`} data-testid="band">
                {h.band === 'strong' ? t('search.band.strong') : t('search.band.possible')}
              </span>
            </div>
            <dl className="search-hit-facts">
              {h.aliases.length ? (
                <Fact label={t('search.aliases')}>
                  {h.aliases.map((a, i) => (
                    <span key={a}>
                      {i ? ', ' : ''}
                      <bdi>{a}</bdi>
                    </span>
                  ))}
                </Fact>
              ) : null}
              {h.fatherName ? (
                <Fact label={t('person.relativeName')}>
                  <bdi>{h.fatherName}</bdi>
                </Fact>
              ) : null}
              {h.age !== null ? <Fact label={t('search.age')}>{t('person.ageYears', { age: h.age })}</Fact> : null}
              {h.gender && h.gender !== 'unknown' ? <Fact label={t('person.gender')}>{genderName(t, h.gender)}</Fact> : null}
              {h.district ? (
                <Fact label={t('person.district')}>
                  <bdi>{h.district}</bdi>
                </Fact>
              ) : null}
              <Fact label={t('search.unit')}>{(lang === 'hi' ? h.unit.nameHi : h.unit.name) || h.unit.code}</Fact>
            </dl>
            <p className="search-explanation" data-testid="explanation">
              <span className="search-explanation-label">{t('search.why')}</span>{' '}
              <span lang="en" dir="auto">
                {h.explanation || '—'}
              </span>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

function vehicleDescription(v: { make?: string; model?: string; colour?: string }): string {
  return [v.make, v.model, v.colour].filter(Boolean).join(', ');
}

function VehicleResults({ hits }: { hits: VehicleHit[] }) {
  const { t, lang } = useI18n();
  if (!hits.length) return null;
  const matched = (m: VehicleHit['matchedOn']) => (m === 'engineNo' ? t('search.engineNo') : m === 'chassisNo' ? t('search.chassisNo') : t('search.registration'));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="vehicle-caption">
      <table className="data-table" data-testid="vehicle-results">
        <caption id="vehicle-caption" className="visually-hidden">
          {t('search.caption.vehicles')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('search.registration')}</th>
            <th scope="col">{t('search.engineChassis')}</th>
            <th scope="col">{t('search.makeModel')}</th>
            <th scope="col">{t('search.matchedOn')}</th>
            <th scope="col">{t('fir.number')}</th>
            <th scope="col">{t('common.station')}</th>
            <th scope="col">{t('fir.registeredAt')}</th>
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((h, i) => (
            <tr key={`${h.fir.id}-${i}`} data-testid="vehicle-hit" data-fir={h.fir.id}>
              <td className="nowrap mono">{h.vehicle.registration ?? '—'}</td>
              <td className="mono">
                {h.vehicle.engineNo ? <div>{h.vehicle.engineNo}</div> : null}
                {h.vehicle.chassisNo ? <div>{h.vehicle.chassisNo}</div> : null}
              </td>
              <td>{vehicleDescription(h.vehicle)}</td>
              <td>{matched(h.matchedOn)}</td>
              <td className="nowrap">
                <a href={hrefFor('fir', h.fir.id)}>{h.fir.number}</a>
              </td>
              <td>{(lang === 'hi' ? h.fir.station.nameHi : h.fir.station.nameEn) || h.fir.station.code}</td>
              <td className="nowrap">{formatDateTimeShort(h.fir.registeredAt, lang)}</td>
              <td>
                <span className={`badge ${firStatusBadge(h.fir.status)}`}>{firStatusName(t, h.fir.status)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PhoneResults({ hits }: { hits: PhoneHit[] }) {
  const { t } = useI18n();
  if (!hits.length) return null;
  return (
    <ol className="search-hits" data-testid="phone-results">
      {hits.map(({ person: p, records }) => (
        <li key={p.id} className="search-hit card" data-testid="phone-hit" data-person={p.id}>
          <div className="search-hit-head">
            <h3>
              <a href={hrefFor('person', p.id)} data-testid="person-link">
                <bdi>{p.name}</bdi>
              </a>
            </h3>
          </div>
          <dl className="search-hit-facts">
            {p.aliases.length ? <Fact label={t('search.aliases')}>{p.aliases.join(', ')}</Fact> : null}
            {p.relativeName ? (
              <Fact label={p.relativeKind ? relativeKindName(t, p.relativeKind) : t('person.relativeName')}>
                <bdi>{p.relativeName}</bdi>
              </Fact>
            ) : null}
            {p.age !== null ? <Fact label={t('search.age')}>{t('person.ageYears', { age: p.age })}</Fact> : null}
            {p.gender && p.gender !== 'unknown' ? <Fact label={t('person.gender')}>{genderName(t, p.gender)}</Fact> : null}
            <Fact label={t('person.phone')}>{p.phones.join(', ')}</Fact>
            <Fact label={t('search.records')}>
              {records.length ? (
                <ul className="plain-list">
                  {records.map((r) => (
                    <li key={`${r.recordType}-${r.recordId}-${r.role}`}>
                      {r.recordType === 'fir' ? t('fir.title') : t('complaint.title')} <a href={r.recordType === 'fir' ? hrefFor('fir', r.recordId) : hrefFor('complaint', r.recordId)}>{r.number}</a>
                      {' · '}
                      {personRoleName(t, r.role)}
                    </li>
                  ))}
                </ul>
              ) : (
                t('common.noneRecorded')
              )}
            </Fact>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function FirResults({ hits }: { hits: FirHit[] }) {
  const { t, lang } = useI18n();
  if (!hits.length) return null;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="fir-hits-caption">
      <table className="data-table" data-testid="fir-results">
        <caption id="fir-hits-caption" className="visually-hidden">
          {t('search.caption.firs')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('fir.number')}</th>
            <th scope="col">{t('fir.registeredAt')}</th>
            <th scope="col">{t('sections.label')}</th>
            <th scope="col">{t('fir.complainant')}</th>
            <th scope="col">{t('fir.place')}</th>
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((f) => (
            <tr key={f.id} data-testid="fir-hit" data-fir={f.id} data-number={f.number}>
              <td className="nowrap">
                <a href={hrefFor('fir', f.id)}>{f.number}</a>
              </td>
              <td className="nowrap">{formatDateTimeShort(f.registeredAt, lang)}</td>
              <td>{f.sections.map(sectionLabel).join(', ')}</td>
              <td>{f.complainantName ? <bdi>{f.complainantName}</bdi> : <Withheld />}</td>
              <td>
                <bdi>{f.place}</bdi>
                {f.snippet ? (
                  <p className="search-snippet small">
                    <span className="muted">{t('search.snippet')}</span> <bdi>{f.snippet}</bdi>
                  </p>
                ) : null}
              </td>
              <td>
                <span className={`badge ${firStatusBadge(f.status)}`}>{firStatusName(t, f.status)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Hit/no-hit from outside the jurisdiction: per holding unit, how many and whom to call. */
function ElsewhereList({ items }: { items: Elsewhere[] }) {
  const { t, lang } = useI18n();
  if (!items.length) return null;
  return (
    <section className="card card-spaced search-elsewhere" aria-labelledby="search-elsewhere-title" data-testid="search-elsewhere">
      <h2 id="search-elsewhere-title">{t('search.elsewhere.title')}</h2>
      <p className="muted">{t('search.elsewhere.intro')}</p>
      <ul>
        {items.map((e) => {
          const unit = (lang === 'hi' ? e.unitNameHi : e.unitName) || e.unitCode;
          return (
            <li key={e.unitCode} data-unit={e.unitCode}>
              {e.count === 1 ? t('search.elsewhere.one', { unit }) : t('search.elsewhere.many', { count: e.count, unit })}
              {' — '}
              {e.contact ? t('search.elsewhere.contact', { phone: e.contact }) : t('search.elsewhere.noContact')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
