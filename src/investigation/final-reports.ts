import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { finalReportProblems } from '../domain/final-report-rules.js';
import { courtsFor, firStatusOnFiling, happenedProblems, reviewLevelFor } from '../domain/final-report-steps.js';
import { custodyLimitFor, finalReportLabel, type FinalReportKind } from '../domain/investigation-codes.js';
import type { SectionRef } from '../domain/law.js';
import type { UnitKind } from '../domain/units.js';
import type { FinalReportInput, FinalReportReviewInput, ForensicVisitInput, VictimProgressInput } from '../domain/schemas/final-report.js';
import { conflict, fieldProblem, notFound, type FieldError } from '../errors.js';
import { finalReportScope, type FinalReportBody } from '../events/case/final-report.js';
import { firClockFacts } from '../records/clock-facts.js';
import { loadCourts, loadFinalReportReviewRules } from '../records/court-reference.js';
import type { Fir } from '../records/fir-queries.js';
import { loadInvestigationCodes } from '../records/investigation-reference.js';
import type { PersonRegistry } from '../records/persons.js';
import type { RecordAccess } from '../records/record-access.js';
import type { Redactor } from '../records/views.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { FinalReportsTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import type { Arrests } from './arrests.js';
import type { CaseFiles } from './case-files.js';
import { casePersons } from './case-persons.js';
import type { ItemChain, PropertyRoom } from './property-room.js';

type Named = { id: string; name: string };

/** The kind of a final report as this State names it. */
function kindOf(code: string, stateCode: string | null) {
  const kind = loadInvestigationCodes().finalReportKinds.find((k) => k.code === code);
  return { code, class: kind?.kind ?? 'closure', label: kind ? finalReportLabel(kind, stateCode) : { en: code, hi: code } };
}

/**
 * The custody sequence of the case's electronic devices (BNSS 193(3)(i)) as the property room's
 * signed chain has it — every movement of every electronic item, in time order — so the report
 * states what was recorded when it happened, not what is typed at its end.
 */
function deviceCustodyOf(items: readonly ItemChain[]): FinalReportBody['deviceCustody'] {
  return items
    .filter((x) => x.electronic)
    .flatMap((x) =>
      x.chain.map((m) => ({
        itemId: x.id,
        device: `${x.description} (${x.number})`,
        kind: m.kind,
        from: m.from,
        to: m.to,
        destination: m.destination,
        at: new Date(m.at).toISOString(),
        sealNo: x.sealNo,
      })),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** The State of a unit, from its path (/IN/MH/…). */
export const stateOfPath = (path: string): string | null => path.split('/').filter(Boolean)[1] ?? null;

/**
 * Final reports (IIF-5; BNSS 193, CrPC 173 for cases registered before 1 July 2024): submitted
 * only by the case's IO (the gate CaseFiles.forStep), approved or returned by a supervisor where
 * the State's rules ask for it, and filed — forwarded to the court — which alone closes the case
 * (the projector of case.final_report_filed sets the FIR's status). Also the steps that meet the
 * clocks of BNSS 193(3)(ii) (progress told to the informant or victim) and 176(3) (forensic visit).
 */
export class FinalReports {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      persons: PersonRegistry;
      cases: CaseFiles;
      access: RecordAccess;
      law: { getMany(refs: readonly SectionRef[]): Promise<unknown[]> };
      userName(id: string): Promise<string>;
      /** Where each accused stands: a report's statuses must agree with it. */
      custody: Pick<Arrests, 'custodyRecord'>;
      /** The case's seized items and their chains: the exhibits and the custody of devices. */
      property: Pick<PropertyRoom, 'chainsOf'>;
    },
  ) {}

  async submit(actor: RequestActor, firId: string, input: FinalReportInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forStep(actor, firId, client);
    const db = this.deps.storage.db;
    if (await db.selectFrom('final_reports').select('id').where('fir_id', '=', firId).where('status', '=', 'submitted').executeTakeFirst()) {
      throw conflict('under-review', "A final report of this case awaits a supervisor's review: it is approved or returned first.");
    }
    const codes = loadInvestigationCodes();
    const fir = c.fir;
    const accusedOnFir = fir.content.persons.filter((p) => p.role === 'accused').map((p) => p.personId);
    const [custody, items] = await Promise.all([this.deps.custody.custodyRecord(firId), this.deps.property.chainsOf(firId)]);
    const errors: FieldError[] = [];
    // An accused named by code is the person of the arrest memos with that code.
    const byCode = new Map([...custody].flatMap(([personId, r]) => (r.code ? [[r.code, personId] as const] : [])));
    const accused = input.accused.map((a, i) => {
      const personId = a.personId ?? byCode.get(a.code!);
      if (!personId) errors.push({ path: `accused.${i}.code`, message: 'is not the accused code of an accused of this case' });
      return { ...a, personId: personId ?? '' };
    });
    const chains = new Map(items.map((x) => [x.id, x]));
    const idPath = (i: number) => (input.accused[i]?.code !== undefined ? 'code' : 'personId');
    // The gate let only the case's IO (or the supervisor who took it over) this far.
    errors.push(
      ...finalReportProblems(
        {
          kind: input.kind,
          reason: input.reason ?? null,
          sections: input.sections.map((s) => `${s.act} ${s.section}`),
          accused: accused.filter((a) => a.personId).map((a) => ({ accusedId: a.personId, status: a.status, charged: a.charged })),
          exhibits: input.exhibits.map((x) => ({ itemId: x.itemId, electronic: chains.get(x.itemId)?.electronic ?? false })),
          filedBy: actor.user.id,
        },
        {
          investigatingOfficer: actor.user.id,
          caseAccused: accusedOnFir,
          custody: new Map([...custody].map(([id, r]) => [id, r.status])),
          itemHistories: new Map(items.map((x) => [x.id, x.history])),
        },
        codes,
      ).map((e) => ({ ...e, path: e.path.replace(/^accused\.(\d+)\.accusedId$/, (_, i: string) => `accused.${i}.${idPath(Number(i))}`) })),
    );
    const kind = codes.finalReportKinds.find((k) => k.code === input.kind);
    if (!kind) throw fieldProblem(errors);
    const onFir = new Map(fir.content.persons.map((p) => [p.personId, p.role]));
    const seen = new Set<string>();
    input.witnesses.forEach((w, i) => {
      const role = onFir.get(w);
      if (!role) errors.push({ path: `witnesses.${i}`, message: 'is not a person on this FIR: add them to the FIR first' });
      else if (role === 'accused') errors.push({ path: `witnesses.${i}`, message: 'is an accused of this case' });
      else if (seen.has(w)) errors.push({ path: `witnesses.${i}`, message: 'is listed twice' });
      seen.add(w);
    });
    (await this.deps.law.getMany(input.sections)).forEach((s, i) => {
      if (!s) errors.push({ path: `sections.${i}`, message: 'is not a section of the law catalogue' });
    });
    if (!courtsFor(c.unit.path, loadCourts()).some((k) => k.code === input.courtCode && k.level !== 'high_court')) {
      errors.push({ path: 'courtCode', message: "is not a court of the case's district" });
    }
    const medical = firClockFacts(fir).categories.includes('rape');
    if (medical && input.medicalReportAttached === undefined) errors.push({ path: 'medicalReportAttached', message: 'must be stated for an offence of BNS 64-71 (BNSS 193(3)(h))' });
    if (errors.length) throw fieldProblem(errors);

    const report: FinalReportBody = {
      kind: input.kind,
      reason: input.reason ?? null,
      accused: accused.map((a) => ({ personId: a.personId, code: custody.get(a.personId)?.code ?? null, status: a.status, charged: a.charged })),
      witnesses: input.witnesses,
      sections: input.sections,
      documents: input.documents.map((d) => ({ description: d.description, pages: d.pages ?? null })),
      exhibits: input.exhibits.map(({ itemId }) => {
        const x = chains.get(itemId)!;
        return { itemId, exhibitNo: x.number, description: x.description, sealNo: x.sealNo, place: x.place, destination: x.destination };
      }),
      deviceCustody: deviceCustodyOf(items),
      medicalReportAttached: medical ? (input.medicalReportAttached ?? null) : null,
      courtCode: input.courtCode,
      summary: input.summary ?? null,
    };
    const reviewLevel = reviewLevelFor(kind, stateOfPath(c.unit.path), loadFinalReportReviewRules());
    const law = custodyLimitFor(new Date(fir.registeredAt), codes)?.law ?? 'BNSS';
    const reportId = uuidv7();
    await this.deps.events.transaction(async (tx) => {
      const reportNo = await peekNextNumber(tx, this.deps.storage.engine, finalReportScope(firId));
      await this.deps.events.append(tx, { type: 'case.final_report_submitted', entityId: firId, payload: { reportId, reportNo, law, reviewLevel, report }, actor: actor.user.id });
      if (!reviewLevel) await this.file(tx, firId, reportId, kind, actor.user.id);
      await this.deps.audit.forRequest(actor, client).success(tx, 'case.final_report', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: fir.stationCode,
        detail: { reportNo, kind: kind.code, ...(reviewLevel ? { review: reviewLevel } : { filed: true }) },
      });
    });
  }

  /** A supervisor approves a submitted report — it is filed — or returns it to the IO with remarks. */
  async review(actor: RequestActor, firId: string, reportId: string, input: FinalReportReviewInput, client: ClientInfo): Promise<void> {
    await this.deps.cases.get(firId);
    const report = await this.deps.storage.db.selectFrom('final_reports').selectAll().where('id', '=', reportId).where('fir_id', '=', firId).executeTakeFirst();
    if (!report) throw notFound('This case has no final report with this id.');
    // A report filed without review is not awaiting one (409 below); its reviewer is still asked to be a supervisor of the unit.
    const level = (report.review_level ?? 'subdivision') as UnitKind;
    const c = await this.deps.cases.forReview(actor, firId, { level, submittedBy: report.submitted_by }, client);
    if (report.status !== 'submitted') throw conflict('not-under-review', `This final report is not awaiting review (it is ${report.status}).`);
    if (input.decision === 'returned' && !input.remarks) throw fieldProblem([{ path: 'remarks', message: 'are required to return a report: say what the IO is to do' }]);
    const kind = loadInvestigationCodes().finalReportKinds.find((k) => k.code === report.kind);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'case.final_report_reviewed', entityId: firId, payload: { reportId, decision: input.decision, remarks: input.remarks ?? null }, actor: actor.user.id });
      if (input.decision === 'approved') await this.file(tx, firId, reportId, kind!, actor.user.id);
      await this.deps.audit
        .forRequest(actor, client)
        .success(tx, 'case.final_report_review', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { reportNo: report.report_no, decision: input.decision } });
    });
  }

  /** The filing: the report goes to the court and the case is charge-sheeted or closed. */
  private async file(tx: Parameters<EventLog['append']>[0], firId: string, reportId: string, kind: FinalReportKind, actor: string): Promise<void> {
    await this.deps.events.append(tx, { type: 'case.final_report_filed', entityId: firId, payload: { reportId, firStatus: firStatusOnFiling(kind) }, actor });
  }

  async informVictim(actor: RequestActor, firId: string, input: VictimProgressInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forStep(actor, firId, client);
    const errors = happenedProblems('informedAt', input.informedAt, c.fir.content, this.deps.clock.now());
    const role = input.personId ? c.fir.content.persons.find((p) => p.personId === input.personId)?.role : undefined;
    if (input.personId && role !== 'complainant' && role !== 'victim') errors.push({ path: 'personId', message: 'is not the informant or a victim of this case' });
    if (errors.length) throw fieldProblem(errors);
    const payload = { stepId: uuidv7(), at: new Date(input.informedAt).toISOString(), means: input.means, personId: input.personId ?? null, note: input.note ?? null };
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'case.victim_informed', entityId: firId, payload, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'case.victim_informed', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { means: input.means } });
    });
  }

  async recordForensicVisit(actor: RequestActor, firId: string, input: ForensicVisitInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forStep(actor, firId, client);
    const errors = happenedProblems('visitedAt', input.visitedAt, c.fir.content, this.deps.clock.now());
    if (errors.length) throw fieldProblem(errors);
    const payload = { stepId: uuidv7(), at: new Date(input.visitedAt).toISOString(), team: input.team, videoSha256: input.videoSha256 ?? null, note: input.note ?? null };
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'case.forensic_visit_recorded', entityId: firId, payload, actor: actor.user.id });
      await this.deps.audit
        .forRequest(actor, client)
        .success(tx, 'case.forensic_visit', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { video: payload.videoSha256 !== null } });
    });
  }

  /** The case's final reports and clock steps as this reader may read them: persons masked, free text redacted. */
  async view(actor: RequestActor, fir: Fir, unitPath: string, redact: Redactor) {
    const db = this.deps.storage.db;
    const [reports, steps] = await Promise.all([
      db.selectFrom('final_reports').selectAll().where('fir_id', '=', fir.id).orderBy('report_no').execute(),
      db.selectFrom('case_milestones').selectAll().where('fir_id', '=', fir.id).orderBy('at').execute(),
    ]);
    const bodies = reports.map((r) => JSON.parse(r.body) as FinalReportBody);
    const stepDetails = steps.map((s) => JSON.parse(s.detail) as { means?: string; personId?: string | null; team?: string; videoSha256?: string | null; note: string | null });
    const person = await casePersons(this.deps, actor, [
      ...bodies.flatMap((b) => [...b.accused.map((a) => a.personId), ...b.witnesses]),
      ...stepDetails.flatMap((d) => (d.personId ? [d.personId] : [])),
    ]);
    let textWithheld = false;
    const say = (t: string | null) => {
      if (t === null) return null;
      const out = redact(t);
      textWithheld ||= out.withheld;
      return out.text;
    };
    const courts = new Map(loadCourts().map((k) => [k.code, k]));
    const state = stateOfPath(unitPath);
    const finalReports = [];
    for (const [i, r] of reports.entries()) finalReports.push(await this.reportView(r, bodies[i]!, { person, say, courts, state }));
    return {
      finalReports,
      victimInformed: await Promise.all(
        steps
          .map((s, i) => ({ s, d: stepDetails[i]! }))
          .filter(({ s }) => s.kind === 'victim_informed')
          .map(async ({ s, d }) => ({ at: s.at, means: d.means!, person: d.personId ? person(d.personId) : null, note: say(d.note), recordedBy: await this.named(s.recorded_by) })),
      ),
      forensicVisits: await Promise.all(
        steps
          .map((s, i) => ({ s, d: stepDetails[i]! }))
          .filter(({ s }) => s.kind === 'forensic_visit')
          .map(async ({ s, d }) => ({ at: s.at, team: say(d.team!)!, videoSha256: d.videoSha256 ?? null, note: say(d.note), recordedBy: await this.named(s.recorded_by) })),
      ),
      textWithheld,
    };
  }

  private async reportView(
    r: FinalReportsTable,
    b: FinalReportBody,
    x: { person: Awaited<ReturnType<typeof casePersons>>; say: (t: string | null) => string | null; courts: Map<string, { code: string; nameEn: string; nameHi: string }>; state: string | null },
  ) {
    const court = x.courts.get(b.courtCode);
    return {
      id: r.id,
      reportNo: r.report_no,
      law: r.law,
      kind: kindOf(r.kind, x.state),
      status: r.status,
      reviewLevel: r.review_level,
      reason: x.say(b.reason),
      accused: b.accused.map((a) => ({ person: x.person(a.personId), code: a.code, status: a.status, charged: a.charged })),
      witnesses: b.witnesses.map(x.person),
      sections: b.sections,
      documents: b.documents.map((d) => ({ description: x.say(d.description)!, pages: d.pages })),
      exhibits: b.exhibits.map((e) => ({ itemId: e.itemId, exhibitNo: e.exhibitNo, description: x.say(e.description)!, sealNo: x.say(e.sealNo), place: e.place, destination: x.say(e.destination) })),
      deviceCustody: b.deviceCustody.map((d) => ({
        itemId: d.itemId,
        device: x.say(d.device)!,
        kind: d.kind,
        from: x.say(d.from)!,
        to: x.say(d.to)!,
        destination: x.say(d.destination),
        at: d.at,
        sealNo: x.say(d.sealNo),
      })),
      medicalReportAttached: b.medicalReportAttached,
      court: { code: b.courtCode, nameEn: court?.nameEn ?? b.courtCode, nameHi: court?.nameHi ?? b.courtCode },
      summary: x.say(b.summary),
      submittedBy: await this.named(r.submitted_by),
      submittedAt: r.submitted_at,
      review: r.reviewed_by
        ? { decision: r.status === 'returned' ? ('returned' as const) : ('approved' as const), by: await this.named(r.reviewed_by), at: r.reviewed_at!, remarks: x.say(r.review_remarks) }
        : null,
      filedAt: r.filed_at,
    };
  }

  private async named(id: string): Promise<Named> {
    return { id, name: await this.deps.userName(id) };
  }
}
