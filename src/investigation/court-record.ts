import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import type { AuditAction } from '../domain/audit-actions.js';
import { appealProblems, courtsFor, dateProblems, disposalProblems } from '../domain/final-report-steps.js';
import type { AppealInput, CourtCaseInput, DisposalInput, HearingInput } from '../domain/schemas/final-report.js';
import { conflict, fieldProblem } from '../errors.js';
import type { appealBody, disposalBody, hearingBody } from '../events/case/court.js';
import type { FinalReportBody } from '../events/case/final-report.js';
import { loadCourts } from '../records/court-reference.js';
import type { Fir } from '../records/fir-queries.js';
import { loadInvestigationCodes } from '../records/investigation-reference.js';
import type { PersonRegistry } from '../records/persons.js';
import type { RecordAccess } from '../records/record-access.js';
import type { Redactor } from '../records/views.js';
import type { Storage } from '../storage/db.js';
import type { EventLog, NewEvent } from '../storage/event-log.js';
import type { Clock } from '../util/clock.js';
import type { Case, CaseFiles } from './case-files.js';
import { casePersons } from './case-persons.js';
import type { z } from 'zod';

type Hearing = z.infer<typeof hearingBody>;
type Disposal = z.infer<typeof disposalBody>;
type Appeal = z.infer<typeof appealBody>;

/**
 * The case in court: the number the court gave it, its hearings, the judgment per accused and
 * section (IIF-6) and the result of an appeal (IIF-7), recorded by the case's IO or the SHO
 * (mayRecordCourtStep). Outcomes and appeal results are codes of the investigation's code lists.
 */
export class CourtRecord {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      persons: PersonRegistry;
      cases: CaseFiles;
      access: RecordAccess;
      userName(id: string): Promise<string>;
    },
  ) {}

  /** The court registered the case (only once a final report was filed, in a court of the case's district). */
  async registerCase(actor: RequestActor, firId: string, input: CourtCaseInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forCourt(actor, firId, client);
    const filed = await this.deps.storage.db.selectFrom('final_reports').select('filed_at').where('fir_id', '=', firId).where('status', '=', 'filed').orderBy('filed_at').executeTakeFirst();
    if (!filed) throw conflict('no-final-report', 'No final report of this case has been filed: the court registers a case on its final report.');
    const errors = dateProblems('registeredOn', input.registeredOn, this.deps.clock.now(), { at: filed.filed_at!, what: 'the final report was filed' });
    if (!courtsFor(c.unit.path, loadCourts()).some((k) => k.code === input.courtCode)) errors.push({ path: 'courtCode', message: "is not a court of the case's district or State" });
    if (errors.length) throw fieldProblem(errors);
    await this.step(actor, c, client, { type: 'case.court_case_registered', payload: input }, 'case.court_case', { court: input.courtCode });
  }

  async hearing(actor: RequestActor, firId: string, input: HearingInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forCourt(actor, firId, client);
    const court = await this.courtCase(firId);
    const errors = dateProblems('date', input.date, this.deps.clock.now(), { at: court.registered_on, what: 'the court registered the case' });
    if (input.nextDate && input.nextDate <= input.date) errors.push({ path: 'nextDate', message: 'must be after the date of the hearing' });
    if (errors.length) throw fieldProblem(errors);
    const hearing: Hearing = { date: input.date, purpose: input.purpose, nextDate: input.nextDate ?? null, note: input.note ?? null };
    await this.step(actor, c, client, { type: 'case.hearing_recorded', payload: { hearingId: uuidv7(), hearing } }, 'case.hearing', { date: input.date });
  }

  /** The judgment: an outcome per accused of the case and per section of its FIR or final reports. */
  async disposal(actor: RequestActor, firId: string, input: DisposalInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forCourt(actor, firId, client);
    const court = await this.courtCase(firId);
    const reports = await this.deps.storage.db.selectFrom('final_reports').select('body').where('fir_id', '=', firId).where('status', '=', 'filed').execute();
    const sections = [...c.fir.content.sections, ...reports.flatMap((r) => (JSON.parse(r.body) as FinalReportBody).sections)];
    const accused = new Set(c.fir.content.persons.filter((p) => p.role === 'accused').map((p) => p.personId));
    const errors = [
      ...dateProblems('judgmentDate', input.judgmentDate, this.deps.clock.now(), { at: court.registered_on, what: 'the court registered the case' }),
      ...disposalProblems(input.outcomes, { accused, sections }, loadInvestigationCodes()),
    ];
    if (errors.length) throw fieldProblem(errors);
    const disposal: Disposal = {
      courtCode: court.court_code,
      courtCaseNo: court.court_case_no,
      judgmentDate: input.judgmentDate,
      judge: input.judge ?? null,
      prosecutor: input.prosecutor ?? null,
      outcomes: input.outcomes.map((o) => ({ personId: o.personId, section: o.section, outcome: o.outcome, sentence: o.sentence ?? null, fine: o.fine ?? null })),
      remarks: input.remarks ?? null,
    };
    await this.step(actor, c, client, { type: 'case.disposal_recorded', payload: { disposalId: uuidv7(), disposal } }, 'case.disposal', { outcomes: input.outcomes.length });
  }

  /** The result of an appeal against the judgment, for accused whose case the court decided. */
  async appeal(actor: RequestActor, firId: string, input: AppealInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forCourt(actor, firId, client);
    const disposals = await this.rows('court_disposals', firId);
    if (!disposals.length) throw conflict('no-judgment', "The court's judgment in this case has not been recorded: an appeal is against a judgment.");
    const decided = new Set(disposals.flatMap((d) => (JSON.parse(d.body) as Disposal).outcomes.map((o) => o.personId)));
    const firstJudgment = disposals[0]!.on_date;
    const now = this.deps.clock.now();
    const errors = [
      ...dateProblems('filedOn', input.filedOn, now, { at: firstJudgment, what: 'the judgment appealed against' }),
      ...dateProblems('decidedOn', input.decidedOn, now, { at: input.filedOn, what: 'the appeal was filed' }),
      ...appealProblems(input.results, decided, loadInvestigationCodes()),
    ];
    if (!courtsFor(c.unit.path, loadCourts()).some((k) => k.code === input.courtCode && k.level !== 'magistrate')) {
      errors.push({ path: 'courtCode', message: "is not an appellate court of the case's district or State" });
    }
    if (errors.length) throw fieldProblem(errors);
    const appeal: Appeal = {
      courtCode: input.courtCode,
      appealNo: input.appealNo,
      appellant: input.appellant,
      filedOn: input.filedOn,
      decidedOn: input.decidedOn,
      results: input.results.map((r) => ({ personId: r.personId, result: r.result, sentence: r.sentence ?? null })),
      remarks: input.remarks ?? null,
    };
    await this.step(actor, c, client, { type: 'case.appeal_recorded', payload: { appealId: uuidv7(), appeal } }, 'case.appeal', { results: input.results.length });
  }

  /** The case in court as this reader may read it: persons masked, every text the recorder typed redacted (numbers too: they are typed). */
  async view(actor: RequestActor, fir: Fir, redact: Redactor) {
    const db = this.deps.storage.db;
    const [court, hearings, disposals, appeals, codes] = await Promise.all([
      db.selectFrom('court_cases').selectAll().where('fir_id', '=', fir.id).executeTakeFirst(),
      this.rows('court_hearings', fir.id),
      this.rows('court_disposals', fir.id),
      this.rows('court_appeals', fir.id),
      db.selectFrom('arrests').select(['person_id', 'accused_code']).where('fir_id', '=', fir.id).execute(),
    ]);
    // The accused code (A1 …) of the case's arrest memos: printed with the judgment, and shown for a masked accused too.
    const codeOf = new Map(codes.map((r) => [r.person_id, r.accused_code]));
    const accusedCode = (personId: string) => codeOf.get(personId) ?? null;
    const courts = new Map(loadCourts().map((k) => [k.code, k]));
    const courtRef = (code: string) => ({ code, nameEn: courts.get(code)?.nameEn ?? code, nameHi: courts.get(code)?.nameHi ?? code });
    const d = disposals.map((r) => ({ r, b: JSON.parse(r.body) as Disposal }));
    const a = appeals.map((r) => ({ r, b: JSON.parse(r.body) as Appeal }));
    const person = await casePersons(this.deps, actor, [...d.flatMap((x) => x.b.outcomes.map((o) => o.personId)), ...a.flatMap((x) => x.b.results.map((o) => o.personId))]);
    const say = (t: string | null) => (t === null ? null : redact(t).text);
    const by = async (id: string) => ({ id, name: await this.deps.userName(id) });
    return {
      case: court ? { court: courtRef(court.court_code), courtCaseNo: say(court.court_case_no)!, registeredOn: court.registered_on } : null,
      hearings: hearings.map((r) => {
        const h = JSON.parse(r.body) as Hearing;
        return { date: h.date, purpose: say(h.purpose)!, nextDate: h.nextDate, note: say(h.note) };
      }),
      disposals: await Promise.all(
        d.map(async ({ r, b }) => ({
          id: r.id,
          court: courtRef(b.courtCode),
          courtCaseNo: say(b.courtCaseNo)!,
          judgmentDate: b.judgmentDate,
          judge: say(b.judge),
          prosecutor: say(b.prosecutor),
          outcomes: b.outcomes.map((o) => ({ person: person(o.personId), accusedCode: accusedCode(o.personId), section: o.section, outcome: o.outcome, sentence: say(o.sentence), fine: o.fine })),
          remarks: say(b.remarks),
          recordedBy: await by(r.recorded_by),
          recordedAt: r.recorded_at,
        })),
      ),
      appeals: await Promise.all(
        a.map(async ({ r, b }) => ({
          id: r.id,
          court: courtRef(b.courtCode),
          appealNo: say(b.appealNo)!,
          appellant: say(b.appellant)!,
          filedOn: b.filedOn,
          decidedOn: b.decidedOn,
          results: b.results.map((o) => ({ person: person(o.personId), accusedCode: accusedCode(o.personId), result: o.result, sentence: say(o.sentence) })),
          remarks: say(b.remarks),
          recordedBy: await by(r.recorded_by),
          recordedAt: r.recorded_at,
        })),
      ),
    };
  }

  private async courtCase(firId: string) {
    const court = await this.deps.storage.db.selectFrom('court_cases').selectAll().where('fir_id', '=', firId).executeTakeFirst();
    if (!court) throw conflict('no-court-case', "The court's case number has not been recorded: record it first.");
    return court;
  }

  private rows(table: 'court_hearings' | 'court_disposals' | 'court_appeals', firId: string) {
    return this.deps.storage.db.selectFrom(table).selectAll().where('fir_id', '=', firId).orderBy('on_date').orderBy('recorded_at').execute();
  }

  private async step(actor: RequestActor, c: Case, client: ClientInfo, event: Omit<NewEvent, 'entityId' | 'actor'>, action: AuditAction, detail: Record<string, unknown>): Promise<void> {
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { ...event, entityId: c.fir.id, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, action, { targetType: 'fir', targetId: c.fir.id, targetUnit: c.unitCode, detail });
    });
  }
}
