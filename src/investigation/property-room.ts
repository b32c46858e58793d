import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import type { ClockState } from '../domain/clocks.js';
import { istYear } from '../domain/ist.js';
import { custodyMoveProblems, keeperAfter, whereIs, type CustodyMove } from '../domain/property-room.js';
import type { CustodyPartyInput, PropertyCourtStepInput, PropertyMoveInput, SeizureInput } from '../domain/schemas/property.js';
import { courtStepProblems, itemClocks, seizureProblems, type ItemCourtFacts } from '../domain/seizure-rules.js';
import type { UserRepository } from '../directory/users.js';
import { badRequest, conflict, fieldProblem, notFound, ProblemError, type FieldError } from '../errors.js';
import { propertyItemScope, propertyMoveScope } from '../events/case/seizure-recorded.js';
import { firClockFacts } from '../records/clock-facts.js';
import { loadClockRules } from '../records/clock-rules.js';
import type { Fir } from '../records/fir-queries.js';
import { loadInvestigationCodes } from '../records/investigation-reference.js';
import type { PersonRegistry } from '../records/persons.js';
import type { RecordAccess } from '../records/record-access.js';
import { loadSeizureCodes } from '../records/seizure-reference.js';
import type { Redactor } from '../records/views.js';
import { peekNextNumber } from '../storage/counters.js';
import { sha256Hex } from '../util/hash.js';
import type { Storage } from '../storage/db.js';
import type { BlobFiles } from '../storage/blob-files.js';
import type { EventLog } from '../storage/event-log.js';
import type { PropertyItemsTable, PropertyMovesTable, SeizuresTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { parseFirNumber } from '../domain/fir-numbers.js';
import type { PropertySearchQuery } from '../search/schemas.js';
import { auditSearch } from '../search/scope.js';
import { textTokens } from '../search/text-tokens.js';
import type { CaseFiles, FirReader } from './case-files.js';

/** A party to a movement as stored: a user by id, or a person outside the system by name. */
interface Party {
  userId: string | null;
  name: string | null;
  designation: string | null;
}

export interface PartyView {
  /** The user, when the party is one. */
  user: { id: string; name: string } | null;
  name: string;
  designation: string | null;
}

export interface CustodyMoveView {
  seq: number;
  kind: string;
  kindEn: string;
  kindHi: string;
  place: string;
  at: string;
  handedBy: PartyView;
  receivedBy: PartyView;
  destination: string | null;
  reference: string | null;
  orderRef: string | null;
  note: string | null;
  /** The station whose property room answers for the item after this movement. */
  keptAt: string;
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

export interface PropertyItemView {
  id: string;
  /** The register number, e.g. '7/2026'. */
  number: string;
  itemNo: number;
  year: number;
  seizureId: string;
  firId: string;
  firNumber: string;
  stationCode: string;
  description: string;
  category: string;
  quantity: string;
  sealNo: string | null;
  placeFound: string | null;
  value: number | null;
  device: { make: string | null; model: string | null; serialNo: string | null; imei: string | null; sha256: string | null } | null;
  place: string;
  destination: string | null;
  since: string;
  /**
   * The station whose property room answers for the item: the seizing station, or — after the case
   * was transferred and the item handed over — the unit investigating it. In another station's
   * register the item shows as transferred out to it.
   */
  keptAt: string;
  /** Returned to its owner or disposed of: it moves no more. */
  final: boolean;
  statementAt: string | null;
  disposalOrderAt: string | null;
  clocks: ClockState[];
  /** Names of protected persons were replaced in the text. */
  textWithheld: boolean;
}

export type WitnessView = { personId: string | null; name: string; address: string | null; masked: false } | { masked: true };

export interface SeizureView {
  id: string;
  firId: string;
  firNumber: string;
  seizedAt: string;
  place: string;
  searchOf: string | null;
  seizedFrom: string | null;
  witnesses: WitnessView[];
  /** The recording (BNSS 105) by its hash and size; `received`: its bytes were sent and matched. */
  video: { sha256: string; size: number; description: string | null; forwardedToMagistrateAt: string | null; magistrate: string | null; received: boolean } | null;
  remarks: string | null;
  items: PropertyItemView[];
  recordedBy: { id: string; name: string };
  recordedAt: string;
  textWithheld: boolean;
}

/**
 * At most this many items are read again for a search by words: a search is narrowed, not paged.
 * One more is read to know whether the answer is cut (`truncated`).
 */
export const ITEM_CANDIDATES = 1000;

/** A seized item of a case with its chain of custody, as recorded (see PropertyRoom.chainsOf). */
export interface ItemChain {
  id: string;
  /** The register number, e.g. '7/2026'. */
  number: string;
  description: string;
  sealNo: string | null;
  /** Of a category of electronic devices (seizure-codes itemCategories). */
  electronic: boolean;
  place: string;
  destination: string | null;
  /** The movements as the custody rules read them. */
  history: CustodyMove[];
  /** The movements with the parties by name, in order. */
  chain: { kind: string; at: string; from: string; to: string; destination: string | null }[];
}

type Deps = {
  storage: Storage;
  files: BlobFiles;
  events: EventLog;
  audit: AuditLog;
  clock: Clock;
  users: UserRepository;
  persons: PersonRegistry;
  cases: CaseFiles;
  firs: FirReader;
  access: RecordAccess;
  firRedactor(actor: RequestActor, fir: Fir, opts?: { all?: boolean }): Promise<Redactor>;
};

const partyKey = (p: Party): string => (p.userId ? `user:${p.userId}` : `name:${(p.name ?? '').trim().toLowerCase()}`);

/**
 * Seizures (IIF-4) and the station's property room (malkhana): the seizing officer's memo, each
 * item numbered in its station's register of the year without gaps, and its chain of custody — a
 * movement at a time, handed over by one party and received by another, checked by the pure rule
 * custodyMoveProblems so that an item is never in two places or nowhere. The court's steps on
 * produced property (BNSS 497) run the item's clocks. Every change is an event of the case's FIR.
 */
export class PropertyRoom {
  constructor(private readonly deps: Deps) {}

  async seize(actor: RequestActor, firId: string, input: SeizureInput, client: ClientInfo): Promise<SeizureView> {
    const d = this.deps;
    const c = await d.cases.forStep(actor, firId, client);
    const now = d.clock.now();
    const seizedAt = new Date(input.seizedAt);
    const depositedAt = input.depositedAt ? new Date(input.depositedAt) : seizedAt;
    const onRecord = new Set(c.fir.content.persons.map((p) => p.personId));
    const errors = seizureProblems(
      {
        seizedAt,
        depositedAt,
        witnesses: input.witnesses,
        items: input.items,
        propertiesOnFir: c.fir.content.properties.length,
        video: input.video ? { forwardedToMagistrateAt: input.video.forwardedToMagistrateAt ? new Date(input.video.forwardedToMagistrateAt) : null } : null,
      },
      onRecord,
      now,
      loadSeizureCodes(),
    );
    const handedBy: Party = { userId: actor.user.id, name: null, designation: null };
    const receivedBy = await this.party(input.depositedWith, 'depositedWith', errors);
    const codes = loadInvestigationCodes();
    const deposit = codes.custodyMoves.find((m) => m.from.includes('none'))!;
    if (receivedBy) {
      const move: CustodyMove = { kind: deposit.code, at: depositedAt, handedBy: partyKey(handedBy), receivedBy: partyKey(receivedBy), destination: null, orderRef: null };
      for (const p of custodyMoveProblems([], move, now, codes)) {
        if (p.path === 'receivedBy') errors.push({ path: 'depositedWith', message: 'the keeper receiving the items must be someone other than the seizing officer' });
      }
    }
    if (errors.length) throw fieldProblem(errors);
    const seizureId = uuidv7();
    const year = istYear(now);
    const itemIds = input.items.map(() => uuidv7());
    await d.events.transaction(async (tx) => {
      const first = await peekNextNumber(tx, d.storage.engine, propertyItemScope(c.unitCode, year));
      const payload = {
        seizureId,
        stationCode: c.unitCode,
        seizedAt: seizedAt.toISOString(),
        place: input.place,
        searchOf: input.searchOf ?? null,
        seizedFrom: input.seizedFrom ?? null,
        witnesses: input.witnesses.map((w) => ('personId' in w ? { personId: w.personId, name: null, address: null } : { personId: null, name: w.name, address: w.address ?? null })),
        video: input.video
          ? {
              sha256: input.video.sha256,
              size: input.video.size,
              description: input.video.description ?? null,
              forwardedToMagistrateAt: input.video.forwardedToMagistrateAt ? new Date(input.video.forwardedToMagistrateAt).toISOString() : null,
              magistrate: input.video.magistrate ?? null,
            }
          : null,
        remarks: input.remarks ?? null,
        deposit: { moveIds: itemIds.map(() => uuidv7()), kind: deposit.code, place: deposit.to, at: depositedAt.toISOString(), handedBy, receivedBy: receivedBy! },
        items: input.items.map((item, i) => ({
          itemId: itemIds[i]!,
          itemNo: first + i,
          year,
          description: item.description,
          category: item.category,
          quantity: item.quantity,
          sealNo: item.sealNo ?? null,
          placeFound: item.placeFound ?? null,
          value: item.value ?? null,
          device: item.device
            ? { make: item.device.make ?? null, model: item.device.model ?? null, serialNo: item.device.serialNo ?? null, imei: item.device.imei ?? null, sha256: item.device.sha256 ?? null }
            : null,
          recoversProperty: item.recoversProperty ?? null,
        })),
      };
      await d.events.append(tx, { type: 'case.seizure_recorded', entityId: firId, payload, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'case.seizure_add', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: c.unitCode,
        detail: { seizure: seizureId, items: payload.items.map((x) => `${x.itemNo}/${year}`).join(', '), ...(input.video ? { video: input.video.sha256 } : {}) },
      });
    });
    return (await this.seizureViews(actor, c.fir, [seizureId]))[0]!;
  }

  /**
   * The bytes of a seizure's recording, sent after the memo: kept (like a photo, by their hash, and
   * synced with the case) only if they are the recording the memo named — same SHA-256, same size.
   */
  async recording(actor: RequestActor, firId: string, seizureId: string, body: Buffer, mime: string, client: ClientInfo): Promise<{ sha256: string; mime: string; size: number }> {
    const d = this.deps;
    const c = await d.cases.forStep(actor, firId, client);
    const row = await d.storage.db.selectFrom('seizures').select(['video_sha256', 'video_size']).where('id', '=', seizureId).where('fir_id', '=', firId).executeTakeFirst();
    if (!row) throw notFound('There is no such seizure memo in this case.');
    if (!row.video_sha256) throw conflict('no-recording', 'This seizure memo names no recording: the recording is recorded with the memo, by its hash and size.');
    if (body.length === 0) throw badRequest('empty-file', 'The upload is empty.');
    const sha256 = sha256Hex(body);
    if (body.length !== row.video_size || sha256 !== row.video_sha256) {
      throw new ProblemError(
        409,
        'recording-mismatch',
        `These bytes are not the recording the seizure memo named: it recorded ${row.video_size} bytes with SHA-256 ${row.video_sha256}; these are ${body.length} bytes with SHA-256 ${sha256}.`,
      );
    }
    await d.files.put(body);
    await d.events.transaction(async (tx) => {
      const exists = await tx.selectFrom('attachments').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
      if (!exists) await d.events.append(tx, { type: 'attachment.added', entityId: sha256, payload: { sha256, mime, size: body.length, ownerUnit: c.unitCode }, actor: actor.user.id });
      await d.audit
        .forRequest(actor, client)
        .success(tx, 'attachment.upload', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { seizure: seizureId, recording: sha256, size: body.length } });
    });
    return { sha256, mime, size: body.length };
  }

  /** A movement of an item in its chain of custody, by the case's IO or the property room's keeper. */
  async move(actor: RequestActor, firId: string, itemId: string, input: PropertyMoveInput, client: ClientInfo): Promise<PropertyItemView & { chain: CustodyMoveView[] }> {
    const d = this.deps;
    const codes = loadInvestigationCodes();
    const kind = codes.custodyMoves.find((m) => m.code === input.kind);
    const c = await this.forMove(actor, firId, itemId, !!kind?.toCaseUnit, client);
    const item = await this.itemOf(firId, itemId);
    if (!kind) throw fieldProblem([{ path: 'kind', message: `must be one of ${codes.custodyMoves.map((m) => m.code).join(', ')}` }]);
    const errors: FieldError[] = [];
    const handedBy = input.handedBy ? await this.party(input.handedBy, 'handedBy', errors) : { userId: actor.user.id, name: null, designation: null };
    const receivedBy = await this.party(input.receivedBy, 'receivedBy', errors);
    if (errors.length) throw fieldProblem(errors);
    const now = d.clock.now();
    const redact = await d.firRedactor(actor, c.fir);
    await d.events.transaction(async (tx) => {
      // The item's movement counter, taken under lock: two movements of one item queue here, and
      // the second is judged on the chain the first left.
      const seq = await peekNextNumber(tx, d.storage.engine, propertyMoveScope(itemId));
      const history = (await tx.selectFrom('property_moves').selectAll().where('item_id', '=', itemId).orderBy('seq').execute()).map(toCustodyMove);
      const move: CustodyMove = {
        kind: kind.code,
        at: new Date(input.at),
        handedBy: partyKey(handedBy!),
        receivedBy: partyKey(receivedBy!),
        destination: input.destination ?? null,
        orderRef: input.orderRef ?? null,
        unit: keeperAfter(history, kind.code, c.unitCode, codes) ?? item.station_code,
      };
      const problems = custodyMoveProblems(history, move, now, codes);
      // Where the item is decides whether it can move at all: a conflict with the record, not a bad field.
      const place = problems.filter((p) => p.path === 'kind');
      // The message names where the item is, in the words recorded: redacted like any free text.
      if (place.length) throw conflict('not-there', redact(place.map((p) => p.message).join('; ')).text);
      if (problems.length) throw fieldProblem(problems);
      const payload = {
        moveId: uuidv7(),
        itemId,
        stationCode: move.unit!,
        seq,
        kind: kind.code,
        place: kind.to,
        at: move.at.toISOString(),
        handedBy: handedBy!,
        receivedBy: receivedBy!,
        destination: input.destination ?? null,
        reference: input.reference ?? null,
        orderRef: input.orderRef ?? null,
        note: input.note ?? null,
      };
      await d.events.append(tx, { type: 'case.property_moved', entityId: firId, payload, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'property.move', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: c.unitCode,
        detail: { item: `${item.item_no}/${item.year}`, kind: kind.code, seq, ...(move.unit !== item.station_code ? { keptAt: move.unit } : {}) },
      });
    });
    return this.itemWithChain(actor, c.fir, itemId);
  }

  /** The court's statement of an item produced before it, or its order on the item's disposal (BNSS 497). */
  async courtStep(actor: RequestActor, firId: string, itemId: string, input: PropertyCourtStepInput, client: ClientInfo): Promise<PropertyItemView & { chain: CustodyMoveView[] }> {
    const d = this.deps;
    const c = await this.forMove(actor, firId, itemId, false, client);
    const step = { step: input.step, at: new Date(input.at), orderRef: input.orderRef ?? null };
    await d.events.transaction(async (tx) => {
      // Under the item's movement lock, so that a step is judged on the item as it is.
      await peekNextNumber(tx, d.storage.engine, propertyMoveScope(itemId));
      const item = await this.itemOf(firId, itemId, tx);
      const moves = await tx.selectFrom('property_moves').select(['kind', 'place', 'at']).where('item_id', '=', itemId).orderBy('seq').execute();
      const problems = courtStepProblems(courtFacts(item, moves), step, d.clock.now());
      const state = problems.filter((p) => p.path === 'step');
      if (state.length) throw conflict('court-step', state.map((p) => p.message).join('; '));
      if (problems.length) throw fieldProblem(problems);
      await d.events.append(tx, { type: 'case.property_court_step', entityId: firId, payload: { itemId, step: step.step, at: step.at.toISOString(), orderRef: step.orderRef }, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'property.court_step', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: c.unitCode,
        detail: { item: `${item.item_no}/${item.year}`, step: step.step },
      });
    });
    return this.itemWithChain(actor, c.fir, itemId);
  }

  /** The property room register of a station: every item, where it is now and since when (audited). */
  async register(actor: RequestActor, stationCode: string, query: { place?: string; year?: number }, client: ClientInfo) {
    const d = this.deps;
    const station = await d.access.readableStation(actor, stationCode, client);
    if (query.place !== undefined && !loadInvestigationCodes().custodyPlaces.some((p) => p.code === query.place)) {
      throw badRequest('bad-place', `There is no place ${query.place}.`, [
        {
          path: 'place',
          message: `must be one of ${loadInvestigationCodes()
            .custodyPlaces.map((p) => p.code)
            .join(', ')}`,
        },
      ]);
    }
    let q = this.ofRegister(station.code);
    if (query.year) q = q.where('year', '=', query.year);
    const rows = await q.orderBy('year').orderBy('item_no').execute();
    // Where an item is, as this register sees it: an item handed to another unit's malkhana is
    // listed (transferred out, `keptAt` the other unit) but is in none of this station's places.
    const items = (await this.itemViews(actor, rows)).filter((i) => !query.place || (i.place === query.place && i.keptAt === station.code));
    await d.audit.forRequest(actor, client).success(d.storage.db, 'property.read', { targetType: 'station', targetId: station.code, targetUnit: station.code, detail: { items: items.length } });
    return { station: { code: station.code, nameEn: station.nameEn, nameHi: station.nameHi }, items };
  }

  /**
   * Items held by the reader's station, district or State (search "property-room items"): by
   * words of the description or the seal number, category, where the item is now and FIR number.
   * Words are matched on the text as this reader reads it, so a name withheld from them finds
   * nothing. Newest first. Audited as `search.property`.
   */
  async search(
    actor: RequestActor,
    query: PropertySearchQuery,
    client: ClientInfo,
  ): Promise<{ unit: { code: string; nameEn: string; nameHi: string }; results: PropertyItemView[]; total: number; truncated: boolean }> {
    const d = this.deps;
    const db = d.storage.db;
    const unit = await d.access.readableUnit(actor, query.unit, client);
    const errors: FieldError[] = [];
    const categories = loadSeizureCodes().itemCategories.map((c) => c.code);
    const places = loadInvestigationCodes().custodyPlaces.map((p): string => p.code);
    if (query.category !== undefined && !categories.includes(query.category)) errors.push({ path: 'category', message: `must be one of ${categories.join(', ')}` });
    if (query.place !== undefined && !places.includes(query.place)) errors.push({ path: 'place', message: `must be one of ${places.join(', ')}` });
    if (errors.length) throw fieldProblem(errors);
    let q = db.selectFrom('property_items').where('id', 'in', d.access.itemsWithin(unit, { keptOnly: query.place !== undefined }));
    if (query.category) q = q.where('category', '=', query.category);
    if (query.place) q = q.where('place', '=', query.place);
    const number = query.fir ? parseFirNumber(query.fir) : null;
    if (number) {
      let firs = db.selectFrom('firs').select('id').where('fir_no', '=', number.firNo);
      if (number.year !== null) firs = firs.where('year', '=', number.year);
      if (number.stationCode) firs = firs.where('station_code', '=', number.stationCode);
      q = q.where('fir_id', 'in', firs);
    }
    const words = query.q ? textTokens(query.q) : [];
    // Tokens are letters, digits and marks only: nothing a LIKE pattern would read as a wildcard.
    for (const w of words) q = q.where((eb) => eb.or([eb(eb.fn('lower', ['description']), 'like', `%${w}%`), eb(eb.fn('lower', ['seal_no']), 'like', `%${w}%`)]));
    const newest = q.selectAll().orderBy('year', 'desc').orderBy('item_no', 'desc').orderBy('station_code');
    let results: PropertyItemView[];
    let total: number;
    let truncated = false;
    if (words.length) {
      const rows = await newest.limit(ITEM_CANDIDATES + 1).execute();
      truncated = rows.length > ITEM_CANDIDATES;
      // The words again on the text as this reader reads it: a match on a withheld name is no match.
      const visible = (await this.itemViews(actor, rows.slice(0, ITEM_CANDIDATES))).filter((v) => {
        const text = [v.description, v.sealNo ?? ''].join(' ').normalize('NFC').toLowerCase();
        return words.every((w) => text.includes(w));
      });
      total = visible.length;
      results = visible.slice(0, query.limit);
    } else {
      total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      results = await this.itemViews(actor, await newest.limit(query.limit).execute());
    }
    const { limit: _limit, ...terms } = query;
    await auditSearch(
      d.audit,
      db,
      actor,
      client,
      'search.property',
      { ...terms, unit: unit.code },
      results.map((r) => r.id),
    );
    return { unit: { code: unit.code, nameEn: unit.nameEn, nameHi: unit.nameHi }, results, total, truncated };
  }

  /** One item of a station's register with its whole chain of custody (audited). */
  async registerItem(actor: RequestActor, stationCode: string, itemId: string, client: ClientInfo) {
    const d = this.deps;
    const station = await d.access.readableStation(actor, stationCode, client);
    const row = await this.ofRegister(station.code).where('id', '=', itemId).executeTakeFirst();
    if (!row) throw notFound('There is no such item in this station’s property room.');
    const fir = await d.firs.get(row.fir_id);
    if (!fir) throw notFound('There is no such item in this station’s property room.');
    const item = await this.itemWithChain(actor, fir, itemId);
    await d.audit.forRequest(actor, client).success(d.storage.db, 'property.read', { targetType: 'fir', targetId: fir.id, targetUnit: station.code, detail: { item: item.number } });
    return item;
  }

  /** The seized items of a case, where each is now, for its case file (whose read is audited). */
  async ofCase(actor: RequestActor, fir: Fir): Promise<PropertyItemView[]> {
    const rows = await this.deps.storage.db.selectFrom('property_items').selectAll().where('fir_id', '=', fir.id).orderBy('year').orderBy('item_no').execute();
    return this.itemViews(actor, rows, new Map([[fir.id, fir]]));
  }

  /**
   * The case's items with their chains of custody as recorded — not redacted: for a record (the
   * final report) that keeps them as of its filing and is redacted when read. A party is a user by
   * the name of the account, or a person outside the system as named.
   */
  async chainsOf(firId: string): Promise<ItemChain[]> {
    const db = this.deps.storage.db;
    const [rows, moves] = await Promise.all([
      db.selectFrom('property_items').selectAll().where('fir_id', '=', firId).orderBy('year').orderBy('item_no').execute(),
      db.selectFrom('property_moves').selectAll().where('fir_id', '=', firId).orderBy('seq').execute(),
    ]);
    const electronic = new Set(
      loadSeizureCodes()
        .itemCategories.filter((c) => c.electronic)
        .map((c) => c.code),
    );
    const party = async (json: string) => {
      const p = JSON.parse(json) as Party;
      return p.userId ? (await this.officer(p.userId)).name : [p.name, p.designation].filter(Boolean).join(', ');
    };
    const out: ItemChain[] = [];
    for (const r of rows) {
      const own = moves.filter((m) => m.item_id === r.id);
      const chain = [];
      for (const m of own) chain.push({ kind: m.kind, at: m.at, from: await party(m.handed_by), to: await party(m.received_by), destination: m.destination });
      out.push({
        id: r.id,
        number: `${r.item_no}/${r.year}`,
        description: r.description,
        sealNo: r.seal_no,
        electronic: electronic.has(r.category),
        place: r.place,
        destination: r.destination,
        history: own.map(toCustodyMove),
        chain,
      });
    }
    return out;
  }

  /** The items of a station whose court clocks (BNSS 497) run and are not met, for its dashboard. */
  async clocksDue(actor: RequestActor, stationCode: string): Promise<PropertyItemView[]> {
    const db = this.deps.storage.db;
    // Only items ever produced in court have these clocks; one back in the property room still awaits the statement.
    const rows = await this.ofRegister(stationCode)
      .where('disposal_order_at', 'is', null)
      .where('id', 'in', db.selectFrom('property_moves').select('item_id').where('place', '=', 'court'))
      .orderBy('year')
      .orderBy('item_no')
      .execute();
    const views = await this.itemViews(actor, rows);
    // The station keeping the item answers to the court for it.
    return views.filter((v) => v.keptAt === stationCode && v.clocks.some((k) => k.status === 'running' || k.status === 'due_soon' || k.status === 'overdue'));
  }

  /** A seizure memo of a case, for its printed form: what a reader who may read the case sees. */
  async seizureOf(actor: RequestActor, firId: string, seizureId: string, client: ClientInfo): Promise<{ fir: Fir; seizure: SeizureView }> {
    const c = await this.deps.cases.forReading(actor, firId, client);
    const [seizure] = await this.seizureViews(actor, c.fir, [seizureId], { all: true });
    if (!seizure) throw notFound('There is no such seizure memo in this case.');
    return { fir: c.fir, seizure };
  }

  /**
   * The case, if this user may move this item of it (mayMoveProperty): its IO, or the keeper of the
   * property room holding the item — or, for a hand-over into the malkhana of the unit investigating
   * the case, that unit's keeper.
   */
  private async forMove(actor: RequestActor, firId: string, itemId: string, intoCaseUnit: boolean, client: ClientInfo) {
    const d = this.deps;
    const c = await d.cases.get(firId);
    const last = await d.storage.db.selectFrom('property_moves').select('station_code').where('item_id', '=', itemId).where('fir_id', '=', firId).orderBy('seq', 'desc').executeTakeFirst();
    return d.cases.forStep(actor, firId, client, { move: { keptAt: last?.station_code ?? c.unitCode, intoCaseUnit } });
  }

  /** The items of a station's register: those it numbered and those its malkhana received from another. */
  private ofRegister(stationCode: string) {
    const db = this.deps.storage.db;
    return db
      .selectFrom('property_items')
      .selectAll()
      .where((eb) => eb.or([eb('station_code', '=', stationCode), eb('id', 'in', db.selectFrom('property_moves').select('item_id').where('station_code', '=', stationCode))]));
  }

  private async itemOf(firId: string, itemId: string, exec: Pick<Storage['db'], 'selectFrom'> = this.deps.storage.db): Promise<PropertyItemsTable> {
    const row = await exec.selectFrom('property_items').selectAll().where('id', '=', itemId).where('fir_id', '=', firId).executeTakeFirst();
    if (!row) throw notFound('There is no such seized item in this case.');
    return row;
  }

  /** A party as given: a user must be an active account; a person outside is taken as named. */
  private async party(p: CustodyPartyInput, path: string, errors: FieldError[]): Promise<Party | null> {
    if ('name' in p) return { userId: null, name: p.name, designation: p.designation ?? null };
    const user = await this.deps.users.byId(p.userId);
    if (!user || user.status !== 'active') {
      errors.push({ path: `${path}.userId`, message: 'is not an active user: name a person outside the system by name instead' });
      return null;
    }
    return { userId: user.id, name: null, designation: null };
  }

  private async itemWithChain(actor: RequestActor, fir: Fir, itemId: string): Promise<PropertyItemView & { chain: CustodyMoveView[] }> {
    const row = await this.itemOf(fir.id, itemId);
    const [item] = await this.itemViews(actor, [row], new Map([[fir.id, fir]]));
    const redact = await this.deps.firRedactor(actor, fir);
    const moves = await this.deps.storage.db.selectFrom('property_moves').selectAll().where('item_id', '=', itemId).orderBy('seq').execute();
    const codes = loadInvestigationCodes();
    const chain: CustodyMoveView[] = [];
    for (const m of moves) {
      const kind = codes.custodyMoves.find((k) => k.code === m.kind);
      const say = (t: string | null) => (t === null ? null : redact(t).text);
      chain.push({
        seq: m.seq,
        kind: m.kind,
        kindEn: kind?.en ?? m.kind,
        kindHi: kind?.hi ?? m.kind,
        place: m.place,
        at: m.at,
        handedBy: await this.partyView(JSON.parse(m.handed_by) as Party, redact),
        receivedBy: await this.partyView(JSON.parse(m.received_by) as Party, redact),
        destination: say(m.destination),
        reference: say(m.reference),
        orderRef: say(m.order_ref),
        note: say(m.note),
        keptAt: m.station_code,
        recordedBy: await this.officer(m.recorded_by),
        recordedAt: m.recorded_at,
      });
    }
    return { ...item!, chain };
  }

  private async officer(id: string): Promise<{ id: string; name: string }> {
    return { id, name: (await this.deps.users.byId(id))?.displayName ?? id };
  }

  private async partyView(p: Party, redact: Redactor): Promise<PartyView> {
    if (p.userId) {
      const user = await this.officer(p.userId);
      return { user, name: user.name, designation: null };
    }
    return { user: null, name: redact(p.name ?? '').text, designation: p.designation === null ? null : redact(p.designation).text };
  }

  private async itemViews(actor: RequestActor, rows: PropertyItemsTable[], known: Map<string, Fir> = new Map(), opts: { all?: boolean } = {}): Promise<PropertyItemView[]> {
    if (!rows.length) return [];
    const firs = new Map(known);
    for (const id of new Set(rows.map((r) => r.fir_id))) if (!firs.has(id)) firs.set(id, (await this.deps.firs.get(id))!);
    const redactors = new Map<string, Redactor>();
    for (const [id, fir] of firs) redactors.set(id, await this.deps.firRedactor(actor, fir, opts));
    const moves = await this.deps.storage.db
      .selectFrom('property_moves')
      .select(['item_id', 'kind', 'place', 'at', 'station_code'])
      .where(
        'item_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('seq')
      .execute();
    const codes = loadInvestigationCodes();
    const rules = loadClockRules();
    const now = this.deps.clock.now();
    return rows.map((r) => {
      const fir = firs.get(r.fir_id)!;
      const redact = redactors.get(r.fir_id)!;
      let textWithheld = false;
      const say = (t: string) => {
        const out = redact(t);
        textWithheld ||= out.withheld;
        return out.text;
      };
      const own = moves.filter((m) => m.item_id === r.id);
      const where = whereIs(own.map(toCustodyMove), codes);
      const device = r.device ? (JSON.parse(r.device) as PropertyItemView['device']) : null;
      return {
        id: r.id,
        number: `${r.item_no}/${r.year}`,
        itemNo: r.item_no,
        year: r.year,
        seizureId: r.seizure_id,
        firId: r.fir_id,
        firNumber: fir.number,
        stationCode: r.station_code,
        description: say(r.description),
        category: r.category,
        quantity: say(r.quantity),
        sealNo: r.seal_no === null ? null : say(r.seal_no),
        placeFound: r.place_found === null ? null : say(r.place_found),
        value: r.value,
        device: device && { make: device.make && say(device.make), model: device.model && say(device.model), serialNo: device.serialNo, imei: device.imei, sha256: device.sha256 },
        place: r.place,
        destination: r.destination === null ? null : say(r.destination),
        since: r.since,
        keptAt: where.keptAt ?? r.station_code,
        final: where.final,
        statementAt: r.statement_at,
        disposalOrderAt: r.disposal_order_at,
        clocks: itemClocks(firClockFacts(fir), courtFacts(r, own), now, rules),
        textWithheld,
      };
    });
  }

  private async seizureViews(actor: RequestActor, fir: Fir, ids: string[], opts: { all?: boolean } = {}): Promise<SeizureView[]> {
    const d = this.deps;
    const rows = await d.storage.db.selectFrom('seizures').selectAll().where('fir_id', '=', fir.id).where('id', 'in', ids).execute();
    if (!rows.length) return [];
    const redact = await d.firRedactor(actor, fir, opts);
    const items = await this.itemViews(actor, await d.storage.db.selectFrom('property_items').selectAll().where('seizure_id', 'in', ids).orderBy('item_no').execute(), new Map([[fir.id, fir]]), opts);
    const out: SeizureView[] = [];
    for (const r of rows) out.push(await this.seizureView(actor, fir, r, redact, items, opts));
    return out;
  }

  private async seizureView(actor: RequestActor, fir: Fir, r: SeizuresTable, redact: Redactor, items: PropertyItemView[], opts: { all?: boolean }): Promise<SeizureView> {
    const d = this.deps;
    let textWithheld = false;
    const say = (t: string) => {
      const out = redact(t);
      textWithheld ||= out.withheld;
      return out.text;
    };
    const sayOrNull = (t: string | null) => (t === null ? null : say(t));
    const witnesses = JSON.parse(r.witnesses) as { personId: string | null; name: string | null; address: string | null }[];
    const personIds = witnesses.flatMap((w) => (w.personId ? [w.personId] : []));
    // A printed form withholds every protected person, whoever prints it (opts.all).
    const withheld = opts.all ? await d.access.identities.protectedIds(personIds) : new Set((await d.access.identities.withheld(actor, personIds)).keys());
    const persons = await d.persons.getMany(personIds);
    const own = items.filter((i) => i.seizureId === r.id);
    return {
      id: r.id,
      firId: fir.id,
      firNumber: fir.number,
      seizedAt: r.seized_at,
      place: say(r.place),
      searchOf: sayOrNull(r.search_of),
      seizedFrom: sayOrNull(r.seized_from),
      witnesses: witnesses.map((w): WitnessView => {
        if (!w.personId) return { personId: null, name: say(w.name ?? ''), address: sayOrNull(w.address), masked: false };
        if (withheld.has(w.personId)) return { masked: true };
        const p = persons.get(w.personId);
        return { personId: w.personId, name: p?.name ?? '', address: p?.addresses[0] ? say(p.addresses[0].line) : null, masked: false };
      }),
      video: r.video_sha256
        ? {
            sha256: r.video_sha256,
            size: r.video_size!,
            description: sayOrNull(r.video_description),
            forwardedToMagistrateAt: r.video_forwarded_at,
            magistrate: sayOrNull(r.video_magistrate),
            received: await d.files.has(r.video_sha256),
          }
        : null,
      remarks: sayOrNull(r.remarks),
      items: own,
      recordedBy: await this.officer(r.recorded_by),
      recordedAt: r.recorded_at,
      textWithheld: textWithheld || own.some((i) => i.textWithheld),
    };
  }
}

function toCustodyMove(m: Pick<PropertyMovesTable, 'kind' | 'at' | 'station_code'> & Partial<Pick<PropertyMovesTable, 'handed_by' | 'received_by' | 'destination' | 'order_ref'>>): CustodyMove {
  const key = (json: string | undefined) => (json ? partyKey(JSON.parse(json) as Party) : '');
  return {
    kind: m.kind,
    at: new Date(m.at),
    handedBy: key(m.handed_by),
    receivedBy: key(m.received_by),
    destination: m.destination ?? null,
    orderRef: m.order_ref ?? null,
    unit: m.station_code,
  };
}

/** What the court's steps and clocks look at of an item: its first production, the court's steps, its leaving custody. */
function courtFacts(item: Pick<PropertyItemsTable, 'statement_at' | 'disposal_order_at'>, moves: readonly Pick<PropertyMovesTable, 'place' | 'at'>[]): ItemCourtFacts {
  const at = (place: string) => moves.find((m) => m.place === place)?.at;
  const produced = at('court');
  const final = at('owner') ?? at('disposed');
  return {
    producedAt: produced ? new Date(produced) : null,
    statementAt: item.statement_at ? new Date(item.statement_at) : null,
    disposalOrderAt: item.disposal_order_at ? new Date(item.disposal_order_at) : null,
    finalAt: final ? new Date(final) : null,
  };
}
