import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import {
  decide,
  decideWrite,
  isWrite,
  mayActOnCase,
  mayMoveProperty,
  mayReadCase,
  mayRecordCourtStep,
  mayReviewFinalReport,
  mayUnmask,
  type CaseFacts,
  type Decision,
  type NodeWriteFacts,
} from '../access/policy.js';
import type { RecordLinks } from '../domain/fir-registration.js';
import type { UnitKind } from '../domain/units.js';
import type { Action } from '../domain/roles.js';
import { badRequest, conflict, fieldProblem, forbidden, notFound, type FieldError } from '../errors.js';
import type { Storage } from '../storage/db.js';
import { ProtectedIdentities } from '../access/protection.js';
import { PHOTO_REFUSED, unuploadedPhotos } from './photo-refs.js';
import type { Unit, UnitService } from '../directory/units.js';

/** What is being done on a case, for authoriseCase. */
/**
 * `move`: a movement of a seized item, with the station whose property room holds it and whether it
 * goes into the malkhana of the unit investigating the case.
 */
export type CaseAccess = 'act' | 'read' | 'court' | { move: { keptAt: string; intoCaseUnit: boolean } } | { review: UnitKind; submittedBy: string };

/** The one answer to a person id that may not be linked, whether it is unknown, outside or withheld. */
export const LINK_REFUSED = 'there is no person with this id that you may link';

/** The facts about this node the write gate (policy decideWrite) needs, for the unit of a record. */
export type NodeFacts = (unit: Unit) => Promise<NodeWriteFacts>;

/**
 * Record-level decisions for station records: the record's owning unit against the user's
 * jurisdiction, through the one policy module. Denials are audited and answered 403.
 */
export class RecordAccess {
  /** Who is protected and who may see them: the one decision every view, link, file and search uses. */
  readonly identities: ProtectedIdentities;

  constructor(
    private readonly storage: Storage,
    private readonly units: UnitService,
    private readonly audit: AuditLog,
    private readonly nodeFacts: NodeFacts,
  ) {
    this.identities = new ProtectedIdentities(storage, (actor, record) => this.mayUnmask(actor, record));
  }

  /** The unit a record belongs to, checked against the policy for this action. */
  async authorise(actor: RequestActor, action: Action, unitCode: string, client: ClientInfo, target?: { type: string; id?: string }): Promise<Unit> {
    const unit = await this.units.get(unitCode);
    const decision = unit ? decide(actor.principal, action, { unitPath: unit.path }) : { allowed: false as const, reason: 'The record has no known unit.' };
    if (decision.allowed) {
      // The one call of the write gate: every change to a station's records is authorised here.
      const gate = isWrite(action) ? decideWrite(action, await this.nodeFacts(unit!), unit!.code) : decision;
      if (!gate.allowed) throw conflict('kept-elsewhere', gate.reason);
      return unit!;
    }
    await this.audit.forRequest(actor, client).denied(action, decision.reason, {
      targetType: target?.type,
      targetId: target?.id,
      targetUnit: unitCode,
    });
    throw forbidden('not-permitted', decision.reason);
  }

  /**
   * A step of a case's investigation ('act': only its IO or the supervisor who took it over), a read
   * of its file and diary ('read': those, and the supervisors of its unit), a movement of its seized
   * property ('move': those who act on it and the keeper of the station's property room), a record
   * of its course in court ('court': its IO or the SHO) or the review of a final report (a
   * supervisor at the level the State's rules name), decided by the policy from the case's facts;
   * the write gate applies to all but reading. Denials are audited.
   */
  async authoriseCase(actor: RequestActor, kind: CaseAccess, c: Omit<CaseFacts, 'unitPath'> & { firId: string; unitCode: string }, client: ClientInfo): Promise<Unit> {
    const unit = await this.units.get(c.unitCode);
    const facts = { unitPath: unit?.path ?? '', ioUserId: c.ioUserId, actingUserId: c.actingUserId };
    const p = actor.principal;
    const keptAt = typeof kind === 'object' && 'move' in kind ? ((await this.units.get(kind.move.keptAt))?.path ?? '') : '';
    const decision: Decision = !unit
      ? { allowed: false, reason: 'The record has no known unit.' }
      : kind === 'act'
        ? mayActOnCase(p, facts)
        : kind === 'read'
          ? mayReadCase(p, facts)
          : kind === 'court'
            ? mayRecordCourtStep(p, facts)
            : 'move' in kind
              ? mayMoveProperty(p, facts, { keptAtPath: keptAt, receivingPath: kind.move.intoCaseUnit ? facts.unitPath : null })
              : mayReviewFinalReport(p, { unitPath: facts.unitPath, level: kind.review, submittedBy: kind.submittedBy });
    if (!decision.allowed) {
      const action = kind === 'read' ? 'record.read' : typeof kind === 'object' && 'review' in kind ? 'case.supervise' : 'case.act';
      await this.audit.forRequest(actor, client).denied(action, decision.reason, { targetType: 'fir', targetId: c.firId, targetUnit: c.unitCode });
      throw forbidden('not-permitted', decision.reason);
    }
    if (kind !== 'read') {
      const gate = decideWrite('case.act', await this.nodeFacts(unit!), unit!.code);
      if (!gate.allowed) throw conflict('kept-elsewhere', gate.reason);
    }
    return unit!;
  }

  /** A police station the user may read: 404 if there is none, 400 if the unit is not a station. */
  /**
   * A unit of any level whose records the reader may read (their own unit when none is named),
   * authorised as one read (a refusal is audited): the scope of a list or search of a station, a
   * district or a State.
   */
  async readableUnit(actor: RequestActor, code: string | undefined, client: ClientInfo): Promise<Unit> {
    const unit = await this.units.get(code ?? actor.unit.code);
    if (!unit) throw notFound(`There is no unit ${code}.`);
    return this.authorise(actor, 'record.read', unit.code, client, { type: 'unit' });
  }

  async readableStation(actor: RequestActor, code: string, client: ClientInfo): Promise<Unit> {
    const unit = await this.units.get(code);
    if (!unit) throw notFound(`There is no unit ${code}.`);
    if (unit.kind !== 'police_station') throw badRequest('not-a-station', `${code} is a ${unit.kind.replace('_', ' ')}, not a police station.`);
    return this.authorise(actor, 'record.read', code, client, { type: 'station' });
  }

  /**
   * Registration at one's own police station, and what the body links by id: the one question a
   * registration asks of record access. The station is authorised (a refusal is thrown); the
   * links' problems are returned, for the registration rule to report in its order.
   */
  async registering(actor: RequestActor, stationCode: string, links: RecordLinks, client: ClientInfo): Promise<{ station: Unit; linkProblems: FieldError[] }> {
    const unit = await this.units.get(stationCode);
    if (!unit || unit.kind !== 'police_station') {
      throw badRequest('unknown-station', `${stationCode} is not a police station.`, [{ path: 'stationCode', message: 'is not a police station' }]);
    }
    if (actor.unit.code !== stationCode) {
      await this.audit.forRequest(actor, client).denied('record.register', 'not the own station', { targetUnit: stationCode });
      throw forbidden('not-your-station', `You can register records only at your own station (${actor.unit.code}), not at ${stationCode}.`);
    }
    const station = await this.authorise(actor, 'record.register', stationCode, client, { type: 'station' });
    return { station, linkProblems: await this.linkProblems(actor, links) };
  }

  /**
   * The grant one record gives, decided by the policy (mayUnmask) from the record's unit and IO.
   * Whether a person is shown is decided by `identities`, across every record that protects them.
   */
  async mayUnmask(actor: RequestActor, record: { unitCode: string; ioUserId: string | null }): Promise<boolean> {
    const unit = await this.units.get(record.unitCode);
    return mayUnmask(actor.principal, { unitPath: unit?.path ?? null, ioUserId: record.ioUserId });
  }

  /**
   * Existing persons linked to a record by id, and the photos of new ones: each must be one the
   * caller may read as shown to them — held inside their jurisdiction, and not withheld from
   * them. An unknown id, one outside the jurisdiction and a withheld one get the same answer, so
   * the refusal does not confirm that a protected person exists.
   */
  async checkLinks(actor: RequestActor, links: RecordLinks): Promise<void> {
    const errors = await this.linkProblems(actor, links);
    if (errors.length) throw fieldProblem(errors);
  }

  private async linkProblems(actor: RequestActor, links: RecordLinks): Promise<FieldError[]> {
    const ids = links.persons.map((p) => p.id);
    const found = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.storage.db
        .selectFrom('persons')
        .select(['id', 'owner_unit'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      rows.forEach((r) => found.set(r.id, r.owner_unit));
    }
    const withheld = await this.identities.withheld(actor, [...found.keys()]);
    const errors: FieldError[] = [];
    for (const p of links.persons) {
      const owner = found.get(p.id);
      const unit = owner ? await this.units.get(owner) : null;
      const readable = !!unit && decide(actor.principal, 'record.read', { unitPath: unit.path }).allowed && !withheld.has(p.id);
      if (!readable) errors.push({ path: p.path, message: LINK_REFUSED });
    }
    const photos = links.photos ?? [];
    const hidden = await this.identities.withheldFiles(
      actor,
      photos.map((p) => p.sha256),
    );
    // A photo never uploaded gets the answer a hidden one does.
    const unuploaded = new Set((await unuploadedPhotos(this.storage.db, photos)).map((p) => p.path));
    for (const p of photos) if (hidden.has(p.sha256) || unuploaded.has(p.path)) errors.push({ path: p.path, message: PHOTO_REFUSED });
    return errors;
  }

  /**
   * The FIRs whose investigation is within `unit` (a station, district or State, and every unit
   * below it): a case belongs to the unit investigating it — the one it was transferred to
   * (`case_files.investigating_unit`), else the FIR's station — as it does for mayReadCase. The one
   * scope of every list of the investigation (accused by status, the dashboard's arrested persons):
   * a transferred case is found by the officers and supervisors of the unit now investigating it,
   * and leaves the lists of the station that sent it along with its case file.
   */
  casesWithin(unit: Pick<Unit, 'path'>) {
    const db = this.storage.db;
    const inUnit = db.selectFrom('units').select('code').where('path', 'like', `${unit.path}%`);
    return db
      .selectFrom('firs')
      .leftJoin('case_files', 'case_files.fir_id', 'firs.id')
      .select('firs.id')
      .where((eb) => eb.or([eb('case_files.investigating_unit', 'in', inUnit), eb.and([eb('case_files.investigating_unit', 'is', null), eb('firs.station_code', 'in', inUnit)])]));
  }

  /**
   * The seized items within `unit`: those a station in it numbered (its register lists them for
   * good, "transferred out" once handed over) and those a property room in it keeps now (`keptAt`:
   * the unit of the item's latest movement). `keptOnly`: the latter alone — where an item is, is a
   * place of the room keeping it.
   */
  itemsWithin(unit: Pick<Unit, 'path'>, opts: { keptOnly: boolean }) {
    const db = this.storage.db;
    const inUnit = db.selectFrom('units').select('code').where('path', 'like', `${unit.path}%`);
    return db
      .selectFrom('property_items')
      .select('property_items.id')
      .where((eb) => {
        const keptIn = eb.exists(
          eb
            .selectFrom('property_moves')
            .select('property_moves.item_id')
            .whereRef('property_moves.item_id', '=', 'property_items.id')
            .whereRef('property_moves.seq', '=', 'property_items.moves')
            .where('property_moves.station_code', 'in', inUnit),
        );
        return opts.keptOnly ? keptIn : eb.or([eb('property_items.station_code', 'in', inUnit), keptIn]);
      });
  }

  /** Codes of the units inside the user's jurisdiction (for lists). */
  async jurisdictionCodes(actor: RequestActor): Promise<string[]> {
    return (await this.units.subtree(actor.unit.path)).map((u) => u.code);
  }
}
