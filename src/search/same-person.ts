import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { badRequest, conflict, notFound } from '../errors.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { PersonSameMarksTable } from '../storage/schema.js';

export interface SamePersonMark {
  id: string;
  personA: string;
  personB: string;
  reason: string;
  markedBy: string;
  markedAt: string;
  withdrawnBy: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
}

const toMark = (r: PersonSameMarksTable): SamePersonMark => ({
  id: r.id,
  personA: r.person_a,
  personB: r.person_b,
  reason: r.reason,
  markedBy: r.marked_by,
  markedAt: r.marked_at,
  withdrawnBy: r.withdrawn_by,
  withdrawnAt: r.withdrawn_at,
  withdrawReason: r.withdraw_reason,
});

/**
 * An officer's decision that two person records are the same human being. Records are never
 * merged: the mark links them, is audited, and can be withdrawn (and the withdrawal is kept).
 */
export class SamePersonMarks {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
    private readonly audit: AuditLog,
  ) {}

  /** Both persons must already have been found readable by the caller (see the route). */
  async mark(actor: RequestActor, personA: string, personB: string, reason: string, client: ClientInfo): Promise<SamePersonMark> {
    if (personA === personB) throw badRequest('same-record', 'A person record cannot be marked as the same as itself.', [{ path: 'personId', message: 'is this same record' }]);
    const [a, b] = personA < personB ? [personA, personB] : [personB, personA];
    const id = uuidv7();
    await this.events.transaction(async (tx) => {
      const existing = await tx.selectFrom('person_same_marks').select('id').where('person_a', '=', a).where('person_b', '=', b).where('withdrawn_at', 'is', null).executeTakeFirst();
      if (existing) throw conflict('already-marked', 'These two records are already marked as the same person.');
      await this.events.append(tx, { type: 'person.same_marked', entityId: id, payload: { id, personA: a, personB: b, reason }, actor: actor.user.id });
      await this.audit.forRequest(actor, client).success(tx, 'person.same_marked', { targetType: 'person', targetId: a, targetUnit: actor.unit.code, detail: { markId: id, personA: a, personB: b } });
    });
    return (await this.get(id))!;
  }

  async withdraw(actor: RequestActor, markId: string, reason: string, client: ClientInfo): Promise<SamePersonMark> {
    await this.events.transaction(async (tx) => {
      const row = await tx.selectFrom('person_same_marks').selectAll().where('id', '=', markId).executeTakeFirst();
      if (!row) throw notFound('There is no same-person mark with this id.');
      if (row.withdrawn_at) throw conflict('already-withdrawn', 'This mark has already been withdrawn.');
      await this.events.append(tx, { type: 'person.same_unmarked', entityId: markId, payload: { id: markId, reason }, actor: actor.user.id });
      await this.audit
        .forRequest(actor, client)
        .success(tx, 'person.same_unmarked', { targetType: 'person', targetId: row.person_a, targetUnit: actor.unit.code, detail: { markId, personA: row.person_a, personB: row.person_b } });
    });
    return (await this.get(markId))!;
  }

  async get(id: string): Promise<SamePersonMark | null> {
    const r = await this.storage.db.selectFrom('person_same_marks').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toMark(r) : null;
  }

  /** Every mark naming the person, current and withdrawn, oldest first. */
  async forPerson(personId: string): Promise<SamePersonMark[]> {
    const rows = await this.storage.db
      .selectFrom('person_same_marks')
      .selectAll()
      .where((eb) => eb.or([eb('person_a', '=', personId), eb('person_b', '=', personId)]))
      .orderBy('marked_at')
      .orderBy('id')
      .execute();
    return rows.map(toMark);
  }
}
