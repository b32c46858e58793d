import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide, mayDecideMatch, mayReadMatchPhoto } from '../access/policy.js';
import { blockFor, matchFeatures, pairPoints, scorePair, type MatchReason, type MatchRules, type MatchSubject } from '../domain/matching.js';
import type { PersonDescription } from '../domain/schemas/description.js';
import { MATCH_CANDIDATES_MAX, type FoundMatchDecisionInput, type MatchDecisionInput } from '../domain/schemas/match.js';
import { conflict, fieldProblem, forbidden, notFound } from '../errors.js';
import { loadMatchRules } from '../events/match/rules.js';
import type { Executor, Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { MatchIndexTable } from '../storage/schema.js';
import type { UnitService } from '../directory/units.js';
import type { AttachmentStore } from './attachments.js';
import type { MissingPerson, MissingPersonService } from './missing-persons.js';
import type { RecordAccess } from './record-access.js';
import type { UnnaturalDeath, UnnaturalDeathService } from './unnatural-deaths.js';
import type { FoundPerson, FoundPersonService } from './found-persons.js';

export type MatchKind = MatchIndexTable['kind'];

/** A scored candidate before it is shown: its id and kind, the score and reasons. */
export interface ScoredCandidate {
  id: string;
  score: number;
  reasons: MatchReason[];
}

const GENDERS_OK = (s: string): s is MatchSubject['sex'] => ['male', 'female', 'transgender', 'unknown'].includes(s);

/** A row of the match index as the scoring compares it. */
export function subjectOfRow(r: MatchIndexTable): MatchSubject {
  return {
    sex: GENDERS_OK(r.sex) ? r.sex : 'unknown',
    ageFrom: r.age_from,
    ageTo: r.age_to,
    heightCm: r.height_cm,
    build: r.build as MatchSubject['build'],
    complexion: r.complexion as MatchSubject['complexion'],
    features: JSON.parse(r.features),
    at: r.at,
    latitude: r.latitude,
    longitude: r.longitude,
    district: r.district_code,
    state: r.state_code,
  };
}

function subjectOf(d: PersonDescription, age: { from: number | null; to: number | null }, at: string, unitPath: string, rules: MatchRules): MatchSubject {
  const parts = unitPath.split('/').filter(Boolean);
  return {
    sex: d.sex,
    ageFrom: age.from,
    ageTo: age.to,
    heightCm: d.heightCm ?? null,
    build: d.build ?? null,
    complexion: d.complexion ?? null,
    features: matchFeatures(d, rules),
    at,
    latitude: d.place.latitude ?? null,
    longitude: d.place.longitude ?? null,
    district: parts[2] ?? null,
    state: parts[1] ?? null,
  };
}

/**
 * The candidates of one record among the open records of another kind in its State (a report's
 * bodies or found persons, a body's or found person's reports): blocked by one indexed query on
 * the match index (State, sex, age band, date window — `blockFor`, a found person blocked as a
 * body is: found on a date, its age perhaps estimated), every blocked row scored in memory as bare
 * numbers (`pairPoints`, the same points `scorePair` adds up), pairs an officer already decided
 * left out, best first; only the few returned are scored again with their reasons. Words for
 * thousands of rows, or many small reads of their marks and clothes, cost more than the whole
 * ranking (docs/benchmarks.md, Matching). Pure of access: the caller decides who may see what.
 */
export async function rankCandidates(
  db: Executor,
  kind: MatchKind,
  subject: MatchSubject,
  opts: { limit: number; rules: MatchRules; exclude?: ReadonlySet<string>; against?: MatchKind },
): Promise<ScoredCandidate[]> {
  const { rules } = opts;
  const other: MatchKind = opts.against ?? (kind === 'missing' ? 'body' : 'missing');
  const block = blockFor(kind === 'missing' ? 'missing' : 'body', subject, rules);
  let q = db
    .selectFrom('match_index')
    .selectAll()
    .where('kind', '=', other)
    .where('state_code', '=', subject.state ?? '')
    .where('sex', 'in', block.sexes)
    .where('at', '>=', block.from)
    .where('at', '<=', block.to);
  if (block.bands) q = q.where('age_band', 'in', block.bands);
  const rows = await q.limit(rules.retrieval.scoreAtMost).execute();
  const best: { row: (typeof rows)[number]; score: number }[] = [];
  const before = (a: { row: { id: string }; score: number }, b: { row: { id: string }; score: number }) => b.score - a.score || (a.row.id < b.row.id ? -1 : 1);
  for (const row of rows) {
    if (opts.exclude?.has(row.id)) continue;
    const s = subjectOfRow(row);
    const score = kind === 'missing' ? pairPoints(subject, s, rules) : pairPoints(s, subject, rules);
    if (score === null) continue;
    const scored = { row, score };
    if (best.length === opts.limit && before(scored, best[best.length - 1]!) > 0) continue;
    best.push(scored);
    best.sort(before);
    best.length = Math.min(best.length, opts.limit);
  }
  return best.map(({ row }) => {
    const s = subjectOfRow(row);
    const pair = kind === 'missing' ? scorePair(subject, s, rules) : scorePair(s, subject, rules);
    return { id: row.id, score: pair.score!, reasons: pair.reasons };
  });
}

/** The decisions of one pair kind as the matcher reads them: the report, the other record, how decided. */
interface DecisionRow {
  missingId: string;
  otherId: string;
  otherKind: 'body' | 'found';
  decision: 'confirmed' | 'rejected';
  score: number | null;
  decidedAt: string;
}

/** A record a report is paired with (a body or a found person) as a decision needs it. */
interface PairSide {
  id: string;
  stationCode: string;
  number: string;
  open: boolean;
  subject: MatchSubject;
}

/**
 * Matching missing persons with unidentified bodies and with found persons across the State (A5):
 * a record's candidates ranked with the reason for each factor, and an officer's confirmation or
 * rejection of a pair. Nothing is merged: a confirmed pair is a link, and identifying the body
 * (which makes the report found dead) or the found person's outcome (which traces or returns the
 * report) stays the officer's own act at that record's station.
 */
export class MatchService {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      units: UnitService;
      access: RecordAccess;
      missingPersons: MissingPersonService;
      unnaturalDeaths: UnnaturalDeathService;
      foundPersons: FoundPersonService;
      attachments: AttachmentStore;
      rules?: MatchRules;
    },
  ) {}

  private get rules(): MatchRules {
    return this.deps.rules ?? loadMatchRules();
  }

  private async path(stationCode: string): Promise<string> {
    return (await this.deps.units.get(stationCode))?.path ?? '';
  }

  private async missingSubject(mp: MissingPerson): Promise<MatchSubject> {
    return subjectOf(mp.description, { from: mp.age, to: mp.age }, mp.lastSeenAt, await this.path(mp.stationCode), this.rules);
  }

  private async bodySubject(ud: UnnaturalDeath): Promise<MatchSubject> {
    const r = ud.description.ageRange;
    return subjectOf(ud.description, { from: r?.from ?? null, to: r?.to ?? null }, ud.foundAt, await this.path(ud.stationCode), this.rules);
  }

  private async foundSubject(fp: FoundPerson): Promise<MatchSubject> {
    const r = fp.description.ageRange;
    const age = fp.age !== null ? { from: fp.age, to: fp.age } : { from: r?.from ?? null, to: r?.to ?? null };
    return subjectOf(fp.description, age, fp.foundAt, await this.path(fp.stationCode), this.rules);
  }

  /** The pairs of this record an officer decided, of both kinds for a report: rejected ones are not offered again, a confirmed one is shown as the link. */
  private async decisions(kind: MatchKind, id: string): Promise<DecisionRow[]> {
    const db = this.deps.storage.db;
    const out: DecisionRow[] = [];
    if (kind !== 'found') {
      const rows = await db
        .selectFrom('match_decisions')
        .selectAll()
        .where(kind === 'missing' ? 'missing_person_id' : 'unnatural_death_id', '=', id)
        .execute();
      out.push(...rows.map((r) => ({ missingId: r.missing_person_id, otherId: r.unnatural_death_id, otherKind: 'body' as const, decision: r.decision, score: r.score, decidedAt: r.decided_at })));
    }
    if (kind !== 'body') {
      const rows = await db
        .selectFrom('found_match_decisions')
        .selectAll()
        .where(kind === 'missing' ? 'missing_person_id' : 'found_person_id', '=', id)
        .execute();
      out.push(...rows.map((r) => ({ missingId: r.missing_person_id, otherId: r.found_person_id, otherKind: 'found' as const, decision: r.decision, score: r.score, decidedAt: r.decided_at })));
    }
    return out;
  }

  /** A record of any kind, its station and whether it is still open to matching. */
  private async subjectRecord(kind: MatchKind, id: string): Promise<{ stationCode: string; open: boolean; subject: () => Promise<MatchSubject> }> {
    const d = this.deps;
    if (kind === 'missing') {
      const mp = await d.missingPersons.mustGet(id);
      return { stationCode: mp.stationCode, open: mp.status === 'missing', subject: () => this.missingSubject(mp) };
    }
    if (kind === 'body') {
      const ud = await d.unnaturalDeaths.mustGet(id);
      return { stationCode: ud.stationCode, open: ud.status === 'unidentified', subject: () => this.bodySubject(ud) };
    }
    const fp = await d.foundPersons.mustGet(id);
    return { stationCode: fp.stationCode, open: fp.status === 'found', subject: () => this.foundSubject(fp) };
  }

  /**
   * The candidates of a missing-person report (bodies and found persons, ranked together), of a
   * body or of a found person (reports), for a reader of the record.
   */
  async candidates(actor: RequestActor, kind: MatchKind, id: string, limit: number, client: ClientInfo) {
    const d = this.deps;
    const record = await this.subjectRecord(kind, id);
    await d.access.authorise(actor, 'record.read', record.stationCode, client, { type: RECORD_TYPE[kind], id });
    const decided = await this.decisions(kind, id);
    const otherOf = (r: DecisionRow) => (kind === 'missing' ? r.otherId : r.missingId);
    const kindOf = (r: DecisionRow): MatchKind => (kind === 'missing' ? r.otherKind : 'missing');
    const ranked = await this.ranked(kind, record, limit, new Set(decided.map(otherOf)));
    const self = await this.shown(actor, kind, id);
    const candidates = [];
    for (const c of ranked) {
      const shown = await this.shown(actor, c.kind, c.id);
      if (!shown) continue;
      // Marks identify: the words two marks share are not spelt out where either person is withheld from the reader.
      const hidden = (self?.masked ?? false) || shown.masked;
      candidates.push({ ...shown, score: c.score, reasons: c.reasons.map((r) => (hidden && r.factor === 'marks' ? { ...r, detail: `marks ${r.verdict === 'agrees' ? 'agree' : r.verdict}` } : r)) });
    }
    const confirmed = [];
    for (const r of decided.filter((x) => x.decision === 'confirmed')) {
      const shown = await this.shown(actor, kindOf(r), otherOf(r));
      if (shown) confirmed.push({ ...shown, decidedAt: r.decidedAt, score: r.score });
    }
    return { subject: self!, candidates, confirmed, rejected: decided.filter((x) => x.decision === 'rejected').length };
  }

  /** The undecided candidates of a record still open (a closed one is offered none), of every kind it is matched against, best first. */
  private async ranked(kind: MatchKind, record: Awaited<ReturnType<MatchService['subjectRecord']>>, limit: number, exclude: Set<string>) {
    const ranked: (ScoredCandidate & { kind: MatchKind })[] = [];
    if (!record.open) return ranked;
    const subject = await record.subject();
    for (const against of kind === 'missing' ? (['body', 'found'] as const) : (['missing'] as const))
      ranked.push(...(await rankCandidates(this.deps.storage.db, kind, subject, { limit, rules: this.rules, exclude, against })).map((c) => ({ ...c, kind: against })));
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    ranked.length = Math.min(ranked.length, limit);
    return ranked;
  }

  /**
   * The photo of one of a record's candidates, for a reader of the record, wherever the candidate's
   * station is — its own `record.read` is not asked, as the candidate list does not ask it. Only a
   * pair the list offers (among the most it shows) or a confirmed one (mayReadMatchPhoto); only the
   * photo the candidate's register view shows this reader (a child withheld from them: none), and
   * only one that may circulate (`uncirculable`, the alert's rule). Anything else is answered as a
   * candidate with no photo.
   */
  async candidatePhoto(actor: RequestActor, kind: MatchKind, id: string, candidateId: string, client: ClientInfo): Promise<{ mime: string; body: Buffer }> {
    const d = this.deps;
    const record = await this.subjectRecord(kind, id);
    const type = RECORD_TYPE[kind];
    await d.access.authorise(actor, 'record.read', record.stationCode, client, { type, id });
    const decided = await this.decisions(kind, id);
    const otherOf = (r: DecisionRow) => (kind === 'missing' ? r.otherId : r.missingId);
    const kindOf = (r: DecisionRow): MatchKind => (kind === 'missing' ? r.otherKind : 'missing');
    const pair = decided.find((r) => otherOf(r) === candidateId);
    const offered = pair ? undefined : (await this.ranked(kind, record, MATCH_CANDIDATES_MAX, new Set(decided.map(otherOf)))).find((c) => c.id === candidateId);
    const may = mayReadMatchPhoto(actor.principal, { subjectPath: await this.path(record.stationCode), pair: pair?.decision ?? (offered ? 'offered' : null) });
    if (!may.allowed) throw notFound(`There is no candidate ${candidateId} of this record.`);
    const candidateKind: MatchKind = pair ? kindOf(pair) : offered!.kind;
    const photo = (await this.shown(actor, candidateKind, candidateId))?.description.photoSha256;
    if (!photo || (await d.access.identities.uncirculable(actor, [photo])).has(photo)) throw notFound('This candidate has no photo.');
    return d.attachments.readFor(actor, photo, client, { type, id });
  }

  /**
   * A record as a candidate list shows it: its number, station, date, description and photo —
   * through the register's own view, so a protected person withheld from the reader (a child) is
   * masked: no name, no photo, no marks, free text redacted. Nothing else of the other station's
   * register (informant, contacts, circumstances) is shown.
   */
  private async shown(actor: RequestActor, kind: MatchKind, id: string) {
    const d = this.deps;
    if (kind === 'missing') {
      const mp = await d.missingPersons.get(id);
      if (!mp) return null;
      const v = await d.missingPersons.view(actor, mp);
      const masked = v.person?.masked ?? true;
      return {
        kind: 'missing_person' as const,
        id: v.id,
        number: v.number,
        stationCode: v.stationCode,
        at: v.lastSeenAt,
        status: v.status,
        child: v.child,
        masked,
        name: v.person && !v.person.masked ? v.person.name : null,
        age: v.age,
        description: v.description,
      };
    }
    if (kind === 'found') {
      const fp = await d.foundPersons.get(id);
      if (!fp) return null;
      const v = await d.foundPersons.view(actor, fp);
      const masked = (v.person?.masked ?? false) || (v.child && !v.unmasked);
      return {
        kind: 'found_person' as const,
        id: v.id,
        number: v.number,
        stationCode: v.stationCode,
        at: v.foundAt,
        status: v.status,
        child: v.child,
        masked,
        name: v.person && !v.person.masked ? v.person.name : null,
        age: v.age,
        description: v.description,
      };
    }
    const ud = await d.unnaturalDeaths.get(id);
    if (!ud) return null;
    const v = await d.unnaturalDeaths.view(actor, ud);
    const person = v.identification?.person;
    return {
      kind: 'unidentified_body' as const,
      id: v.id,
      number: v.number,
      stationCode: v.stationCode,
      at: v.foundAt,
      status: v.status,
      child: false,
      masked: person?.masked ?? false,
      name: person && !person.masked ? person.name : null,
      age: null,
      description: v.description,
    };
  }

  /**
   * An officer of either station confirms or rejects a pair, once. Refused with the field named,
   * nothing written: an unknown report or body, a pair the scoring excludes (another sex, found
   * before last seen, an impossible age). Refused as a conflict: either record already closed, the
   * pair already decided, a confirmation while the report or the body is already confirmed with
   * another. Confirming records the link only: the body's identification (`identify`, which makes
   * the report found dead) follows as its own act, by an officer of the body's station.
   */
  async decide(actor: RequestActor, outcome: 'confirmed' | 'rejected', input: MatchDecisionInput, client: ClientInfo) {
    const d = this.deps;
    const ud = await d.unnaturalDeaths.get(input.unnaturalDeathId);
    const side = ud ? { id: ud.id, stationCode: ud.stationCode, number: ud.number, open: ud.status === 'unidentified', subject: await this.bodySubject(ud) } : null;
    const { mp, score, otherPath, decidedAt } = await this.decidePair(actor, outcome, input.missingPersonId, input.reason, side, BODY_PAIR, client);
    return {
      decision: outcome,
      missingPersonId: mp.id,
      unnaturalDeathId: input.unnaturalDeathId,
      score,
      decidedAt,
      // The next step, offered not taken: identifying the body as the person of the report.
      identify:
        outcome === 'confirmed'
          ? { path: `/api/v1/unnatural-deaths/${input.unnaturalDeathId}/identify`, body: { missingPersonId: mp.id }, allowed: decide(actor.principal, 'record.amend', { unitPath: otherPath }).allowed }
          : null,
    };
  }

  /**
   * The same for a report and a found person. Confirming records the link only: the found
   * person's outcome (`outcome`: identified, or restored to the family — which makes the report
   * traced or returned) follows as its own act, by an officer of the found person's station.
   */
  async decideFound(actor: RequestActor, outcome: 'confirmed' | 'rejected', input: FoundMatchDecisionInput, client: ClientInfo) {
    const d = this.deps;
    const fp = await d.foundPersons.get(input.foundPersonId);
    const side = fp ? { id: fp.id, stationCode: fp.stationCode, number: fp.number, open: fp.status === 'found', subject: await this.foundSubject(fp) } : null;
    const { mp, score, otherPath, decidedAt } = await this.decidePair(
      actor,
      outcome,
      input.missingPersonId,
      input.reason,
      side,
      FOUND_PAIR,
      client,
      fp ? (m) => d.foundPersons.reportFits(fp, m) : undefined,
    );
    return {
      decision: outcome,
      missingPersonId: mp.id,
      foundPersonId: input.foundPersonId,
      score,
      decidedAt,
      outcome:
        outcome === 'confirmed'
          ? { path: `/api/v1/found-persons/${input.foundPersonId}/outcome`, body: { missingPersonId: mp.id }, allowed: decide(actor.principal, 'record.amend', { unitPath: otherPath }).allowed }
          : null,
    };
  }

  /** One decision on a pair of either kind: checked, recorded as its kind's event, audited. */
  private async decidePair(
    actor: RequestActor,
    outcome: 'confirmed' | 'rejected',
    missingId: string,
    reason: string,
    other: PairSide | null,
    spec: PairSpec,
    client: ClientInfo,
    fits?: (mp: MissingPerson) => Promise<{ path: string; message: string }[]>,
  ) {
    const d = this.deps;
    const mp = await d.missingPersons.get(missingId);
    const problems = [...(mp ? [] : [{ path: 'missingPersonId', message: 'is not a missing-person report' }]), ...(other ? [] : [{ path: spec.field, message: spec.notOne }])];
    if (!mp || !other) throw fieldProblem(problems);
    const [missingPath, otherPath] = await Promise.all([this.path(mp.stationCode), this.path(other.stationCode)]);
    const allowed = mayDecideMatch(actor.principal, { missingPath, bodyPath: otherPath });
    if (!allowed.allowed) {
      await d.audit.forRequest(actor, client).denied('record.amend', allowed.reason, { targetType: spec.targetType, targetId: other.id, targetUnit: other.stationCode });
      throw forbidden('not-permitted', allowed.reason);
    }
    const pair = scorePair(await this.missingSubject(mp), other.subject, this.rules);
    if (pair.excluded !== undefined) throw fieldProblem([{ path: spec.field, message: `is not a candidate for report ${mp.number}: ${pair.excluded}` }]);
    // A found person's dates and links are checked as its outcome will check them: a confirmation the outcome would refuse is refused now.
    if (outcome === 'confirmed' && fits && mp.status === 'missing') {
      const misfits = await fits(mp);
      if (misfits.length) throw fieldProblem(misfits);
    }
    if (mp.status !== 'missing') throw conflict('match-closed', `The report ${mp.number} is already closed as ${mp.status.replace('_', ' ')}.`);
    if (!other.open) throw conflict('match-closed', `${spec.The} ${other.number} is already ${spec.closed}.`);
    const rows = await this.decisions('missing', mp.id);
    const same = rows.find((r) => r.otherKind === spec.kind && r.otherId === other.id);
    if (same) throw conflict('match-decided', `This pair is already ${same.decision}.`);
    if (outcome === 'confirmed') {
      const mine = rows.find((r) => r.decision === 'confirmed');
      if (mine) throw conflict('match-decided', `The report ${mp.number} is already confirmed with another ${mine.otherKind === 'body' ? 'body' : 'found person'}.`);
      const theirs = (await this.decisions(spec.kind, other.id)).find((r) => r.decision === 'confirmed');
      if (theirs) throw conflict('match-decided', `${spec.The} ${other.number} is already confirmed with another report.`);
    }
    const action = outcome === 'confirmed' ? 'match.confirm' : 'match.reject';
    await d.events.transaction(async (tx) => {
      await d.events.append(tx, {
        type: spec.event[outcome],
        entityId: uuidv7(),
        payload: spec.payload(mp, other, reason, pair.score),
        actor: actor.user.id,
      } as Parameters<EventLog['append']>[1]);
      await d.audit
        .forRequest(actor, client)
        .success(tx, action, { targetType: spec.targetType, targetId: other.id, targetUnit: other.stationCode, detail: { missingPersonId: mp.id, missingStation: mp.stationCode, score: pair.score } });
    });
    const decided = (await this.decisions('missing', mp.id)).find((r) => r.otherKind === spec.kind && r.otherId === other.id)!;
    return { mp, score: decided.score, otherPath, decidedAt: decided.decidedAt };
  }
}

const RECORD_TYPE: Record<MatchKind, string> = { missing: 'missing_person', body: 'unnatural_death', found: 'found_person' };

/** What differs between the two kinds of pair a report makes: the field, the words, the events. */
interface PairSpec {
  kind: 'body' | 'found';
  field: string;
  notOne: string;
  targetType: string;
  The: string;
  closed: string;
  event: Record<'confirmed' | 'rejected', string>;
  payload: (mp: MissingPerson, other: PairSide, reason: string, score: number) => Record<string, unknown>;
}

const BODY_PAIR: PairSpec = {
  kind: 'body',
  field: 'unnaturalDeathId',
  notOne: 'is not an unnatural-death register entry',
  targetType: 'unnatural_death',
  The: 'The body',
  closed: 'identified',
  event: { confirmed: 'match.confirmed', rejected: 'match.rejected' },
  payload: (mp, ud, reason, score) => ({ missingPersonId: mp.id, unnaturalDeathId: ud.id, missingStation: mp.stationCode, bodyStation: ud.stationCode, reason, score }),
};

const FOUND_PAIR: PairSpec = {
  kind: 'found',
  field: 'foundPersonId',
  notOne: 'is not a found-person register entry',
  targetType: 'found_person',
  The: 'The found person',
  closed: 'identified or restored',
  event: { confirmed: 'match.found_person_confirmed', rejected: 'match.found_person_rejected' },
  payload: (mp, fp, reason, score) => ({ missingPersonId: mp.id, foundPersonId: fp.id, missingStation: mp.stationCode, foundStation: fp.stationCode, reason, score }),
};

export type MatchCandidatesView = Awaited<ReturnType<MatchService['candidates']>>;
