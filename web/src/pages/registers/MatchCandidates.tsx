import { useState } from 'react';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { RemoteImage } from '../../components/RemoteImage.tsx';
import { formatDateTimeShort } from '../../format.ts';
import { useLoad } from '../../hooks.ts';
import { useI18n, type Lang, type TFunction } from '../../i18n/index.tsx';
import { matching, type MatchCandidate, type MatchRecord, type MatchRecordKind } from '../../matching-api.ts';

/** The reason the server asks for (matchDecisionInput): at least 5 characters. */
const REASON_MIN = 5;

/**
 * The match candidates of a missing-person report (unidentified bodies and found persons) or of a body or a found person (reports),
 * from the whole State, best first: the score, the reason for each factor, the two descriptions
 * and photos side by side, and Confirm / Reject with a reason. Confirming links the two and
 * nothing more: identifying the body stays the officer's next act on the body's page. A child
 * withheld from the reader comes masked from the server (no name, photo or marks).
 */
export function MatchCandidates({ kind, id }: { kind: MatchRecordKind; id: string }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useLoad(() => matching.candidates(kind, id), [kind, id]);
  const [deciding, setDeciding] = useState<{ candidate: MatchCandidate; decision: 'confirm' | 'reject' } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  /** The decision on a pair, on the route of its kind (a body's or a found person's); what the officer is told next. */
  const decide = async (decision: 'confirm' | 'reject', c: MatchCandidate, reason: string): Promise<string> => {
    const missingPersonId = kind === 'missing_person' ? id : c.id;
    const other = kind === 'missing_person' ? c : { kind, id };
    if (other.kind === 'found_person') {
      const answer = await matching.decideFound(decision, { missingPersonId, foundPersonId: other.id }, reason);
      return !answer.outcome ? t('matching.rejected') : answer.outcome.allowed ? t('matching.confirmedOutcome') : t('matching.confirmedOutcomeElsewhere');
    }
    const answer = await matching.decide(decision, { missingPersonId, unnaturalDeathId: other.id }, reason);
    return !answer.identify ? t('matching.rejected') : answer.identify.allowed ? t('matching.confirmedIdentify') : t('matching.confirmedIdentifyElsewhere');
  };

  return (
    <div className="match-candidates" data-testid="match-candidates">
      <p className="muted">{t('matching.intro')}</p>
      {done ? (
        <p className="notice" data-testid="match-done">
          {done}
        </p>
      ) : null}
      {data.confirmed.length ? <p data-testid="match-confirmed">{t('matching.confirmedWith', { numbers: data.confirmed.map((c) => `${c.number} (${c.stationCode})`).join(', ') })}</p> : null}
      {data.candidates.length === 0 ? <p className="muted">{t('matching.none')}</p> : null}
      {data.rejected ? <p className="muted">{t('matching.rejectedCount', { n: data.rejected })}</p> : null}
      <ol className="match-list">
        {data.candidates.map((c) => (
          <li key={c.id} className="match-candidate" data-testid={`match-candidate-${c.id}`}>
            <header>
              <strong>{c.number}</strong> · {c.stationCode} · {t('matching.score', { score: c.score.toFixed(1) })}
            </header>
            <div className="match-sides">
              <Side record={data.subject} photo={matching.photoUrl} t={t} lang={lang} />
              {/* The candidate may be another district's: its photo comes through the record's own candidates (a found person's have no such route yet). */}
              <Side record={c} photo={kind === 'found_person' ? null : () => matching.candidatePhotoUrl(kind, id, c.id)} t={t} lang={lang} />
            </div>
            <table className="match-reasons">
              <thead>
                <tr>
                  <th>{t('matching.factor')}</th>
                  <th>{t('matching.points')}</th>
                  <th>{t('matching.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {c.reasons.map((r) => (
                  <tr key={r.factor} className={`verdict-${r.verdict}`}>
                    <td>{t(`matching.factor.${r.factor}`)}</td>
                    <td>
                      {r.points} / {r.weight}
                    </td>
                    <td>
                      {t(`matching.verdict.${r.verdict}`)}: {r.detail}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="actions">
              <button type="button" data-testid="match-confirm" onClick={() => setDeciding({ candidate: c, decision: 'confirm' })}>
                {t('matching.confirm')}
              </button>
              <button type="button" className="secondary" data-testid="match-reject" onClick={() => setDeciding({ candidate: c, decision: 'reject' })}>
                {t('matching.reject')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {deciding ? (
        <ReasonDialog
          {...(deciding.decision === 'confirm'
            ? { title: t('matching.confirmTitle', { number: deciding.candidate.number }), intro: t('matching.confirmIntro'), confirm: t('matching.confirm'), tone: 'primary' as const }
            : { title: t('matching.rejectTitle', { number: deciding.candidate.number }), intro: t('matching.rejectIntro'), confirm: t('matching.reject'), tone: 'danger' as const })}
          dir="auto"
          minLength={REASON_MIN}
          formTestId="match-decision-form"
          submitTestId="match-decision-submit"
          onConfirm={async (reason) => {
            setDone(await decide(deciding.decision, deciding.candidate, reason));
            setDeciding(null);
            reload();
          }}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </div>
  );
}

/** One side of a pair: what the register says of how the person looks, and the photo when the reader may see it. */
function Side({ record, photo, t, lang }: { record: MatchRecord; photo: ((sha256: string) => string) | null; t: TFunction; lang: Lang }) {
  const d = record.description;
  const none = t('common.none');
  return (
    <div className="match-side">
      <h3>
        {record.kind === 'missing_person' ? t('matching.kind.missing') : record.kind === 'found_person' ? t('matching.kind.found') : t('matching.kind.body')} {record.number}
      </h3>
      {record.description.photoSha256 && photo ? (
        <RemoteImage src={photo(record.description.photoSha256)} alt={t('matching.photo', { number: record.number })} className="match-photo" testId={`match-photo-${record.id}`} />
      ) : null}
      <dl>
        <dt>{t('matching.name')}</dt>
        <dd>{record.masked ? t('matching.masked') : (record.name ?? none)}</dd>
        <dt>{record.kind === 'missing_person' ? t('matching.lastSeen') : t('matching.found')}</dt>
        <dd>
          {formatDateTimeShort(record.at, lang)}, {d.place.address}
        </dd>
        <dt>{t('matching.factor.sex')}</dt>
        <dd>{d.sex}</dd>
        <dt>{t('matching.factor.age')}</dt>
        <dd>{record.age !== null ? record.age : d.ageRange ? `${d.ageRange.from}–${d.ageRange.to}` : none}</dd>
        <dt>{t('matching.factor.height')}</dt>
        <dd>{d.heightCm !== null ? `${d.heightCm} cm` : none}</dd>
        <dt>{t('matching.factor.build')}</dt>
        <dd>{d.build ?? none}</dd>
        <dt>{t('matching.factor.complexion')}</dt>
        <dd>{d.complexion?.replace('_', ' ') ?? none}</dd>
        <dt>{t('matching.factor.marks')}</dt>
        <dd>{d.marks ?? none}</dd>
        <dt>{t('matching.factor.clothes')}</dt>
        <dd>{d.clothes ?? none}</dd>
      </dl>
    </div>
  );
}
