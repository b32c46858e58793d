/**
 * The authorization matrix: every signed-in route × every role × a target inside and outside the
 * actor's jurisdiction. The expectations below are written out by hand, not derived from
 * ROLE_DEFINITIONS, so a change of permissions fails here until this table is changed too.
 *
 * Actors are the demo users, authenticated with bearer tokens (which skip CSRF), so the matrix
 * tests the policy alone; one test repeats a few cells over a cookie session.
 */
import type { AuditAction } from '../../src/domain/audit-actions.js';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { hashPassword, verifyPassword } from '../../src/access/passwords.js';
import { newTotpSecret } from '../../src/access/totp.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ROLES, type Role } from '../../src/domain/roles.js';
import type { User } from '../../src/directory/users.js';
import type { ClientInfo, RequestActor } from '../../src/access/auth-service.js';
import { alertInput } from '../../src/domain/schemas/alert.js';
import { arrestInput } from '../../src/domain/schemas/arrest.js';
import { complaintInput } from '../../src/domain/schemas/complaint.js';
import { ncReportInput } from '../../src/domain/schemas/nc-report.js';
import { personInput } from '../../src/domain/schemas/person.js';
import { loadCourts } from '../../src/records/court-reference.js';
import { courtsFor } from '../../src/domain/final-report-steps.js';
import { firInput } from '../../src/domain/schemas/fir.js';
import { missingPersonInput } from '../../src/domain/schemas/missing-person.js';
import { unnaturalDeathInput } from '../../src/domain/schemas/unnatural-death.js';
import { foundPersonInput } from '../../src/domain/schemas/found-person.js';
import { foundClaimInput, foundPropertyInput, lostReportInput } from '../../src/domain/schemas/lost-property.js';
import { propertyMoveInput, seizureInput } from '../../src/domain/schemas/property.js';
import { appealInput, courtCaseInput, crimeDetailsInput, disposalInput, finalReportInput } from '../../src/domain/schemas/final-report.js';
import { ManualClock } from '../../src/util/clock.js';
import { sha256Hex } from '../../src/util/hash.js';
import { pngOf } from '../support/images.js';
import { ApiClient, type Answer } from '../support/client.js';
import { ok, refused, type AnswerOf, type Refusal, type RouteKey, type Success, shown } from '../support/answers.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * allow: 2xx with the expected body.
 * deny:  403 problem, nothing written, a `denied` audit entry.
 * empty: 200 but the jurisdiction filter leaves out everything outside (lists only).
 * n/a:   the cell does not exist: self routes have no target, and the nation has no outside.
 */
type Cell = 'allow' | 'deny' | 'empty' | 'n/a';
type Row = Record<Role, { in: Cell; out: Cell }>;

/** A row's columns: the role each header name of the table stands for, in order. */
const COLUMNS = {
  writer: 'station_writer',
  io: 'investigating_officer',
  sho: 'station_house_officer',
  sdpo: 'sub_divisional_officer',
  sp: 'superintendent',
  scrb: 'scrb_officer',
  ncrb: 'ncrb_officer',
  fsl: 'forensic_analyst',
  fpb: 'fingerprint_expert',
  cr: 'control_room_operator',
  admin: 'administrator',
  audit: 'auditor',
} as const satisfies Record<string, Role>;
const CELL: Record<string, Cell> = { a: 'allow', d: 'deny', e: 'empty', '-': 'n/a' };

/**
 * A row written as a line of the table: one `in/out` pair a role, in the order of COLUMNS, where
 * a = allow, d = deny, e = empty, - = n/a. A line with a role missing or a cell misspelt throws.
 */
function row(line: string): Row {
  const roles = Object.values(COLUMNS);
  const pairs = line.trim().split(/\s+/);
  assert.deepEqual([...roles].sort(), [...ROLES].sort(), 'COLUMNS names every role once');
  assert.equal(pairs.length, roles.length, `a cell for each of the ${roles.length} roles: ${line}`);
  return Object.fromEntries(
    roles.map((role, i) => {
      const [inside, outside] = pairs[i]!.split('/').map((c) => CELL[c]);
      assert.ok(inside && outside, `${role}: ${pairs[i]} is not a cell`);
      return [role, { in: inside, out: outside }];
    }),
  ) as Row;
}

const SELF_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/-    a/- a/- a/-  a/- a/-  a/-  a/- a/- a/- a/-   a/-',
);

/** Reading users and the audit trail: supervisors and administrators, inside their subtree. */
const READ_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d a/e a/e  a/e a/e  a/-  d/d d/d d/d a/e   d/d',
);

/** The audit trail: as reading users, and the auditor (who reads no accounts), inside their subtree. */
const AUDIT_READ_ROW: Row = { ...READ_ROW, auditor: { in: 'allow', out: 'empty' } };

/** Reading one user by id: as above, but a user outside is refused outright. */
const READ_ONE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d a/d a/d  a/d a/d  a/-  d/d d/d d/d a/d   d/d',
);

/** Creating and managing accounts: the SHO for the station's own writer/IO, administrators for all. */
const MANAGE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d a/d d/d  d/d d/d  d/-  d/d d/d d/d a/d   d/d',
);

/**
 * Correcting the law catalogue: national master data, so there is no "outside"; state and
 * national administrators, the SCRB and the NCRB. (An administrator below state level has the
 * action but is refused by the service: see law-catalogue.test.ts.)
 */
const LAW_CORRECT_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/-    d/- d/- d/-  d/- a/-  a/-  d/- d/- d/- a/-   d/-',
);

/**
 * Reading one station record (FIR, complaint, person, attachment, GD, dashboard): the station's
 * own staff and the supervisors above it; outside the subtree a refusal. Labs, bureaux, the
 * control room and administrators (who manage accounts, not case records) never.
 */
const RECORD_READ_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/d    a/d a/d a/d  a/d a/d  a/-  d/d d/d d/d d/d   d/d',
);

/** Lists of station records (and person suggestions): as above, but outside is filtered away. */
const RECORD_LIST_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/e    a/e a/e a/e  a/e a/e  a/-  d/d d/d d/d d/d   d/d',
);

/** Registering complaints and FIRs (and converting one to the other): station staff, at their own station only. */
const REGISTER_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/d    a/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/**
 * Uploading a photo: station staff. The upload always belongs to the uploader's own station
 * (the request names no station), so there is no "outside".
 */
/** The list of a state's police stations: master data every records reader may need; no "outside". */
const STATIONS_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/-    a/- a/- a/-  a/- a/-  a/-  d/- d/- d/- d/-   d/-',
);

const UPLOAD_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/-    a/- a/- d/-  d/- d/-  d/-  d/- d/- d/- d/-   d/-',
);

/** Writing the General Diary and correcting it: station staff, at their own station. */
const GD_WRITE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/d    a/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** Amending an FIR and recording an e-FIR signature: the IO and the SHO of the station (not the writer). */
const AMEND_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    a/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** Assigning a complaint's enquiry: the SHO of the station only. */
const ASSIGN_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** Closing a complaint (disposed of, or non-cognizable): the IO and the SHO of the station. */
const CLOSE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    a/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** Transferring an FIR to another station: the SHO of the station only. */
const TRANSFER_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/**
 * Reading a case file and its diary (BNSS 192): the case's IO (the matrix case names io.pune1 at
 * MH-PUN-PS01), the SHO and the supervisors of investigations (SDPO, SP). Not the writer, not the
 * SCRB or NCRB, who read records but do not supervise investigations; never outside.
 */
const CASE_READ_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    a/d a/d a/d  a/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** A step of an investigation (the case diary): only the case's IO — the SHO and supervisors too are refused until assigned or taking over. */
const CASE_ACT_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    a/d d/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/**
 * Recording a case's course in court (its number, hearings, judgment, appeal): the case's IO and
 * the SHO of its station; supervisors too are refused until they take the case over.
 */
const COURT_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    a/d a/d d/d  d/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** Approving a closure report (Maharashtra's rules: the SDPO or the SP, inside their jurisdiction); not the SHO, below the level. */
const FINAL_REPORT_REVIEW_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d d/d a/d  a/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** Taking a case over on record: the supervisors of investigations (SDPO, SP), inside their jurisdiction. */
const TAKE_OVER_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d d/d a/d  a/d d/d  d/-  d/d d/d d/d d/d   d/d',
);

/** A movement of a seized item, or the court's step on it: the case's IO and the keeper of the station's property room (the SHO). */
const PROPERTY_MOVE_ROW: Row = { ...CASE_ACT_ROW, station_house_officer: { in: 'allow', out: 'deny' } };

/**
 * Reading the list of alerts: everyone who passes lookout notices on (station staff, the
 * supervisors, the control room), not labs, bureaux or administrators. "Inside" is an alert
 * addressed to the actor's inside place (their unit or one beneath it); "outside" one addressed
 * to a unit that is neither above nor beneath them, which the list leaves out.
 */
const ALERT_LIST_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/e    a/e a/e a/e  a/e a/e  a/-  d/d d/d a/e d/d   d/d',
);

/** The photo of one alert: the same readers, but an alert not addressed to them is refused outright. */
const ALERT_READ_ONE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  a/d    a/d a/d a/d  a/d a/d  a/-  d/d d/d a/d d/d   d/d',
);

/**
 * Issuing and withdrawing an alert: the supervisors (SDPO, SP, SCRB, NCRB), to their own unit or
 * one beneath it. Station staff and the control room receive alerts but do not issue them;
 * administrators manage accounts, not lookout notices.
 */
const ALERT_ISSUE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d d/d a/d  a/d a/d  a/-  d/d d/d d/d d/d   d/d',
);

/**
 * Uploading the photo of an alert: those who issue alerts. The upload belongs to the uploader's
 * own unit (the request names no unit), so there is no "outside".
 */
const ALERT_UPLOAD_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/-    d/- d/- a/-  a/- a/-  a/-  d/- d/- d/- d/-   d/-',
);

/**
 * "Sync now": the SHO (when the link has come back) and administrators; the round is this
 * node's own, so there is no "outside". The matrix node is standalone and has no upstream, so
 * for those the gate lets through the node answers 409 not-enrolled ("nothing to sync with"):
 * on this row "allow" is that answer — past the gate, nothing written, no denial audited —
 * against the 403 and the denied audit entry of everyone else.
 */
const SYNC_RUN_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/-    d/- a/- d/-  d/- d/-  d/-  d/- d/- d/- a/-   d/-',
);

/**
 * The sync health of the nodes enrolled below this one: the supervisors and administrators,
 * for the nodes inside their subtree; a node outside is left out of the list. Runs on the
 * state node of Maharashtra (see NODE_STATIONS), where "inside" is the node of the actor's
 * inside station and "outside" the node of their outside station.
 */
const NODE_READ_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d d/d a/e  a/e a/e  a/-  d/d d/d d/d a/e   d/d',
);

/**
 * Registering a node (its one-time enrolment code) and revoking one: administrators only, for a
 * unit inside their subtree. On the state node of Maharashtra, as above: the SCRB and the NCRB
 * watch nodes (node.read) but do not enrol or revoke them.
 */
const NODE_MANAGE_ROW = row(
  // writer io  sho sdpo sp  scrb ncrb fsl fpb cr  admin audit
  '  d/d    d/d d/d d/d  d/d d/d  d/-  d/d d/d d/d a/d   d/d',
);

/** The expectation table: every route open to a signed-in user. */
const MATRIX: Record<string, Row> = {
  'GET /api/v1/me': SELF_ROW,
  'PATCH /api/v1/me': SELF_ROW,
  'POST /api/v1/me/password': SELF_ROW,
  'GET /api/v1/me/audit': SELF_ROW,
  'GET /api/v1/roles': SELF_ROW, // everyone may ask; the answer is the roles they may assign (below)
  'GET /api/v1/units': SELF_ROW, // one's own subtree
  'GET /api/v1/users': READ_ROW,
  'GET /api/v1/users/:id': READ_ONE_ROW,
  'POST /api/v1/users': MANAGE_ROW,
  'POST /api/v1/users/:id/disable': MANAGE_ROW,
  'POST /api/v1/users/:id/enable': MANAGE_ROW,
  'POST /api/v1/users/:id/reset': MANAGE_ROW,
  'POST /api/v1/users/:id/unlock': MANAGE_ROW,
  'GET /api/v1/audit': AUDIT_READ_ROW,
  'GET /api/v1/law/sections': SELF_ROW, // every police user chooses sections
  'GET /api/v1/law/sections/:act/:section': SELF_ROW,
  'GET /api/v1/law/acts': SELF_ROW,
  'GET /api/v1/investigation/codes': SELF_ROW, // code lists and courts, no personal data
  'GET /api/v1/stations': STATIONS_ROW,
  'POST /api/v1/law/sections/:act/:section/corrections': LAW_CORRECT_ROW,
  // Station records: "inside" is a record of the actor's station (or one in their subtree), "outside" one elsewhere.
  'GET /api/v1/firs/:id': RECORD_READ_ROW,
  'GET /api/v1/firs/:id/versions': RECORD_READ_ROW,
  'GET /api/v1/firs/:id/copy.pdf': RECORD_READ_ROW,
  'GET /api/v1/complaints/:id': RECORD_READ_ROW,
  'GET /api/v1/persons/:id': RECORD_READ_ROW,
  'GET /api/v1/attachments/:sha256': RECORD_READ_ROW,
  'GET /api/v1/gd': RECORD_READ_ROW, // ?station=
  'GET /api/v1/stations/:code/dashboard': RECORD_READ_ROW,
  'GET /api/v1/units/:code/register-counts': RECORD_READ_ROW, // the cell's station as the unit counted
  'GET /api/v1/firs': RECORD_LIST_ROW, // ?station=
  'GET /api/v1/complaints': RECORD_LIST_ROW, // ?station=
  'GET /api/v1/persons/matches': RECORD_LIST_ROW, // persons owned outside are not offered
  // Record search: outside, only hit/no-hit per holding station (the "empty" check looks for it).
  'GET /api/v1/search/vehicles': RECORD_LIST_ROW,
  'GET /api/v1/search/phones': RECORD_LIST_ROW,
  'GET /api/v1/search/firs': RECORD_LIST_ROW,
  'GET /api/v1/search/persons': RECORD_LIST_ROW,
  'GET /api/v1/search/accused': RECORD_READ_ROW, // ?unit= the cell's station: a unit outside is refused, not emptied
  'GET /api/v1/search/property': RECORD_READ_ROW,
  // Stolen property: outside, the public part only (FIR number, station, dates), no case.
  'GET /api/v1/stolen-property/check': RECORD_LIST_ROW,
  'GET /api/v1/stations/:code/stolen-property': RECORD_READ_ROW,
  'GET /api/v1/persons/:id/same-as': RECORD_READ_ROW,
  'POST /api/v1/persons/:id/same-as': AMEND_ROW, // deciding two records are one person: IO and SHO
  'POST /api/v1/same-person-marks/:id/withdraw': AMEND_ROW,
  'POST /api/v1/complaints': REGISTER_ROW,
  'POST /api/v1/missing-persons': REGISTER_ROW,
  'GET /api/v1/missing-persons': RECORD_READ_ROW, // ?station=: a station outside is refused, not emptied
  'GET /api/v1/missing-persons/:id': RECORD_READ_ROW,
  'GET /api/v1/missing-persons/:id/report.pdf': RECORD_READ_ROW,
  'POST /api/v1/missing-persons/:id/status': AMEND_ROW,
  'POST /api/v1/unnatural-deaths': REGISTER_ROW,
  'GET /api/v1/unnatural-deaths': RECORD_READ_ROW, // ?station=: a station outside is refused, not emptied
  'GET /api/v1/unnatural-deaths/:id': RECORD_READ_ROW,
  'GET /api/v1/unnatural-deaths/:id/report.pdf': RECORD_READ_ROW,
  'POST /api/v1/unnatural-deaths/:id/inquest': AMEND_ROW,
  'POST /api/v1/unnatural-deaths/:id/post-mortem': AMEND_ROW,
  'POST /api/v1/unnatural-deaths/:id/identify': AMEND_ROW,
  'POST /api/v1/lost-reports': REGISTER_ROW,
  'GET /api/v1/lost-reports': RECORD_READ_ROW, // ?station=: a station outside is refused, not emptied
  'GET /api/v1/lost-reports/:id': RECORD_READ_ROW,
  'GET /api/v1/lost-reports/:id/report.pdf': RECORD_READ_ROW,
  'POST /api/v1/lost-reports/:id/convert': REGISTER_ROW,
  'POST /api/v1/found-property': REGISTER_ROW,
  'GET /api/v1/found-property': RECORD_READ_ROW,
  'GET /api/v1/found-property/:id': RECORD_READ_ROW,
  'GET /api/v1/found-property/:id/receipt.pdf': RECORD_READ_ROW,
  'POST /api/v1/found-property/:id/magistrate-report': AMEND_ROW,
  'POST /api/v1/found-property/:id/claim': AMEND_ROW,
  'POST /api/v1/found-property/:id/dispose': AMEND_ROW,
  // Matching: the candidates of a record its readers see (from the whole State); a pair decided by an officer who may amend either station's records.
  'GET /api/v1/missing-persons/:id/match-candidates': RECORD_READ_ROW,
  'GET /api/v1/unnatural-deaths/:id/match-candidates': RECORD_READ_ROW,
  // A candidate's photo: to the readers of the record it is a candidate of, wherever the candidate's station.
  'GET /api/v1/missing-persons/:id/match-candidates/:candidateId/photo': RECORD_READ_ROW,
  'GET /api/v1/unnatural-deaths/:id/match-candidates/:candidateId/photo': RECORD_READ_ROW,
  'POST /api/v1/matches/confirm': AMEND_ROW,
  'POST /api/v1/matches/reject': AMEND_ROW,
  'POST /api/v1/found-persons': REGISTER_ROW,
  'GET /api/v1/found-persons': RECORD_READ_ROW, // ?station=: a station outside is refused, not emptied
  'GET /api/v1/found-persons/:id': RECORD_READ_ROW,
  'GET /api/v1/found-persons/:id/report.pdf': RECORD_READ_ROW,
  'POST /api/v1/found-persons/:id/placement': AMEND_ROW,
  'POST /api/v1/found-persons/:id/outcome': AMEND_ROW,
  'GET /api/v1/found-persons/:id/match-candidates': RECORD_READ_ROW,
  'POST /api/v1/matches/found-persons/confirm': AMEND_ROW,
  'POST /api/v1/matches/found-persons/reject': AMEND_ROW,
  'POST /api/v1/firs': REGISTER_ROW,
  'POST /api/v1/complaints/:id/convert': REGISTER_ROW,
  // The NC register (BNSS 174): registered, converted on the Magistrate's order and its diary forwarded by station staff at their own station.
  'POST /api/v1/nc-reports': REGISTER_ROW,
  'POST /api/v1/nc-reports/:id/convert': REGISTER_ROW,
  'POST /api/v1/nc-diaries': REGISTER_ROW,
  'GET /api/v1/nc-reports/:id': RECORD_READ_ROW,
  'GET /api/v1/nc-reports': RECORD_LIST_ROW, // ?station=
  'GET /api/v1/nc-diaries/diary.pdf': RECORD_READ_ROW, // ?station=
  'POST /api/v1/attachments': UPLOAD_ROW,
  'POST /api/v1/gd': GD_WRITE_ROW,
  'POST /api/v1/gd/corrections': GD_WRITE_ROW,
  'POST /api/v1/firs/:id/amendments': AMEND_ROW,
  'POST /api/v1/firs/:id/efir-signature': AMEND_ROW,
  'POST /api/v1/complaints/:id/assign': ASSIGN_ROW,
  'POST /api/v1/complaints/:id/close': CLOSE_ROW,
  'POST /api/v1/firs/:id/transfer': TRANSFER_ROW,
  // Case files: the matrix case at each station has that station's officer as its IO (io.pune1 at MH-PUN-PS01).
  'GET /api/v1/cases/:firId': CASE_READ_ROW,
  'GET /api/v1/cases/:firId/diary': CASE_READ_ROW,
  'POST /api/v1/cases/:firId/assignment': ASSIGN_ROW, // the SHO names the IO
  'POST /api/v1/cases/:firId/takeover': TAKE_OVER_ROW,
  'POST /api/v1/cases/:firId/transfer': TRANSFER_ROW, // the SHO of the unit investigating it
  'POST /api/v1/cases/:firId/diary': CASE_ACT_ROW,
  // Seizures and the property room: the matrix case's IO seizes; the SHO keeps the property room.
  'POST /api/v1/cases/:firId/seizures': CASE_ACT_ROW,
  'POST /api/v1/cases/:firId/seizures/:seizureId/recording': CASE_ACT_ROW,
  'POST /api/v1/cases/:firId/property/:itemId/moves': PROPERTY_MOVE_ROW,
  'POST /api/v1/cases/:firId/property/:itemId/court-steps': PROPERTY_MOVE_ROW,
  'GET /api/v1/cases/:firId/seizures/:seizureId/memo.pdf': CASE_READ_ROW,
  'GET /api/v1/cases/:firId/seizures/:seizureId/bsa63.pdf': CASE_READ_ROW,
  'GET /api/v1/stations/:code/property-room': RECORD_READ_ROW,
  'GET /api/v1/stations/:code/property-room/:itemId': RECORD_READ_ROW,
  'POST /api/v1/cases/:firId/crime-details': CASE_ACT_ROW,
  'GET /api/v1/cases/:firId/similar': CASE_READ_ROW,
  'GET /api/v1/cases/:firId/final-report.pdf': CASE_READ_ROW,
  'GET /api/v1/cases/:firId/crime-details.pdf': CASE_READ_ROW,
  'POST /api/v1/cases/:firId/final-reports': CASE_ACT_ROW, // filed only by the case's IO
  'POST /api/v1/cases/:firId/final-reports/:reportId/review': FINAL_REPORT_REVIEW_ROW,
  'POST /api/v1/cases/:firId/victim-progress': CASE_ACT_ROW,
  'POST /api/v1/cases/:firId/forensic-visit': CASE_ACT_ROW,
  'POST /api/v1/cases/:firId/court-case': COURT_ROW,
  'POST /api/v1/cases/:firId/hearings': COURT_ROW,
  'POST /api/v1/cases/:firId/disposal': COURT_ROW,
  'POST /api/v1/cases/:firId/appeals': COURT_ROW,
  'GET /api/v1/cases/:firId/disposals/:disposalId/form.pdf': CASE_READ_ROW,
  'GET /api/v1/cases/:firId/appeals/:appealId/form.pdf': CASE_READ_ROW,
  'POST /api/v1/cases/:firId/arrests': CASE_ACT_ROW,
  'POST /api/v1/cases/:firId/arrests/:arrestId/production': CASE_ACT_ROW,
  'POST /api/v1/cases/:firId/arrests/:arrestId/custody': CASE_ACT_ROW,
  'GET /api/v1/cases/:firId/arrests/:arrestId/memo.pdf': CASE_READ_ROW,
  'POST /api/v1/cases/:firId/absconding': CASE_ACT_ROW,
  'GET /api/v1/arrested-persons': RECORD_READ_ROW, // ?unit= the station: the police of the unit (BNSS 37)
  // Alerts: "inside" is an alert addressed to the actor's inside place, "outside" one addressed to their outside place.
  'GET /api/v1/alerts': ALERT_LIST_ROW,
  'GET /api/v1/alerts/:id/photo': ALERT_READ_ONE_ROW,
  'POST /api/v1/alerts': ALERT_ISSUE_ROW, // targetUnit: the place
  'POST /api/v1/alerts/:id/withdraw': ALERT_ISSUE_ROW, // decided on the alert's target unit
  'POST /api/v1/alerts/photos': ALERT_UPLOAD_ROW,
  // This node and its link upward (on the matrix node: standalone, no upstream).
  'GET /api/v1/node': SELF_ROW, // every signed-in user may see what node they are on
  'POST /api/v1/node/sync': SYNC_RUN_ROW,
  // The nodes enrolled below: on a second server, the state node of Maharashtra (nodeServer).
  'GET /api/v1/nodes': NODE_READ_ROW,
  'POST /api/v1/nodes': NODE_MANAGE_ROW, // unitCode: the station
  'POST /api/v1/nodes/:id/revoke': NODE_MANAGE_ROW, // decided on the node's unit
};

/** What GET /roles answers for each role. */
const ASSIGNABLE: Record<Role, Role[]> = {
  station_writer: [],
  investigating_officer: [],
  station_house_officer: ['station_writer', 'investigating_officer'],
  sub_divisional_officer: [],
  superintendent: [],
  scrb_officer: [],
  ncrb_officer: [],
  forensic_analyst: [],
  fingerprint_expert: [],
  control_room_operator: [],
  administrator: [...ROLES],
  auditor: [],
};

/** Routes that need no user at all. */
const PUBLIC_ROUTES = ['GET /healthz', 'GET /api/v1/session', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'GET /api/v1/verify/:code'];
/** Routes for a sign-in part-way through; a bearer token may never use them. */
const SIGNING_IN_ROUTES: Record<string, unknown> = {
  'POST /api/v1/auth/totp': { code: '123456' },
  'GET /api/v1/auth/enrolment': undefined,
  'POST /api/v1/auth/enrolment': { code: '123456' },
  'POST /api/v1/auth/password': { newPassword: 'a-perfectly-fine-passphrase' },
};

/** A unit and a role that fits it, where targets are made. */
interface Place {
  unit: string;
  role: Role;
}

/** One demo user per role; "inside" lies in their subtree, "outside" does not. */
const ACTORS: Record<Role, { username: string; unit: string; inside: Place; outside: Place | null }> = {
  station_writer: { username: 'writer.pune1', unit: 'MH-PUN-PS01', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-PUN-PS02', role: 'station_writer' } },
  investigating_officer: { username: 'io.pune1', unit: 'MH-PUN-PS01', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-PUN-PS02', role: 'station_writer' } },
  station_house_officer: { username: 'sho.pune1', unit: 'MH-PUN-PS01', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-PUN-PS02', role: 'station_writer' } },
  sub_divisional_officer: { username: 'sdpo.pune', unit: 'MH-PUN-SD1', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-NSK-PS01', role: 'station_writer' } },
  superintendent: { username: 'sp.pune', unit: 'MH-PUN', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-NSK-PS01', role: 'station_writer' } },
  scrb_officer: { username: 'scrb.mh', unit: 'MH', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'DL-NDL-PS01', role: 'station_writer' } },
  ncrb_officer: { username: 'ncrb', unit: 'IN', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: null },
  forensic_analyst: { username: 'fsl.mh', unit: 'MH-FSL', inside: { unit: 'MH-FSL', role: 'forensic_analyst' }, outside: { unit: 'MH-PUN-PS01', role: 'station_writer' } },
  fingerprint_expert: { username: 'fpb.mh', unit: 'MH-FPB', inside: { unit: 'MH-FPB', role: 'fingerprint_expert' }, outside: { unit: 'MH-PUN-PS01', role: 'station_writer' } },
  control_room_operator: { username: 'cr.mh', unit: 'MH-CR', inside: { unit: 'MH-CR', role: 'control_room_operator' }, outside: { unit: 'MH-PUN-PS01', role: 'station_writer' } },
  administrator: { username: 'admin.mh', unit: 'MH', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'DL-NDL-PS01', role: 'station_writer' } },
  auditor: { username: 'audit.mh', unit: 'MH', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'DL-NDL-PS01', role: 'station_writer' } },
};

/**
 * The police station whose records a station-records cell acts on: inside the actor's subtree
 * and outside it. Labs, bureaux and the control room have no station below them: their "in" is a
 * station of their own state, their "out" one of another state (they are refused both).
 */
const RECORD_STATION: Record<Role, { in: string; out: string | null }> = {
  station_writer: { in: 'MH-PUN-PS01', out: 'MH-PUN-PS02' },
  investigating_officer: { in: 'MH-PUN-PS01', out: 'MH-PUN-PS02' },
  station_house_officer: { in: 'MH-PUN-PS01', out: 'MH-PUN-PS02' },
  sub_divisional_officer: { in: 'MH-PUN-PS01', out: 'MH-NSK-PS01' },
  superintendent: { in: 'MH-PUN-PS01', out: 'MH-NSK-PS01' },
  scrb_officer: { in: 'MH-PUN-PS01', out: 'DL-NDL-PS01' },
  ncrb_officer: { in: 'MH-PUN-PS01', out: null },
  forensic_analyst: { in: 'MH-PUN-PS01', out: 'DL-NDL-PS01' },
  fingerprint_expert: { in: 'MH-PUN-PS01', out: 'DL-NDL-PS01' },
  control_room_operator: { in: 'MH-PUN-PS01', out: 'DL-NDL-PS01' },
  administrator: { in: 'MH-PUN-PS01', out: 'DL-NDL-PS01' },
  auditor: { in: 'MH-PUN-PS01', out: 'DL-NDL-PS01' },
};

type Side = 'in' | 'out';
const key = (d: { method: string; path: string }) => `${d.method} ${d.path}`;
/** Routes whose records have no place in the unit tree (one's own; the law catalogue; one's own uploads; this node's sync round): no "outside". */
const SELF_ROUTES = new Set(
  Object.entries(MATRIX)
    .filter(([, row]) => row === SELF_ROW || row === LAW_CORRECT_ROW || row === UPLOAD_ROW || row === STATIONS_ROW || row === ALERT_UPLOAD_ROW || row === SYNC_RUN_ROW)
    .map(([k]) => k),
);

/** A station record a cell acts on: its id (an attachment's SHA-256), its station, and what the checks need. */
type Rec = { id: string; station: string; [k: string]: string };

/** A valid arrest memo of an accused, the day before the matrix clock. */
function arrestBody(personId: string) {
  return {
    personId,
    outcome: 'arrested_sent_up',
    at: '2026-03-09T12:00:00+05:30',
    place: 'Bus stand, Baramati',
    grounds: 'Named by the complainant; found with the stolen motorcycle.',
    personInformed: { name: 'Dattu Waghmare', relationship: 'father', informedAt: '2026-03-09T12:30:00+05:30' },
    attestingWitness: 'Ramesh Kale, Ward 4',
  };
}

/** A valid IIF-1 body (a motorcycle theft the day before the matrix clock); cells override what they probe. */
function firBody(overrides: Record<string, unknown> = {}) {
  return {
    stationCode: 'MH-PUN-PS01',
    infoType: 'written',
    occurredFrom: '2026-03-09T01:00:00+05:30',
    occurredTo: '2026-03-09T05:00:00+05:30',
    infoReceivedAt: '2026-03-09T09:30:00+05:30',
    place: { address: 'Near Bhigwan Chowk, Baramati' },
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { person: { name: 'Suresh Pawar', gender: 'male', age: 41 } },
    properties: [{ description: 'Hero Splendor motorcycle MH12AB1234', category: 'vehicle', value: 65000 }],
    briefFacts: 'The complainant states that his motorcycle was stolen from outside his house.',
    ...overrides,
  };
}

describe('authorization matrix', () => {
  let server: TestServer;
  const clock = new ManualClock('2026-03-10T04:30:00Z');
  let targetHash: string;
  let serial = 0;
  /** Current password of each demo user (POST /me/password changes them). */
  const passwordOf = new Map<string, string>();
  const actors = new Map<Role, { user: User; bearer: ApiClient }>();
  /**
   * The node rows (GET/POST /nodes, revoke) need a node that enrols others; the matrix node is
   * standalone. They run on this second server: the state node of Maharashtra, which enrols
   * police-station nodes, with the same demo actors (and their own tokens). Registering nodes
   * there leaves the matrix node's station records where they are.
   */
  let nodeServer: TestServer;
  const nodeActors = new Map<Role, { user: User; bearer: ApiClient }>();
  /** Issues the alerts the alert cells act on: the NCRB officer, whose jurisdiction is the nation. */
  let alertIssuer: RequestActor;
  /** The photo of the alerts whose photo cells read it, as stored (uploads are encoded again). */
  let ALERT_PHOTO: Buffer;

  /** A second state with a station, so that state-level actors have an "outside". */
  async function addDelhi(node: TestServer['node']) {
    await node.events.transaction(async (tx) => {
      await node.units.create(tx, { code: 'DL-NDL', kind: 'district', parentCode: 'DL', nameEn: 'New Delhi', nameHi: 'नई दिल्ली' }, 'test');
      await node.units.create(tx, { code: 'DL-NDL-SD1', kind: 'subdivision', parentCode: 'DL-NDL', nameEn: 'Chanakyapuri', nameHi: 'चाणक्यपुरी' }, 'test');
      await node.units.create(tx, { code: 'DL-NDL-PS01', kind: 'police_station', parentCode: 'DL-NDL-SD1', nameEn: 'Test Station', nameHi: 'परीक्षण थाना' }, 'test');
    });
  }

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const { node } = server;
    await addDelhi(node);
    targetHash = await hashPassword('matrix-target-password-2026');
    for (const role of ROLES) {
      const user = (await node.users.byUsername(ACTORS[role].username))!;
      const bearer = new ApiClient(server.app);
      bearer.bearer = (await node.tokens.create(user.id, 'matrix', null, 'test')).token;
      actors.set(role, { user, bearer });
      passwordOf.set(user.username, DEMO_PASSWORD);
    }
    alertIssuer = (await node.auth.actorFromToken((await node.tokens.create(actors.get('ncrb_officer')!.user.id, 'matrix alerts', null, 'test')).token))!;
    const alertPhoto = await node.attachments.addPhoto(alertIssuer, pngOf(150, 4242), 'image/png', { ip: '10.9.9.9', userAgent: 'authorization-matrix' }, 'alert.issue');
    ALERT_PHOTO = node.sync.files.read(alertPhoto.sha256);

    nodeServer = await startTestServer({ clock, listen: false, node: { tier: 'state', unit: 'MH' } });
    const n = nodeServer.node;
    await addDelhi(n);
    for (const role of ROLES) {
      const { username, unit } = ACTORS[role];
      // A state node holds the demo users of its own state only: the NCRB officer is added.
      if (!(await n.users.byUsername(username))) {
        await n.events.transaction((tx) =>
          n.users.create(
            tx,
            { id: randomUUID(), username, displayName: `${username} (matrix)`, role, unitCode: unit, language: 'en', passwordHash: targetHash, mustChangePassword: false, totpSecret: null },
            'test',
          ),
        );
      }
      const user = (await n.users.byUsername(username))!;
      const bearer = new ApiClient(nodeServer.app);
      bearer.bearer = (await n.tokens.create(user.id, 'matrix', null, 'test')).token;
      nodeActors.set(role, { user, bearer });
    }
  });
  after(async () => {
    await nodeServer?.close();
    await server.close();
  });

  const db = () => server.node.storage.db;

  /** A fresh station writer (or other role) at a place, enrolled in TOTP, optionally disabled or locked. */
  async function makeTarget(place: Place, opts: { disabled?: boolean; locked?: boolean } = {}): Promise<User> {
    const { node } = server;
    const id = randomUUID();
    await node.events.transaction(async (tx) => {
      await node.users.create(
        tx,
        {
          id,
          username: `target-${++serial}`,
          displayName: `Matrix target ${serial}`,
          role: place.role,
          unitCode: place.unit,
          language: 'en',
          passwordHash: targetHash,
          mustChangePassword: false,
          totpSecret: node.secrets.seal(newTotpSecret()),
        },
        'test',
      );
      if (opts.disabled) await node.users.setStatus(tx, id, 'disabled', 'test', 'set up for the matrix');
    });
    if (opts.locked) {
      for (let i = 0; i < node.config.security.lockoutThreshold; i++) await node.guard.recordFailure(id);
      assert.ok(await node.guard.lockedUntil(id), 'target is locked');
    }
    return (await node.users.byId(id))!;
  }

  async function deniedEntries(actorId: string, action: string) {
    return db().selectFrom('audit_log').selectAll().where('actor_id', '=', actorId).where('action', '=', action).where('outcome', '=', 'denied').orderBy('seq', 'desc').execute();
  }

  async function subtreeCodes(unitCode: string): Promise<Set<string>> {
    const unit = (await server.node.units.get(unitCode))!;
    return new Set((await server.node.units.subtree(unit.path)).map((u) => u.code));
  }

  async function addAuditMarker(unit: string): Promise<string> {
    const marker = `marker-${++serial}`;
    await server.node.audit.record(db(), { actor: null, action: 'matrix.marker' as AuditAction /* a marker no real action writes */, outcome: 'success', targetUnit: unit, detail: { marker } });
    return marker;
  }

  // ---- Station records: made directly through the services, one fresh record per cell. ----

  const RECORD_CLIENT: ClientInfo = { ip: '10.9.9.9', userAgent: 'authorization-matrix' };
  const stationActors = new Map<string, RequestActor>();

  /** An SHO of the station, to make the records a cell acts on; created where the demo has none. */
  async function stationActor(code: string): Promise<RequestActor> {
    const known = stationActors.get(code);
    if (known) return known;
    const { node } = server;
    const demo: Record<string, string> = { 'MH-PUN-PS01': 'sho.pune1', 'MH-NSK-PS01': 'sho.nashik1' };
    let user = demo[code] ? await node.users.byUsername(demo[code]!) : null;
    if (!user) {
      const id = randomUUID();
      await node.events.transaction((tx) =>
        node.users.create(
          tx,
          {
            id,
            username: `sho.${code.toLowerCase()}`,
            displayName: `SHO ${code} (matrix)`,
            role: 'station_house_officer',
            unitCode: code,
            language: 'en',
            passwordHash: targetHash,
            mustChangePassword: false,
            totpSecret: null,
          },
          'test',
        ),
      );
      user = (await node.users.byId(id))!;
    }
    const actor = (await node.auth.actorFromToken((await node.tokens.create(user.id, 'matrix records', null, 'test')).token))!;
    assert.equal(actor.unit.code, code);
    stationActors.set(code, actor);
    return actor;
  }

  /** An officer of the station to whom a complaint may be assigned. */
  async function officerAt(code: string): Promise<string> {
    if (code === 'MH-PUN-PS01') return (await server.node.users.byUsername('io.pune1'))!.id;
    return (await stationActor(code)).user.id;
  }

  /** The IO of the matrix case at a station (io.pune1 at MH-PUN-PS01, the SHO elsewhere), as an actor for the services. */
  async function ioActor(station: string): Promise<RequestActor> {
    if (station !== 'MH-PUN-PS01') return stationActor(station);
    const io = (await server.node.users.byUsername('io.pune1'))!;
    return (await server.node.auth.actorFromToken((await server.node.tokens.create(io.id, 'matrix case', null, 'test')).token))!;
  }

  /** The magistrate's court of the station's district, if the demo courts list one. */
  const courtOf = (station: string) => ({ 'MH-PUN': 'MH-PUN-CJM', 'MH-NSK': 'MH-NSK-CJM', 'MH-NGP': 'MH-NGP-CJM' })[station.split('-').slice(0, 2).join('-')] ?? null;

  /**
   * A case with an IO and a named accused, taken by its IO (through the services) as far as a
   * cell needs: a closure awaiting review, a filed charge sheet, its number in court, a judgment.
   * Stations without a court of the demo list stop at the FIR (their cells are refused anyway).
   */
  async function makeCase(station: string, upTo: 'fir' | 'closure' | 'charge_sheet' | 'court' | 'judgment' | 'appeal'): Promise<Rec> {
    const rec = await makeFir(station, { ioUserId: await officerAt(station), accused: [{ person: { name: `Matrix Accused ${++serial}`, gender: 'male', age: 30 } }] });
    const accused = (await server.node.firs.mustGet(rec.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    const court = courtOf(station);
    if (upTo === 'fir' || !court) return { ...rec, accused };
    const io = await ioActor(station);
    const fr = server.node.finalReports;
    if (upTo === 'closure') {
      await fr.submit(
        io,
        rec.id,
        finalReportInput.parse({ kind: 'closure_false', reason: 'The complaint was found false.', accused: [{ personId: accused, status: 'not_sent_up', charged: false }], courtCode: court }),
        RECORD_CLIENT,
      );
      const report = await db().selectFrom('final_reports').select('id').where('fir_id', '=', rec.id).executeTakeFirstOrThrow();
      return { ...rec, accused, reportId: report.id };
    }
    await fr.submit(
      io,
      rec.id,
      finalReportInput.parse({ kind: 'charge_sheet', accused: [{ personId: accused, status: 'not_arrested', charged: true }], sections: [{ act: 'BNS', section: '303(2)' }], courtCode: court }),
      RECORD_CLIENT,
    );
    if (upTo === 'charge_sheet') return { ...rec, accused, court };
    await server.node.courtRecord.registerCase(io, rec.id, courtCaseInput.parse({ courtCode: court, courtCaseNo: `RCC ${serial}/2026`, registeredOn: '2026-03-10' }), RECORD_CLIENT);
    if (upTo === 'court') return { ...rec, accused, court };
    await server.node.courtRecord.disposal(
      io,
      rec.id,
      disposalInput.parse({
        judgmentDate: '2026-03-10',
        outcomes: [{ personId: accused, section: { act: 'BNS', section: '303(2)' }, outcome: 'convicted', sentence: 'Simple imprisonment for 6 months' }],
      }),
      RECORD_CLIENT,
    );
    const disposal = (await db().selectFrom('court_disposals').select('id').where('fir_id', '=', rec.id).executeTakeFirstOrThrow()).id;
    if (upTo === 'judgment') return { ...rec, accused, court, disposal };
    await server.node.courtRecord.appeal(
      io,
      rec.id,
      appealInput.parse({
        courtCode: 'MH-HC-BOM',
        appealNo: `Cri. Appeal ${serial}/2026`,
        appellant: 'Accused A1',
        filedOn: '2026-03-10',
        decidedOn: '2026-03-10',
        results: [{ personId: accused, result: 'conviction_upheld' }],
      }),
      RECORD_CLIENT,
    );
    const appeal = (await db().selectFrom('court_appeals').select('id').where('fir_id', '=', rec.id).executeTakeFirstOrThrow()).id;
    return { ...rec, accused, court, disposal, appeal };
  }

  /** A case at the station with its IO and one accused, and that accused's arrest memo recorded by the IO. */
  async function makeArrest(station: string): Promise<Rec> {
    const io = await officerAt(station);
    const rec = await makeFir(station, { ioUserId: io, accused: [{ person: { name: 'Santosh Waghmare', gender: 'male', age: 33 } }] });
    const personId = (await server.node.firs.get(rec.id))!.content.persons.find((p) => p.role === 'accused')!.personId;
    const actor = (await server.node.auth.actorFromToken((await server.node.tokens.create(io, 'matrix arrests', null, 'test')).token))!;
    const a = await server.node.arrests.record(actor, rec.id, arrestInput.parse(arrestBody(personId)), RECORD_CLIENT);
    return { ...rec, person: personId, arrest: (a.arrests[0] as { id: string }).id };
  }

  /** Another station, for transfers. */
  const otherStation = (code: string) => (code === 'MH-PUN-PS02' ? 'MH-PUN-PS01' : 'MH-PUN-PS02');

  async function makeFir(station: string, overrides: Record<string, unknown> = {}): Promise<Rec> {
    const fir = await server.node.firCommands.register(await stationActor(station), firInput.parse(firBody({ stationCode: station, ...overrides })), RECORD_CLIENT);
    return { id: fir.id, station, number: fir.number };
  }

  /** A case of the station with its IO, and a seizure of two items (the first a phone with its extracted data's hash) by that IO; the first item sent to court when asked. */
  async function makeSeizure(station: string, opts: { toCourt?: boolean } = {}): Promise<Rec> {
    const ioId = await officerAt(station);
    const fir = await makeFir(station, { ioUserId: ioId });
    const io = (await server.node.auth.actorFromToken((await server.node.tokens.create(ioId, 'matrix seizure', null, 'test')).token))!;
    const recording = `matrix recording of the search in ${fir.id}`;
    const s = await server.node.propertyRoom.seize(
      io,
      fir.id,
      seizureInput.parse({
        seizedAt: '2026-03-10T09:00:00+05:30',
        place: 'House of the accused',
        items: [
          { description: 'Mobile phone', category: 'mobile_phone', quantity: '1', device: { make: 'Samsung', sha256: sha256Hex('matrix extract') } },
          { description: 'Knife', category: 'weapon', quantity: '1' },
        ],
        witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
        video: { sha256: sha256Hex(recording), size: Buffer.byteLength(recording) },
        depositedWith: { name: 'HC Shinde', designation: 'Malkhana moharrir' },
      }),
      RECORD_CLIENT,
    );
    const itemId = s.items[0]!.id;
    if (opts.toCourt) {
      await server.node.propertyRoom.move(
        io,
        fir.id,
        itemId,
        propertyMoveInput.parse({ kind: 'sent_to_court', at: '2026-03-10T09:30:00+05:30', receivedBy: { name: 'Court clerk' }, destination: 'JMFC Baramati' }),
        RECORD_CLIENT,
      );
    }
    return { ...fir, seizure: s.id, item: itemId, other: s.items[1]!.id, recording };
  }

  /** An FIR with a vehicle, a complainant's phone and a word in its facts that no other cell uses. */
  async function makeSearchableFir(station: string): Promise<Rec> {
    const n = ++serial;
    const registration = `MH 14 ZZ ${1000 + n}`;
    const phone = `+91 97${String(n).padStart(8, '0')}`;
    const word = `matrixfacts${[...String(n)].map((d) => 'abcdefghij'[Number(d)]).join('')}`;
    const rec = await makeFir(station, {
      complainant: { person: { name: 'Suresh Pawar', gender: 'male', age: 41, phones: [phone] } },
      properties: [{ description: 'Motorcycle', category: 'vehicle', vehicle: { registration } }],
      briefFacts: `The complainant states that his motorcycle was stolen (${word}).`,
    });
    return { ...rec, registration, phone, word };
  }

  /** A search cell: inside, the record comes back; outside, only its station and a count. */
  type SearchAnswer = AnswerOf<'GET /api/v1/search/firs' | 'GET /api/v1/search/vehicles' | 'GET /api/v1/search/phones'>;
  function searchProbe<A extends SearchAnswer>(url: (x: CellCtx) => string, found: (r: Success<A>, x: CellCtx) => boolean): Probe<A> {
    return {
      action: 'record.read',
      station: true,
      record: (x) => makeSearchableFir(x.station!),
      send: (c, x) => c.get(url(x)),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(found(ok(r, 200), x), 'the record is found');
        assert.ok(!r.body.elsewhere.some((e: { unitCode: string }) => e.unitCode === x.station), 'not reported as elsewhere');
        const audited = await db().selectFrom('audit_log').select('detail').where('actor_id', '=', x.actor.id).where('action', 'like', 'search.%').orderBy('seq', 'desc').executeTakeFirstOrThrow();
        assert.equal(JSON.parse(audited.detail).count, r.body.results.length, 'the search is audited');
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.results, []);
        const held = r.body.elsewhere.find((e: { unitCode: string }) => e.unitCode === x.station);
        assert.ok(held && held.count >= 1 && typeof held.unitName === 'string', `hit/no-hit names ${x.station}: ${JSON.stringify(r.body.elsewhere)}`);
        assert.ok(!JSON.stringify(r.body).includes(x.rec!.id), 'nothing of the record itself');
      },
    };
  }

  /**
   * A person on a complaint at the station, under a name of its own: one syllable per digit of
   * the serial, so no two cells' names sound the same to the matcher (no doubled letters).
   */
  async function makeNamedPerson(station: string): Promise<Rec> {
    const first = `Matrix${[...String(++serial)].map((d) => ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'so', 'tu', 'vi', 'ze'][Number(d)]).join('')}`;
    const c = await makeComplaint(station, `${first} Kale`);
    return { id: c.complainantId, station, name: c.complainant };
  }

  async function makeComplaint(station: string, complainant = `Matrix Complainant ${++serial}`): Promise<Rec & { complainantId: string; complainant: string; gdEntryId: string }> {
    const input = complaintInput.parse({
      stationCode: station,
      complainant: { person: { name: complainant, gender: 'female', age: 38 } },
      description: 'My phone was snatched at the bus stand.',
      place: 'Bus stand',
    });
    const c = await server.node.complaints.register(await stationActor(station), input, RECORD_CLIENT);
    return { id: c.id, station, complainantId: c.complainantId, complainant, gdEntryId: c.gdEntryId };
  }

  /**
   * An NC report at the station. Where the demo courts list no Magistrate for the station's
   * district (Delhi, made by this test), it is written as that station's node would have written
   * it: its GD entry and its event.
   */
  async function makeNcReport(station: string): Promise<Rec & { informant: string }> {
    const informant = `Matrix Informant ${++serial}`;
    const unit = (await server.node.units.get(station))!;
    const court = courtsFor(unit.path, loadCourts()).find((k) => k.level === 'magistrate');
    const actor = await stationActor(station);
    if (court) {
      const input = ncReportInput.parse({
        stationCode: station,
        informant: { person: { name: informant, gender: 'male', age: 40 } },
        substance: 'The informant states that he was abused by his neighbour.',
        place: 'Ward 2',
        sections: [{ act: 'BNS', section: '352' }],
        courtCode: court.code,
      });
      const nc = await server.node.ncReports.register(actor, input, RECORD_CLIENT);
      return { id: nc.id, station, informant };
    }
    const id = randomUUID();
    const { node } = server;
    await node.events.transaction(async (tx) => {
      const personId = await node.persons.create(tx, personInput.parse({ name: informant, gender: 'male', age: 40 }), station, actor.user.id);
      const gd = await node.gd.add(tx, { stationCode: station, at: clock.now(), kind: 'nc_registered', text: 'NC report', refType: 'nc_report', refId: id }, actor.user.id);
      await node.events.append(tx, {
        type: 'nc.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station,
          year: 2026,
          seq: 1000 + serial,
          receivedAt: clock.now().toISOString(),
          informantId: personId,
          accusedIds: [],
          substance: 'Abused.',
          place: 'Ward 2',
          occurredFrom: null,
          occurredTo: null,
          sections: [{ act: 'BNS', section: '352' }],
          courtCode: `${station}-COURT`,
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
    });
    return { id, station, informant };
  }

  /** A fortnight no other cell forwards (the fortnights of 2024 and 2025, in turn). */
  let fortnights = 0;
  const nextFortnight = () => {
    const n = fortnights++;
    return `${2024 + Math.floor(n / 24)}-${String(Math.floor((n % 24) / 2) + 1).padStart(2, '0')}-${n % 2 ? '16' : '01'}`;
  };
  /** A missing adult reported at the station: a report, not an FIR, under a name of its own. */
  function missingBody(station: string, name: string) {
    return {
      stationCode: station,
      person: { name, age: 35 },
      description: { sex: 'male', clothes: 'Checked shirt', place: { address: 'Weekly market' } },
      lastSeenAt: '2026-03-09T18:00:00+05:30',
      informant: { person: { name: `Informant of ${name}`, gender: 'female', age: 33 } },
    };
  }

  async function makeMissing(station: string): Promise<Rec> {
    const name = `Matrix Missing ${++serial}`;
    const m = await server.node.missingPersons.report(await stationActor(station), missingPersonInput.parse(missingBody(station, name)), RECORD_CLIENT);
    return { id: m.id, station, name, number: m.number };
  }

  /** An unidentified body found at the station, its belongings in words of its own. */
  function bodyOf(station: string, belongings: string) {
    return {
      stationCode: station,
      description: { sex: 'male', ageRange: { from: 30, to: 40 }, clothes: 'Checked shirt', place: { address: 'Canal bank' } },
      foundAt: '2026-03-09T06:00:00+05:30',
      informant: { person: { name: `Informant of ${belongings}`, gender: 'male', age: 50 } },
      belongings,
    };
  }

  async function makeBody(station: string): Promise<Rec> {
    const name = `Matrix Body ${++serial}`;
    const u = await server.node.unnaturalDeaths.register(await stationActor(station), unnaturalDeathInput.parse(bodyOf(station, name)), RECORD_CLIENT);
    return { id: u.id, station, name, number: u.number };
  }

  /** A lost phone's report at the station, its place in words of its own. */
  function lostOf(station: string, place: string) {
    return {
      stationCode: station,
      informant: { person: { name: `Informant of ${place}`, gender: 'female', age: 35 } },
      lostAt: '2026-03-09T18:00:00+05:30',
      lostPlace: place,
      articles: [{ kind: 'bag', description: 'Brown leather wallet' }],
    };
  }

  async function makeLost(station: string): Promise<Rec> {
    const name = `Matrix Lost ${++serial}`;
    const l = await server.node.lostProperty.reportLost(await stationActor(station), lostReportInput.parse(lostOf(station, name)), RECORD_CLIENT);
    return { id: l.id, station, name, number: l.number };
  }

  /** A perishable basket found at the station, described in words of its own. */
  function foundOf(station: string, description: string) {
    return {
      stationCode: station,
      article: { kind: 'other', description },
      foundAt: '2026-03-09T08:00:00+05:30',
      foundPlace: 'Bus stand',
      perishable: true,
      depositedBy: 'HC Sunil More',
      receivedBy: 'ASI Malkhana Jadhav',
    };
  }

  async function makeFound(station: string, returned = false): Promise<Rec> {
    const name = `Matrix Found ${++serial}`;
    const actor = await stationActor(station);
    const f = await server.node.lostProperty.registerFound(actor, foundPropertyInput.parse(foundOf(station, name)), RECORD_CLIENT);
    // Returned on the order of a Magistrate of its district (a district with none keeps it: the receipt is refused before that is asked).
    const court = courtsFor((await server.node.units.get(station))!.path, loadCourts()).find((k) => k.level === 'magistrate');
    if (returned && court) await server.node.lostProperty.claimFound(actor, f.id, foundClaimInput.parse(claimOf(name, court.code)), RECORD_CLIENT);
    return { id: f.id, station, name, number: f.number };
  }

  function claimOf(name: string, courtCode = 'MH-PUN-JMFC-BRM') {
    return {
      claimant: { person: { name } },
      at: clock.now().toISOString(),
      identity: { document: 'Voter ID', number: 'MH/12/345' },
      proof: 'Described the contents before seeing them',
      order: { date: '2026-03-09', courtCode, reference: `Misc. ${name}` },
      handedBy: 'ASI Malkhana Jadhav',
    };
  }

  /**
   * A missing man and a body that match him, both at the station: the body's id, and the report's
   * as `missingId`. The tattoo's word is the pair's own, so the pair ranks first among the many
   * look-alike reports and bodies the other cells leave behind.
   */
  /**
   * One pair a station, each side with a photo of its own (`missingPhoto`, `bodyPhoto`), for the
   * photo cells: a woman, so the many men other cells leave never outrank her, and made once, so
   * its report's alert does not crowd the alert lists either.
   */
  const photoPairs = new Map<string, Promise<Rec>>();
  const photoPair = (station: string) => photoPairs.get(station) ?? photoPairs.set(station, makePair(station, { photos: true })).get(station)!;

  /** A missing-person report and a body that match at the station. */
  async function makePair(station: string, opts: { photos?: boolean } = {}): Promise<Rec> {
    const n = ++serial;
    const word = `Sakhi${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}`;
    const marks = `Tattoo of the word ${word} on the left forearm`;
    const actor = await stationActor(station);
    const photo = async (side: string) => (opts.photos ? (await server.node.attachments.addPhoto(actor, pngBytes(`pair ${n} ${side}`), 'image/png', RECORD_CLIENT)).sha256 : undefined);
    const [missingPhoto, bodyPhoto] = [await photo('missing'), await photo('body')];
    const sex = opts.photos ? 'female' : 'male';
    const missing = await server.node.missingPersons.report(
      actor,
      missingPersonInput.parse({
        ...missingBody(station, `Matrix Missing ${n}`),
        description: { sex, clothes: 'Checked shirt', marks, place: { address: 'Weekly market' }, photoSha256: missingPhoto },
      }),
      RECORD_CLIENT,
    );
    const base = bodyOf(station, `Matrix Body ${n}`);
    const body = await server.node.unnaturalDeaths.register(actor, unnaturalDeathInput.parse({ ...base, description: { ...base.description, sex, marks, photoSha256: bodyPhoto } }), RECORD_CLIENT);
    return { id: body.id, station, name: `Matrix Body ${n}`, number: body.number, missingId: missing.id, ...(missingPhoto && bodyPhoto ? { missingPhoto, bodyPhoto } : {}) };
  }

  /** A man found wandering at the station, his condition in words of its own. */
  function foundPersonOf(station: string, condition: string, marks?: string) {
    return {
      stationCode: station,
      description: { sex: 'male', ageRange: { from: 30, to: 40 }, clothes: 'Checked shirt', ...(marks ? { marks } : {}), place: { address: 'Bus stand' } },
      foundAt: '2026-03-10T06:00:00+05:30',
      foundBy: 'HC Sunil More',
      condition,
    };
  }

  async function makeFoundPerson(station: string): Promise<Rec> {
    const name = `Matrix Found Person ${++serial}`;
    const f = await server.node.foundPersons.register(await stationActor(station), foundPersonInput.parse(foundPersonOf(station, name)), RECORD_CLIENT);
    return { id: f.id, station, name, number: f.number };
  }

  /**
   * A missing man and a man found who matches him, both at the station: the found person's id, and
   * the report's as `missingId`. A report may be rejected with many found persons and read as often
   * as one likes, so one report per station serves all but the confirmations.
   */
  const sharedReports = new Map<string, { id: string; marks: string }>();
  async function makeFoundPair(station: string, freshReport = false): Promise<Rec> {
    const n = ++serial;
    const actor = await stationActor(station);
    let report = freshReport ? undefined : sharedReports.get(station);
    if (!report) {
      const word = `Sakhi${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}`;
      const marks = `Tattoo of the word ${word} on the right forearm`;
      const missing = await server.node.missingPersons.report(
        actor,
        missingPersonInput.parse({ ...missingBody(station, `Matrix Missing ${n}`), description: { sex: 'male', clothes: 'Checked shirt', marks, place: { address: 'Weekly market' } } }),
        RECORD_CLIENT,
      );
      // Its alert withdrawn at once: the alert cells read the newest 200 active alerts, and these reports are for matching only.
      const alert = (await server.node.alerts.get(missing.alertId!))!;
      await server.node.events.transaction((tx) => server.node.alerts.withdrawIn(tx, actor, alert, 'Matrix: a report for matching only', RECORD_CLIENT));
      report = { id: missing.id, marks };
      if (!freshReport) sharedReports.set(station, report);
    }
    const f = await server.node.foundPersons.register(actor, foundPersonInput.parse(foundPersonOf(station, `Matrix Found Person ${n}`, report.marks)), RECORD_CLIENT);
    return { id: f.id, station, name: `Matrix Found Person ${n}`, number: f.number, missingId: report.id };
  }

  async function makeGdEntry(station: string): Promise<Rec> {
    const e = await server.node.gdService.add(await stationActor(station), { stationCode: station, kind: 'information', text: `Matrix GD entry ${++serial}` }, RECORD_CLIENT);
    return { id: e.id, station };
  }

  /** A PNG that no other cell uploads. */
  const pngBytes = (tag: string) => pngOf(200, parseInt(sha256Hex(`matrix photo ${tag}`).slice(0, 8), 16));
  const upload = (c: ApiClient, bytes: Buffer, url = '/api/v1/attachments') => c.request('POST', url, undefined, { raw: bytes as unknown as string, headers: { 'content-type': 'image/png' } });
  /** A photo upload cell: the stored file belongs to the uploader's own unit. */
  const photoUpload = (url: string) => ({
    send: (c: ApiClient, x: { newUsername: string }) => upload(c, pngBytes(x.newUsername), url),
    async allowed(r: AnswerOf<'POST /api/v1/attachments'>, x: { newUsername: string; role: Role }) {
      assert.equal(r.status, 201);
      assert.match(r.body.sha256, /^[0-9a-f]{64}$/);
      assert.equal(r.body.mime, 'image/png');
      const row = await db().selectFrom('attachments').selectAll().where('sha256', '=', r.body.sha256).executeTakeFirstOrThrow();
      assert.equal(row.owner_unit, ACTORS[x.role].unit, 'an upload belongs to the uploader’s unit');
    },
  });

  async function makeAttachment(station: string): Promise<Rec> {
    const a = await server.node.attachments.addPhoto(await stationActor(station), pngBytes(`record ${++serial}`), 'image/png', RECORD_CLIENT);
    return { id: a.sha256, station };
  }

  // ---- Alerts: issued by the NCRB officer through the service, one fresh alert per cell. ----

  async function makeAlert(unit: string, opts: { photo?: boolean } = {}): Promise<Rec> {
    const title = `Matrix lookout notice ${++serial}`;
    const input = alertInput.parse({
      kind: 'wanted_person',
      title,
      details: 'Wanted in a chain-snatching case; medium build, scar on the left cheek.',
      targetUnit: unit,
      ...(opts.photo ? { photoSha256: sha256Hex(ALERT_PHOTO) } : {}),
    });
    const a = await server.node.alerts.issue(alertIssuer, input, RECORD_CLIENT);
    assert.equal(a.targetUnit, unit);
    return { id: a.id, station: unit, title };
  }

  /** Is an alert addressed to this unit one the actor may read: addressed to their unit or above, or beneath it? */
  async function alertReadableBy(role: Role, targetUnit: string): Promise<boolean> {
    const mine = (await server.node.units.get(ACTORS[role].unit))!.path;
    const target = (await server.node.units.get(targetUnit))!.path;
    return mine.startsWith(target) || target.startsWith(mine);
  }

  async function assertAlertsReadable(r: Success<AnswerOf<'GET /api/v1/alerts'>>, x: CellCtx) {
    for (const a of r.body.alerts) assert.ok(await alertReadableBy(x.role, a.targetUnit), `alert ${a.id} to ${a.targetUnit} is addressed to or beneath ${ACTORS[x.role].unit}`);
  }

  // ---- Nodes: on the state node of Maharashtra (nodeServer). ----

  const NODE_ADMIN = { id: 'matrix', username: 'matrix:test', unitCode: 'MH' };

  /**
   * A node for the station that is not revoked: the one there is, or a new one registered through
   * the registry. A station outside Maharashtra cannot be registered on this node (it is not below
   * it), so the node of DL-NDL-PS01 is written into sync_nodes directly: it stands for a node the
   * jurisdiction checks must leave out (GET /nodes) or refuse (revoke).
   */
  async function liveNode(station: string): Promise<Rec> {
    const n = nodeServer.node;
    const live = await n.storage.db.selectFrom('sync_nodes').select('id').where('unit_code', '=', station).where('status', '!=', 'revoked').executeTakeFirst();
    if (live) return { id: live.id, station };
    const unit = (await n.units.get(station))!;
    if (unit.path.startsWith((await n.units.get('MH'))!.path)) {
      const { node: added } = await n.sync.registry.add(NODE_ADMIN, { unitCode: station, label: `Matrix node ${++serial}` });
      return { id: added.id, station };
    }
    const id = randomUUID();
    await n.storage.db
      .insertInto('sync_nodes')
      .values({
        id,
        unit_code: station,
        label: `Matrix node outside ${++serial}`,
        status: 'active',
        public_key: null,
        enrol_lookup: null,
        enrol_secret: null,
        enrol_expires_at: null,
        created_at: clock.now().toISOString(),
        created_by: NODE_ADMIN.username,
        enrolled_at: clock.now().toISOString(),
        enrolled_from: null,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
        last_seen_at: null,
        last_push_at: null,
        last_pull_at: null,
        last_error: null,
        last_error_at: null,
        reported: null,
      })
      .execute();
    n.profile.invalidate();
    return { id, station };
  }

  /** No live node for the station, so that one may be registered. */
  async function noLiveNode(station: string): Promise<void> {
    const n = nodeServer.node;
    const live = await n.storage.db.selectFrom('sync_nodes').select('id').where('unit_code', '=', station).where('status', '!=', 'revoked').execute();
    for (const row of live) await n.sync.registry.revoke(NODE_ADMIN, row.id, 'Cleared for a matrix cell');
  }

  async function assertNodesWithin(r: Success<AnswerOf<'GET /api/v1/nodes'>>, x: CellCtx) {
    const n = nodeServer.node;
    const mine = (await n.units.get(ACTORS[x.role].unit))!.path;
    for (const node of r.body.nodes) assert.ok((await n.units.get(node.unitCode))!.path.startsWith(mine), `node ${node.id} of ${node.unitCode} lies in the jurisdiction`);
  }

  /** Station staff registering at another station are told where they may register. */
  function assertOwnStationRefusal(r: Refusal, x: CellCtx) {
    const staff = ['station_writer', 'investigating_officer', 'station_house_officer'].includes(x.role);
    if (staff && x.station !== ACTORS[x.role].unit) {
      assert.equal(r.body.type.split('/').pop(), 'not-your-station');
      assert.match(r.body.detail, new RegExp(`only at your own station \\(${ACTORS[x.role].unit}\\), not at ${x.station}`));
    }
  }

  async function successEntries(actorId: string, action: string, targetId: string) {
    return db().selectFrom('audit_log').selectAll().where('actor_id', '=', actorId).where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', 'success').execute();
  }

  function assertUserShape(u: Record<string, unknown>) {
    for (const f of ['id', 'username', 'displayName', 'role', 'unitCode', 'language', 'status', 'createdAt']) {
      assert.equal(typeof u[f], 'string', `user.${f} is a string`);
    }
    assert.equal(typeof u.locked, 'boolean');
    assert.equal(typeof u.mfaEnrolled, 'boolean');
    assert.equal(u.passwordHash, undefined, 'no credential material in answers');
    assert.equal(u.totpSecret, undefined, 'no credential material in answers');
  }

  const TEMP_PASSWORD = /^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/;

  /**
   * How each route is exercised. `action` is what a denial is audited as; `target` says whether
   * a fresh user is made for the cell (and in which state).
   */
  interface Probe<A extends Answer = Answer> {
    action?: string;
    /** Runs on the state node of Maharashtra (the node rows), not on the matrix node. */
    onStateNode?: true;
    /** An alert route: the cell acts on an alert addressed to the cell's place. */
    alert?: true;
    /** The status an allowed request is answered with, when it is not a 2xx (POST /node/sync: 409). */
    allowedStatus?: number;
    /** Prepares the cell without a record (POST /nodes: no live node at the station). */
    prepare?(x: CellCtx): Promise<void>;
    target?: { disabled?: boolean; locked?: boolean };
    /** A station-records route: the cell acts at RECORD_STATION[role][side]. */
    station?: true;
    /** Makes the record the cell acts on, at the cell's station. */
    record?(x: CellCtx): Promise<Rec>;
    send(c: ApiClient, x: CellCtx): Promise<Answer>;
    allowed?(r: A, x: CellCtx): Promise<void>;
    empty?(r: A, x: CellCtx): Promise<void>;
    /** Checks a refusal beyond what every denied cell checks. */
    denied?(r: Refusal, x: CellCtx): void;
  }
  interface CellCtx {
    role: Role;
    /** The server the cell runs on. */
    srv: TestServer;
    actor: User;
    place: Place;
    target?: User;
    newUsername: string;
    newPassword: string;
    marker?: string;
    /** Station-records cells: the station acted at, and the record made there. */
    station?: string;
    rec?: Rec;
  }

  /** Each route's probe, its checks typed with what the route answers. */
  const probes = (p: { [K in RouteKey]?: Probe<AnswerOf<K>> }): Record<string, Probe> => p;
  const PROBES = probes({
    'GET /api/v1/me': {
      send: (c) => c.get('/api/v1/me'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.actor.id);
        assert.equal(r.body.role, x.role);
        assert.equal(r.body.unit.code, ACTORS[x.role].unit);
        assert.ok(Array.isArray(r.body.permissions));
      },
    },
    'PATCH /api/v1/me': {
      send: (c) => c.patch('/api/v1/me', { language: 'hi' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.language, 'hi');
        assert.equal((await server.node.users.byId(x.actor.id))!.language, 'hi');
        await server.node.events.transaction((tx) => server.node.users.setLanguage(tx, x.actor.id, 'en', 'test'));
      },
    },
    'POST /api/v1/me/password': {
      send: (c, x) => c.post('/api/v1/me/password', { currentPassword: passwordOf.get(x.actor.username)!, newPassword: x.newPassword }),
      async allowed(r, x) {
        assert.equal(r.status, 204);
        assert.ok(await verifyPassword((await server.node.users.byId(x.actor.id))!.passwordHash, x.newPassword));
        passwordOf.set(x.actor.username, x.newPassword);
      },
    },
    'GET /api/v1/me/audit': {
      send: (c) => c.get('/api/v1/me/audit?limit=500'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(Array.isArray(r.body.entries));
        assert.ok(
          r.body.entries.every((e) => e.actor === x.actor.username),
          'only one’s own entries',
        );
      },
    },
    'GET /api/v1/roles': {
      send: (c) => c.get('/api/v1/roles'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.deepEqual(
          r.body.roles.map((ro: { code: string }) => ro.code),
          ASSIGNABLE[x.role],
        );
        assert.ok(r.body.roles.every((ro: { unitKinds: unknown }) => Array.isArray(ro.unitKinds) && ro.unitKinds.length > 0));
      },
    },
    'GET /api/v1/units': {
      send: (c) => c.get('/api/v1/units'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        const a = ACTORS[x.role];
        assert.equal(r.body.units[0]!.code, a.unit, 'one’s own unit first');
        assert.equal(r.body.units[0]!.depth, 0);
        const mine = await subtreeCodes(a.unit);
        assert.deepEqual(new Set(r.body.units.map((u: { code: string }) => u.code)), mine);
        if (a.outside) assert.ok(!mine.has(a.outside.unit));
      },
    },
    'GET /api/v1/users': {
      action: 'user.read',
      target: {},
      send: (c, x) => c.get(`/api/v1/users?unit=${x.place.unit}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        r.body.users.forEach(assertUserShape);
        assert.ok(
          r.body.users.some((u: { id: string }) => u.id === x.target!.id),
          'the target is listed',
        );
        assert.ok(
          r.body.users.every((u: { unitCode: string }) => u.unitCode === x.place.unit),
          'unit filter applied',
        );
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.users.byId(x.target!.id), 'there is someone there to leave out');
        assert.deepEqual(r.body.users, []);
      },
    },
    'GET /api/v1/users/:id': {
      action: 'user.read',
      target: {},
      send: (c, x) => c.get(`/api/v1/users/${x.target!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assertUserShape(r.body.user);
        assert.equal(r.body.user.id, x.target!.id);
      },
    },
    'POST /api/v1/users': {
      action: 'user.create',
      send: (c, x) => c.post('/api/v1/users', { username: x.newUsername, displayName: 'New Matrix User', role: x.place.role, unitCode: x.place.unit }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assertUserShape(r.body.user);
        assert.equal(r.body.user.username, x.newUsername);
        assert.equal(r.body.user.unitCode, x.place.unit);
        assert.equal(r.body.user.role, x.place.role);
        assert.equal(r.body.user.status, 'active');
        assert.match(r.body.temporaryPassword, TEMP_PASSWORD);
        assert.equal((await server.node.users.byUsername(x.newUsername))!.mustChangePassword, true);
      },
    },
    'POST /api/v1/users/:id/disable': {
      action: 'user.disable',
      target: {},
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/disable`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assertUserShape(r.body.user);
        assert.equal(r.body.user.status, 'disabled');
        assert.equal((await server.node.users.byId(x.target!.id))!.status, 'disabled');
      },
    },
    'POST /api/v1/users/:id/enable': {
      action: 'user.enable',
      target: { disabled: true },
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/enable`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.user.status, 'active');
        assert.equal((await server.node.users.byId(x.target!.id))!.status, 'active');
      },
    },
    'POST /api/v1/users/:id/reset': {
      action: 'user.reset',
      target: {},
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/reset`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assertUserShape(r.body.user);
        assert.match(r.body.temporaryPassword, TEMP_PASSWORD);
        assert.equal(r.body.user.mfaEnrolled, false);
        const after = (await server.node.users.byId(x.target!.id))!;
        assert.notEqual(after.passwordHash, x.target!.passwordHash);
        assert.equal(after.mustChangePassword, true);
        assert.equal(after.totpSecret, null);
      },
    },
    'POST /api/v1/users/:id/unlock': {
      action: 'user.unlock',
      target: { locked: true },
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/unlock`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.user.locked, false);
        assert.equal(await server.node.guard.lockedUntil(x.target!.id), null);
      },
    },
    'GET /api/v1/law/sections': {
      send: (c) => c.get('/api/v1/law/sections?q=379&occurredAt=2024-07-01'),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.deepEqual([r.body.results[0]!.section.act, r.body.results[0]!.section.section], ['BNS', '303(2)']);
      },
    },
    'GET /api/v1/law/sections/:act/:section': {
      send: (c) => c.get('/api/v1/law/sections/BNS/318(4)'),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.section.equivalents, [{ act: 'IPC', section: '420' }]);
        assert.ok(Array.isArray(r.body.history));
      },
    },
    'GET /api/v1/stations': {
      action: 'record.read',
      send: (c) => c.get('/api/v1/stations?state=MH'),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.ok(r.body.stations.length >= 6);
        assert.ok(r.body.stations.every((u: { kind: string; code: string }) => u.kind === 'police_station' && u.code.startsWith('MH-')));
      },
    },
    'GET /api/v1/investigation/codes': {
      send: (c) => c.get('/api/v1/investigation/codes?unit=MH-PUN-PS01'),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.ok(r.body.moGroups.some((g: { codes: { code: string }[] }) => g.codes.some((c) => c.code === 'lock_broken')));
        assert.ok(r.body.courts.length > 0 && r.body.courts.every((c: { unitCode: string }) => c.unitCode === 'MH-PUN' || c.unitCode === 'MH'), 'only the courts of the district and State');
      },
    },
    'GET /api/v1/law/acts': {
      send: (c) => c.get('/api/v1/law/acts'),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.ok(r.body.acts.some((a: { code: string; kind: string }) => a.code === 'POCSO' && a.kind === 'special'));
      },
    },
    'POST /api/v1/law/sections/:act/:section/corrections': {
      action: 'law.correct',
      send: (c, x) =>
        c.post('/api/v1/law/sections/BNS/73/corrections', {
          changes: { title: `Printing or publishing any matter relating to Court proceedings without permission (${x.newUsername})` },
          reason: 'authorization matrix check of a correction',
          source: 'BNS 2023, section 73',
        }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.match(r.body.section.title, new RegExp(`\\(${x.newUsername}\\)$`));
        assert.equal(r.body.version.version, r.body.section.version);
        assert.equal((await server.node.law.get({ act: 'BNS', section: '73' }))!.title, r.body.section.title);
      },
    },
    // ---- Station records ----
    'GET /api/v1/firs/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeFir(x.station!),
      send: (c, x) => c.get(`/api/v1/firs/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.rec!.id);
        assert.equal(r.body.number, x.rec!.number);
        assert.equal(r.body.station.code, x.station);
        assert.equal(shown(r.body.complainant).name, 'Suresh Pawar');
        assert.equal((await successEntries(x.actor.id, 'fir.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/firs/:id/versions': {
      action: 'record.read',
      station: true,
      record: (x) => makeFir(x.station!),
      send: (c, x) => c.get(`/api/v1/firs/${x.rec!.id}/versions`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.deepEqual(
          r.body.versions.map((v: { version: number; reason: string }) => [v.version, v.reason]),
          [[1, 'Registered']],
        );
        assert.equal(r.body.versions[0]!.content.briefFacts, firBody().briefFacts);
      },
    },
    'GET /api/v1/firs/:id/copy.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeFir(x.station!),
      send: (c, x) => c.get(`/api/v1/firs/${x.rec!.id}/copy.pdf?lang=en`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
        assert.equal((await successEntries(x.actor.id, 'fir.copy', x.rec!.id)).length, 1, 'the copy is audited');
      },
    },
    'GET /api/v1/complaints/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeComplaint(x.station!),
      send: (c, x) => c.get(`/api/v1/complaints/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.rec!.id);
        assert.equal(r.body.stationCode, x.station);
        assert.equal(shown(r.body.complainant).name, x.rec!.complainant);
      },
    },
    'GET /api/v1/persons/:id': {
      action: 'record.read',
      station: true,
      record: async (x) => {
        const c = await makeComplaint(x.station!);
        return { id: c.complainantId, station: x.station!, name: c.complainant };
      },
      send: (c, x) => c.get(`/api/v1/persons/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(shown(r.body).id, x.rec!.id);
        assert.equal(r.body.masked, false);
        assert.equal(r.body.name, x.rec!.name);
        assert.equal(r.body.records.length, 1, 'the complaint the person is on');
      },
    },
    'GET /api/v1/attachments/:sha256': {
      action: 'record.read',
      station: true,
      record: (x) => makeAttachment(x.station!),
      send: (c, x) => c.get(`/api/v1/attachments/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'image/png');
        assert.equal(r.headers['cache-control'], 'private, no-store');
        assert.equal((await successEntries(x.actor.id, 'attachment.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/gd': {
      action: 'record.read',
      station: true,
      record: (x) => makeGdEntry(x.station!),
      send: (c, x) => c.get(`/api/v1/gd?station=${x.station}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.stationCode, x.station);
        assert.equal(r.body.date, '2026-03-10', 'today in IST');
        assert.ok(
          r.body.entries.some((e: { id: string }) => e.id === x.rec!.id),
          'the entry is in the day’s diary',
        );
        assert.ok(r.body.entries.every((e: { stationCode: string }) => e.stationCode === x.station));
      },
    },
    'GET /api/v1/stations/:code/dashboard': {
      action: 'record.read',
      station: true,
      record: (x) => makeComplaint(x.station!),
      send: (c, x) => c.get(`/api/v1/stations/${x.station}/dashboard`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.station.code, x.station);
        assert.ok(
          r.body.complaints.open.some((c: { id: string }) => c.id === x.rec!.id),
          'the new complaint is open',
        );
        assert.ok(
          r.body.gd.some((e: { id: string }) => e.id === x.rec!.gdEntryId),
          'its GD entry is today’s',
        );
      },
    },
    'GET /api/v1/firs': {
      action: 'record.read',
      station: true,
      record: (x) => makeFir(x.station!),
      send: (c, x) => c.get(`/api/v1/firs?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(
          r.body.firs.some((f: { id: string }) => f.id === x.rec!.id),
          'the FIR is listed',
        );
        assert.ok(
          r.body.firs.every((f: { stationCode: string }) => f.stationCode === x.station),
          'station filter applied',
        );
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.firs.get(x.rec!.id), 'there is an FIR there to leave out');
        assert.deepEqual(r.body.firs, []);
      },
    },
    'GET /api/v1/complaints': {
      action: 'record.read',
      station: true,
      record: (x) => makeComplaint(x.station!),
      send: (c, x) => c.get(`/api/v1/complaints?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(
          r.body.complaints.some((c: { id: string }) => c.id === x.rec!.id),
          'the complaint is listed',
        );
        assert.ok(
          r.body.complaints.every((c: { stationCode: string }) => c.stationCode === x.station),
          'station filter applied',
        );
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.complaints.get(x.rec!.id), 'there is a complaint there to leave out');
        assert.deepEqual(r.body.complaints, []);
      },
    },
    'GET /api/v1/persons/matches': {
      action: 'record.read',
      station: true,
      record: (x) => makeNamedPerson(x.station!),
      send: (c, x) => c.get(`/api/v1/persons/matches?name=${encodeURIComponent(x.rec!.name!)}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        // Other cells' persons have similar names: they may follow as possible matches.
        assert.equal(shown(r.body.matches[0]!.person).id, x.rec!.id);
        assert.ok(r.body.matches[0]!.reasons.includes('strong match'));
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.persons.get(x.rec!.id), 'there is a person there to leave out');
        assert.ok(!r.body.matches.some((m) => !m.person.masked && m.person.id === x.rec!.id));
      },
    },
    'GET /api/v1/search/persons': {
      action: 'record.read',
      station: true,
      record: (x) => makeNamedPerson(x.station!),
      send: (c, x) => c.get(`/api/v1/search/persons?q=${encodeURIComponent(x.rec!.name!)}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.results[0]!.id, x.rec!.id);
        assert.equal(r.body.results[0]!.band, 'strong');
        assert.ok(!r.body.elsewhere.some((e: { unitCode: string }) => e.unitCode === x.station), 'not reported as elsewhere');
        const audited = await db().selectFrom('audit_log').select('detail').where('actor_id', '=', x.actor.id).where('action', '=', 'search.persons').orderBy('seq', 'desc').executeTakeFirstOrThrow();
        assert.equal(JSON.parse(audited.detail).count, r.body.results.length, 'the search is audited');
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(!r.body.results.some((p: { id: string }) => p.id === x.rec!.id));
        const held = r.body.elsewhere.find((e: { unitCode: string }) => e.unitCode === x.station);
        assert.ok(held && held.count >= 1, `hit/no-hit names ${x.station}: ${JSON.stringify(r.body.elsewhere)}`);
        assert.ok(!JSON.stringify(r.body).includes(x.rec!.id), 'nothing of the record itself');
      },
    },
    'GET /api/v1/persons/:id/same-as': {
      action: 'record.read',
      station: true,
      record: (x) => makeNamedPerson(x.station!),
      send: (c, x) => c.get(`/api/v1/persons/${x.rec!.id}/same-as`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.marks, []);
      },
    },
    'POST /api/v1/persons/:id/same-as': {
      action: 'record.amend',
      station: true,
      record: async (x) => ({ ...(await makeNamedPerson(x.station!)), other: (await makeNamedPerson(x.station!)).id }),
      send: (c, x) => c.post(`/api/v1/persons/${x.rec!.id}/same-as`, { personId: x.rec!.other, reason: 'Same father and address' }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.deepEqual([r.body.personA, r.body.personB].sort(), [x.rec!.id, x.rec!.other].sort());
        assert.equal(r.body.markedBy, x.actor.id);
      },
    },
    'POST /api/v1/same-person-marks/:id/withdraw': {
      action: 'record.amend',
      station: true,
      record: async (x) => {
        const [a, b] = [await makeNamedPerson(x.station!), await makeNamedPerson(x.station!)];
        const mark = await server.node.samePerson.mark(await stationActor(x.station!), a.id, b.id, 'Marked for the matrix', RECORD_CLIENT);
        return { id: mark.id, station: x.station! };
      },
      send: (c, x) => c.post(`/api/v1/same-person-marks/${x.rec!.id}/withdraw`, { reason: 'Different dates of birth' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.rec!.id);
        assert.equal(r.body.withdrawnBy, x.actor.id);
      },
    },
    'GET /api/v1/search/vehicles': searchProbe(
      (x) => `/api/v1/search/vehicles?q=${encodeURIComponent(x.rec!.registration!.toLowerCase().replace(/ /g, '-'))}`,
      (r, x) => r.body.results.some((h: { fir: { id: string } }) => h.fir.id === x.rec!.id) && r.body.results.every((h: { fir: { station: { code: string } } }) => h.fir.station.code === x.station),
    ),
    'GET /api/v1/stolen-property/check': {
      action: 'record.read',
      station: true,
      record: (x) => makeSearchableFir(x.station!),
      send: (c, x) => c.get(`/api/v1/stolen-property/check?registration=${encodeURIComponent(x.rec!.registration!.toLowerCase())}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.state, 'stolen');
        assert.deepEqual(
          r.body.records.map((h) => h.firId),
          [x.rec!.id],
        );
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.records, []);
        assert.deepEqual(
          r.body.reports.map((h) => [h.state, h.firNumber, h.station.code]),
          [['stolen', x.rec!.number, x.station]],
          'the public part: stolen, with its FIR number and station',
        );
        assert.ok(!JSON.stringify(r.body).includes(x.rec!.id), 'nothing of the record itself');
      },
    },
    'GET /api/v1/units/:code/register-counts': {
      action: 'record.read',
      station: true,
      record: (x) => makeSearchableFir(x.station!),
      send: (c, x) => c.get(`/api/v1/units/${x.station}/register-counts`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.deepEqual(
          r.body.stations.map((s) => s.code),
          [x.station],
        );
        assert.ok(r.body.totals.stolenVehicles.stolen >= 1, 'the stolen motorcycle is counted');
      },
    },
    'GET /api/v1/stations/:code/stolen-property': {
      action: 'record.read',
      station: true,
      record: (x) => makeSearchableFir(x.station!),
      send: (c, x) => c.get(`/api/v1/stations/${x.station}/stolen-property`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.items.some((i) => i.firId === x.rec!.id && i.state === 'stolen'));
      },
    },
    'GET /api/v1/search/phones': searchProbe(
      (x) => `/api/v1/search/phones?q=${encodeURIComponent(x.rec!.phone!.replace('+91 ', '0'))}`,
      (r, x) => r.body.results.some((h: { records: { recordId: string }[] }) => h.records.some((rec) => rec.recordId === x.rec!.id)),
    ),
    'GET /api/v1/search/firs': searchProbe(
      (x) => `/api/v1/search/firs?text=${x.rec!.word}`,
      (r, x) => r.body.results.length === 1 && r.body.results[0]!.id === x.rec!.id && r.body.results[0]!.snippet!.includes(x.rec!.word!),
    ),
    'POST /api/v1/complaints': {
      action: 'record.register',
      station: true,
      send: (c, x) =>
        c.post('/api/v1/complaints', { stationCode: x.station, complainant: { person: { name: x.newUsername } }, description: 'My purse was stolen in the market.', place: 'Market yard' }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.stationCode, x.station);
        assert.match(r.body.ackNo, new RegExp(`^${x.station}/2026/C\\d{5}$`));
        assert.equal(r.body.status, 'registered');
        assert.equal(shown(r.body.complainant).name, x.newUsername);
        assert.equal((await server.node.complaints.get(r.body.id))!.stationCode, x.station);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'POST /api/v1/missing-persons': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/missing-persons', missingBody(x.station!, x.newUsername)),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.match(r.body.number, new RegExp(`^${x.station}/2026/M\\d{5}$`));
        assert.equal(shown(r.body.person).name, x.newUsername);
        assert.equal(r.body.alert!.status, 'active');
        assert.equal((await server.node.missingPersons.get(r.body.id))!.stationCode, x.station);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'GET /api/v1/missing-persons': {
      action: 'record.read',
      station: true,
      record: (x) => makeMissing(x.station!),
      send: (c, x) => c.get(`/api/v1/missing-persons?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.missingPersons.some((m) => m.id === x.rec!.id));
        assert.ok(r.body.missingPersons.every((m) => m.stationCode === x.station));
      },
    },
    'GET /api/v1/missing-persons/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeMissing(x.station!),
      send: (c, x) => c.get(`/api/v1/missing-persons/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.number, x.rec!.number);
        assert.equal(shown(r.body.person).name, x.rec!.name);
        assert.equal((await successEntries(x.actor.id, 'missing_person.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/missing-persons/:id/report.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeMissing(x.station!),
      send: (c, x) => c.get(`/api/v1/missing-persons/${x.rec!.id}/report.pdf?lang=hi`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
      },
    },
    'POST /api/v1/missing-persons/:id/status': {
      action: 'record.amend',
      station: true,
      record: (x) => makeMissing(x.station!),
      send: (c, x) => c.post(`/api/v1/missing-persons/${x.rec!.id}/status`, { status: 'traced', at: clock.now().toISOString(), note: `Traced at a relative's house (${x.newUsername})` }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.status, 'traced');
        assert.equal(r.body.alert!.status, 'withdrawn');
        assert.equal((await server.node.missingPersons.get(x.rec!.id))!.status, 'traced');
      },
    },
    'POST /api/v1/unnatural-deaths': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/unnatural-deaths', bodyOf(x.station!, x.newUsername)),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.match(r.body.number, new RegExp(`^${x.station}/2026/UD\\d{5}$`));
        assert.equal(r.body.belongings, x.newUsername);
        assert.equal((await server.node.unnaturalDeaths.get(r.body.id))!.stationCode, x.station);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'GET /api/v1/unnatural-deaths': {
      action: 'record.read',
      station: true,
      record: (x) => makeBody(x.station!),
      send: (c, x) => c.get(`/api/v1/unnatural-deaths?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.unnaturalDeaths.some((u) => u.id === x.rec!.id));
        assert.ok(r.body.unnaturalDeaths.every((u) => u.stationCode === x.station));
      },
    },
    'GET /api/v1/unnatural-deaths/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeBody(x.station!),
      send: (c, x) => c.get(`/api/v1/unnatural-deaths/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.number, x.rec!.number);
        assert.equal(r.body.belongings, x.rec!.name);
        assert.equal((await successEntries(x.actor.id, 'unnatural_death.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/unnatural-deaths/:id/report.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeBody(x.station!),
      send: (c, x) => c.get(`/api/v1/unnatural-deaths/${x.rec!.id}/report.pdf?lang=hi`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
      },
    },
    'POST /api/v1/unnatural-deaths/:id/inquest': {
      action: 'record.amend',
      station: true,
      record: (x) => makeBody(x.station!),
      send: (c, x) =>
        c.post(`/api/v1/unnatural-deaths/${x.rec!.id}/inquest`, {
          heldBy: x.newUsername,
          heldAt: clock.now().toISOString(),
          witnesses: ['Panch One', 'Panch Two'],
          findings: 'No external injuries.',
          forwardedTo: { designation: 'sub_divisional_magistrate' },
          forwardedAt: clock.now().toISOString(),
        }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.inquest!.heldBy, x.newUsername);
        assert.equal((await server.node.unnaturalDeaths.get(x.rec!.id))!.inquest!.heldBy, x.newUsername);
      },
    },
    'POST /api/v1/unnatural-deaths/:id/post-mortem': {
      action: 'record.amend',
      station: true,
      record: (x) => makeBody(x.station!),
      send: (c, x) => c.post(`/api/v1/unnatural-deaths/${x.rec!.id}/post-mortem`, { hospital: 'Civil Hospital', number: x.newUsername, conductedAt: clock.now().toISOString() }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal((await server.node.unnaturalDeaths.get(x.rec!.id))!.postMortem!.number, x.newUsername);
      },
    },
    'POST /api/v1/unnatural-deaths/:id/identify': {
      action: 'record.amend',
      station: true,
      record: (x) => makeBody(x.station!),
      send: (c, x) => c.post(`/api/v1/unnatural-deaths/${x.rec!.id}/identify`, { person: { person: { name: x.newUsername } }, at: clock.now().toISOString(), note: 'Identified by his brother.' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(shown(r.body.identification!.person).name, x.newUsername);
        assert.equal((await server.node.unnaturalDeaths.get(x.rec!.id))!.status, 'identified');
      },
    },
    'POST /api/v1/lost-reports': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/lost-reports', lostOf(x.station!, x.newUsername)),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.match(r.body.number, new RegExp(`^${x.station}/2026/LAR\\d{5}$`));
        assert.equal((await server.node.lostProperty.getLost(r.body.id))!.lostPlace, x.newUsername);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'GET /api/v1/lost-reports': {
      action: 'record.read',
      station: true,
      record: (x) => makeLost(x.station!),
      send: (c, x) => c.get(`/api/v1/lost-reports?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.lostReports.some((l) => l.id === x.rec!.id));
        assert.ok(r.body.lostReports.every((l) => l.stationCode === x.station));
      },
    },
    'GET /api/v1/lost-reports/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeLost(x.station!),
      send: (c, x) => c.get(`/api/v1/lost-reports/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.lostPlace, x.rec!.name);
        assert.equal((await successEntries(x.actor.id, 'lost_report.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/lost-reports/:id/report.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeLost(x.station!),
      send: (c, x) => c.get(`/api/v1/lost-reports/${x.rec!.id}/report.pdf?lang=hi`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
      },
    },
    'POST /api/v1/lost-reports/:id/convert': {
      action: 'record.register',
      station: true,
      record: (x) => makeLost(x.station!),
      send: (c, x) => c.post(`/api/v1/lost-reports/${x.rec!.id}/convert`, { fir: firBody({ stationCode: x.station }) }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.report.status, 'converted');
        assert.equal((await server.node.lostProperty.getLost(x.rec!.id))!.firId, r.body.fir.id);
      },
    },
    'POST /api/v1/found-property': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/found-property', foundOf(x.station!, x.newUsername)),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.match(r.body.number, new RegExp(`^${x.station}/2026/FP\\d{5}$`));
        assert.equal((await server.node.lostProperty.getFound(r.body.id))!.article.description, x.newUsername);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'GET /api/v1/found-property': {
      action: 'record.read',
      station: true,
      record: (x) => makeFound(x.station!),
      send: (c, x) => c.get(`/api/v1/found-property?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.foundProperty.some((f) => f.id === x.rec!.id));
        assert.ok(r.body.foundProperty.every((f) => f.stationCode === x.station));
      },
    },
    'GET /api/v1/found-property/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeFound(x.station!),
      send: (c, x) => c.get(`/api/v1/found-property/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.article.description, x.rec!.name);
        assert.equal((await successEntries(x.actor.id, 'found_property.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/found-property/:id/receipt.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeFound(x.station!, true),
      send: (c, x) => c.get(`/api/v1/found-property/${x.rec!.id}/receipt.pdf?lang=hi`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
      },
    },
    'POST /api/v1/found-property/:id/magistrate-report': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFound(x.station!),
      send: (c, x) => c.post(`/api/v1/found-property/${x.rec!.id}/magistrate-report`, { courtCode: 'MH-PUN-JMFC-BRM', reportedOn: '2026-03-09', reference: x.newUsername }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal((await server.node.lostProperty.getFound(x.rec!.id))!.magistrateReport!.reference, x.newUsername);
      },
    },
    'POST /api/v1/found-property/:id/claim': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFound(x.station!),
      send: (c, x) => c.post(`/api/v1/found-property/${x.rec!.id}/claim`, claimOf(x.newUsername)),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal((await server.node.lostProperty.getFound(x.rec!.id))!.status, 'returned');
      },
    },
    'POST /api/v1/found-property/:id/dispose': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFound(x.station!),
      send: (c, x) =>
        c.post(`/api/v1/found-property/${x.rec!.id}/dispose`, {
          at: clock.now().toISOString(),
          ground: 'perishable',
          order: { date: '2026-03-09', courtCode: 'MH-PUN-JMFC-BRM', reference: `Misc. ${x.newUsername}` },
          manner: x.newUsername,
          handedBy: 'ASI Malkhana Jadhav',
          receivedBy: 'Auctioneer',
        }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal((await server.node.lostProperty.getFound(x.rec!.id))!.disposal!.manner, x.newUsername);
      },
    },
    'GET /api/v1/missing-persons/:id/match-candidates': {
      action: 'record.read',
      station: true,
      // The record here is the report (a denial names it); `bodyId` the body it matches.
      record: async (x) => {
        const pair = await makePair(x.station!);
        return { ...pair, id: pair.missingId!, bodyId: pair.id };
      },
      send: (c, x) => c.get(`/api/v1/missing-persons/${x.rec!.id}/match-candidates?limit=50`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.subject.id, x.rec!.id);
        assert.ok(
          r.body.candidates.some((c) => c.id === x.rec!.bodyId && c.reasons.length > 0),
          'the matching body is a candidate, with its reasons',
        );
        assert.equal((await successEntries(x.actor.id, 'match.candidates', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/unnatural-deaths/:id/match-candidates': {
      action: 'record.read',
      station: true,
      record: (x) => makePair(x.station!),
      send: (c, x) => c.get(`/api/v1/unnatural-deaths/${x.rec!.id}/match-candidates?limit=50`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(
          r.body.candidates.some((c) => c.id === x.rec!.missingId),
          'the matching report is a candidate',
        );
        assert.equal((await successEntries(x.actor.id, 'match.candidates', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/missing-persons/:id/match-candidates/:candidateId/photo': {
      action: 'record.read',
      station: true,
      // The record here is the report (a denial names it); the photo the body's.
      record: async (x) => {
        const pair = await photoPair(x.station!);
        return { ...pair, id: pair.missingId!, bodyId: pair.id };
      },
      send: (c, x) => c.get(`/api/v1/missing-persons/${x.rec!.id}/match-candidates/${x.rec!.bodyId}/photo`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'image/png');
        assert.equal(r.headers['cache-control'], 'private, no-store');
        const reads = await successEntries(x.actor.id, 'attachment.read', x.rec!.bodyPhoto!);
        assert.ok(
          reads.some((e) => JSON.parse(e.detail).via === `missing_person ${x.rec!.id}`),
          'the read is audited, naming the report',
        );
      },
    },
    'GET /api/v1/unnatural-deaths/:id/match-candidates/:candidateId/photo': {
      action: 'record.read',
      station: true,
      record: (x) => photoPair(x.station!),
      send: (c, x) => c.get(`/api/v1/unnatural-deaths/${x.rec!.id}/match-candidates/${x.rec!.missingId}/photo`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'image/png');
        const reads = await successEntries(x.actor.id, 'attachment.read', x.rec!.missingPhoto!);
        assert.ok(
          reads.some((e) => JSON.parse(e.detail).via === `unnatural_death ${x.rec!.id}`),
          'the read is audited, naming the body',
        );
      },
    },
    'POST /api/v1/matches/confirm': {
      action: 'record.amend',
      station: true,
      record: (x) => makePair(x.station!),
      send: (c, x) => c.post('/api/v1/matches/confirm', { missingPersonId: x.rec!.missingId, unnaturalDeathId: x.rec!.id, reason: `Recognised by ${x.newUsername}` }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.decision, 'confirmed');
        const row = await db().selectFrom('match_decisions').selectAll().where('unnatural_death_id', '=', x.rec!.id).executeTakeFirstOrThrow();
        assert.equal(row.decision, 'confirmed');
        assert.equal(row.decided_by, x.actor.id);
      },
    },
    'POST /api/v1/matches/reject': {
      action: 'record.amend',
      station: true,
      record: (x) => makePair(x.station!),
      send: (c, x) => c.post('/api/v1/matches/reject', { missingPersonId: x.rec!.missingId, unnaturalDeathId: x.rec!.id, reason: `Not him: ${x.newUsername}` }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.decision, 'rejected');
        assert.equal((await db().selectFrom('match_decisions').select('decision').where('unnatural_death_id', '=', x.rec!.id).executeTakeFirstOrThrow()).decision, 'rejected');
      },
    },
    'POST /api/v1/found-persons': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/found-persons', foundPersonOf(x.station!, x.newUsername)),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.match(r.body.number, new RegExp(`^${x.station}/2026/FPR\\d{5}$`));
        assert.equal(r.body.condition, x.newUsername);
        assert.equal((await server.node.foundPersons.get(r.body.id))!.stationCode, x.station);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'GET /api/v1/found-persons': {
      action: 'record.read',
      station: true,
      record: (x) => makeFoundPerson(x.station!),
      send: (c, x) => c.get(`/api/v1/found-persons?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.foundPersons.some((f) => f.id === x.rec!.id));
        assert.ok(r.body.foundPersons.every((f) => f.stationCode === x.station));
      },
    },
    'GET /api/v1/found-persons/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeFoundPerson(x.station!),
      send: (c, x) => c.get(`/api/v1/found-persons/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.number, x.rec!.number);
        assert.equal(r.body.condition, x.rec!.name);
        assert.equal((await successEntries(x.actor.id, 'found_person.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/found-persons/:id/report.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeFoundPerson(x.station!),
      send: (c, x) => c.get(`/api/v1/found-persons/${x.rec!.id}/report.pdf?lang=hi`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
      },
    },
    'POST /api/v1/found-persons/:id/placement': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFoundPerson(x.station!),
      send: (c, x) => c.post(`/api/v1/found-persons/${x.rec!.id}/placement`, { kind: 'shelter', name: x.newUsername, at: clock.now().toISOString() }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal((await server.node.foundPersons.get(x.rec!.id))!.placement!.name, x.newUsername);
      },
    },
    'POST /api/v1/found-persons/:id/outcome': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFoundPerson(x.station!),
      send: (c, x) => c.post(`/api/v1/found-persons/${x.rec!.id}/outcome`, { outcome: 'restored', at: clock.now().toISOString(), restoredTo: x.newUsername, note: 'Restored to his brother.' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.outcome!.restoredTo, x.newUsername);
        assert.equal((await server.node.foundPersons.get(x.rec!.id))!.status, 'restored');
      },
    },
    'GET /api/v1/found-persons/:id/match-candidates': {
      action: 'record.read',
      station: true,
      record: (x) => makeFoundPair(x.station!),
      send: (c, x) => c.get(`/api/v1/found-persons/${x.rec!.id}/match-candidates?limit=50`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(
          r.body.candidates.some((c) => c.id === x.rec!.missingId),
          'the matching report is a candidate',
        );
        assert.equal((await successEntries(x.actor.id, 'match.candidates', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'POST /api/v1/matches/found-persons/confirm': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFoundPair(x.station!, true),
      send: (c, x) => c.post('/api/v1/matches/found-persons/confirm', { missingPersonId: x.rec!.missingId, foundPersonId: x.rec!.id, reason: `Recognised by ${x.newUsername}` }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.decision, 'confirmed');
        const row = await db().selectFrom('found_match_decisions').selectAll().where('found_person_id', '=', x.rec!.id).executeTakeFirstOrThrow();
        assert.equal(row.decision, 'confirmed');
        assert.equal(row.decided_by, x.actor.id);
      },
    },
    'POST /api/v1/matches/found-persons/reject': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFoundPair(x.station!),
      send: (c, x) => c.post('/api/v1/matches/found-persons/reject', { missingPersonId: x.rec!.missingId, foundPersonId: x.rec!.id, reason: `Not him: ${x.newUsername}` }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.decision, 'rejected');
        assert.equal((await db().selectFrom('found_match_decisions').select('decision').where('found_person_id', '=', x.rec!.id).executeTakeFirstOrThrow()).decision, 'rejected');
      },
    },
    'POST /api/v1/firs': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/firs', firBody({ stationCode: x.station, complainant: { person: { name: x.newUsername } } })),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.match(r.body.number, new RegExp(`^${x.station}/2026/\\d{4}$`));
        assert.equal(r.body.station.code, x.station);
        assert.equal(r.body.lawCode, 'BNS');
        assert.equal(shown(r.body.complainant).name, x.newUsername);
        assert.equal(r.body.officerInCharge!.id, x.actor.id);
        assert.equal((await server.node.firs.get(r.body.id))!.stationCode, x.station);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'POST /api/v1/complaints/:id/convert': {
      action: 'record.register',
      station: true,
      record: (x) => makeComplaint(x.station!),
      send: (c, x) => c.post(`/api/v1/complaints/${x.rec!.id}/convert`, firBody({ stationCode: x.station, complainant: { personId: x.rec!.complainantId } })),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.complaint.status, 'closed');
        assert.equal(r.body.complaint.closure, 'converted_to_fir');
        assert.equal(r.body.complaint.firId, r.body.fir.id);
        assert.equal(r.body.fir.complaintId, x.rec!.id);
        assert.equal(r.body.fir.station.code, x.station);
      },
    },
    'POST /api/v1/nc-reports': {
      action: 'record.register',
      station: true,
      send: (c, x) =>
        c.post('/api/v1/nc-reports', {
          stationCode: x.station,
          informant: { person: { name: x.newUsername } },
          substance: 'The informant states that his neighbour abused him.',
          place: 'Ward 3',
          sections: [{ act: 'BNS', section: '352' }],
          courtCode: 'MH-PUN-JMFC-BRM',
        }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.stationCode, x.station);
        assert.match(r.body.number, /^NC \d+\/2026$/);
        assert.equal(shown(r.body.informant).name, x.newUsername);
        assert.equal((await server.node.ncReports.get(r.body.id))!.stationCode, x.station);
      },
      denied: (r, x) => assertOwnStationRefusal(r, x),
    },
    'POST /api/v1/nc-reports/:id/convert': {
      action: 'record.register',
      station: true,
      record: (x) => makeNcReport(x.station!),
      send: (c, x) =>
        c.post(`/api/v1/nc-reports/${x.rec!.id}/convert`, {
          order: { date: '2026-03-10', courtCode: 'MH-PUN-JMFC-BRM', reference: `Order ${x.newUsername}` },
          fir: firBody({ stationCode: x.station, sections: [{ act: 'BNS', section: '352' }] }),
        }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.report.status, 'converted');
        assert.equal(r.body.report.fir!.id, r.body.fir.id);
        assert.equal(r.body.fir.ncReport!.id, x.rec!.id);
        assert.equal(r.body.fir.station.code, x.station);
      },
    },
    'POST /api/v1/nc-diaries': {
      action: 'record.register',
      station: true,
      send: (c, x) => c.post('/api/v1/nc-diaries', { stationCode: x.station, from: nextFortnight(), courtCode: 'MH-PUN-JMFC-BRM' }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.stationCode, x.station);
        assert.equal(r.body.forwardedBy, x.actor.id);
        assert.ok(await server.node.ncReports.diaryOf(x.station!, r.body.fortnight.start));
      },
    },
    'GET /api/v1/nc-reports/:id': {
      action: 'record.read',
      station: true,
      record: (x) => makeNcReport(x.station!),
      send: (c, x) => c.get(`/api/v1/nc-reports/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.rec!.id);
        assert.equal(shown(r.body.informant).name, (x.rec as { informant?: string }).informant);
        assert.equal((await successEntries(x.actor.id, 'nc.read', x.rec!.id)).length, 1, 'the read is audited');
      },
    },
    'GET /api/v1/nc-reports': {
      action: 'record.read',
      station: true,
      record: (x) => makeNcReport(x.station!),
      send: (c, x) => c.get(`/api/v1/nc-reports?station=${x.station}&limit=500`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(
          r.body.reports.some((n: { id: string }) => n.id === x.rec!.id),
          'the report is listed',
        );
        assert.ok(r.body.reports.every((n: { stationCode: string }) => n.stationCode === x.station));
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.ncReports.get(x.rec!.id), 'there is a report there to leave out');
        assert.deepEqual(r.body.reports, []);
      },
    },
    'GET /api/v1/nc-diaries/diary.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeNcReport(x.station!),
      send: (c, x) => c.get(`/api/v1/nc-diaries/diary.pdf?station=${x.station}&from=2026-03-01`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal(String(r.body).slice(0, 5), '%PDF-');
        const printed = await db().selectFrom('audit_log').selectAll().where('actor_id', '=', x.actor.id).where('action', '=', 'nc.diary_print').where('target_unit', '=', x.station!).execute();
        assert.ok(printed.length >= 1, 'the print is audited');
      },
    },
    'POST /api/v1/attachments': { action: 'record.register', station: true, ...photoUpload('/api/v1/attachments') },
    'POST /api/v1/gd': {
      action: 'gd.write',
      station: true,
      send: (c, x) => c.post('/api/v1/gd', { stationCode: x.station, kind: 'general', text: `Roll call (${x.newUsername})` }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.stationCode, x.station);
        assert.equal(r.body.kind, 'general');
        assert.equal(r.body.text, `Roll call (${x.newUsername})`);
        assert.ok(await server.node.gd.get(r.body.id));
      },
    },
    'POST /api/v1/gd/corrections': {
      action: 'gd.write',
      station: true,
      record: (x) => makeGdEntry(x.station!),
      send: (c, x) => c.post('/api/v1/gd/corrections', { correctsId: x.rec!.id, text: `Corrected by ${x.newUsername}` }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.kind, 'correction');
        assert.equal(r.body.correctsId, x.rec!.id);
        assert.equal(r.body.stationCode, x.station);
      },
    },
    'POST /api/v1/firs/:id/amendments': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFir(x.station!),
      send: (c, x) => c.post(`/api/v1/firs/${x.rec!.id}/amendments`, { reason: 'Statement of a second witness recorded', briefFacts: `Amended facts (${x.newUsername}).` }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.version, 2);
        assert.equal(r.body.briefFacts, `Amended facts (${x.newUsername}).`);
        assert.equal((await server.node.firs.versions(x.rec!.id)).length, 2);
      },
    },
    'POST /api/v1/firs/:id/efir-signature': {
      action: 'record.amend',
      station: true,
      record: (x) => makeFir(x.station!, { origin: 'efir', infoType: 'electronic' }),
      send: (c, x) => c.post(`/api/v1/firs/${x.rec!.id}/efir-signature`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.status, 'registered');
        assert.ok(r.body.efirSignedAt);
        assert.equal((await server.node.firs.get(x.rec!.id))!.status, 'registered');
      },
    },
    'POST /api/v1/complaints/:id/assign': {
      action: 'complaint.assign',
      station: true,
      record: async (x) => ({ ...(await makeComplaint(x.station!)), officer: await officerAt(x.station!) }),
      send: (c, x) => c.post(`/api/v1/complaints/${x.rec!.id}/assign`, { officerUserId: x.rec!.officer }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.status, 'under_enquiry');
        assert.equal(r.body.assignedTo, x.rec!.officer);
        assert.equal(r.body.assignedOfficer!.id, x.rec!.officer);
      },
    },
    'POST /api/v1/complaints/:id/close': {
      action: 'complaint.close',
      station: true,
      record: (x) => makeComplaint(x.station!),
      send: (c, x) => c.post(`/api/v1/complaints/${x.rec!.id}/close`, { closure: 'non_cognizable', note: 'A non-cognizable matter; complainant referred to the magistrate' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.status, 'closed');
        assert.equal(r.body.closure, 'non_cognizable');
        assert.equal((await server.node.complaints.get(x.rec!.id))!.status, 'closed');
      },
    },
    'POST /api/v1/firs/:id/transfer': {
      action: 'fir.transfer',
      station: true,
      record: (x) => makeFir(x.station!, { origin: 'zero', jurisdictionStationCode: otherStation(x.station!) }),
      send: (c, x) => c.post(`/api/v1/firs/${x.rec!.id}/transfer`, { toStationCode: otherStation(x.station!), reason: 'The offence occurred in that station’s jurisdiction' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.from.status, 'transferred');
        assert.equal(r.body.from.transferredToFir, r.body.to!.id);
        assert.equal(r.body.to!.transferredFromFir, x.rec!.id);
        assert.equal(r.body.to!.station.code, otherStation(x.station!));
      },
    },
    'GET /api/v1/cases/:firId': {
      action: 'record.read',
      station: true,
      record: async (x) => makeFir(x.station!, { ioUserId: await officerAt(x.station!) }),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.firId, x.rec!.id);
        assert.equal(r.body.io!.id, await officerAt(x.station!));
        assert.equal(r.body.may.act, x.role === 'investigating_officer');
      },
    },
    'GET /api/v1/cases/:firId/diary': {
      action: 'record.read',
      station: true,
      record: async (x) => makeFir(x.station!, { ioUserId: await officerAt(x.station!) }),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/diary`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.firId, x.rec!.id);
        assert.deepEqual(r.body.entries, []);
      },
    },
    'POST /api/v1/cases/:firId/assignment': {
      action: 'case.assign',
      station: true,
      record: async (x) => ({ ...(await makeFir(x.station!)), officer: await officerAt(x.station!) }),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/assignment`, { ioUserId: x.rec!.officer }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.io!.id, x.rec!.officer);
        assert.equal((await server.node.firs.get(x.rec!.id))!.content.ioUserId, x.rec!.officer);
      },
    },
    'POST /api/v1/cases/:firId/takeover': {
      action: 'case.take_over',
      station: true,
      record: async (x) => makeFir(x.station!, { ioUserId: await officerAt(x.station!) }),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/takeover`, { reason: 'A case of public importance, supervised from above' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.acting!.id, x.actor.id);
        assert.equal(r.body.may.act, true);
      },
    },
    'POST /api/v1/cases/:firId/transfer': {
      action: 'fir.transfer',
      station: true,
      record: (x) => makeFir(x.station!),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/transfer`, { toStationCode: otherStation(x.station!), reason: 'The accused live in that station’s limits' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.investigatingUnit.code, otherStation(x.station!));
        assert.equal((await server.node.caseFiles.get(x.rec!.id)).unitCode, otherStation(x.station!));
      },
    },
    'POST /api/v1/cases/:firId/diary': {
      action: 'case.act',
      station: true,
      record: async (x) => makeFir(x.station!, { ioUserId: await officerAt(x.station!) }),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/diary`, { beganAt: '2026-03-10T09:00:00+05:30', text: 'Visited the place of occurrence and recorded the spot panchnama.' }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.entryNo, 1);
        assert.equal(r.body.writtenBy.id, x.actor.id);
      },
    },
    'POST /api/v1/cases/:firId/seizures': {
      action: 'case.act',
      station: true,
      record: async (x) => makeFir(x.station!, { ioUserId: await officerAt(x.station!) }),
      send: (c, x) =>
        c.post(`/api/v1/cases/${x.rec!.id}/seizures`, {
          seizedAt: '2026-03-10T09:00:00+05:30',
          place: 'House of the accused',
          items: [{ description: 'Knife', category: 'weapon', quantity: '1' }],
          witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
          depositedWith: { name: 'HC Shinde' },
        }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.firId, x.rec!.id);
        assert.equal(r.body.items[0]!.place, 'malkhana');
        assert.equal(r.body.recordedBy.id, x.actor.id);
      },
    },
    'POST /api/v1/cases/:firId/seizures/:seizureId/recording': {
      action: 'case.act',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) => c.request('POST', `/api/v1/cases/${x.rec!.id}/seizures/${x.rec!.seizure}/recording`, undefined, { raw: x.rec!.recording, headers: { 'content-type': 'video/mp4' } }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.sha256, sha256Hex(x.rec!.recording!));
        assert.equal(await server.node.sync.files.has(r.body.sha256), true);
      },
    },
    'POST /api/v1/cases/:firId/property/:itemId/moves': {
      action: 'case.act',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) =>
        c.post(`/api/v1/cases/${x.rec!.id}/property/${x.rec!.item}/moves`, { kind: 'sent_to_fsl', at: '2026-03-10T09:40:00+05:30', receivedBy: { name: 'FSL clerk' }, destination: 'RFSL Pune' }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.place, 'fsl');
        assert.equal(r.body.chain.at(-1)!.recordedBy.id, x.actor.id);
      },
    },
    'POST /api/v1/cases/:firId/property/:itemId/court-steps': {
      action: 'case.act',
      station: true,
      record: (x) => makeSeizure(x.station!, { toCourt: true }),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/property/${x.rec!.item}/court-steps`, { step: 'statement_prepared', at: '2026-03-10T09:40:00+05:30' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.statementAt, '2026-03-10T04:10:00.000Z');
      },
    },
    'GET /api/v1/cases/:firId/seizures/:seizureId/memo.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/seizures/${x.rec!.seizure}/memo.pdf?lang=hi`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal((await successEntries(x.actor.id, 'case.document', x.rec!.id)).length, 1, 'the print is audited');
      },
    },
    'GET /api/v1/cases/:firId/seizures/:seizureId/bsa63.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/seizures/${x.rec!.seizure}/bsa63.pdf?record=${x.rec!.item}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.equal((await successEntries(x.actor.id, 'case.document', x.rec!.id)).length, 1, 'the print is audited');
      },
    },
    'GET /api/v1/stations/:code/property-room': {
      action: 'record.read',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) => c.get(`/api/v1/stations/${x.station}/property-room`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.items.some((i: { id: string }) => i.id === x.rec!.item));
        assert.ok(r.body.items.every((i: { stationCode: string }) => i.stationCode === x.station));
      },
    },
    'GET /api/v1/stations/:code/property-room/:itemId': {
      action: 'record.read',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) => c.get(`/api/v1/stations/${x.station}/property-room/${x.rec!.item}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.rec!.item);
        assert.deepEqual(
          r.body.chain.map((m: { kind: string }) => m.kind),
          ['received_into_malkhana'],
        );
      },
    },
    'POST /api/v1/cases/:firId/crime-details': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'fir'),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/crime-details`, { placeType: 'residence', moCodes: ['lock_broken', 'night'] }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.crimeDetails!.version, 1);
        assert.deepEqual(r.body.crimeDetails!.moCodes, ['lock_broken', 'night']);
      },
    },
    'GET /api/v1/cases/:firId/similar': {
      action: 'record.read',
      station: true,
      record: (x) => makeCase(x.station!, 'fir'),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/similar`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.firId, x.rec!.id);
        assert.ok(!r.body.cases.some((k: { fir: { id: string } }) => k.fir.id === x.rec!.id));
      },
    },
    'GET /api/v1/cases/:firId/final-report.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeCase(x.station!, 'charge_sheet'),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/final-report.pdf?lang=hi`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.match(String(r.headers['content-type']), /application\/pdf/);
        assert.equal((await successEntries(x.actor.id, 'case.form', x.rec!.id)).length, 1, 'the print is audited');
      },
    },
    'GET /api/v1/cases/:firId/crime-details.pdf': {
      action: 'record.read',
      station: true,
      record: async (x) => {
        const rec = await makeCase(x.station!, 'fir');
        await server.node.crimeDetails.record(await ioActor(x.station!), rec.id, crimeDetailsInput.parse({ placeType: 'residence', moCodes: ['lock_broken'] }), RECORD_CLIENT);
        return rec;
      },
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/crime-details.pdf`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.match(String(r.headers['content-type']), /application\/pdf/);
        assert.equal((await successEntries(x.actor.id, 'case.form', x.rec!.id)).length, 1, 'the print is audited');
      },
    },
    'GET /api/v1/cases/:firId/disposals/:disposalId/form.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeCase(x.station!, 'judgment'),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/disposals/${x.rec!.disposal ?? randomUUID()}/form.pdf?lang=hi`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.match(String(r.headers['content-type']), /application\/pdf/);
        assert.equal((await successEntries(x.actor.id, 'case.form', x.rec!.id)).length, 1, 'the print is audited');
      },
    },
    'GET /api/v1/cases/:firId/appeals/:appealId/form.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeCase(x.station!, 'appeal'),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/appeals/${x.rec!.appeal ?? randomUUID()}/form.pdf`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.match(String(r.headers['content-type']), /application\/pdf/);
        assert.equal((await successEntries(x.actor.id, 'case.form', x.rec!.id)).length, 1, 'the print is audited');
      },
    },
    'POST /api/v1/cases/:firId/final-reports': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'fir'),
      send: (c, x) =>
        c.post(`/api/v1/cases/${x.rec!.id}/final-reports`, {
          kind: 'charge_sheet',
          accused: [{ personId: x.rec!.accused, status: 'not_arrested', charged: true }],
          sections: [{ act: 'BNS', section: '303(2)' }],
          courtCode: courtOf(x.station!) ?? 'MH-PUN-CJM',
        }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.finalReports[0]!.status, 'filed');
        assert.equal(r.body.finalReports[0]!.submittedBy.id, x.actor.id);
        assert.equal(r.body.status, 'charge_sheeted');
      },
    },
    'POST /api/v1/cases/:firId/final-reports/:reportId/review': {
      action: 'case.supervise',
      station: true,
      record: (x) => makeCase(x.station!, 'closure'),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/final-reports/${x.rec!.reportId ?? randomUUID()}/review`, { decision: 'approved' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.finalReports[0]!.review!.by.id, x.actor.id);
        assert.equal(r.body.finalReports[0]!.status, 'filed');
        assert.equal(r.body.status, 'closed');
      },
    },
    'POST /api/v1/cases/:firId/victim-progress': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'fir'),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/victim-progress`, { informedAt: '2026-03-10T09:00:00+05:30', means: 'letter' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.clocks.find((k: { code: string }) => k.code === 'victim-progress-90d')!.status, 'met');
      },
    },
    'POST /api/v1/cases/:firId/forensic-visit': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'fir'),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/forensic-visit`, { visitedAt: '2026-03-09T12:00:00+05:30', team: 'District mobile forensic unit' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.forensicVisits[0]!.team, 'District mobile forensic unit');
      },
    },
    'POST /api/v1/cases/:firId/court-case': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'charge_sheet'),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/court-case`, { courtCode: x.rec!.court ?? 'MH-PUN-CJM', courtCaseNo: 'RCC 77/2026', registeredOn: '2026-03-10' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.court.case!.courtCaseNo, 'RCC 77/2026');
      },
    },
    'POST /api/v1/cases/:firId/hearings': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'court'),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/hearings`, { date: '2026-03-10', purpose: 'Appearance of the accused', nextDate: '2026-04-10' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.court.hearings[0]!.nextDate, '2026-04-10');
      },
    },
    'POST /api/v1/cases/:firId/disposal': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'court'),
      send: (c, x) =>
        c.post(`/api/v1/cases/${x.rec!.id}/disposal`, { judgmentDate: '2026-03-10', outcomes: [{ personId: x.rec!.accused, section: { act: 'BNS', section: '303(2)' }, outcome: 'acquitted' }] }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.court.disposals[0]!.outcomes[0]!.outcome, 'acquitted');
      },
    },
    'POST /api/v1/cases/:firId/appeals': {
      action: 'case.act',
      station: true,
      record: (x) => makeCase(x.station!, 'judgment'),
      send: (c, x) =>
        c.post(`/api/v1/cases/${x.rec!.id}/appeals`, {
          courtCode: 'MH-HC-BOM',
          appealNo: 'Cri. Appeal 9/2026',
          appellant: 'Accused A1',
          filedOn: '2026-03-10',
          decidedOn: '2026-03-10',
          results: [{ personId: x.rec!.accused, result: 'conviction_set_aside' }],
        }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.court.appeals[0]!.results[0]!.result, 'conviction_set_aside');
      },
    },
    'POST /api/v1/cases/:firId/arrests': {
      action: 'case.act',
      station: true,
      record: async (x) => {
        const rec = await makeFir(x.station!, { ioUserId: await officerAt(x.station!), accused: [{ person: { name: 'Santosh Waghmare', gender: 'male', age: 33 } }] });
        return { ...rec, person: (await server.node.firs.get(rec.id))!.content.persons.find((p) => p.role === 'accused')!.personId };
      },
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/arrests`, arrestBody(x.rec!.person!)),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.code, 'A1');
        assert.equal(r.body.status, 'arrested');
        const gd = await db().selectFrom('gd_entries').select('kind').where('ref_id', '=', x.rec!.id).where('kind', '=', 'arrest').execute();
        assert.equal(gd.length, 1, 'the GD entry of the arrest');
      },
    },
    'POST /api/v1/cases/:firId/arrests/:arrestId/production': {
      action: 'case.act',
      station: true,
      record: (x) => makeArrest(x.station!),
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/arrests/${x.rec!.arrest}/production`, { at: '2026-03-10T09:00:00+05:30', court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' }),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(r.body.arrests[0]!.production!.court, 'JMFC Baramati');
        assert.ok(r.body.clocks.some((c: { code: string; status: string }) => c.code.startsWith('production-') && c.status === 'met'));
      },
    },
    'POST /api/v1/cases/:firId/arrests/:arrestId/custody': {
      action: 'case.act',
      station: true,
      record: (x) => makeArrest(x.station!),
      send: (c, x) =>
        c.post(`/api/v1/cases/${x.rec!.id}/arrests/${x.rec!.arrest}/custody`, { kind: 'judicial', from: '2026-03-10T09:00:00+05:30', court: 'JMFC Baramati', orderReference: 'RA 1/2026' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.status, 'judicial_custody');
        assert.ok(r.body.clocks.some((c: { code: string }) => c.code.startsWith('charge-sheet-')));
      },
    },
    'POST /api/v1/cases/:firId/absconding': {
      action: 'case.act',
      station: true,
      record: async (x) => {
        const rec = await makeFir(x.station!, { ioUserId: await officerAt(x.station!), accused: [{ person: { name: 'Santosh Waghmare', gender: 'male', age: 33 } }] });
        return { ...rec, person: (await server.node.firs.get(rec.id))!.content.persons.find((p) => p.role === 'accused')!.personId };
      },
      send: (c, x) => c.post(`/api/v1/cases/${x.rec!.id}/absconding`, { personId: x.rec!.person, since: '2026-03-09T18:00:00+05:30', note: 'Not found at his house on two visits.' }),
      async allowed(r) {
        assert.equal(r.status, 201);
        assert.equal(r.body.status, 'absconding');
      },
    },
    'GET /api/v1/cases/:firId/arrests/:arrestId/memo.pdf': {
      action: 'record.read',
      station: true,
      record: (x) => makeArrest(x.station!),
      send: (c, x) => c.get(`/api/v1/cases/${x.rec!.id}/arrests/${x.rec!.arrest}/memo.pdf?lang=hi`),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'application/pdf');
      },
    },
    'GET /api/v1/arrested-persons': {
      action: 'record.read',
      station: true,
      record: (x) => makeArrest(x.station!),
      send: (c, x) => c.get(`/api/v1/arrested-persons?unit=${x.station}&from=2026-03-01`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.unit.code, x.station);
        assert.ok(r.body.persons.some((p: { firNumber: string }) => p.firNumber === x.rec!.number));
      },
    },
    'GET /api/v1/search/accused': {
      action: 'record.read',
      station: true,
      record: (x) => makeArrest(x.station!),
      send: (c, x) => c.get(`/api/v1/search/accused?unit=${x.station}&status=arrested&limit=200`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.unit.code, x.station);
        assert.ok(r.body.results.some((h: { fir: { id: string }; person: { id: string } }) => h.fir.id === x.rec!.id && h.person.id === x.rec!.person));
        assert.ok(r.body.results.every((h: { fir: { station: { code: string } } }) => h.fir.station.code === x.station));
        const audited = await db().selectFrom('audit_log').select('detail').where('actor_id', '=', x.actor.id).where('action', '=', 'search.accused').orderBy('seq', 'desc').executeTakeFirstOrThrow();
        assert.equal(JSON.parse(audited.detail).count, r.body.results.length, 'the search is audited');
      },
    },
    'GET /api/v1/search/property': {
      action: 'record.read',
      station: true,
      record: (x) => makeSeizure(x.station!),
      send: (c, x) => c.get(`/api/v1/search/property?unit=${x.station}&fir=${encodeURIComponent(x.rec!.number!)}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.results.map((i: { id: string }) => i.id).sort(), [x.rec!.item, x.rec!.other].sort());
        const audited = await db().selectFrom('audit_log').select('detail').where('actor_id', '=', x.actor.id).where('action', '=', 'search.property').orderBy('seq', 'desc').executeTakeFirstOrThrow();
        assert.equal(JSON.parse(audited.detail).count, 2, 'the search is audited');
      },
    },
    'GET /api/v1/audit': {
      action: 'audit.read',
      send: (c) => c.get('/api/v1/audit?limit=500'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(
          r.body.entries.some((e: { detail: { marker?: unknown } }) => e.detail.marker === x.marker),
          'an entry about a unit inside is shown',
        );
        await assertWithinJurisdiction(r, x);
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(!r.body.entries.some((e: { detail: { marker?: unknown } }) => e.detail.marker === x.marker), 'an entry about a unit outside is not shown');
        await assertWithinJurisdiction(r, x);
      },
    },
    // ---- Alerts ----
    'GET /api/v1/alerts': {
      action: 'alert.read',
      alert: true,
      record: (x) => makeAlert(x.place.unit),
      send: (c) => c.get('/api/v1/alerts'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        const mine = r.body.alerts.find((a: { id: string }) => a.id === x.rec!.id);
        assert.ok(mine, 'the alert addressed inside is listed');
        assert.equal(mine.title, x.rec!.title);
        assert.equal(mine.status, 'active');
        await assertAlertsReadable(r, x);
        const audited = await db().selectFrom('audit_log').select('detail').where('actor_id', '=', x.actor.id).where('action', '=', 'alert.list').orderBy('seq', 'desc').executeTakeFirstOrThrow();
        assert.ok(JSON.parse(audited.detail).ids.includes(x.rec!.id), 'the list is audited with what it showed');
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.alerts.get(x.rec!.id), 'there is an alert there to leave out');
        assert.ok(!r.body.alerts.some((a: { id: string }) => a.id === x.rec!.id), 'an alert addressed outside is not listed');
        await assertAlertsReadable(r, x);
      },
    },
    'GET /api/v1/alerts/:id/photo': {
      action: 'alert.read',
      alert: true,
      record: (x) => makeAlert(x.place.unit, { photo: true }),
      send: (c, x) => c.get(`/api/v1/alerts/${x.rec!.id}/photo`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'image/png');
        assert.equal(r.headers['cache-control'], 'private, no-store');
        assert.equal(String(r.body), ALERT_PHOTO.toString('utf8'));
        const reads = await successEntries(x.actor.id, 'attachment.read', sha256Hex(ALERT_PHOTO));
        assert.ok(
          reads.some((e) => JSON.parse(e.detail).via === `alert ${x.rec!.id}`),
          'the read is audited, naming the alert',
        );
      },
    },
    'POST /api/v1/alerts': {
      action: 'alert.issue',
      alert: true,
      send: (c, x) =>
        c.post('/api/v1/alerts', { kind: 'missing_person', title: `Missing person (${x.newUsername})`, details: 'Last seen at the bus stand in a blue shirt.', targetUnit: x.place.unit }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.title, `Missing person (${x.newUsername})`);
        assert.equal(r.body.targetUnit, x.place.unit);
        assert.equal(r.body.issuerUnit, ACTORS[x.role].unit);
        assert.equal(r.body.status, 'active');
        assert.equal((await server.node.alerts.get(r.body.id))!.targetUnit, x.place.unit);
        assert.equal((await successEntries(x.actor.id, 'alert.issue', r.body.id)).length, 1, 'the issue is audited');
      },
    },
    'POST /api/v1/alerts/:id/withdraw': {
      action: 'alert.issue',
      alert: true,
      record: (x) => makeAlert(x.place.unit),
      send: (c, x) => c.post(`/api/v1/alerts/${x.rec!.id}/withdraw`, { reason: 'Found safe at a relative’s house' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.rec!.id);
        assert.equal(r.body.status, 'withdrawn');
        assert.equal(r.body.withdrawReason, 'Found safe at a relative’s house');
        assert.equal((await server.node.alerts.get(x.rec!.id))!.status, 'withdrawn');
      },
    },
    'POST /api/v1/alerts/photos': { action: 'alert.issue', ...photoUpload('/api/v1/alerts/photos') },
    // ---- This node ----
    'GET /api/v1/node': {
      send: (c) => c.get('/api/v1/node'),
      async allowed(r) {
        assert.equal(r.status, 200);
        assert.equal(r.body.tier, 'standalone');
        assert.equal(r.body.unit, 'IN');
        assert.equal(r.body.acceptsNodes, false);
        assert.equal(r.body.sync.enrolled, false);
        assert.equal(r.body.sync.link, 'not-enrolled');
      },
    },
    'POST /api/v1/node/sync': {
      action: 'sync.run',
      allowedStatus: 409,
      send: (c) => c.post('/api/v1/node/sync'),
      async allowed(r) {
        // Past the gate, the standalone node has no upstream to sync with (see SYNC_RUN_ROW).
        assert.equal(r.status, 409);
        assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
        assert.equal(r.body.type.split('/').pop(), 'not-enrolled');
        assert.match(r.body.detail, /not enrolled with an upstream/);
      },
    },
    // ---- Nodes enrolled below (on the state node of Maharashtra) ----
    'GET /api/v1/nodes': {
      action: 'node.read',
      station: true,
      onStateNode: true,
      record: (x) => liveNode(x.station!),
      send: (c) => c.get('/api/v1/nodes'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        const mine = r.body.nodes.find((n: { id: string }) => n.id === x.rec!.id);
        assert.ok(mine, 'the node inside is listed');
        assert.equal(mine.unitCode, x.station);
        assert.equal(typeof mine.dark, 'boolean');
        assert.equal(typeof r.body.darkAfterHours, 'number');
        await assertNodesWithin(r, x);
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await nodeServer.node.sync.registry.get(x.rec!.id), 'there is a node there to leave out');
        assert.ok(!r.body.nodes.some((n: { id: string }) => n.id === x.rec!.id), 'the node outside is not listed');
        await assertNodesWithin(r, x);
      },
    },
    'POST /api/v1/nodes': {
      action: 'node.manage',
      station: true,
      onStateNode: true,
      prepare: (x) => noLiveNode(x.station!),
      send: (c, x) => c.post('/api/v1/nodes', { unitCode: x.station, label: `Matrix node (${x.newUsername})` }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assert.equal(r.body.node.unitCode, x.station);
        assert.equal(r.body.node.status, 'pending');
        assert.equal(r.body.node.label, `Matrix node (${x.newUsername})`);
        assert.equal(typeof r.body.enrolmentCode, 'string');
        assert.ok(r.body.enrolmentCode.length >= 8, 'a one-time enrolment code');
        const row = (await nodeServer.node.sync.registry.row(r.body.node.id))!;
        assert.equal(row.created_by, x.actor.username);
        assert.equal((await nodeSuccessEntries(x.actor.id, 'node.add', r.body.node.id)).length, 1, 'the registration is audited');
      },
    },
    'POST /api/v1/nodes/:id/revoke': {
      action: 'node.manage',
      station: true,
      onStateNode: true,
      record: (x) => liveNode(x.station!),
      send: (c, x) => c.post(`/api/v1/nodes/${x.rec!.id}/revoke`, { reason: 'Laptop stolen from the station' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.node.id, x.rec!.id);
        assert.equal(r.body.node.status, 'revoked');
        assert.equal(r.body.node.revokeReason, 'Laptop stolen from the station');
        assert.equal((await nodeServer.node.sync.registry.row(x.rec!.id))!.status, 'revoked');
        assert.equal((await nodeSuccessEntries(x.actor.id, 'node.revoke', x.rec!.id)).length, 1, 'the revocation is audited');
      },
    },
  });

  async function nodeSuccessEntries(actorId: string, action: string, targetId: string) {
    return nodeServer.node.storage.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor_id', '=', actorId)
      .where('action', '=', action)
      .where('target_id', '=', targetId)
      .where('outcome', '=', 'success')
      .execute();
  }

  async function assertWithinJurisdiction(r: Success<AnswerOf<'GET /api/v1/audit'>>, x: CellCtx) {
    const mine = await subtreeCodes(ACTORS[x.role].unit);
    const rows = await db().selectFrom('audit_log').select(['seq', 'actor_unit', 'target_unit']).execute();
    const bySeq = new Map(rows.map((row) => [Number(row.seq), row]));
    for (const e of r.body.entries) {
      const row = bySeq.get(e.seq)!;
      assert.ok(mine.has(row.actor_unit ?? '') || mine.has(row.target_unit ?? ''), `audit entry ${e.seq} lies in the jurisdiction`);
    }
  }

  /** Everything a denied cell must leave as it was (on the server the cell runs on). */
  async function stateOf(x: CellCtx) {
    const d = x.srv.node.storage.db;
    const rows = async (table: 'events' | 'users' | 'blobs') =>
      Number(
        (
          await d
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const target = x.target ? await d.selectFrom('users').selectAll().where('id', '=', x.target.id).executeTakeFirst() : null;
    const login = x.target ? await d.selectFrom('login_state').selectAll().where('user_id', '=', x.target.id).executeTakeFirst() : null;
    return {
      events: await rows('events'),
      users: await rows('users'),
      // Files stored, alerts and the nodes enrolled below: not all of them are events.
      blobs: await rows('blobs'),
      alerts: await d.selectFrom('alerts').selectAll().orderBy('id').execute(),
      nodes: await d.selectFrom('sync_nodes').selectAll().orderBy('id').execute(),
      target,
      login: login ?? null,
      newUser: (await x.srv.node.users.byUsername(x.newUsername)) !== null,
    };
  }

  async function deniedOn(x: CellCtx, action: string) {
    return x.srv === server
      ? deniedEntries(x.actor.id, action)
      : x.srv.node.storage.db.selectFrom('audit_log').selectAll().where('actor_id', '=', x.actor.id).where('action', '=', action).where('outcome', '=', 'denied').orderBy('seq', 'desc').execute();
  }

  /** The bearer client of a role for a route: the node rows run on the state node. */
  const bearerFor = (route: string, role: Role) => (PROBES[route]!.onStateNode ? nodeActors : actors).get(role)!.bearer;

  /** Runs one cell of the matrix with the given client (bearer or cookie session). */
  async function runCell(route: string, role: Role, side: Side, client: ApiClient): Promise<void> {
    const expected = MATRIX[route]![role][side];
    const probe = PROBES[route]!;
    const a = ACTORS[role];
    const place = side === 'in' ? a.inside : a.outside;
    assert.notEqual(expected, 'n/a');
    assert.ok(place, `${role} has an ${side}side place`);
    const n = ++serial;
    const srv = probe.onStateNode ? nodeServer : server;
    const actor = (probe.onStateNode ? nodeActors : actors).get(role)!.user;
    const x: CellCtx = { role, srv, actor, place, newUsername: `new-${n}`, newPassword: `quiet harbour lantern ${n}` };
    if (probe.target) x.target = await makeTarget(place, probe.target);
    if (route === 'GET /api/v1/audit') x.marker = await addAuditMarker(place.unit);
    if (probe.station) {
      x.station = RECORD_STATION[role][side] ?? undefined;
      assert.ok(x.station, `${role} has an ${side}side station`);
    }
    await probe.prepare?.(x);
    if (probe.record && (probe.station || probe.alert)) x.rec = await probe.record(x);

    const before = await stateOf(x);
    const deniedBefore = probe.action ? (await deniedOn(x, probe.action)).length : 0;
    const r = await probe.send(client, x);

    if (expected === 'allow') {
      if (probe.allowedStatus) assert.equal(r.status, probe.allowedStatus, `${route} as ${role} (${side}): expected ${probe.allowedStatus} past the gate, got ${r.status} ${JSON.stringify(r.body)}`);
      else assert.ok(r.status >= 200 && r.status < 300, `${route} as ${role} (${side}): expected 2xx, got ${r.status} ${JSON.stringify(r.body)}`);
      await probe.allowed!(r, x);
      if (probe.allowedStatus) assert.deepEqual(await stateOf(x), before, `a ${probe.allowedStatus} answer writes nothing`);
      if (probe.action) assert.equal((await deniedOn(x, probe.action)).length, deniedBefore, 'an allowed request audits no denial');
    } else if (expected === 'empty') {
      assert.ok(probe.empty, `${route} has no "empty" check`);
      await probe.empty!(r, x);
      if (probe.action) assert.equal((await deniedOn(x, probe.action)).length, deniedBefore, 'a filtered list audits no denial');
    } else {
      const refusal = refused(r, 403, `${route} as ${role} (${side}): expected 403, got ${r.status} ${JSON.stringify(r.body)}`);
      assert.match(String(refusal.headers['content-type']), /^application\/problem\+json/);
      assert.equal(refusal.body.status, 403);
      assert.equal(typeof refusal.body.detail, 'string');
      assert.ok(refusal.body.detail.length > 10, 'the refusal says why');
      assert.deepEqual(await stateOf(x), before, 'a denied request writes nothing');
      probe.denied?.(refusal, x);
      if (probe.action) {
        const denied = await deniedOn(x, probe.action);
        assert.equal(denied.length, deniedBefore + 1, `one denied ${probe.action} audit entry`);
        // Refused at the route gate (the role lacks the action: no record is loaded) or by the
        // record-level check, which names the target.
        const entry = denied[0]!;
        const detail = JSON.parse(entry.detail);
        if (probe.station || probe.alert) {
          // Station records, nodes and alerts: the gate names the route; the record-level check
          // names the unit of the record (the station; the unit an alert is addressed to).
          const unit = probe.station ? x.station : x.place.unit;
          if (detail.route !== undefined) assert.equal(detail.route, route, 'the denial names the route');
          else assert.equal(entry.target_unit, unit, 'the denial names the unit of the record');
          if (x.rec && (route.includes('/:id') || entry.target_id !== null)) assert.equal(entry.target_id, x.rec.id, 'the denial names the record');
        } else if (entry.target_id === null && detail.route !== undefined) assert.equal(detail.route, route, 'the denial names the route');
        else if (route.includes('/:id')) assert.equal(entry.target_id, x.target!.id, 'the denial names the target');
        else if (route === 'POST /api/v1/users') assert.equal(detail.username, x.newUsername, 'the denial names the refused user');
      }
    }
  }

  test('the table covers every route, and every role on every row', () => {
    const byAccess = (access: string) =>
      allRoutes
        .filter((d) => d.access === access)
        .map(key)
        .sort();
    assert.deepEqual(byAccess('user'), Object.keys(MATRIX).sort(), 'every signed-in route has a row in MATRIX (add one for a new route)');
    assert.deepEqual(byAccess('public'), [...PUBLIC_ROUTES].sort(), 'public routes are exactly these');
    assert.deepEqual(byAccess('signing-in'), Object.keys(SIGNING_IN_ROUTES).sort(), 'signing-in routes are exactly these');
    assert.deepEqual(Object.keys(PROBES).sort(), Object.keys(MATRIX).sort(), 'every row has a probe');
    for (const [route, row] of Object.entries(MATRIX)) {
      assert.deepEqual(Object.keys(row).sort(), [...ROLES].sort(), `${route}: a cell for every role`);
      for (const role of ROLES) {
        const cell = row[role];
        assert.notEqual(cell.in, 'n/a', `${route} × ${role}: "in" always exists`);
        const outExists = !SELF_ROUTES.has(route) && ACTORS[role].outside !== null;
        assert.equal(cell.out === 'n/a', !outExists, `${route} × ${role}: "out" is n/a exactly when there is no outside`);
        if (cell.in === 'empty' || cell.out === 'empty') assert.ok(PROBES[route]!.empty, `${route}: "empty" only for filtered lists`);
      }
    }
    assert.deepEqual(Object.keys(ASSIGNABLE).sort(), [...ROLES].sort());
  });

  test('the actors and places are what the table assumes', async () => {
    for (const role of ROLES) {
      const a = ACTORS[role];
      const user = actors.get(role)!.user;
      assert.equal(user.role, role);
      assert.equal(user.unitCode, a.unit);
      const home = (await server.node.units.get(a.unit))!;
      const inside = (await server.node.units.get(a.inside.unit))!;
      assert.ok(inside.path.startsWith(home.path), `${a.inside.unit} is inside ${a.unit}`);
      if (a.outside) {
        const outside = (await server.node.units.get(a.outside.unit))!;
        assert.ok(!outside.path.startsWith(home.path), `${a.outside.unit} is outside ${a.unit}`);
      } else {
        assert.equal(home.kind, 'nation', 'only the nation has no outside');
      }
    }
  });

  test('the stations of the station-records cells are what the table assumes', async () => {
    for (const role of ROLES) {
      const home = (await server.node.units.get(ACTORS[role].unit))!;
      const hasStations = (await server.node.units.subtree(home.path)).some((u) => u.kind === 'police_station');
      const { in: inside, out: outside } = RECORD_STATION[role];
      const unitIn = (await server.node.units.get(inside))!;
      assert.equal(unitIn.kind, 'police_station');
      // Labs, bureaux and the control room have no station of their own: theirs is one of their state.
      assert.equal(unitIn.path.startsWith(home.path), hasStations, `${inside} is inside ${home.code} exactly when it has stations`);
      assert.equal(outside === null, ACTORS[role].outside === null, 'an outside station exactly when there is an outside');
      if (outside) {
        const unitOut = (await server.node.units.get(outside))!;
        assert.equal(unitOut.kind, 'police_station');
        assert.ok(!unitOut.path.startsWith(home.path), `${outside} is outside ${home.code}`);
      }
    }
  });

  test('the node rows run on a state node, where the stations of the cells are what the table assumes', async () => {
    const n = nodeServer.node;
    assert.equal(n.profile.tier, 'state');
    assert.equal(n.profile.unitCode, 'MH');
    assert.equal(n.sync.acceptsNodes, true, 'it enrols police-station nodes');
    assert.equal(server.node.profile.tier, 'standalone', 'the matrix node itself enrols nobody');
    const mh = (await n.units.get('MH'))!.path;
    for (const role of ROLES) {
      assert.equal(nodeActors.get(role)!.user.unitCode, ACTORS[role].unit);
      const { in: inside, out: outside } = RECORD_STATION[role];
      assert.ok((await n.units.get(inside))!.path.startsWith(mh), `${inside} is below the node: its node is registered through the registry`);
      // Stations of another state are not below this node: their node rows are written directly (liveNode).
      if (outside) assert.equal((await n.units.get(outside))!.path.startsWith(mh), !outside.startsWith('DL-'));
    }
  });

  test('public routes need no user', async () => {
    const anon = new ApiClient(server.app);
    const health = await anon.get('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { status: 'ok' });
    const session = await anon.refreshCsrf();
    assert.equal(session.status, 200);
    assert.equal(session.body.stage, 'anonymous');
    const login = await anon.post('/api/v1/auth/login', { username: 'writer.pune1', password: passwordOf.get('writer.pune1') });
    assert.equal(login.status, 200);
    assert.equal(login.body.stage, 'mfa');
    const fresh = new ApiClient(server.app);
    await fresh.refreshCsrf();
    assert.equal((await fresh.post('/api/v1/auth/logout')).status, 204);
    assert.equal((await anon.get('/api/v1/openapi.json')).status, 200, 'the OpenAPI document is public too');
    const verify = await anon.get('/api/v1/verify/NOT-A-REAL-CODE');
    assert.equal(verify.status, 404, 'anyone may check an FIR copy’s code; a wrong one is simply not found');
    assert.match(verify.body.detail, /does not match any FIR copy/);
  });

  test('signing-in routes reject a bearer token and a caller with no sign-in', async () => {
    const bearer = actors.get('administrator')!.bearer;
    const anon = new ApiClient(server.app);
    await anon.refreshCsrf();
    for (const [route, body] of Object.entries(SIGNING_IN_ROUTES)) {
      const [method, url] = route.split(' ') as [string, string];
      const withToken = refused(await bearer.request(method, url, body), 401, `${route} with a token`);
      assert.match(withToken.body.type, /wrong-stage$/);
      assert.match(withToken.body.detail, /Tokens cannot be used to sign in/);
      const nobody = refused(await anon.request(method, url, body), 401, `${route} with no sign-in`);
      assert.match(nobody.body.type, /not-signed-in$/);
    }
  });

  for (const route of Object.keys(MATRIX)) {
    test(route, async (t) => {
      for (const role of ROLES) {
        for (const side of ['in', 'out'] as const) {
          if (MATRIX[route]![role][side] === 'n/a') continue;
          await t.test(`${role} ${side}: ${MATRIX[route]![role][side]}`, () => runCell(route, role, side, bearerFor(route, role)));
        }
      }
    });
  }

  test('a cookie session gets the same answers as a bearer token', async () => {
    const cookieClient = async (role: Role) => {
      const c = new ApiClient(server.app);
      const username = ACTORS[role].username;
      await c.signIn(username, passwordOf.get(username)!, server.demo.users[username]!.totpSecret, clock);
      return c;
    };
    const sho = await cookieClient('station_house_officer');
    assert.equal(MATRIX['POST /api/v1/users/:id/disable']!.station_house_officer.in, 'allow');
    await runCell('POST /api/v1/users/:id/disable', 'station_house_officer', 'in', sho);
    assert.equal(MATRIX['POST /api/v1/users/:id/disable']!.station_house_officer.out, 'deny');
    await runCell('POST /api/v1/users/:id/disable', 'station_house_officer', 'out', sho);
    const writer = await cookieClient('station_writer');
    assert.equal(MATRIX['GET /api/v1/users']!.station_writer.in, 'deny');
    await runCell('GET /api/v1/users', 'station_writer', 'in', writer);
    assert.equal(MATRIX['POST /api/v1/users']!.station_writer.in, 'deny');
    await runCell('POST /api/v1/users', 'station_writer', 'in', writer);
  });
});
