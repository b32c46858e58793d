import { useEffect, useId, useRef, useState } from 'react';
import { fieldId } from '../forms.ts';
import { sectionLabel, sectionTitle, triStateName } from '../format.ts';
import { useI18n } from '../i18n/index.tsx';
import { records, type LawSectionHit, type SectionRef, type TriState } from '../records-api.ts';

/** A section chosen on a form; the catalogue's facts are kept for display when known. */
export interface PickedSection extends SectionRef {
  title?: string;
  titleHi?: string | null;
  maxPunishment?: string;
  cognizable?: TriState;
  bailable?: TriState;
  sensitive?: boolean;
}

const key = (s: SectionRef & { kind?: string }) => (s.kind === 'act' ? `ACT:${s.act}` : `${s.act} ${s.section}`.toUpperCase());

function TriBadge({ label, value }: { label: string; value: TriState | undefined }) {
  const { t } = useI18n();
  const v = value ?? 'unknown';
  return (
    <span className={`badge tri tri-${v}`}>
      {label}: {triStateName(t, v)}
    </span>
  );
}

/** Maximum punishment, cognizable, bailable (shown as "not known" when the catalogue has no source). */
export function SectionFacts({ s, showTri = true }: { s: PickedSection; showTri?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="section-facts">
      {s.maxPunishment ? <span className="section-punishment">{t('sections.max', { punishment: s.maxPunishment })}</span> : null}
      {showTri ? <TriBadge label={t('sections.cognizable')} value={s.cognizable} /> : null}
      {showTri ? <TriBadge label={t('sections.bailable')} value={s.bailable} /> : null}
      {s.sensitive ? <span className="badge badge-warning">{t('sections.sensitive')}</span> : null}
    </span>
  );
}

/**
 * Combobox over the law catalogue: type a number (303, 379) or words (theft, चोरी); the search
 * passes the occurrence date so that the right code (BNS or IPC) comes first. Arrow keys move,
 * Enter adds, Escape closes. Several sections can be added; each can be removed.
 */
export function SectionPicker({
  path,
  label,
  hint,
  value,
  onChange,
  occurredAt,
  fe,
  required = false,
}: {
  path: string;
  label: string;
  hint?: string;
  value: PickedSection[];
  onChange: (v: PickedSection[]) => void;
  occurredAt?: string;
  fe: (path: string, label: string) => string | undefined;
  required?: boolean;
}) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<LawSectionHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');
  const listId = useId();
  const hintId = useId();
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const picked = new Set(value.map(key));

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setHits([]);
      setState('idle');
      return;
    }
    const ctrl = new AbortController();
    setState('searching');
    const timer = window.setTimeout(() => {
      records
        .lawSearch(query, occurredAt, ctrl.signal)
        .then((r) => {
          setHits(r);
          setActive(0);
          setOpen(true);
          setState('done');
        })
        .catch((err: unknown) => {
          if (err instanceof DOMException && err.name === 'AbortError') return;
          setHits([]);
          setState('failed');
          setOpen(true);
        });
    }, 200);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, occurredAt]);

  function add(hit: LawSectionHit) {
    if (hit.kind === 'act') {
      // A whole act: go on to type its section (NDPS 20(b)).
      setQ(`${hit.act} `);
      inputRef.current?.focus();
      return;
    }
    if (!picked.has(key(hit))) {
      onChange([
        ...value,
        {
          act: hit.act,
          section: hit.section,
          title: hit.title,
          titleHi: hit.titleHi,
          maxPunishment: hit.maxPunishment,
          cognizable: hit.cognizable,
          bailable: hit.bailable,
          sensitive: hit.sensitive,
        },
      ]);
    }
    setQ('');
    setHits([]);
    setOpen(false);
    inputRef.current?.focus();
  }

  function remove(i: number) {
    onChange(value.filter((_, j) => j !== i));
    inputRef.current?.focus();
  }

  const showList = open && q.trim() !== '' && state !== 'searching' && state !== 'idle';
  const error = fe(path, label);
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const described = [hint ? hintId : '', error ? `${fieldId(path)}-error` : '', statusId].filter(Boolean).join(' ');

  return (
    <div className={`field section-picker${error ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(path)}>
        {label}
        {required ? null : <span className="optional"> {t('form.optional')}</span>}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}

      {value.length ? (
        <ul className="picked-sections" aria-label={t('sections.chosen')} data-testid={`picked-${path}`}>
          {value.map((s, i) => {
            const itemError = fe(`${path}.${i}`, sectionLabel(s));
            return (
              <li key={key(s)} className={itemError ? 'has-error' : undefined} data-section={sectionLabel(s)}>
                <div className="picked-main">
                  <strong>{sectionLabel(s)}</strong>
                  {s.title ? <span className="picked-title"> — {sectionTitle({ title: s.title, titleHi: s.titleHi }, lang)}</span> : null}
                  <SectionFacts s={s} />
                  {itemError ? (
                    <p className="field-error" id={fieldId(`${path}.${i}`)} tabIndex={-1}>
                      {itemError}
                    </p>
                  ) : null}
                </div>
                <button type="button" className="btn btn-secondary btn-small" aria-label={t('sections.removeAria', { section: sectionLabel(s) })} onClick={() => remove(i)}>
                  {t('common.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}

      <div className="combobox">
        <input
          ref={inputRef}
          id={fieldId(path)}
          name={`${path}-search`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('sections.placeholder')}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && hits.length ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
          }}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onFocus={() => q.trim() && setOpen(true)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
            } else if (e.key === 'Enter') {
              // Enter picks; with an empty box it submits the form as usual.
              if (q.trim()) {
                e.preventDefault();
                const hit = hits[active];
                if (showList && hit) add(hit);
              }
            } else if (e.key === 'Escape') {
              if (open || q) {
                e.preventDefault();
                e.stopPropagation();
                setOpen(false);
                if (!open) setQ('');
              }
            }
          }}
        />
        <ul id={listId} role="listbox" className="combobox-list" hidden={!showList} aria-label={label}>
          {showList && hits.length === 0 && state === 'done' ? (
            <li className="combobox-empty" role="presentation">
              {t('sections.noResults', { q: q.trim() })}
            </li>
          ) : null}
          {showList && state === 'failed' ? (
            <li className="combobox-empty" role="presentation">
              {t('sections.searchFailed')}
            </li>
          ) : null}
          {showList
            ? hits.map((h, i) => {
                const already = picked.has(key(h));
                return (
                  <li
                    key={key(h)}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    aria-disabled={already || undefined}
                    className={`combobox-option${i === active ? ' is-active' : ''}`}
                    data-section={sectionLabel(h)}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      add(h);
                    }}
                    onMouseEnter={() => setActive(i)}
                  >
                    {h.kind === 'act' ? (
                      <span className="option-head">
                        <strong>{h.act}</strong> — {sectionTitle(h, lang)}
                        <span className="option-note">{t('sections.actHint', { act: h.act })}</span>
                      </span>
                    ) : (
                      <>
                        <span className="option-head">
                          <strong>{sectionLabel(h)}</strong> — {sectionTitle(h, lang)}
                          {already ? <span className="badge badge-muted">{t('sections.already')}</span> : null}
                          {h.applicable === false ? <span className="badge badge-failure">{t('sections.notApplicable')}</span> : null}
                          {h.via ? <span className="option-note">{t('sections.via', { section: sectionLabel(h.via) })}</span> : null}
                        </span>
                        <SectionFacts s={h} />
                      </>
                    )}
                  </li>
                );
              })
            : null}
        </ul>
      </div>
      <p className="visually-hidden" id={statusId} role="status" aria-live="polite">
        {state === 'searching' ? t('sections.searching') : showList ? t('sections.count', { count: hits.length }) : ''}
      </p>
      {error ? (
        <p className="field-error" id={`${fieldId(path)}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
