import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import { computeClocks, type ClockState } from '../domain/clocks.js';
import { linksOf } from '../domain/fir-registration.js';
import { istDate, istMidnight } from '../domain/ist.js';
import {
  articleProblems,
  disposalGroundProblems,
  foundClockFacts,
  foundProblems,
  foundPropertyNumber,
  lostReportNumber,
  lostReportProblems,
  orderDateProblems,
  type LostPropertyRules,
} from '../domain/lost-property.js';
import { custodyMoveProblems, whereIs, type CustodyMove } from '../domain/property-room.js';
import type { FirInput } from '../domain/schemas/fir.js';
import type {
  Article,
  FoundClaimInput,
  FoundDisposalInput,
  FoundListQuery,
  FoundPropertyInput,
  FoundReportInput,
  LostListQuery,
  LostReportConversion,
  LostReportInput,
} from '../domain/schemas/lost-property.js';
import type { PersonOnRecord } from '../domain/schemas/person.js';
import { conflict, fieldProblem } from '../errors.js';
import type { MoveShape } from '../events/lost-property/shapes.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import { codesWithin, type Unit } from '../directory/units.js';
import type { FoundPropertyTable, LostReportsTable } from '../storage/schema.js';
import { loadClockRules } from './clock-rules.js';
import type { FirCommands } from './fir-commands.js';
import type { Fir, FirQueries } from './fir-queries.js';
import { loadInvestigationCodes } from './investigation-reference.js';
import { loadLostPropertyRules } from './lost-property-reference.js';
import { courtView, magistrateCourt, NOT_A_MAGISTRATE } from './nc-reports.js';
import { diaryStep, entryMasking, entryOf, numberedEntry, type RegisterDeps, RegisterReader } from './register.js';

export interface LostReport {
  id: string;
  stationCode: string;
  number: string;
  year: number;
  seq: number;
  reportedAt: string;
  informantId: string;
  lostAt: string;
  lostPlace: string;
  articles: Article[];
  circumstances: string | null;
  gdEntryId: string;
  firId: string | null;
}

function toLostReport(r: LostReportsTable): LostReport {
  return {
    ...entryOf(r),
    reportedAt: r.reported_at,
    informantId: r.informant_id,
    lostAt: r.lost_at,
    lostPlace: r.lost_place,
    articles: JSON.parse(r.articles),
    circumstances: r.circumstances,
    gdEntryId: r.gd_entry_id,
    firId: r.fir_id,
  };
}

type Order = { date: string; courtCode: string; reference: string };

export interface FoundProperty {
  id: string;
  stationCode: string;
  number: string;
  year: number;
  seq: number;
  registeredAt: string;
  foundAt: string;
  foundPlace: string;
  receivedAt: string;
  handedInById: string | null;
  article: Article;
  perishable: boolean;
  remarks: string | null;
  status: 'unclaimed' | 'returned' | 'disposed';
  moves: MoveShape[];
  magistrateReport: { courtCode: string; reportedOn: string; reference: string; proclamation: { date: string; reference: string } | null } | null;
  proclaimedOn: string | null;
  claim: { identity: { document: string; number: string }; proof: string; order: Order } | null;
  claimantId: string | null;
  lostReportId: string | null;
  claimedAt: string | null;
  disposal: { ground: string; order: Order; manner: string } | null;
  disposedAt: string | null;
  gdEntryId: string;
}

function toFound(r: FoundPropertyTable): FoundProperty {
  const json = <T>(s: string | null): T | null => (s ? (JSON.parse(s) as T) : null);
  return {
    ...entryOf(r),
    registeredAt: r.registered_at,
    foundAt: r.found_at,
    foundPlace: r.found_place,
    receivedAt: r.received_at,
    handedInById: r.handed_in_by,
    article: JSON.parse(r.article),
    perishable: r.perishable === 1,
    remarks: r.remarks,
    status: r.status as FoundProperty['status'],
    moves: JSON.parse(r.moves),
    magistrateReport: json(r.magistrate_report),
    proclaimedOn: r.proclaimed_on,
    claim: json(r.claim),
    claimantId: r.claimant_id,
    lostReportId: r.lost_report_id,
    claimedAt: r.claimed_at,
    disposal: json(r.disposal),
    disposedAt: r.disposed_at,
    gdEntryId: r.gd_entry_id,
  };
}

/** Fields that hold codes, dates and numbers checked by their own rules: never free text, never redacted. */
const NOT_TEXT = new Set(['kind', 'imei', 'imei2', 'registration', 'engineNo', 'chassisNo', 'value', 'date', 'courtCode', 'reportedOn', 'at', 'ground']);

/**
 * Every free-text string in a stored value (an article, an order, a custody movement, the
 * Magistrate's report) through the reader's redactor: whatever field an officer typed a protected
 * person's name into, it does not reach a reader who may not see them.
 */
function redactAll<T>(value: T, r: (text: string) => string): T {
  if (Array.isArray(value)) return value.map((v) => redactAll(v, r)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : typeof v === 'string' ? r(v) : redactAll(v, r)])) as T;
  return value;
}

const custodyOf = (moves: readonly MoveShape[]): CustodyMove[] => moves.map((m) => ({ ...m, at: new Date(m.at) }));
const articleWords = (a: Article) =>
  [a.description, a.mobilePhone ? `IMEI ${a.mobilePhone.imei}${a.mobilePhone.imei2 ? `/${a.mobilePhone.imei2}` : ''}` : '', a.document ? `${a.document.type} No. ${a.document.number}` : '']
    .filter(Boolean)
    .join(', ');

/**
 * Lost article reports and the register of found / unclaimed property. A lost report is a
 * citizen's acknowledgement (GD entry first, numbered per station and year, printed in English
 * and Hindi), its handsets checkable by IMEI, converted to an FIR when the loss was a theft. Found
 * property enters the station's property room by a custody movement (the property room's rules,
 * src/domain/property-room.ts); it is reported to the Magistrate, whose proclamation starts the
 * six-month claim period (BNSS 503(2)), and leaves custody only on the Magistrate's order —
 * returned to its owner against proof, or disposed of (BNSS 504, 505).
 */
export class LostPropertyService {
  constructor(private readonly deps: RegisterDeps & { firs: FirQueries; firCommands: FirCommands; rules?: LostPropertyRules }) {
    this.lostEntries = new RegisterReader({
      storage: deps.storage,
      table: 'lost_reports',
      eventPrefix: 'lost_report',
      what: 'lost article report',
      toEntry: toLostReport,
      registeredAt: (r: LostReport) => r.reportedAt,
    });
    this.foundEntries = new RegisterReader({
      storage: deps.storage,
      table: 'found_property',
      eventPrefix: 'found_property',
      what: 'found-property entry',
      toEntry: toFound,
      registeredAt: (r: FoundProperty) => r.registeredAt,
    });
  }

  /** Lost article reports and found-property entries: by id, by number, their printed version (the shared register reads). */
  readonly lostEntries: RegisterReader<'lost_reports', LostReport>;
  readonly foundEntries: RegisterReader<'found_property', FoundProperty>;

  private get rules(): LostPropertyRules {
    return this.deps.rules ?? loadLostPropertyRules();
  }

  /** The person of a record: linked by id (checked by registering) or created in the transaction. */
  private async personIn(tx: Tx, p: PersonOnRecord, stationCode: string, actor: RequestActor, path: string): Promise<string> {
    return 'personId' in p ? p.personId : this.deps.persons.create(tx, p.person, stationCode, actor.user.id, `${path}.person`);
  }

  // ---------------------------------------------------------------------------------------------
  // Lost article reports

  async reportLost(actor: RequestActor, input: LostReportInput, client: ClientInfo): Promise<LostReport> {
    const d = this.deps;
    const { station, linkProblems } = await d.access.registering(actor, input.stationCode, linksOf([{ p: input.informant, path: 'informant' }]), client);
    const now = d.clock.now();
    const linked = 'personId' in input.informant && !linkProblems.length ? await d.persons.get(input.informant.personId) : null;
    const informant = 'person' in input.informant ? input.informant.person : { birthDate: linked?.birthDate ?? null };
    const problems = [...lostReportProblems(input, informant, now), ...input.articles.flatMap((a, i) => articleProblems(this.rules, a, `articles.${i}`)), ...linkProblems];
    if (problems.length) throw fieldProblem(problems);
    const reportedAt = input.reportedAt ? new Date(input.reportedAt) : now;
    const id = uuidv7();
    await d.events.transaction(async (tx) => {
      const { year, seq, number, gd } = await numberedEntry(d, tx, actor, {
        stationCode: station.code,
        refType: 'lost_report',
        refId: id,
        series: 'lar',
        at: reportedAt,
        numberOf: (year, seq) => lostReportNumber(station.code, year, seq),
        diary: (number) => ({
          kind: 'lost_article_reported',
          text: `Lost article report ${number}: ${input.articles.map(articleWords).join('; ')}; lost at ${input.lostPlace} on ${new Date(input.lostAt).toISOString()}. Acknowledgement given to the informant.`,
        }),
      });
      const informantId = await this.personIn(tx, input.informant, station.code, actor, 'informant');
      await d.events.append(tx, {
        type: 'lost_report.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          number,
          year,
          seq,
          reportedAt: reportedAt.toISOString(),
          informantId,
          lostAt: new Date(input.lostAt).toISOString(),
          lostPlace: input.lostPlace,
          articles: input.articles,
          circumstances: input.circumstances ?? null,
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'lost_report.register', { targetType: 'lost_report', targetId: id, targetUnit: station.code, detail: { number } });
    });
    return (await this.getLost(id))!;
  }

  /**
   * The loss turned out to be a theft: the FIR is registered and the report marked converted, in
   * one transaction. Its complainant is the informant unless the body names another.
   */
  async convertLost(actor: RequestActor, id: string, body: LostReportConversion, client: ClientInfo): Promise<{ report: LostReport; fir: Fir }> {
    const d = this.deps;
    const lr = await this.mustGetLost(id);
    await d.access.authorise(actor, 'record.register', lr.stationCode, client, { type: 'lost_report', id });
    if (lr.firId) throw conflict('converted', `${lr.number} has already been converted to an FIR.`);
    if (body.fir.stationCode !== lr.stationCode) throw fieldProblem([{ path: 'fir.stationCode', message: 'must be the station that holds the report' }]);
    const input: FirInput = { ...body.fir, complainant: body.fir.complainant ?? { personId: lr.informantId } };
    const write = await d.firCommands.prepareRegistration(actor, input, client, { alreadyLinked: [lr.informantId], under: 'fir' });
    const firId = await d.events.transaction(async (tx) => {
      const newFirId = await write(tx, {});
      await d.events.append(tx, { type: 'lost_report.converted', entityId: id, payload: { stationCode: lr.stationCode, firId: newFirId }, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'lost_report.convert', { targetType: 'lost_report', targetId: id, targetUnit: lr.stationCode, detail: { fir: newFirId } });
      return newFirId;
    });
    return { report: (await this.getLost(id))!, fir: (await d.firs.get(firId))! };
  }

  /** Lost article reports: by id, by number, their printed version (the shared register reads). */
  getLost(id: string, exec?: Executor): Promise<LostReport | null> {
    return this.lostEntries.get(id, exec);
  }

  mustGetLost(id: string): Promise<LostReport> {
    return this.lostEntries.mustGet(id);
  }

  /** The found-property entries returned against this lost report, or holding one of its handsets. */
  private async foundFor(lr: LostReport): Promise<FoundProperty[]> {
    const imeis = lr.articles.flatMap((a) => (a.mobilePhone ? [a.mobilePhone.imei, ...(a.mobilePhone.imei2 ? [a.mobilePhone.imei2] : [])] : []));
    const byImei = imeis.length
      ? (await this.deps.storage.db.selectFrom('lost_property_imeis').select('record_id').where('record_type', '=', 'found_property').where('imei', 'in', imeis).execute()).map((r) => r.record_id)
      : [];
    const rows = await this.deps.storage.db
      .selectFrom('found_property')
      .selectAll()
      .where((eb) => eb.or([eb('lost_report_id', '=', lr.id), ...(byImei.length ? [eb('id', 'in', byImei)] : [])]))
      .orderBy('found_at')
      .execute();
    return rows.map(toFound);
  }

  /** lost, found (an entry of found property is it), or converted (an FIR was registered). */
  async lostStatus(lr: LostReport): Promise<'lost' | 'found' | 'converted'> {
    if (lr.firId) return 'converted';
    return (await this.foundFor(lr)).length ? 'found' : 'lost';
  }

  /** Reports of a station, newest first. */
  async listLost(stationCode: string, q: LostListQuery): Promise<LostReport[]> {
    let query = this.deps.storage.db.selectFrom('lost_reports').selectAll().where('station_code', '=', stationCode);
    if (q.from && q.to && q.from > q.to) throw fieldProblem([{ path: 'to', message: 'is before from' }]);
    if (q.from) query = query.where('reported_at', '>=', istMidnight(q.from).toISOString());
    if (q.to) query = query.where('reported_at', '<', new Date(istMidnight(q.to).getTime() + 86_400_000).toISOString());
    if (q.status === 'converted') query = query.where('fir_id', 'is not', null);
    else if (q.status) query = query.where('fir_id', 'is', null);
    const rows = (
      await query
        .orderBy('reported_at', 'desc')
        .orderBy('seq', 'desc')
        .limit(q.status && q.status !== 'converted' ? 5000 : q.limit)
        .execute()
    ).map(toLostReport);
    if (!q.status || q.status === 'converted') return rows;
    const out: LostReport[] = [];
    for (const r of rows) if (out.length < q.limit && (await this.lostStatus(r)) === q.status) out.push(r);
    return out;
  }

  /** A report as this reader may see it: a withheld informant masked, the free text redacted of the station's protected persons. */
  async viewLost(actor: RequestActor, lr: LostReport) {
    const d = this.deps;
    const m = await entryMasking(d, actor, [lr.informantId], lr.stationCode);
    const r = (text: string) => m.text(text)!;
    const fir = lr.firId ? await d.firs.get(lr.firId) : null;
    const found = lr.firId ? [] : await this.foundFor(lr);
    const gd = await d.gd.get(lr.gdEntryId);
    return {
      id: lr.id,
      stationCode: lr.stationCode,
      number: lr.number,
      reportedAt: lr.reportedAt,
      status: lr.firId ? ('converted' as const) : found.length ? ('found' as const) : ('lost' as const),
      informant: m.person(lr.informantId, 'complainant'),
      lostAt: lr.lostAt,
      lostPlace: r(lr.lostPlace),
      articles: redactAll(lr.articles, r),
      circumstances: m.text(lr.circumstances),
      gdEntry: gd ? { id: gd.id, entryNo: gd.entryNo, gdDate: gd.gdDate, entryAt: gd.entryAt } : null,
      fir: fir ? { id: fir.id, number: fir.number } : null,
      foundProperty: found.map((f) => ({ id: f.id, number: f.number, stationCode: f.stationCode, status: f.status })),
      textWithheld: m.textWithheld,
      unmasked: await m.unmasked(),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Found / unclaimed property

  async registerFound(actor: RequestActor, input: FoundPropertyInput, client: ClientInfo): Promise<FoundProperty> {
    const d = this.deps;
    const links = input.handedInBy ? linksOf([{ p: input.handedInBy, path: 'handedInBy' }]) : linksOf([]);
    const { station, linkProblems } = await d.access.registering(actor, input.stationCode, links, client);
    const now = d.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    const deposit: CustodyMove = { kind: 'received_into_malkhana', at: receivedAt, handedBy: input.depositedBy, receivedBy: input.receivedBy, destination: null, orderRef: null };
    const problems = [
      ...foundProblems(input, now),
      ...articleProblems(this.rules, input.article, 'article'),
      ...custodyMoveProblems([], deposit, now, loadInvestigationCodes()).map((p) => ({ ...p, path: p.path === 'handedBy' ? 'depositedBy' : p.path === 'at' ? 'receivedAt' : p.path })),
      ...linkProblems,
    ];
    if (problems.length) throw fieldProblem(problems);
    const id = uuidv7();
    await d.events.transaction(async (tx) => {
      const { year, seq, number, gd } = await numberedEntry(d, tx, actor, {
        stationCode: station.code,
        refType: 'found_property',
        refId: id,
        series: 'fp',
        at: now,
        numberOf: (year, seq) => foundPropertyNumber(station.code, year, seq),
        diary: (number) => ({
          kind: 'found_property_registered',
          text: `Found / unclaimed property ${number}: ${articleWords(input.article)}; found at ${input.foundPlace} on ${new Date(input.foundAt).toISOString()}${input.handedInBy ? ', handed in at the station' : ''}. Received into the property room by ${input.receivedBy}; to be reported to the Magistrate (BNSS 106(3)).`,
        }),
      });
      const handedInById = input.handedInBy ? await this.personIn(tx, input.handedInBy, station.code, actor, 'handedInBy') : null;
      await d.events.append(tx, {
        type: 'found_property.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          number,
          year,
          seq,
          registeredAt: now.toISOString(),
          foundAt: new Date(input.foundAt).toISOString(),
          foundPlace: input.foundPlace,
          receivedAt: receivedAt.toISOString(),
          handedInById,
          article: input.article,
          perishable: input.perishable,
          remarks: input.remarks ?? null,
          deposit: { ...deposit, at: receivedAt.toISOString() },
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'found_property.register', { targetType: 'found_property', targetId: id, targetUnit: station.code, detail: { number } });
    });
    return (await this.getFound(id))!;
  }

  /** An entry the caller may act on at its station (404 if none, 403 outside), still in custody. */
  private async amendable(actor: RequestActor, id: string, client: ClientInfo) {
    const f = await this.mustGetFound(id);
    const station = await this.deps.access.authorise(actor, 'record.amend', f.stationCode, client, { type: 'found_property', id });
    return { f, station };
  }

  /** The seizure reported to the Magistrate and, if the owner is unknown, the proclamation: once. */
  async reportFound(actor: RequestActor, id: string, input: FoundReportInput, client: ClientInfo): Promise<FoundProperty> {
    const d = this.deps;
    const { f, station } = await this.amendable(actor, id, client);
    if (f.magistrateReport) throw conflict('reported', `${f.number} was reported to the Magistrate on ${f.magistrateReport.reportedOn}.`);
    const today = istDate(d.clock.now());
    const problems = [
      ...(magistrateCourt(station.path, input.courtCode) ? [] : [{ path: 'courtCode', message: NOT_A_MAGISTRATE }]),
      ...orderDateProblems(input.reportedOn, istDate(new Date(f.foundAt)), today, 'reportedOn'),
      ...(input.proclamation ? orderDateProblems(input.proclamation.date, istDate(new Date(f.foundAt)), today, 'proclamation.date') : []),
    ];
    if (input.proclamation && input.proclamation.date < input.reportedOn) problems.push({ path: 'proclamation.date', message: 'cannot be before the report to the Magistrate' });
    if (problems.length) throw fieldProblem(problems);
    const court = courtView(input.courtCode);
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: f.stationCode, refType: 'found_property', refId: id },
        'found_property_reported',
        `${f.number} reported to the ${court.nameEn} on ${input.reportedOn} (ref. ${input.reference}; BNSS 106(3))${input.proclamation ? `; proclamation of ${input.proclamation.date} (ref. ${input.proclamation.reference}) calls for claims within six months (BNSS 503(2))` : ''}.`,
      );
      await d.events.append(tx, {
        type: 'found_property.reported',
        entityId: id,
        payload: { stationCode: f.stationCode, courtCode: input.courtCode, reportedOn: input.reportedOn, reference: input.reference, proclamation: input.proclamation ?? null },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'found_property.report', { targetType: 'found_property', targetId: id, targetUnit: f.stationCode });
    });
    return (await this.getFound(id))!;
  }

  /** What is wrong with the Magistrate's order for a return or disposal, and the custody movement it makes. */
  private orderProblems(f: FoundProperty, stationPath: string, order: Order, move: CustodyMove) {
    const now = this.deps.clock.now();
    return [
      ...(magistrateCourt(stationPath, order.courtCode) ? [] : [{ path: 'order.courtCode', message: NOT_A_MAGISTRATE }]),
      ...orderDateProblems(order.date, istDate(new Date(f.foundAt)), istDate(now), 'order.date'),
      ...(order.date > istDate(move.at) ? [{ path: 'at', message: "cannot be before the Magistrate's order" }] : []),
      ...custodyMoveProblems(custodyOf(f.moves), move, now, loadInvestigationCodes()).map((p) => (p.path === 'kind' ? { ...p, path: 'at' } : p)),
    ];
  }

  /** Returned to its owner on the Magistrate's order (BNSS 503(2)), against proof of identity and ownership. */
  async claimFound(actor: RequestActor, id: string, input: FoundClaimInput, client: ClientInfo): Promise<FoundProperty> {
    const d = this.deps;
    const { f, station } = await this.amendable(actor, id, client);
    await d.access.checkLinks(actor, linksOf([{ p: input.claimant, path: 'claimant' }]));
    const at = new Date(input.at);
    const claimantName = 'person' in input.claimant ? input.claimant.person.name : ((await d.persons.get(input.claimant.personId))?.name ?? 'the owner');
    const move: CustodyMove = {
      kind: 'returned_to_owner',
      at,
      handedBy: input.handedBy,
      receivedBy: claimantName,
      destination: claimantName,
      orderRef: `${input.order.reference} of ${input.order.date}`,
    };
    const problems: { path: string; message: string }[] = this.orderProblems(f, station.path, input.order, move);
    const lr = input.lostReportId ? await this.getLost(input.lostReportId) : null;
    if (input.lostReportId && !lr) problems.push({ path: 'lostReportId', message: 'is not a lost article report' });
    else if (lr?.firId) problems.push({ path: 'lostReportId', message: `the report ${lr.number} was converted to an FIR: the property is the FIR's` });
    if (problems.length) throw fieldProblem(problems);
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: f.stationCode, refType: 'found_property', refId: id },
        'found_property_returned',
        `${f.number} returned to its owner on ${at.toISOString()} on the Magistrate's order ${input.order.reference} of ${input.order.date} (BNSS 503(2)), identity verified (${input.identity.document})${lr ? `; lost article report ${lr.number}` : ''}; receipt taken.`,
      );
      const claimantId = await this.personIn(tx, input.claimant, f.stationCode, actor, 'claimant');
      await d.events.append(tx, {
        type: 'found_property.claimed',
        entityId: id,
        payload: {
          stationCode: f.stationCode,
          claimantId,
          at: at.toISOString(),
          identity: input.identity,
          proof: input.proof,
          order: input.order,
          lostReportId: lr?.id ?? null,
          move: { ...move, at: at.toISOString() },
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'found_property.claim', { targetType: 'found_property', targetId: id, targetUnit: f.stationCode, detail: { lostReport: lr?.id ?? null } });
    });
    return (await this.getFound(id))!;
  }

  /** Disposed of on the Magistrate's order: unclaimed after the six months (BNSS 504), or sold at any time (BNSS 505). */
  async disposeFound(actor: RequestActor, id: string, input: FoundDisposalInput, client: ClientInfo): Promise<FoundProperty> {
    const d = this.deps;
    const { f, station } = await this.amendable(actor, id, client);
    const at = new Date(input.at);
    const move: CustodyMove = {
      kind: 'disposed_by_court_order',
      at,
      handedBy: input.handedBy,
      receivedBy: input.receivedBy,
      destination: null,
      orderRef: `${input.order.reference} of ${input.order.date}`,
    };
    const problems = [
      ...this.orderProblems(f, station.path, input.order, move),
      ...(f.status === 'unclaimed' ? disposalGroundProblems(this.rules, input.ground, { perishable: f.perishable, value: f.article.value ?? null }, this.claimClock(f)) : []),
    ];
    if (problems.length) throw fieldProblem(problems);
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: f.stationCode, refType: 'found_property', refId: id },
        'found_property_disposed',
        `${f.number} disposed of (${input.manner}) on ${at.toISOString()} on the Magistrate's order ${input.order.reference} of ${input.order.date} (${input.ground === 'no_claimant' ? 'BNSS 504' : 'BNSS 505'}).`,
      );
      await d.events.append(tx, {
        type: 'found_property.disposed',
        entityId: id,
        payload: { stationCode: f.stationCode, at: at.toISOString(), ground: input.ground, order: input.order, manner: input.manner, move: { ...move, at: at.toISOString() } },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'found_property.dispose', { targetType: 'found_property', targetId: id, targetUnit: f.stationCode, detail: { ground: input.ground } });
    });
    return (await this.getFound(id))!;
  }

  /** The claim-period clock (BNSS 503(2)), as of now: none until the proclamation is recorded. */
  claimClock(f: FoundProperty): ClockState | null {
    return computeClocks(foundClockFacts(f), this.deps.clock.now(), loadClockRules())[0] ?? null;
  }

  getFound(id: string, exec?: Executor): Promise<FoundProperty | null> {
    return this.foundEntries.get(id, exec);
  }

  mustGetFound(id: string): Promise<FoundProperty> {
    return this.foundEntries.mustGet(id);
  }

  async listFound(stationCode: string, q: FoundListQuery): Promise<FoundProperty[]> {
    let query = this.deps.storage.db.selectFrom('found_property').selectAll().where('station_code', '=', stationCode);
    if (q.status) query = query.where('status', '=', q.status);
    return (await query.orderBy('received_at', 'desc').orderBy('seq', 'desc').limit(q.limit).execute()).map(toFound);
  }

  /**
   * An entry as this reader may see it, with what its handset matches: lost reports and FIRs that
   * name the same IMEI (the stolen/lost check's answer, inside the reader's jurisdiction only).
   */
  async viewFound<M>(actor: RequestActor, f: FoundProperty, matches: M) {
    const d = this.deps;
    const m = await entryMasking(
      d,
      actor,
      [f.handedInById, f.claimantId].filter((x): x is string => !!x),
      f.stationCode,
    );
    const r = (text: string) => m.text(text)!;
    const here = whereIs(custodyOf(f.moves), loadInvestigationCodes());
    const lr = f.lostReportId ? await this.getLost(f.lostReportId) : null;
    const claimant = m.person(f.claimantId, 'complainant');
    return {
      id: f.id,
      stationCode: f.stationCode,
      number: f.number,
      registeredAt: f.registeredAt,
      foundAt: f.foundAt,
      foundPlace: r(f.foundPlace),
      receivedAt: f.receivedAt,
      handedInBy: m.person(f.handedInById, 'witness'),
      article: redactAll(f.article, r),
      perishable: f.perishable,
      remarks: m.text(f.remarks),
      status: f.status,
      custody: {
        place: here.place,
        since: here.since?.toISOString() ?? null,
        // The owner a masked claimant is: not named as the receiver of the last movement either.
        moves: redactAll(f.moves, r).map((m) => (claimant?.masked && m.kind === 'returned_to_owner' ? { ...m, receivedBy: '', destination: null } : m)),
      },
      magistrateReport: f.magistrateReport ? { ...redactAll(f.magistrateReport, r), court: courtView(f.magistrateReport.courtCode) } : null,
      claim: f.claim
        ? {
            at: f.claimedAt!,
            claimant,
            identity: claimant?.masked ? null : redactAll(f.claim.identity, r),
            proof: r(f.claim.proof),
            order: redactAll(f.claim.order, r),
            lostReport: lr ? { id: lr.id, number: lr.number } : null,
          }
        : null,
      disposal: f.disposal ? { at: f.disposedAt!, ...redactAll({ ground: f.disposal.ground, order: f.disposal.order, manner: f.disposal.manner }, r) } : null,
      clocks: f.proclaimedOn ? computeClocks(foundClockFacts(f), d.clock.now(), loadClockRules()) : [],
      matches,
      textWithheld: m.textWithheld,
      unmasked: await m.unmasked(),
    };
  }

  /** The station's entries still unclaimed, and the claim periods ended or ending (the dashboard). */
  async dashboard(stationCode: string) {
    const rows = (await this.deps.storage.db.selectFrom('found_property').selectAll().where('station_code', '=', stationCode).where('status', '=', 'unclaimed').execute()).map(toFound);
    const claimPeriods = rows
      .flatMap((f) => {
        const clock = this.claimClock(f);
        return clock ? [{ recordId: f.id, number: f.number, clock }] : [];
      })
      .sort((a, b) => a.clock.dueAt.getTime() - b.clock.dueAt.getTime());
    return { unclaimed: rows.length, claimPeriods };
  }

  /** Those of these reports whose informant is a protected person (a child): a check outside the jurisdiction leaves them out. */
  async protectedInformants(reports: readonly LostReport[]): Promise<Set<string>> {
    const hidden = await this.deps.access.identities.protectedIds(reports.map((r) => r.informantId));
    return new Set(reports.filter((r) => hidden.has(r.informantId)).map((r) => r.id));
  }

  /** Lost reports and found property naming this IMEI (either slot), for the stolen/lost check. */
  async byImei(imei: string): Promise<{ lost: LostReport[]; found: FoundProperty[] }> {
    const db = this.deps.storage.db;
    const rows = await db.selectFrom('lost_property_imeis').select(['record_type', 'record_id']).where('imei', '=', imei).execute();
    const ids = (t: string) => [...new Set(rows.filter((r) => r.record_type === t).map((r) => r.record_id))];
    const lostIds = ids('lost_report');
    const foundIds = ids('found_property');
    const lost = lostIds.length ? (await db.selectFrom('lost_reports').selectAll().where('id', 'in', lostIds).orderBy('reported_at', 'desc').execute()).map(toLostReport) : [];
    const found = foundIds.length ? (await db.selectFrom('found_property').selectAll().where('id', 'in', foundIds).orderBy('found_at', 'desc').execute()).map(toFound) : [];
    return { lost, found };
  }
}

export type LostReportView = Awaited<ReturnType<LostPropertyService['viewLost']>>;
export type FoundPropertyView = Awaited<ReturnType<LostPropertyService['viewFound']>>;

/**
 * The figures of every station within a unit (a supervisor's counts), one grouped query each: lost
 * article reports still lost (no FIR, and no entry of found property returned against them or
 * holding one of their handsets — lostStatus), and found property unclaimed with its claim periods
 * run out (claimClock overdue: BNSS 503(2)). By station code; stations without such entries absent.
 */
export async function lostPropertyCountsWithin(service: Pick<LostPropertyService, 'claimClock'>, storage: Storage, unit: Pick<Unit, 'path'>) {
  const db = storage.db;
  const [lost, unclaimed, proclaimed] = await Promise.all([
    db
      .selectFrom('lost_reports as lr')
      .select((eb) => ['lr.station_code', eb.fn.countAll<number>().as('n')])
      .where('lr.station_code', 'in', codesWithin(db, unit.path))
      .where('lr.fir_id', 'is', null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('found_property as fp').select('fp.id').whereRef('fp.lost_report_id', '=', 'lr.id'))))
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('lost_property_imeis as a')
              .innerJoin('lost_property_imeis as b', 'b.imei', 'a.imei')
              .select('b.record_id')
              .where('a.record_type', '=', 'lost_report')
              .whereRef('a.record_id', '=', 'lr.id')
              .where('b.record_type', '=', 'found_property'),
          ),
        ),
      )
      .groupBy('lr.station_code')
      .execute(),
    db
      .selectFrom('found_property')
      .select((eb) => ['station_code', eb.fn.countAll<number>().as('n')])
      .where('station_code', 'in', codesWithin(db, unit.path))
      .where('status', '=', 'unclaimed')
      .groupBy('station_code')
      .execute(),
    // The claim period runs from the proclamation: only entries proclaimed have one to run out.
    db.selectFrom('found_property').selectAll().where('station_code', 'in', codesWithin(db, unit.path)).where('status', '=', 'unclaimed').where('proclaimed_on', 'is not', null).execute(),
  ]);
  const out = new Map<string, { lostOpen: number; unclaimed: number; claimPeriodsRunOut: number }>();
  const of = (code: string) => out.get(code) ?? out.set(code, { lostOpen: 0, unclaimed: 0, claimPeriodsRunOut: 0 }).get(code)!;
  for (const r of lost) of(r.station_code).lostOpen = Number(r.n);
  for (const r of unclaimed) of(r.station_code).unclaimed = Number(r.n);
  for (const f of proclaimed.map(toFound)) if (service.claimClock(f)?.status === 'overdue') of(f.stationCode).claimPeriodsRunOut++;
  return out;
}
