import type { z } from 'zod';
import type { Executor, Tx } from '../storage/db.js';
import type { BatchProjector, EventContract, PayloadReading, Projector, StoredEvent } from '../storage/event-log.js';
import { alertIssued } from './alert/issued.js';
import { alertWithdrawn } from './alert/withdrawn.js';
import { attachmentAdded } from './attachment/added.js';
import { caseDiaryEntryAdded } from './case/diary-entry-added.js';
import { caseIoAssigned } from './case/io-assigned.js';
import { casePropertyCourtStep } from './case/property-court-step.js';
import { casePropertyMoved } from './case/property-moved.js';
import { caseSeizureRecorded } from './case/seizure-recorded.js';
import { caseTakenOver } from './case/taken-over.js';
import { caseTransferred } from './case/transferred.js';
import { caseCrimeDetailsRecorded } from './case/crime-details-recorded.js';
import { caseFinalReportFiled, caseFinalReportReviewed, caseFinalReportSubmitted } from './case/final-report.js';
import { caseForensicVisitRecorded, caseVictimInformed } from './case/milestones.js';
import { caseAppealRecorded, caseCourtCaseRegistered, caseDisposalRecorded, caseHearingRecorded } from './case/court.js';
import { caseArrestRecorded } from './case/arrest-recorded.js';
import { caseProductionRecorded } from './case/production-recorded.js';
import { caseCustodyOrdered } from './case/custody-ordered.js';
import { caseAccusedAbsconding } from './case/accused-absconding.js';
import { complaintAssigned } from './complaint/assigned.js';
import { complaintClosed } from './complaint/closed.js';
import { complaintRegistered } from './complaint/registered.js';
import type { EventType, ProjectionContext, Routing, RoutingLookup } from './event-type.js';
import { firAmended } from './fir/amended.js';
import { firEfirSigned } from './fir/efir-signed.js';
import { firRegistered } from './fir/registered.js';
import { firTransferSent } from './fir/transfer-sent.js';
import { firTransferred } from './fir/transferred.js';
import { gdEntryAdded } from './gd/entry-added.js';
import { lawSectionCorrected } from './law/section-corrected.js';
import { ncConverted } from './nc/converted.js';
import { ncDiaryForwarded } from './nc/diary-forwarded.js';
import { ncRegistered } from './nc/registered.js';
import { missingPersonReported } from './missing-person/reported.js';
import { missingPersonStatusChanged } from './missing-person/status-changed.js';
import { unnaturalDeathIdentified } from './unnatural-death/identified.js';
import { matchConfirmed, matchRejected } from './match/decided.js';
import { matchFoundPersonConfirmed, matchFoundPersonRejected } from './match/found-decided.js';
import { foundPersonConcluded, foundPersonPlaced, foundPersonRegistered } from './found-person/found-person.js';
import { unnaturalDeathInquestRecorded } from './unnatural-death/inquest-recorded.js';
import { unnaturalDeathPostMortemRecorded } from './unnatural-death/post-mortem-recorded.js';
import { unnaturalDeathRegistered } from './unnatural-death/registered.js';
import { lostReportConverted, lostReportRegistered } from './lost-property/lost-report.js';
import { foundPropertyClaimed, foundPropertyDisposed, foundPropertyRegistered, foundPropertyReported } from './lost-property/found-property.js';
import { personCreated } from './person/created.js';
import { personMarkedChild } from './person/marked-child.js';
import { personSameMarked } from './person/same-marked.js';
import { personSameUnmarked } from './person/same-unmarked.js';
import { unitCreated } from './unit/created.js';
import { userCreated } from './user/created.js';
import { userDisabled } from './user/disabled.js';
import { userEnabled } from './user/enabled.js';
import { userLanguageSet } from './user/language-set.js';
import { userPasswordSet } from './user/password-set.js';
import { userTotpCleared } from './user/totp-cleared.js';
import { userTotpEnrolled } from './user/totp-enrolled.js';

/** Every event type a node knows. A type not listed here cannot be appended, received or replayed. */
export const EVENT_TYPES: readonly EventType[] = [
  unitCreated,
  userCreated,
  userPasswordSet,
  userTotpEnrolled,
  userTotpCleared,
  userDisabled,
  userEnabled,
  userLanguageSet,
  lawSectionCorrected,
  gdEntryAdded,
  personCreated,
  personMarkedChild,
  personSameMarked,
  personSameUnmarked,
  firRegistered,
  firAmended,
  firTransferred,
  firTransferSent,
  firEfirSigned,
  complaintRegistered,
  complaintAssigned,
  complaintClosed,
  ncRegistered,
  ncDiaryForwarded,
  ncConverted,
  attachmentAdded,
  alertIssued,
  alertWithdrawn,
  caseIoAssigned,
  caseTakenOver,
  caseDiaryEntryAdded,
  caseTransferred,
  caseSeizureRecorded,
  casePropertyMoved,
  casePropertyCourtStep,
  caseCrimeDetailsRecorded,
  caseFinalReportSubmitted,
  caseFinalReportReviewed,
  caseFinalReportFiled,
  caseVictimInformed,
  caseForensicVisitRecorded,
  caseCourtCaseRegistered,
  caseHearingRecorded,
  caseDisposalRecorded,
  caseAppealRecorded,
  caseArrestRecorded,
  caseProductionRecorded,
  caseCustodyOrdered,
  caseAccusedAbsconding,
  missingPersonReported,
  missingPersonStatusChanged,
  unnaturalDeathRegistered,
  unnaturalDeathInquestRecorded,
  unnaturalDeathPostMortemRecorded,
  unnaturalDeathIdentified,
  lostReportRegistered,
  lostReportConverted,
  foundPropertyRegistered,
  foundPropertyReported,
  foundPropertyClaimed,
  foundPropertyDisposed,
  matchConfirmed,
  matchRejected,
  foundPersonRegistered,
  foundPersonPlaced,
  foundPersonConcluded,
  matchFoundPersonConfirmed,
  matchFoundPersonRejected,
];

/**
 * The read tables the projectors write, in the order rebuild empties them (a table referring to
 * another first: users refer to units). The law catalogue's tables are not among them: they are
 * master data seeded by migration, and rebuild replays the corrections on top.
 */
function projectionTables(ctx: ProjectionContext): string[] {
  return [
    'users',
    'units',
    'gd_entries',
    'counters',
    'person_name_keys',
    'persons',
    'person_same_marks',
    ...ctx.indexTables,
    'firs',
    'fir_versions',
    'record_persons',
    'station_protected_persons',
    'complaints',
    'nc_reports',
    'nc_diaries',
    'missing_persons',
    'unnatural_deaths',
    'lost_reports',
    'found_property',
    'lost_property_imeis',
    'match_index',
    'match_decisions',
    'found_persons',
    'found_match_decisions',
    'attachments',
    'alerts',
    'case_files',
    'case_diary_entries',
    'seizures',
    'property_items',
    'property_moves',
    'case_crime_details',
    'case_mo_codes',
    'final_reports',
    'case_milestones',
    'court_cases',
    'court_hearings',
    'court_disposals',
    'court_appeals',
    'arrests',
    'custody_periods',
    'absconders',
  ];
}

const TYPE_NAME = /^[a-z][a-z_]*(\.[a-z_]+)+$/;

/** Why a declaration cannot be used, or null: a node with one refuses to start. */
function declarationProblem(def: EventType): string | null {
  if (!TYPE_NAME.test(def.type ?? '')) return 'a type name like area.what_happened';
  if (!Number.isSafeInteger(def.version) || def.version < 1) return 'a payload version (1 or more)';
  if (!def.schema || typeof (def.schema as z.ZodType).safeParse !== 'function') return 'a payload schema';
  if (!def.project && !def.projectMany) return 'a projector';
  if (typeof def.route !== 'function') return 'a routing rule';
  for (let v = 1; v < def.version; v++) {
    const older = def.older?.[v];
    if (!older?.schema || typeof older.upcast !== 'function') return `the schema of version ${v} and its upcast to ${v + 1}`;
  }
  return null;
}

function problemOf(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
  const path = [...issue.path, ...keys.slice(0, 1)].map(String).join('.');
  return { field: path || '(payload)', message: issue.message };
}

/**
 * The catalogue as a node uses it: the event log's contract (validation, upcasting, projection)
 * and the routing of each stored event for sync.
 */
export class EventCatalogue implements EventContract {
  private readonly byType = new Map<string, EventType>();
  private readonly projectors = new Map<string, { one: Projector; many?: BatchProjector }>();
  readonly tables: readonly string[];

  constructor(
    types: readonly EventType[],
    private readonly ctx: ProjectionContext,
  ) {
    for (const def of types) {
      const missing = declarationProblem(def);
      if (missing) throw new Error(`Event type ${def.type ?? '(unnamed)'} lacks ${missing} (src/events/catalogue.ts)`);
      if (this.byType.has(def.type)) throw new Error(`Event type ${def.type} is declared twice in the catalogue`);
      this.byType.set(def.type, def);
      const many = def.projectMany;
      const one = def.project;
      this.projectors.set(def.type, {
        one: one ? (tx, e, p) => one(tx, e, p, ctx) : (tx, e, p) => many!(tx, [{ event: e, payload: p }], ctx),
        ...(many ? { many: (tx, items) => many(tx, items, ctx) } : {}),
      });
    }
    this.tables = projectionTables(ctx);
  }

  types(): string[] {
    return [...this.byType.keys()];
  }

  version(type: string): number | undefined {
    return this.byType.get(type)?.version;
  }

  async read(exec: Executor, type: string, version: number, payload: unknown): Promise<PayloadReading> {
    const def = this.byType.get(type);
    if (!def) return { ok: false, field: '(type)', message: `unknown event type "${type}"` };
    let value = payload;
    for (let v = version; v < def.version; v++) {
      const older = def.older![v]!;
      const r = older.schema.safeParse(value);
      if (!r.success) return { ok: false, ...problemOf(r.error) };
      value = await older.upcast(r.data, this.ctx, exec);
    }
    const r = def.schema.safeParse(value);
    if (!r.success) return { ok: false, ...problemOf(r.error) };
    // What validated, not the schema's copy of it: the projectors see the payload as written.
    return { ok: true, payload: value as Record<string, unknown> };
  }

  projector(type: string): { one: Projector; many?: BatchProjector } {
    const p = this.projectors.get(type);
    if (!p) throw new Error(`Event type ${type} is not in the event catalogue`);
    return p;
  }

  /** Where a stored event goes in the network (its payload read at its version and upcast). */
  async route(tx: Tx, e: StoredEvent, look: RoutingLookup): Promise<Routing> {
    const r = await this.read(tx, e.type, e.payload_version, JSON.parse(e.payload));
    if (!r.ok) throw new Error(`${e.type} ${e.origin_unit}/${e.seq} cannot be routed: ${r.field}: ${r.message}`);
    return this.byType.get(e.type)!.route(e, r.payload, look);
  }
}
