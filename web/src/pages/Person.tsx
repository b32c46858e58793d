// A person's own page (#/persons/<id>): who the person is, the records they are on, and the
// officers' marks that another person record is the same person. Records are never merged: a mark
// links two records with a reason, and can be withdrawn (the withdrawal is kept and shown).
// Every read of the page is audited by the server (person.read); a protected identity (a victim or
// complainant of a sensitive case, a juvenile) shows only that it is protected and why.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, type SessionUser } from '../api.ts';
import { ErrorMessage, Notice } from '../components/Alert.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { ShortTextArea, TextField } from '../components/Field.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { Modal } from '../components/Modal.tsx';
import { ReasonDialog } from '../components/ReasonDialog.tsx';
import { RemoteImage } from '../components/RemoteImage.tsx';
import { errorsFor, fieldId, focusFirstError, submissionProblem, useSubmission, type FieldErrors } from '../forms.ts';
import { formatDate, formatDateTimeShort, genderName, idKindName, personRoleName, relativeKindName } from '../format.ts';
import { can, useLoad } from '../hooks.ts';
import { useI18n, type Lang, type TFunction } from '../i18n/index.tsx';
import { records, type Address, type IdDocument, type PersonPage as PersonAnswer, type PersonRecordLink, type SamePersonMark } from '../records-api.ts';
import { hrefFor } from '../router.ts';
import { search, type PersonHit } from '../search-api.ts';

/** The other person of a mark, as this reader may see them. */
type Other = { kind: 'name'; name: string } | { kind: 'masked' } | { kind: 'unknown' };

/** The reason the server asks for (samePersonInput, withdrawInput): at least 5 characters. */
const REASON_MIN = 5;

export function PersonPage({ user, id }: { user: SessionUser; id: string }) {
  const { t } = useI18n();
  const { data: person, error } = useLoad(() => records.person(id), [id]);

  if (!person) {
    return (
      <>
        <div className="page-head">
          <h1 tabIndex={-1}>{t('personPage.title')}</h1>
        </div>
        <ErrorMessage message={error} />
        {!error ? <p className="muted">{t('common.loading')}</p> : null}
      </>
    );
  }

  if (person.masked) {
    return (
      <>
        <div className="page-head">
          <p className="eyebrow">{t('personPage.title')}</p>
          <h1 tabIndex={-1}>{t('personPage.protectedTitle')}</h1>
        </div>
        <p className="alert alert-info withheld" data-testid="person-protected">
          <span className="icon-lock" aria-hidden="true" />
          <span>{person.reason === 'juvenile' ? t('personPage.protectedJuvenile') : person.reason === 'sensitive-case' ? t('personPage.protectedSensitive') : t('personPage.protectedOther')}</span>
        </p>
      </>
    );
  }

  return <PersonDetails user={user} person={person} />;
}

function PersonDetails({ user, person }: { user: SessionUser; person: Extract<PersonAnswer, { masked: false }> }) {
  const { t, lang } = useI18n();
  const description = person.description ?? {};
  const descriptionFacts: Array<[string, string | undefined]> = [
    [t('personPage.height'), description.height],
    [t('personPage.build'), description.build],
    [t('personPage.complexion'), description.complexion],
    [t('personPage.marks'), description.marks],
    [t('personPage.other'), description.other],
  ];
  const shownDescription = descriptionFacts.filter(([, v]) => v && v.trim());
  const aliases = person.aliases ?? [];
  const phones = person.phones ?? [];
  const ids = person.idDocuments ?? [];
  const addresses = person.addresses ?? [];

  return (
    <>
      <div className="page-head person-page-head">
        {person.photoSha256 ? <RemoteImage className="person-photo" src={records.photoUrl(person.photoSha256)} alt={t('personPage.photoOf', { name: person.name })} testId="person-photo" /> : null}
        <div>
          <p className="eyebrow">{t('personPage.title')}</p>
          <h1 tabIndex={-1} data-testid="person-page-name">
            <bdi>{person.name}</bdi>
          </h1>
          {person.juvenile ? (
            <p className="lead badges">
              <span className="badge badge-warning">{t('person.juvenile')}</span>
            </p>
          ) : null}
        </div>
      </div>

      <div className="grid-2">
        <section className="card" aria-labelledby="person-details-h" data-testid="person-details">
          <h2 id="person-details-h">{t('personPage.details')}</h2>
          <dl className="facts">
            {aliases.length ? (
              <Fact label={t('search.aliases')}>
                <BdiList items={aliases} />
              </Fact>
            ) : null}
            {person.relativeName ? (
              <Fact label={person.relativeKind ? relativeKindName(t, person.relativeKind) : t('person.relativeName')}>
                <bdi>{person.relativeName}</bdi>
              </Fact>
            ) : null}
            <Fact label={t('person.gender')}>{genderName(t, person.gender ?? 'unknown')}</Fact>
            <Fact label={t('search.age')}>{ageText(t, lang, person.age, person.birthDate)}</Fact>
            {person.occupation ? (
              <Fact label={t('person.occupation')}>
                <bdi>{person.occupation}</bdi>
              </Fact>
            ) : null}
            {person.nationality ? (
              <Fact label={t('personPage.nationality')}>
                <bdi>{person.nationality}</bdi>
              </Fact>
            ) : null}
            <Fact label={t('personPage.phones')}>{phones.length ? <span className="nowrap">{phones.join(', ')}</span> : t('common.none')}</Fact>
            <Fact label={t('personPage.idDocuments')}>
              {ids.length ? (
                <ul className="plain-list person-ids" data-testid="person-ids">
                  {ids.map((d, i) => (
                    <li key={`${d.kind}-${i}`}>
                      {idKindName(t, d.kind)}: <span className="mono">{idNumber(d)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                t('common.none')
              )}
            </Fact>
          </dl>
        </section>

        <section className="card" aria-labelledby="person-addresses-h">
          <h2 id="person-addresses-h">{t('personPage.addresses')}</h2>
          {addresses.length ? (
            <ul className="plain-list person-addresses">
              {addresses.map((a, i) => (
                <li key={i}>
                  {a.kind ? <span className="cell-sub">{addressKindName(t, a.kind)}</span> : null}
                  <bdi>{addressText(a)}</bdi>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('common.noneRecorded')}</p>
          )}
          <h2 id="person-description-h" className="person-subhead">
            {t('personPage.description')}
          </h2>
          {shownDescription.length ? (
            <dl className="facts" aria-labelledby="person-description-h">
              {shownDescription.map(([label, value]) => (
                <Fact key={label} label={label}>
                  <bdi>{value}</bdi>
                </Fact>
              ))}
            </dl>
          ) : (
            <p className="muted">{t('common.noneRecorded')}</p>
          )}
        </section>
      </div>

      <RecordsOn links={person.records} />
      <SamePerson user={user} person={person} />
    </>
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

function ageText(t: TFunction, lang: Lang, age: number | undefined | null, birthDate: string | undefined): string {
  const parts: string[] = [];
  if (age !== undefined && age !== null) parts.push(t('person.ageYears', { age }));
  if (birthDate) parts.push(t('person.bornOn', { date: formatDate(birthDate, lang) }));
  return parts.length ? parts.join(', ') : t('common.none');
}

function BdiList({ items }: { items: string[] }) {
  return (
    <>
      {items.map((a, i) => (
        <span key={`${a}-${i}`}>
          {i ? ', ' : ''}
          <bdi>{a}</bdi>
        </span>
      ))}
    </>
  );
}

/** Aadhaar: only the last 4 digits, whatever the record holds (the server keeps XXXX-XXXX-1234). */
function idNumber(d: IdDocument): string {
  if (d.kind !== 'aadhaar') return d.number;
  const last4 = d.number.replace(/\D/g, '').slice(-4);
  return `XXXX-XXXX-${last4 || 'XXXX'}`;
}

function addressText(a: Address): string {
  return [a.line, a.district, a.state, a.pin].filter((p) => p && p.trim()).join(', ');
}

function addressKindName(t: TFunction, kind: string): string {
  if (kind === 'present') return t('personPage.address.present');
  if (kind === 'permanent') return t('personPage.address.permanent');
  return t('personPage.address.other');
}

/** The records the person is on, with their role; each opens its page. */
function RecordsOn({ links }: { links: Array<PersonRecordLink & { number?: string }> }) {
  const { t } = useI18n();
  return (
    <section className="card card-spaced" aria-labelledby="person-records-h" data-testid="person-records">
      <h2 id="person-records-h">{t('personPage.records')}</h2>
      {links.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="person-records-h">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('personPage.recordKind')}</th>
                <th scope="col">{t('personPage.role')}</th>
                <th scope="col">{t('personPage.record')}</th>
              </tr>
            </thead>
            <tbody>
              {links.map((r) => {
                const fir = r.recordType === 'fir';
                return (
                  <tr key={`${r.recordType}-${r.recordId}-${r.role}`} data-testid="person-record" data-record={r.recordId} data-type={r.recordType} data-role={r.role}>
                    <td>{fir ? t('fir.title') : t('complaint.title')}</td>
                    <td>{personRoleName(t, r.role)}</td>
                    <td>
                      <a href={fir ? hrefFor('fir', r.recordId) : hrefFor('complaint', r.recordId)}>{r.number ?? (fir ? t('personPage.openFir') : t('personPage.openComplaint'))}</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('personPage.noRecords')}</p>
      )}
    </section>
  );
}

/** The other person's name for a mark (reading it is audited, like opening their page). */
function useOthers(ids: string[]): Record<string, Other> {
  const [others, setOthers] = useState<Record<string, Other>>({});
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    const missing = key ? key.split(',').filter((i) => !(i in others)) : [];
    for (const other of missing) {
      void records
        .person(other)
        .then((p): Other => (p.masked ? { kind: 'masked' } : { kind: 'name', name: p.name }))
        .catch((): Other => ({ kind: 'unknown' }))
        .then((o) => {
          if (live) setOthers((m) => ({ ...m, [other]: o }));
        });
    }
    return () => {
      live = false;
    };
    // `others` only tells what is already known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return others;
}

/**
 * Officers' names: oneself is known; others are looked up (GET /api/v1/users/:id, audited) only by
 * those allowed to read users (user.read) — anyone else sees the user id, as the server gives it.
 */
function useUserNames(user: SessionUser, ids: string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({ [user.id]: user.displayName });
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    if (!can(user, 'user.read')) return;
    let live = true;
    const missing = key ? key.split(',').filter((i) => !(i in names)) : [];
    for (const uid of missing) {
      records
        .user(uid)
        .then((r) => {
          if (live) setNames((m) => ({ ...m, [uid]: r.user.displayName }));
        })
        // Outside the reader's jurisdiction (403) or gone: the id, and no second attempt.
        .catch(() => {
          if (live) setNames((m) => ({ ...m, [uid]: uid }));
        });
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, user]);
  return names;
}

type Dialog = { kind: 'mark' } | { kind: 'withdraw'; mark: SamePersonMark } | null;

function SamePerson({ user, person }: { user: SessionUser; person: { id: string; name: string } }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useLoad(() => records.sameAs(person.id), [person.id]);
  const [dialog, setDialog] = useState<Dialog>(null);
  // What was just done, translated when shown (the language may change afterwards).
  const [status, setStatus] = useState<'marked' | 'withdrawn' | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const marks = data?.marks ?? [];
  const otherOf = (m: SamePersonMark) => (m.personA === person.id ? m.personB : m.personA);
  const others = useOthers(marks.map(otherOf));
  const names = useUserNames(
    user,
    marks.flatMap((m) => (m.withdrawnBy ? [m.markedBy, m.withdrawnBy] : [m.markedBy])),
  );
  const current = marks.filter((m) => !m.withdrawnAt);
  const withdrawn = marks.filter((m) => m.withdrawnAt);
  const mayMark = can(user, 'record.amend');

  function open(d: Exclude<Dialog, null>) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setStatus(null);
    setDialog(d);
  }
  function close() {
    setDialog(null);
    window.setTimeout(() => {
      const back = returnFocus.current;
      // After a withdrawal its button is gone: the section heading takes focus instead.
      if (back && back.isConnected) back.focus();
      else document.getElementById('same-person-h')?.focus();
    }, 0);
  }
  function done(what: 'marked' | 'withdrawn') {
    setStatus(what);
    reload();
    close();
  }

  const otherLink = (m: SamePersonMark) => {
    const other = otherOf(m);
    const o = others[other];
    return (
      <a href={hrefFor('person', other)} data-testid="same-person-other">
        {o?.kind === 'name' ? (
          <bdi>{o.name}</bdi>
        ) : o?.kind === 'masked' ? (
          <span className="withheld-inline">
            <span className="icon-lock" aria-hidden="true" />
            {t('person.withheldShort')}
          </span>
        ) : (
          t('samePerson.otherRecord')
        )}
      </a>
    );
  };
  const who = (uid: string) => names[uid] ?? uid;

  return (
    <section className="card card-spaced" aria-labelledby="same-person-h" data-testid="same-person">
      <div className="section-head-row">
        <h2 id="same-person-h" tabIndex={-1}>
          {t('samePerson.title')}
        </h2>
        {mayMark ? (
          <button type="button" className="btn btn-secondary" onClick={() => open({ kind: 'mark' })} data-testid="same-person-mark">
            {t('samePerson.mark')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('samePerson.intro')}</p>
      <Notice tone="success">{status === 'marked' ? t('samePerson.marked') : status === 'withdrawn' ? t('samePerson.withdrawnNotice') : null}</Notice>
      <ErrorMessage message={error} />
      {!data && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <h3>{t('samePerson.current')}</h3>
          {current.length ? (
            <ul className="history same-person-marks" data-testid="same-person-current">
              {current.map((m) => (
                <li key={m.id} data-testid="same-person-mark-item" data-mark={m.id} data-other={otherOf(m)}>
                  <div className="history-head">
                    <span className="history-version">{otherLink(m)}</span>
                    <span className="muted">{t('samePerson.markedBy', { name: who(m.markedBy), at: formatDateTimeShort(m.markedAt, lang) })}</span>
                    {mayMark ? (
                      <button type="button" className="btn btn-small btn-danger-outline" onClick={() => open({ kind: 'withdraw', mark: m })} data-testid="same-person-withdraw">
                        {t('samePerson.withdraw')}
                      </button>
                    ) : null}
                  </div>
                  <p className="history-reason">
                    <span className="muted">{t('samePerson.reasonLabel')}</span> <bdi>{m.reason}</bdi>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted" data-testid="same-person-none">
              {t('samePerson.none')}
            </p>
          )}
          {withdrawn.length ? (
            <>
              <h3>{t('samePerson.withdrawnTitle')}</h3>
              <ul className="history same-person-marks" data-testid="same-person-withdrawn">
                {withdrawn.map((m) => (
                  <li key={m.id} className="same-person-withdrawn" data-testid="same-person-withdrawn-item" data-mark={m.id} data-other={otherOf(m)}>
                    <div className="history-head">
                      <s className="history-version">{otherLink(m)}</s>
                      <span className="badge badge-muted">{t('samePerson.withdrawnBadge')}</span>
                    </div>
                    <p className="history-reason">
                      <s>
                        <span className="muted">{t('samePerson.markedBy', { name: who(m.markedBy), at: formatDateTimeShort(m.markedAt, lang) })}</span>{' '}
                        <span className="muted">{t('samePerson.reasonLabel')}</span> <bdi>{m.reason}</bdi>
                      </s>
                    </p>
                    <p className="history-reason" data-testid="same-person-withdrawal">
                      {t('samePerson.withdrawnBy', { name: who(m.withdrawnBy ?? ''), at: formatDateTimeShort(m.withdrawnAt, lang) })} <span className="muted">{t('samePerson.reasonLabel')}</span>{' '}
                      <bdi>{m.withdrawReason}</bdi>
                    </p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {marks.length ? <p className="muted small">{t('common.timesIst')}</p> : null}
        </>
      ) : null}

      {dialog?.kind === 'mark' ? <MarkDialog person={person} marked={new Set(current.map(otherOf))} onClose={close} onDone={() => done('marked')} onConflict={reload} /> : null}
      {dialog?.kind === 'withdraw' ? <WithdrawDialog mark={dialog.mark} other={others[otherOf(dialog.mark)]} onClose={close} onDone={() => done('withdrawn')} onConflict={reload} /> : null}
    </section>
  );
}

/** Server messages of these two forms in the language shown (others as the server wrote them). */
function ownMessages(t: TFunction, errors: FieldErrors): FieldErrors {
  if (t.lang === 'en') return errors;
  const out: FieldErrors = {};
  for (const [path, m] of Object.entries(errors)) {
    out[path] =
      m === 'say why (at least 5 characters)'
        ? t('samePerson.reasonShort')
        : m === 'is this same record'
          ? t('samePerson.isThisRecord')
          : m === 'is not a valid person id'
            ? t('samePerson.pickOne')
            : m;
  }
  return out;
}

/** A 409 answer in the language shown: the server's text is English only. */
function conflictAs(err: unknown, message: string): unknown {
  return err instanceof ApiError && err.status === 409 ? new ApiError(409, { type: err.type, title: err.title, detail: message }) : err;
}

type Found = { state: 'idle' } | { state: 'loading' } | { state: 'done'; hits: PersonHit[]; elsewhere: number } | { state: 'failed' };

/**
 * "Mark as the same person as…": search persons (the same search as the Search page, audited),
 * pick one result, give a reason. Enter in the search box searches; the results are radio buttons
 * (arrow keys move); Enter in the reason submits.
 */
function MarkDialog({ person, marked, onClose, onDone, onConflict }: { person: { id: string; name: string }; marked: Set<string>; onClose: () => void; onDone: () => void; onConflict: () => void }) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState(person.name);
  const [found, setFound] = useState<Found>({ state: 'idle' });
  const [searchErrors, setSearchErrors] = useState<FieldErrors>({});
  const [searchSummary, setSearchSummary] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const [reason, setReason] = useState('');
  const { busy, summary, errors, refuse, attempt } = useSubmission();
  const shown = ownMessages(t, errors);
  const fe = errorsFor(t, shown);
  const sfe = errorsFor(t, searchErrors);
  const searchLabel = t('samePerson.searchLabel');
  // The box opens with the person's name selected: Enter searches for it, typing replaces it.
  const selected = useRef(false);

  async function find(e: FormEvent) {
    e.preventDefault();
    const text = q.trim();
    setSearchSummary(null);
    if (text.length < 2) {
      const f = { sq: t('samePerson.searchShort') };
      setSearchErrors(f);
      focusFirstError(f);
      return;
    }
    setSearchErrors({});
    setFound({ state: 'loading' });
    setPicked('');
    try {
      const r = await search.persons({ q: text });
      setFound({ state: 'done', hits: r.results.filter((h) => h.id !== person.id), elsewhere: r.elsewhere.reduce((n, x) => n + x.count, 0) });
    } catch (err) {
      const p = submissionProblem(t, err);
      const fields: FieldErrors = p.fields['q'] ? { sq: p.fields['q'] } : {};
      setSearchErrors(fields);
      setSearchSummary(Object.keys(fields).length ? null : p.summary);
      setFound({ state: 'failed' });
      focusFirstError(fields);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!picked) local['personId'] = t('samePerson.pickOne');
    if (reason.trim().length < REASON_MIN) local['reason'] = t('samePerson.reasonShort');
    if (refuse(local)) return;
    await attempt(async () => {
      try {
        await records.markSameAs(person.id, picked, reason.trim());
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) onConflict();
        throw conflictAs(err, t('samePerson.alreadyMarked'));
      }
      onDone();
    });
  }

  const hits = found.state === 'done' ? found.hits : [];
  return (
    <Modal title={t('samePerson.markTitle', { name: person.name })} onClose={onClose} wide>
      <p className="muted">{t('samePerson.markIntro')}</p>
      <form role="search" aria-label={searchLabel} onSubmit={find} noValidate className="same-person-search" data-testid="same-person-search">
        <ErrorMessage message={searchSummary} />
        <TextField
          id={fieldId('sq')}
          name="sq"
          type="search"
          dir="auto"
          label={searchLabel}
          hint={t('samePerson.searchHint')}
          error={sfe('sq', searchLabel)}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={q}
          onFocus={(e) => {
            if (selected.current) return;
            selected.current = true;
            e.currentTarget.select();
          }}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary" data-testid="same-person-find">
            {t('search.submit')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="search-status">
        {found.state === 'loading' ? <p className="muted">{t('sections.searching')}</p> : null}
        {found.state === 'done' ? <p data-testid="same-person-count">{hits.length ? t('samePerson.foundN', { count: hits.length }) : t('samePerson.foundNone')}</p> : null}
      </div>

      <ErrorSummary message={summary} errors={shown} labels={{ personId: t('samePerson.pickLabel'), reason: t('samePerson.reason') }} />
      <form onSubmit={submit} noValidate className="form-stack" data-testid="same-person-form">
        {hits.length ? (
          <fieldset className={`radio-group same-person-choices${shown['personId'] ? ' has-error' : ''}`} aria-describedby={shown['personId'] ? 'same-person-pick-error' : undefined}>
            <legend>{t('samePerson.pick')}</legend>
            {shown['personId'] ? (
              <p className="field-error" id="same-person-pick-error" role="alert">
                {fe('personId', t('samePerson.pickLabel'))}
              </p>
            ) : null}
            <p className="muted small">{t('search.bandHint')}</p>
            {hits.map((h, i) => {
              const already = marked.has(h.id);
              return (
                <label key={h.id} className="radio same-person-choice" data-testid="same-person-choice" data-person={h.id} data-band={h.band}>
                  <input type="radio" id={fieldId(`personId.${i}`)} name="personId" value={h.id} checked={picked === h.id} disabled={already} onChange={() => setPicked(h.id)} />
                  <span>
                    <span className="same-person-choice-head">
                      <strong>
                        <bdi>{h.name}</bdi>
                      </strong>{' '}
                      <span className={`badge ${h.band === 'strong' ? 'badge-success' : 'badge-warning'}`} data-testid="band">
                        {h.band === 'strong' ? t('search.band.strong') : t('search.band.possible')}
                      </span>
                      {already ? <span className="badge badge-muted">{t('samePerson.alreadyBadge')}</span> : null}
                    </span>
                    <span className="radio-hint">{hitFacts(t, lang, h)}</span>
                    <span className="radio-hint" data-testid="explanation">
                      {t('search.why')}{' '}
                      <span lang="en" dir="auto">
                        {h.explanation || '—'}
                      </span>
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        ) : found.state === 'done' && found.elsewhere ? (
          <p className="muted">{t('samePerson.onlyElsewhere')}</p>
        ) : null}
        {!hits.length && shown['personId'] ? (
          <p className="field-error" id={fieldId('personId')} tabIndex={-1} role="alert">
            {fe('personId', t('samePerson.pickLabel'))}
          </p>
        ) : null}
        <ShortTextArea path="reason" dir="auto" label={t('samePerson.reason')} hint={t('samePerson.reasonHint')} fe={fe} value={reason} onChange={setReason} />
        <FormActions busy={busy} submit={t('samePerson.submit')} testId="same-person-submit" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function hitFacts(t: TFunction, lang: Lang, h: PersonHit): string {
  const facts: string[] = [];
  if (h.aliases.length) facts.push(`${t('search.aliases')}: ${h.aliases.join(', ')}`);
  if (h.fatherName) facts.push(`${t('person.relativeName')}: ${h.fatherName}`);
  if (h.age !== null) facts.push(t('person.ageYears', { age: h.age }));
  if (h.gender && h.gender !== 'unknown') facts.push(genderName(t, h.gender));
  if (h.district) facts.push(h.district);
  facts.push(`${t('search.unit')}: ${(lang === 'hi' ? h.unit.nameHi : h.unit.name) || h.unit.code}`);
  return facts.join(' · ');
}

function WithdrawDialog({ mark, other, onClose, onDone, onConflict }: { mark: SamePersonMark; other: Other | undefined; onClose: () => void; onDone: () => void; onConflict: () => void }) {
  const { t } = useI18n();
  const name = other?.kind === 'name' ? other.name : other?.kind === 'masked' ? t('person.withheldShort') : t('samePerson.otherRecord');
  return (
    <ReasonDialog
      title={t('samePerson.withdrawTitle', { name })}
      intro={t('samePerson.withdrawIntro')}
      label={t('samePerson.withdrawReason')}
      hint={t('samePerson.reasonHintWithdraw')}
      dir="auto"
      minLength={REASON_MIN}
      tooShort={t('samePerson.reasonShort')}
      confirm={t('samePerson.withdrawSubmit')}
      formTestId="same-person-withdraw-form"
      submitTestId="same-person-withdraw-submit"
      messages={(errors) => ownMessages(t, errors)}
      onConfirm={async (reason) => {
        try {
          await records.withdrawSameAs(mark.id, reason);
        } catch (err) {
          if (err instanceof ApiError && err.status === 409) onConflict();
          throw conflictAs(err, t('samePerson.alreadyWithdrawn'));
        }
        onDone();
      }}
      onClose={onClose}
    />
  );
}
