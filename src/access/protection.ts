import { expressionBuilder, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { RequestActor } from './auth-service.js';
import type { Executor, Storage } from '../storage/db.js';
import type { Database } from '../storage/schema.js';

/** Why a person's identity is withheld: a victim or complainant of a sexual offence (BNS 72), or a child (JJ Act s.74). */
export type ProtectionReason = 'sensitive-case' | 'juvenile';

/**
 * A protected person, and the records whose officers may see who they are. The grants belong to
 * the person, not to the record being read: a victim linked as a witness to a theft elsewhere is
 * still shown only to those who may unmask them through their own case.
 */
export interface Protection {
  reason: ProtectionReason;
  /** The IO of each, and whoever holds record.unmask over its unit, may see the person. */
  grants: { unitCode: string; ioUserId: string | null }[];
}

/** The record-level unmask decision (RecordAccess.mayUnmask): the IO of the record, or record.unmask over its unit. */
export type MayUnmask = (actor: RequestActor, record: { unitCode: string; ioUserId: string | null }) => Promise<boolean>;

const PROTECTED_ROLES = ['victim', 'complainant'] as const;
/** The roles in which a case is about a child: its IO and station may see the child. */
const CHILD_CASE_ROLES = ['accused', 'victim'] as const;
const CHUNK = 500;
const SHA256 = /^[0-9a-f]{64}$/;

/** Rows by id, read CHUNK ids at a time. */
async function byIds<R extends { id: string }>(ids: readonly string[], read: (chunk: string[]) => Promise<R[]>): Promise<Map<string, R>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, R>();
  for (let i = 0; i < unique.length; i += CHUNK) for (const r of await read(unique.slice(i, i + CHUNK))) out.set(r.id, r);
  return out;
}

/**
 * The protection of each protected person among these ids, and the stations of every FIR or
 * complaint that names them (where their names may stand in free text).
 */
async function readProtections(exec: Executor, ids: readonly string[]): Promise<Map<string, { protection: Protection; stations: string[] }>> {
  const out = new Map<string, { protection: Protection; stations: string[] }>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const persons = await exec.selectFrom('persons').select(['id', 'juvenile', 'owner_unit']).where('id', 'in', chunk).execute();
    // The links by person (its index), then their records by id: joined in one query, SQLite's
    // planner walks every FIR of the node instead.
    const links = await exec.selectFrom('record_persons').select(['record_type', 'record_id', 'person_id', 'role']).where('person_id', 'in', chunk).execute();
    const firRows = await byIds(
      links.filter((l) => l.record_type === 'fir').map((l) => l.record_id),
      (ids) => exec.selectFrom('firs').select(['id', 'station_code', 'io_user_id', 'sensitive']).where('id', 'in', ids).execute(),
    );
    const complaintRows = await byIds(
      links.filter((l) => l.record_type === 'complaint').map((l) => l.record_id),
      (ids) => exec.selectFrom('complaints').select(['id', 'station_code', 'assigned_to', 'sensitive']).where('id', 'in', ids).execute(),
    );
    // A non-cognizable report grants no unmasking, but its station's free text may name them.
    const ncRows = await byIds(
      links.filter((l) => l.record_type === 'nc_report').map((l) => l.record_id),
      (ids) => exec.selectFrom('nc_reports').select(['id', 'station_code']).where('id', 'in', ids).execute(),
    );
    const firLinks = links.flatMap((l) => {
      const f = l.record_type === 'fir' ? firRows.get(l.record_id) : undefined;
      return f ? [{ person_id: l.person_id, role: l.role, station_code: f.station_code, io_user_id: f.io_user_id, sensitive: f.sensitive }] : [];
    });
    const complaintLinks = links.flatMap((l) => {
      const c = l.record_type === 'complaint' ? complaintRows.get(l.record_id) : undefined;
      return c ? [{ person_id: l.person_id, station_code: c.station_code, assigned_to: c.assigned_to, sensitive: c.sensitive }] : [];
    });
    for (const p of persons) {
      const mine = firLinks.filter((l) => l.person_id === p.id);
      const myComplaints = complaintLinks.filter((l) => l.person_id === p.id);
      // A complaint alleging a sexual offence protects its complainant before any FIR exists.
      const cases = [
        ...mine.filter((l) => l.sensitive === 1 && (PROTECTED_ROLES as readonly string[]).includes(l.role)).map((l) => ({ unitCode: l.station_code, ioUserId: l.io_user_id })),
        ...myComplaints.filter((l) => l.sensitive === 1).map((l) => ({ unitCode: l.station_code, ioUserId: l.assigned_to })),
      ];
      const grants = [...cases];
      if (p.juvenile === 1) {
        grants.push({ unitCode: p.owner_unit, ioUserId: null });
        // The child's own cases (as accused or victim), not every case they are a witness in.
        grants.push(...mine.filter((l) => (CHILD_CASE_ROLES as readonly string[]).includes(l.role)).map((l) => ({ unitCode: l.station_code, ioUserId: l.io_user_id })));
        grants.push(...myComplaints.map((l) => ({ unitCode: l.station_code, ioUserId: l.assigned_to })));
      }
      if (cases.length || p.juvenile === 1) {
        const onNc = links.filter((l) => l.person_id === p.id && l.record_type === 'nc_report').flatMap((l) => ncRows.get(l.record_id)?.station_code ?? []);
        const stations = [...new Set([...mine, ...myComplaints].map((l) => l.station_code).concat(onNc))];
        out.set(p.id, { protection: { reason: cases.length ? 'sensitive-case' : 'juvenile', grants }, stations });
      }
    }
  }
  return out;
}

/**
 * The one place that decides whether a person is protected and whether a reader may see them:
 * used by every view of a record, the check when a person is linked by id, the files, search
 * and the audit log. A person is protected when they are a victim or the complainant of any
 * sensitive FIR, or a juvenile. They may be unmasked by the IO of a sensitive case that names
 * them as victim or complainant, or by those granted record.unmask over that case's station;
 * a juvenile also by those granted record.unmask over the unit that holds the person, by the IO
 * (or record.unmask over the station) of a case that names the child as accused or victim, and
 * by the officer assigned (or record.unmask over the station) a complaint the child made.
 */
export class ProtectedIdentities {
  constructor(
    private readonly storage: Storage,
    private readonly mayUnmask: MayUnmask,
  ) {}

  /** The protected persons among these ids, with what protects them; unprotected ones are absent. */
  async protections(ids: readonly string[], exec: Executor = this.storage.db): Promise<Map<string, Protection>> {
    return new Map([...(await readProtections(exec, ids))].map(([id, { protection }]) => [id, protection]));
  }

  /**
   * For each protected person among these ids: why, and whether this reader may see them. A
   * reader may see a protected person through any one record that protects them.
   */
  async decide(actor: RequestActor, ids: readonly string[], exec: Executor = this.storage.db): Promise<Map<string, { reason: ProtectionReason; unmask: boolean }>> {
    const protections = await this.protections(ids, exec);
    const memo = new Map<string, Promise<boolean>>();
    const may = (g: Protection['grants'][number]) => {
      const k = `${g.unitCode}\u0000${g.ioUserId ?? ''}`;
      if (!memo.has(k)) memo.set(k, this.mayUnmask(actor, g));
      return memo.get(k)!;
    };
    const out = new Map<string, { reason: ProtectionReason; unmask: boolean }>();
    for (const [id, p] of protections) {
      let unmask = false;
      for (const g of p.grants) if ((unmask = await may(g))) break;
      out.set(id, { reason: p.reason, unmask });
    }
    return out;
  }

  /** The persons among these ids whose identity this reader may not see, with the reason. */
  async withheld(actor: RequestActor, ids: readonly string[], exec: Executor = this.storage.db): Promise<Map<string, ProtectionReason>> {
    const decided = await this.decide(actor, ids, exec);
    return new Map([...decided].filter(([, d]) => !d.unmask).map(([id, d]) => [id, d.reason]));
  }

  /** The files among these SHA-256s that are the photo of a person withheld from this reader. */
  async withheldFiles(actor: RequestActor, shas: readonly string[], exec: Executor = this.storage.db): Promise<Set<string>> {
    const owners = await this.photoOwners(shas, exec);
    const hidden = await this.withheld(
      actor,
      owners.map((o) => o.id),
      exec,
    );
    return new Set(owners.filter((o) => hidden.has(o.id)).map((o) => o.photo_sha256!));
  }

  /** The files among these SHA-256s that are the photo of a protected person, with why, whoever asks. */
  async protectedFiles(shas: readonly string[], exec: Executor = this.storage.db): Promise<Map<string, ProtectionReason>> {
    const owners = await this.photoOwners(shas, exec);
    const protections = await this.protections(
      owners.map((o) => o.id),
      exec,
    );
    const out = new Map<string, ProtectionReason>();
    for (const o of owners) {
      const p = protections.get(o.id);
      // A victim's protection outweighs a child's: the stricter rule applies to the file.
      if (p && out.get(o.photo_sha256!) !== 'sensitive-case') out.set(o.photo_sha256!, p.reason);
    }
    return out;
  }

  /**
   * The files among these that may not travel beyond their station to this reader — with an alert,
   * or as a match candidate: a sexual-offence victim's photo never (whoever issues or asks), a
   * child's only to one who may see the child. The one rule for every photo that circulates.
   */
  async uncirculable(actor: RequestActor, shas: readonly string[], exec: Executor = this.storage.db): Promise<Set<string>> {
    const protectedAs = await this.protectedFiles(shas, exec);
    const juvenile = [...protectedAs].filter(([, reason]) => reason === 'juvenile').map(([sha]) => sha);
    const withheld = juvenile.length ? await this.withheldFiles(actor, juvenile, exec) : new Set<string>();
    return new Set([...protectedAs].filter(([sha, reason]) => reason === 'sensitive-case' || withheld.has(sha)).map(([sha]) => sha));
  }

  private async photoOwners(shas: readonly string[], exec: Executor) {
    const wanted = [...new Set(shas)].filter((s) => SHA256.test(s));
    const owners: { id: string; photo_sha256: string | null }[] = [];
    for (let i = 0; i < wanted.length; i += CHUNK) {
      owners.push(
        ...(await exec
          .selectFrom('persons')
          .select(['id', 'photo_sha256'])
          .where('photo_sha256', 'in', wanted.slice(i, i + CHUNK))
          .execute()),
      );
    }
    return owners;
  }

  /**
   * The protected persons on any FIR, complaint or non-cognizable report of this station — those whose names its diary
   * and other free text may carry without saying which case they belong to. Candidates from the
   * read table noteProtectedPersons keeps; who may see each is decided by the caller (withheld).
   */
  async protectedAt(stationCodes: string | readonly string[], exec: Executor = this.storage.db): Promise<string[]> {
    const codes = typeof stationCodes === 'string' ? [stationCodes] : [...stationCodes];
    if (!codes.length) return [];
    const rows = await exec.selectFrom('station_protected_persons').select('person_id').where('station_code', 'in', codes).execute();
    return [...new Set(rows.map((r) => r.person_id))];
  }

  /** Persons whose identity search never lists, for anyone: every protected person. */
  async protectedIds(ids: readonly string[], exec: Executor = this.storage.db): Promise<Set<string>> {
    return new Set((await this.protections(ids, exec)).keys());
  }
}

/**
 * Keeps the station_protected_persons read table (protectedAt) true after a write that links
 * these persons to a record or may make them protected: each protected one among them is noted
 * at every station whose FIR, complaint or non-cognizable report names them. Protection follows the person, so a
 * witness of a theft at one station who becomes the victim of a sexual offence at another is
 * noted at both. Called by the projectors that link persons (any engine, any node, any order of
 * arrival: the answer depends only on the rows present).
 */
export async function noteProtectedPersons(tx: Executor, personIds: readonly string[]): Promise<void> {
  const rows = [...(await readProtections(tx, personIds))].flatMap(([person_id, { stations }]) => stations.map((station_code) => ({ station_code, person_id })));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx
      .insertInto('station_protected_persons')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['station_code', 'person_id']).doNothing())
      .execute();
  }
}

/**
 * Notes at one station those of these persons who are protected, for a record that names them
 * outside the FIRs and complaints (an unidentified body identified as a missing child): the
 * station's free text is then redacted of them as of every protected person on its records.
 */
export async function noteProtectedAt(tx: Executor, stationCode: string, personIds: readonly string[]): Promise<void> {
  if (!personIds.length) return;
  const rows = await tx
    .selectFrom('persons as p')
    .select('p.id as person_id')
    .where('p.id', 'in', [...new Set(personIds)])
    .where((w) => isProtectedPerson(w.ref('p.id')))
    .execute();
  if (rows.length)
    await tx
      .insertInto('station_protected_persons')
      .values(rows.map((r) => ({ station_code: stationCode, person_id: r.person_id })))
      .onConflict((oc) => oc.columns(['station_code', 'person_id']).doNothing())
      .execute();
}

/**
 * In SQL, the same set of persons protections() finds protected: juveniles, victims and
 * complainants of sensitive FIRs, and complainants of complaints alleging a sexual offence. For
 * filters that must run inside the database (search, the hit/no-hit answer).
 */
// The person is a column of the caller's query (whose tables in scope differ at the two call
// sites); the subqueries need only the database's own tables.
function isProtectedPerson(person: Expression<string>): Expression<SqlBool> {
  const w = expressionBuilder<Database>();
  return w.or([
    w(person, 'in', w.selectFrom('persons as jp').select('jp.id').where('jp.juvenile', '=', 1)),
    w(
      person,
      'in',
      w
        .selectFrom('record_persons as vp')
        .innerJoin('firs as vf', 'vf.id', 'vp.record_id')
        .select('vp.person_id')
        .where('vp.record_type', '=', 'fir')
        .where('vp.role', 'in', [...PROTECTED_ROLES])
        .where('vf.sensitive', '=', 1),
    ),
    w(
      person,
      'in',
      w.selectFrom('record_persons as cp').innerJoin('complaints as vc', 'vc.id', 'cp.record_id').select('cp.person_id').where('cp.record_type', '=', 'complaint').where('vc.sensitive', '=', 1),
    ),
  ]);
}

/**
 * FIRs that name a protected person, or are sensitive: an answer about such an FIR that was found
 * through its persons or its free text (brief facts, place, property) could identify the person,
 * so the hit/no-hit answer outside the jurisdiction leaves them out.
 */
export function withoutProtectedPersons<O>(q: SelectQueryBuilder<Database, 'firs', O>): SelectQueryBuilder<Database, 'firs', O> {
  return q.where('firs.sensitive', '=', 0).where('firs.id', 'not in', (eb) =>
    eb
      .selectFrom('record_persons as rp')
      .select('rp.record_id')
      .where('rp.record_type', '=', 'fir')
      .where((w) => isProtectedPerson(w.ref('rp.person_id'))),
  );
}

/** The FIRs among these ids that are sensitive or name a protected person (see withoutProtectedPersons). */
export async function firsNamingProtected(exec: Executor, firIds: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(firIds)];
  const out = new Set(unique);
  for (let i = 0; i < unique.length; i += CHUNK) {
    const clear = await withoutProtectedPersons(
      exec
        .selectFrom('firs')
        .select('firs.id')
        .where('firs.id', 'in', unique.slice(i, i + CHUNK)),
    ).execute();
    clear.forEach((r) => out.delete(r.id));
  }
  return out;
}
