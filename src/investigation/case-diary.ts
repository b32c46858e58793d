import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { diaryEntryProblems } from '../domain/case-diary-rules.js';
import type { DiaryEntryInput } from '../domain/schemas/case.js';
import type { UserRepository } from '../directory/users.js';
import { fieldProblem } from '../errors.js';
import { diaryScope } from '../events/case/diary-entry-added.js';
import type { Fir } from '../records/fir-queries.js';
import type { PersonRegistry } from '../records/persons.js';
import type { RecordAccess } from '../records/record-access.js';
import type { Redactor } from '../records/views.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { Clock } from '../util/clock.js';
import type { CaseFiles } from './case-files.js';

/** Who made a statement, as this reader may see it. */
export type StatementMaker = { personId: string; name: string; masked: false } | { personId: null; name: string; masked: false } | { masked: true };

export interface DiaryEntryView {
  id: string;
  entryNo: number;
  beganAt: string;
  closedAt: string | null;
  places: string[];
  text: string;
  statements: { maker: StatementMaker; text: string }[];
  writtenBy: { id: string; name: string };
  writtenAt: string;
  /** Names of protected persons were replaced in the text. */
  textWithheld: boolean;
}

/**
 * The case diary (BNSS 192): the IO's day-by-day volume, entries numbered without gaps and never
 * changed (a correction is a later entry), statements under BNSS 180 inserted in the entry of the
 * day they were recorded. Read only by those the policy lets read the case file: never the
 * accused, never a citizen copy.
 */
export class CaseDiary {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      users: UserRepository;
      persons: PersonRegistry;
      cases: CaseFiles;
      access: RecordAccess;
      firRedactor(actor: RequestActor, fir: Fir): Promise<Redactor>;
    },
  ) {}

  async add(actor: RequestActor, firId: string, input: DiaryEntryInput, client: ClientInfo): Promise<DiaryEntryView> {
    const c = await this.deps.cases.forStep(actor, firId, client);
    const onRecord = new Set(c.fir.content.persons.map((p) => p.personId));
    const errors = diaryEntryProblems(input, c.fir.content, this.deps.clock.now());
    input.statements.forEach((s, i) => {
      if ('personId' in s && !onRecord.has(s.personId)) errors.push({ path: `statements.${i}.personId`, message: 'is not a person on this FIR: add them to the FIR first, or give the name' });
    });
    if (errors.length) throw fieldProblem(errors);
    const entryId = uuidv7();
    await this.deps.events.transaction(async (tx) => {
      const entryNo = await peekNextNumber(tx, this.deps.storage.engine, diaryScope(firId));
      const payload = {
        entryId,
        entryNo,
        beganAt: new Date(input.beganAt).toISOString(),
        closedAt: input.closedAt ? new Date(input.closedAt).toISOString() : null,
        places: input.places,
        text: input.text,
        statements: input.statements.map((s) => ('personId' in s ? { personId: s.personId, name: null, text: s.text } : { personId: null, name: s.name, text: s.text })),
      };
      await this.deps.events.append(tx, { type: 'case.diary_entry_added', entityId: firId, payload, actor: actor.user.id });
      await this.deps.audit
        .forRequest(actor, client)
        .success(tx, 'case.diary_add', { targetType: 'fir', targetId: firId, targetUnit: c.fir.stationCode, detail: { entryNo, statements: input.statements.length } });
    });
    const [entry] = await this.views(actor, c.fir, await this.rows(firId, entryId));
    return entry!;
  }

  /** The whole diary of a case, in order, as this reader may read it (audited). */
  async read(actor: RequestActor, firId: string, client: ClientInfo): Promise<{ firId: string; number: string; entries: DiaryEntryView[] }> {
    const c = await this.deps.cases.forReading(actor, firId, client);
    const entries = await this.views(actor, c.fir, await this.rows(firId));
    await this.deps.audit
      .forRequest(actor, client)
      .success(this.deps.storage.db, 'case.diary_read', { targetType: 'fir', targetId: firId, targetUnit: c.fir.stationCode, detail: { entries: entries.length } });
    return { firId, number: c.fir.number, entries };
  }

  /** How many entries a case's diary has. */
  async count(firId: string): Promise<number> {
    const r = await this.deps.storage.db
      .selectFrom('case_diary_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('fir_id', '=', firId)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  private rows(firId: string, entryId?: string) {
    let q = this.deps.storage.db.selectFrom('case_diary_entries').selectAll().where('fir_id', '=', firId);
    if (entryId) q = q.where('id', '=', entryId);
    return q.orderBy('entry_no').execute();
  }

  private async views(actor: RequestActor, fir: Fir, rows: Awaited<ReturnType<CaseDiary['rows']>>): Promise<DiaryEntryView[]> {
    if (!rows.length) return [];
    const statements = rows.map((r) => JSON.parse(r.statements) as { personId: string | null; name: string | null; text: string }[]);
    const personIds = [...new Set(statements.flat().flatMap((s) => (s.personId ? [s.personId] : [])))];
    const [withheld, persons, redact] = await Promise.all([this.deps.access.identities.withheld(actor, personIds), this.deps.persons.getMany(personIds), this.deps.firRedactor(actor, fir)]);
    const writers = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.written_by))) writers.set(id, (await this.deps.users.byId(id))?.displayName ?? id);
    return rows.map((r, i) => {
      let textWithheld = false;
      const say = (t: string) => {
        const out = redact(t);
        textWithheld ||= out.withheld;
        return out.text;
      };
      return {
        id: r.id,
        entryNo: r.entry_no,
        beganAt: r.began_at,
        closedAt: r.closed_at,
        places: (JSON.parse(r.places) as string[]).map(say),
        text: say(r.text),
        statements: statements[i]!.map((s) => {
          const maker: StatementMaker = s.personId
            ? withheld.has(s.personId)
              ? { masked: true }
              : { personId: s.personId, name: persons.get(s.personId)?.name ?? '', masked: false }
            : { personId: null, name: say(s.name ?? ''), masked: false };
          return { maker, text: say(s.text) };
        }),
        writtenBy: { id: r.written_by, name: writers.get(r.written_by)! },
        writtenAt: r.written_at,
        textWithheld,
      };
    });
  }
}
