import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide, mayDecideMatch, mayReadMatchPhoto } from '../access/policy.js';
import { blockFor, matchFeatures, pairPoints, scorePair, type MatchReason, type MatchRules, type MatchSubject } from '../domain/matching.js';
import type { PersonDescription } from '../domain/schemas/description.js';
import { MATCH_CANDIDATES_MAX, type MatchDecisionInput } from '../domain/schemas/match.js';
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
 * The candidates of one record among the open records of the other kind in its State: blocked by
 * one indexed query on the match index (State, sex, age band, date window — `blockFor`), every
 * blocked row scored in memory as bare numbers (`pairPoints`, the same points `scorePair` adds
 * up), pairs an officer already decided left out, best first; only the few returned are scored
 * again with their reasons. Words for thousands of rows, or many small reads of their marks and
 * clothes, cost more than the whole ranking (docs/benchmarks.md, Matching). Pure of access: the
 * caller decides who may see what.
 */
export async function rankCandidates(db: Executor, kind: MatchKind, subject: MatchSubject, opts: { limit: number; rules: MatchRules; exclude?: ReadonlySet<string> }): Promise<ScoredCandidate[]> {
  const { rules } = opts;
  const other: MatchKind = kind === 'missing' ? 'body' : 'missing';
  const block = blockFor(kind, subject, rules);
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

/**
 * Matching missing persons with unidentified bodies across the State (A5): a record's candidates
 * ranked with the reason for each factor, and an officer's confirmation or rejection of a pair.
 * Nothing is merged: a confirmed pair is a link, and identifying the body (which makes the report
 * found dead) stays the officer's own act at the body's station.
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

  /** The pairs of this record an officer decided: rejected ones are not offered again, a confirmed one is shown as the link. */
  private async decisions(kind: MatchKind, id: string) {
    const col = kind === 'missing' ? 'missing_person_id' : 'unnatural_death_id';
    return this.deps.storage.db.selectFrom('match_decisions').selectAll().where(col, '=', id).execute();
  }

  /** The candidates of a missing-person report (bodies) or of a body (reports), for a reader of the record. */
  async candidates(actor: RequestActor, kind: MatchKind, id: string, limit: number, client: ClientInfo) {
    const d = this.deps;
    const subject = kind === 'missing' ? await d.missingPersons.mustGet(id) : await d.unnaturalDeaths.mustGet(id);
    await d.access.authorise(actor, 'record.read', subject.stationCode, client, { type: kind === 'missing' ? 'missing_person' : 'unnatural_death', id });
    const decided = await this.decisions(kind, id);
    const otherOf = (r: (typeof decided)[number]) => (kind === 'missing' ? r.unnatural_death_id : r.missing_person_id);
    const ranked = await this.ranked(kind, subject, limit, decided.map(otherOf));
    const self = await this.shown(actor, kind, id);
    const candidates = [];
    for (const c of ranked) {
      const record = await this.shown(actor, kind === 'missing' ? 'body' : 'missing', c.id);
      if (!record) continue;
      // Marks identify: the words two marks share are not spelt out where the missing person is withheld from the reader.
      const hidden = (kind === 'missing' ? self : record)?.masked ?? false;
      candidates.push({ ...record, score: c.score, reasons: c.reasons.map((r) => (hidden && r.factor === 'marks' ? { ...r, detail: `marks ${r.verdict === 'agrees' ? 'agree' : r.verdict}` } : r)) });
    }
    const confirmed = [];
    for (const r of decided.filter((x) => x.decision === 'confirmed')) {
      const record = await this.shown(actor, kind === 'missing' ? 'body' : 'missing', otherOf(r));
      if (record) confirmed.push({ ...record, decidedAt: r.decided_at, score: r.score });
    }
    return { subject: self!, candidates, confirmed, rejected: decided.filter((x) => x.decision === 'rejected').length };
  }

  /** The undecided candidates of a record still open (a closed one is offered none), best first. */
  private async ranked(kind: MatchKind, subject: MissingPerson | UnnaturalDeath, limit: number, decided: string[]) {
    const open = kind === 'missing' ? (subject as MissingPerson).status === 'missing' : (subject as UnnaturalDeath).status === 'unidentified';
    if (!open) return [];
    const s = kind === 'missing' ? await this.missingSubject(subject as MissingPerson) : await this.bodySubject(subject as UnnaturalDeath);
    return rankCandidates(this.deps.storage.db, kind, s, { limit, rules: this.rules, exclude: new Set(decided) });
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
    const subject = kind === 'missing' ? await d.missingPersons.mustGet(id) : await d.unnaturalDeaths.mustGet(id);
    const type = kind === 'missing' ? 'missing_person' : 'unnatural_death';
    await d.access.authorise(actor, 'record.read', subject.stationCode, client, { type, id });
    const decided = await this.decisions(kind, id);
    const otherOf = (r: (typeof decided)[number]) => (kind === 'missing' ? r.unnatural_death_id : r.missing_person_id);
    const decision = decided.find((r) => otherOf(r) === candidateId)?.decision;
    const offered = !decision && (await this.ranked(kind, subject, MATCH_CANDIDATES_MAX, decided.map(otherOf))).some((c) => c.id === candidateId);
    const may = mayReadMatchPhoto(actor.principal, { subjectPath: await this.path(subject.stationCode), pair: decision ?? (offered ? 'offered' : null) });
    if (!may.allowed) throw notFound(`There is no candidate ${candidateId} of this record.`);
    const photo = (await this.shown(actor, kind === 'missing' ? 'body' : 'missing', candidateId))?.description.photoSha256;
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
    const [mp, ud] = await Promise.all([d.missingPersons.get(input.missingPersonId), d.unnaturalDeaths.get(input.unnaturalDeathId)]);
    const problems = [
      ...(mp ? [] : [{ path: 'missingPersonId', message: 'is not a missing-person report' }]),
      ...(ud ? [] : [{ path: 'unnaturalDeathId', message: 'is not an unnatural-death register entry' }]),
    ];
    if (!mp || !ud) throw fieldProblem(problems);
    const [missingPath, bodyPath] = await Promise.all([this.path(mp.stationCode), this.path(ud.stationCode)]);
    const allowed = mayDecideMatch(actor.principal, { missingPath, bodyPath });
    const action = outcome === 'confirmed' ? 'match.confirm' : 'match.reject';
    if (!allowed.allowed) {
      await d.audit.forRequest(actor, client).denied('record.amend', allowed.reason, { targetType: 'unnatural_death', targetId: ud.id, targetUnit: ud.stationCode });
      throw forbidden('not-permitted', allowed.reason);
    }
    const pair = scorePair(await this.missingSubject(mp), await this.bodySubject(ud), this.rules);
    if (pair.excluded !== undefined) throw fieldProblem([{ path: 'unnaturalDeathId', message: `is not a candidate for report ${mp.number}: ${pair.excluded}` }]);
    if (mp.status !== 'missing') throw conflict('match-closed', `The report ${mp.number} is already closed as ${mp.status.replace('_', ' ')}.`);
    if (ud.status !== 'unidentified') throw conflict('match-closed', `The body ${ud.number} is already identified.`);
    const db = d.storage.db;
    const same = await db.selectFrom('match_decisions').select('decision').where('missing_person_id', '=', mp.id).where('unnatural_death_id', '=', ud.id).executeTakeFirst();
    if (same) throw conflict('match-decided', `This pair is already ${same.decision}.`);
    if (outcome === 'confirmed') {
      const other = await db
        .selectFrom('match_decisions')
        .select(['missing_person_id', 'unnatural_death_id'])
        .where('decision', '=', 'confirmed')
        .where((eb) => eb.or([eb('missing_person_id', '=', mp.id), eb('unnatural_death_id', '=', ud.id)]))
        .executeTakeFirst();
      if (other)
        throw conflict(
          'match-decided',
          other.missing_person_id === mp.id ? `The report ${mp.number} is already confirmed with another body.` : `The body ${ud.number} is already confirmed with another report.`,
        );
    }
    await d.events.transaction(async (tx) => {
      await d.events.append(tx, {
        type: outcome === 'confirmed' ? 'match.confirmed' : 'match.rejected',
        entityId: uuidv7(),
        payload: { missingPersonId: mp.id, unnaturalDeathId: ud.id, missingStation: mp.stationCode, bodyStation: ud.stationCode, reason: input.reason, score: pair.score },
        actor: actor.user.id,
      });
      await d.audit
        .forRequest(actor, client)
        .success(tx, action, { targetType: 'unnatural_death', targetId: ud.id, targetUnit: ud.stationCode, detail: { missingPersonId: mp.id, missingStation: mp.stationCode, score: pair.score } });
    });
    const row = (await db.selectFrom('match_decisions').selectAll().where('missing_person_id', '=', mp.id).where('unnatural_death_id', '=', ud.id).executeTakeFirst())!;
    return {
      decision: row.decision,
      missingPersonId: mp.id,
      unnaturalDeathId: ud.id,
      score: row.score,
      decidedAt: row.decided_at,
      // The next step, offered not taken: identifying the body as the person of the report.
      identify:
        outcome === 'confirmed'
          ? { path: `/api/v1/unnatural-deaths/${ud.id}/identify`, body: { missingPersonId: mp.id }, allowed: decide(actor.principal, 'record.amend', { unitPath: bodyPath }).allowed }
          : null,
    };
  }
}

export type MatchCandidatesView = Awaited<ReturnType<MatchService['candidates']>>;
