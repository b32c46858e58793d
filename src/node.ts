import fs from 'node:fs';
import path from 'node:path';
import { AuditLog } from './access/audit-log.js';
import { AuthService } from './access/auth-service.js';
import { createsAccounts } from './access/policy.js';
import { LoginGuard } from './access/login-guard.js';
import { RateLimiter } from './access/rate-limiter.js';
import { loadNodeKey, SecretBox } from './access/secret-box.js';
import { SessionStore } from './access/sessions.js';
import { TokenStore } from './access/tokens.js';
import type { Config } from './config.js';
import { v5 as uuidv5 } from 'uuid';
import { keepsFeed } from './domain/tiers.js';
import { EVENT_TYPES, EventCatalogue } from './events/catalogue.js';
import type { EventType } from './events/event-type.js';
import { NATION_CODE } from './domain/units.js';
import { AlertService } from './records/alerts.js';
import { AttachmentStore } from './records/attachments.js';
import { ComplaintService } from './records/complaints.js';
import { NcReportService } from './records/nc-reports.js';
import { MissingPersonService } from './records/missing-persons.js';
import { MatchService } from './records/matching.js';
import { UnnaturalDeathService } from './records/unnatural-deaths.js';
import { FoundPersonService } from './records/found-persons.js';
import { LostPropertyService } from './records/lost-property.js';
import { FirCommands } from './records/fir-commands.js';
import { FirQueries } from './records/fir-queries.js';
import { GdService } from './records/gd-service.js';
import { GeneralDiary } from './records/general-diary.js';
import { LawAdminService, LawCatalogue } from './records/law-catalogue.js';
import { PersonRegistry } from './records/persons.js';
import { PersonNameIndex } from './search/person-index.js';
import { PersonSearch } from './search/person-search.js';
import { SamePersonMarks } from './search/same-person.js';
import { RecordAccess } from './records/record-access.js';
import { FirSearch } from './records/fir-search.js';
import { indexNewPersonsPhones } from './search/phone-index.js';
import { PhoneSearch } from './records/phone-search.js';
import { SearchIndex } from './search/search-index.js';
import { VehicleSearch } from './search/vehicle-search.js';
import { StolenPropertyRegister } from './search/stolen-property.js';
import { UserAdminService } from './access/user-admin.js';
import { RecordViews } from './records/views.js';
import { CaseDiary } from './investigation/case-diary.js';
import { CaseFileView } from './investigation/case-file-view.js';
import { Arrests } from './investigation/arrests.js';
import { caseClockEvents } from './records/case-clock-events.js';
import { CaseFiles } from './investigation/case-files.js';
import { PropertyDocuments } from './investigation/property-documents.js';
import { PropertyRoom } from './investigation/property-room.js';
import { CourtRecord } from './investigation/court-record.js';
import { CrimeDetails } from './investigation/crime-details.js';
import { FinalReports } from './investigation/final-reports.js';
import { UnitService } from './directory/units.js';
import { UserRepository } from './directory/users.js';
import { unitCreatedPayload } from './directory/units.js';
import { BlobFiles } from './storage/blob-files.js';
import { openStorage, type Storage } from './storage/db.js';
import { eventHash, EventLog, type StoredEvent } from './storage/event-log.js';
import { migrate } from './storage/migrate.js';
import { SyncClient, type RoundReport, type SyncStatus } from './sync/downstream.js';
import { conflict } from './errors.js';
import { enrol } from './sync/enrolment.js';
import { Feed } from './sync/feed.js';
import { NodeIdentity } from './sync/identity.js';
import { NodeProfile } from './sync/node-profile.js';
import { NodeRegistry } from './sync/node-registry.js';
import { UpstreamService } from './sync/upstream-service.js';
import { AuditCopies } from './sync/audit-copies.js';
import { canonicalJson } from './util/canonical-json.js';
import { systemClock, type Clock } from './util/clock.js';
import { GENESIS_HASH } from './util/hash.js';
import { referencePath } from './util/paths.js';

/** Everything one running node is made of, wired once. */
export interface CctnsNode {
  config: Config;
  clock: Clock;
  storage: Storage;
  events: EventLog;
  audit: AuditLog;
  units: UnitService;
  users: UserRepository;
  sessions: SessionStore;
  guard: LoginGuard;
  tokens: TokenStore;
  secrets: SecretBox;
  auth: AuthService;
  userAdmin: UserAdminService;
  law: LawCatalogue;
  lawAdmin: LawAdminService;
  recordAccess: RecordAccess;
  gd: GeneralDiary;
  gdService: GdService;
  persons: PersonRegistry;
  personIndex: PersonNameIndex;
  personSearch: PersonSearch;
  samePerson: SamePersonMarks;
  complaints: ComplaintService;
  ncReports: NcReportService;
  missingPersons: MissingPersonService;
  unnaturalDeaths: UnnaturalDeathService;
  foundPersons: FoundPersonService;
  lostProperty: LostPropertyService;
  matching: MatchService;
  firs: FirQueries;
  firCommands: FirCommands;
  searchIndex: SearchIndex;
  vehicleSearch: VehicleSearch;
  stolenProperty: StolenPropertyRegister;
  phoneSearch: PhoneSearch;
  firSearch: FirSearch;
  attachments: AttachmentStore;
  alerts: AlertService;
  views: RecordViews;
  caseFiles: CaseFiles;
  caseDiary: CaseDiary;
  caseFileView: CaseFileView;
  propertyRoom: PropertyRoom;
  propertyDocuments: PropertyDocuments;
  crimeDetails: CrimeDetails;
  finalReports: FinalReports;
  courtRecord: CourtRecord;
  arrests: Arrests;
  profile: NodeProfile;
  sync: SyncParts;
  /** The unit whose events this node originates (its own unit code). */
  originUnit(): string;
  close(): Promise<void>;
}

/** The parts of a node that link it to the nodes above and below it. */
export interface SyncParts {
  /** Whether nodes below may enrol here and sync into this node. */
  acceptsNodes: boolean;
  identity(): Promise<NodeIdentity>;
  files: BlobFiles;
  feed: Feed;
  registry: NodeRegistry;
  upstream: UpstreamService;
  /** The audit trails of the nodes below, as kept here. */
  auditCopies: AuditCopies;
  client: SyncClient;
  /** After events arrive from another node: register the cases transferred to stations kept here. */
  afterReceive(): Promise<void>;
  /** One round now, for a person who asked: the outcome in words either way. */
  runRound(): Promise<{ ok: boolean; error: string | null; report: RoundReport | null; sync: SyncStatus }>;
  /** Enrols this node with its upstream, with the one-time code from the upstream's administrator. */
  enrol(input: { upstreamUrl: string; code: string; label?: string }): Promise<{ nodeId: string; upstreamUnit: string }>;
}

export async function openNode(
  config: Config,
  opts: {
    clock?: Clock;
    storage?: Storage;
    onReindexProgress?: (done: number, total: number) => void;
    /** The event catalogue (tests replace it to write the payloads of an earlier release). */
    eventTypes?: readonly EventType[];
  } = {},
): Promise<CctnsNode> {
  const clock = opts.clock ?? systemClock;
  const storage = opts.storage ?? openStorage(config);
  await migrate(storage);
  const profile = await NodeProfile.resolve(storage, config.node);
  const originUnit = () => profile.unitCode;
  const events = new EventLog(storage, clock, originUnit);
  const audit = new AuditLog(storage, clock);
  const users = new UserRepository(storage, events);
  const units = new UnitService(storage, events);
  const sessions = new SessionStore(storage, clock, config.security);
  const guard = new LoginGuard(storage, clock, config.security);
  const tokens = new TokenStore(storage, clock);
  const secrets = new SecretBox(loadNodeKey(config.dataDir));
  const s = config.security;
  const auth = new AuthService({
    storage,
    clock,
    settings: s,
    events,
    audit,
    users,
    units,
    sessions,
    guard,
    tokens,
    secrets,
    addressLimiter: new RateLimiter(clock, s.loginAttemptsPerAddress, s.loginAddressWindowSeconds),
    accountLimiter: new RateLimiter(clock, s.lockoutThreshold * 2, s.lockoutWindowSeconds),
  });
  const userAdmin = new UserAdminService({ storage, events, audit, users, units, guard, createsAccounts: createsAccounts(profile.tier) });
  const law = new LawCatalogue(storage, events);
  const lawAdmin = new LawAdminService({ storage, events, audit, law });
  // The facts the write gate needs; the decision is the policy's (decideWrite).
  const nodeFacts = async (unit: { path: string }) => ({
    tier: profile.tier,
    unitCode: profile.unitCode,
    keepsUnit: await profile.homes(unit.path),
    firstSyncDone: profile.tier !== 'station' || !!(await client.link())?.initial_pull_done,
  });
  const recordAccess = new RecordAccess(storage, units, audit, nodeFacts);
  const gd = new GeneralDiary(storage, events);
  const personIndex = new PersonNameIndex(storage);
  const persons = new PersonRegistry(storage, events, clock);
  const personSearch = new PersonSearch(storage, personIndex);
  const samePerson = new SamePersonMarks(storage, events, audit);
  const searchIndex = new SearchIndex(storage);
  const homes = (path: string) => profile.homes(path);
  const firs = new FirQueries(storage);
  const firCommands = new FirCommands({ storage, events, audit, clock, units, users, persons, gd, law, access: recordAccess, firs, homes });
  const gdService = new GdService({ events, audit, clock, gd, access: recordAccess, firs });
  const complaints = new ComplaintService({ storage, events, audit, clock, users, persons, gd, law, firs, firCommands, access: recordAccess });
  const files = new BlobFiles(storage, clock, path.join(config.dataDir, 'attachments'));
  const attachments = new AttachmentStore(storage, events, audit, recordAccess, files);
  const alerts = new AlertService({ storage, events, audit, clock, units, attachments, access: recordAccess });
  const views = new RecordViews({ storage, audit, clock, units, users, persons, gd, firs, law, access: recordAccess });
  const ncReports = new NcReportService({ storage, events, audit, clock, units, users, persons, personSearch, gd, law, firs, firCommands, access: recordAccess, views });
  const missingPersons = new MissingPersonService({ storage, events, audit, clock, units, persons, gd, firs, firCommands, alerts, access: recordAccess, views, personSearch, homes });
  const unnaturalDeaths = new UnnaturalDeathService({ storage, events, audit, clock, persons, gd, access: recordAccess, views, missingPersons });
  const foundPersons = new FoundPersonService({ storage, events, audit, clock, persons, gd, access: recordAccess, views, missingPersons });
  const matching = new MatchService({ storage, events, audit, units, access: recordAccess, missingPersons, unnaturalDeaths, foundPersons, attachments });
  const vehicleSearch = new VehicleSearch({ storage, units, audit });
  const lostProperty = new LostPropertyService({ storage, events, audit, clock, persons, gd, firs, firCommands, access: recordAccess, views });
  const stolenProperty = new StolenPropertyRegister({ storage, units, audit, lostProperty });
  const phoneSearch = new PhoneSearch({ storage, units, audit, persons, views });
  const firSearch = new FirSearch({ storage, units, audit, firs, views });
  const firRedactor = views.firRedactor.bind(views);
  const caseFiles = new CaseFiles({ storage, events, audit, clock, users, units, gd, firs, access: recordAccess });
  const caseDiary = new CaseDiary({ storage, events, audit, clock, users, persons, cases: caseFiles, access: recordAccess, firRedactor });
  const propertyRoom = new PropertyRoom({ storage, files, events, audit, clock, users, persons, cases: caseFiles, firs, access: recordAccess, firRedactor });
  const propertyDocuments = new PropertyDocuments({ storage, audit, clock, secrets, units, users, property: propertyRoom });
  const userName = async (id: string) => (await users.byId(id))?.displayName ?? id;
  const crimeDetails = new CrimeDetails({ storage, events, audit, cases: caseFiles, access: recordAccess, views, firs, userName, firRedactor });
  const arrests = new Arrests({ storage, events, audit, clock, units, persons, gd, cases: caseFiles, access: recordAccess, firs, users, law, firRedactor });
  const finalReports = new FinalReports({ storage, events, audit, clock, persons, cases: caseFiles, access: recordAccess, law, userName, custody: arrests, property: propertyRoom });
  const courtRecord = new CourtRecord({ storage, events, audit, clock, persons, cases: caseFiles, access: recordAccess, userName });
  const caseFileView = new CaseFileView({
    storage,
    audit,
    clock,
    units,
    users,
    cases: caseFiles,
    diary: caseDiary,
    property: propertyRoom,
    crimeDetails,
    finalReports,
    courtRecord,
    arrests,
    caseEvents: (ids) => caseClockEvents(storage.db, firs, ids),
    firRedactor,
  });

  // The projectors reach the services above the event layer only through this port. The
  // catalogue refuses to be built if any event type lacks its schema, projector or routing rule.
  const catalogue = new EventCatalogue(opts.eventTypes ?? EVENT_TYPES, {
    engine: storage.engine,
    unitsChanged: () => units.forget(),
    lawChanged: () => law.invalidate(),
    isSensitive: (exec, refs) => law.isSensitive(refs, exec),
    writeNameKeys: (tx, list) => personIndex.write(tx, list),
    indexNewPhones: (tx, list) => indexNewPersonsPhones(tx, storage.engine, list),
    indexFir: (tx, fir, o) => searchIndex.indexFir(tx, fir, o),
    indexTables: searchIndex.tables,
  });
  events.useCatalogue(catalogue);
  const feed = new Feed(storage, catalogue);
  const acceptsNodes = keepsFeed(profile.tier);
  if (acceptsNodes) {
    events.setStoredHook(feed.address);
    events.serialiseWrites();
  }
  let identity: Promise<NodeIdentity> | null = null;
  const loadIdentity = () => (identity ??= NodeIdentity.load(storage, secrets));
  const registry = new NodeRegistry({ storage, clock, audit, units, profile, secrets, identity: loadIdentity, darkAfterHours: config.sync.darkAfterHours });
  const afterReceive = async () => {
    await firCommands.registerArrivedTransfers();
  };
  const auditCopies = new AuditCopies({ storage, clock });
  const upstream = new UpstreamService({ storage, clock, events, feed, registry, profile, files, auditCopies });
  const client = new SyncClient({ storage, clock, events, profile, identity: loadIdentity, files, settings: config.sync, afterReceive });
  events.onCommit(() => client.nudge());

  const node: CctnsNode = {
    config,
    clock,
    storage,
    events,
    audit,
    units,
    users,
    sessions,
    guard,
    tokens,
    secrets,
    auth,
    userAdmin,
    law,
    lawAdmin,
    recordAccess,
    gd,
    gdService,
    persons,
    personIndex,
    personSearch,
    samePerson,
    complaints,
    ncReports,
    missingPersons,
    unnaturalDeaths,
    foundPersons,
    lostProperty,
    matching,
    firs,
    firCommands,
    searchIndex,
    vehicleSearch,
    stolenProperty,
    phoneSearch,
    firSearch,
    attachments,
    alerts,
    views,
    caseFiles,
    caseDiary,
    caseFileView,
    propertyRoom,
    propertyDocuments,
    crimeDetails,
    finalReports,
    courtRecord,
    arrests,
    profile,
    sync: {
      acceptsNodes,
      identity: loadIdentity,
      files,
      feed,
      registry,
      upstream,
      auditCopies,
      client,
      afterReceive,
      runRound: async () => {
        if (!(await client.link())) throw conflict('not-enrolled', 'This node is not enrolled with an upstream: there is nothing to sync with.');
        try {
          const report = await client.runNow();
          return { ok: true, error: null, report, sync: await client.status() };
        } catch (err) {
          return { ok: false, error: err instanceof Error ? err.message : String(err), report: null, sync: await client.status() };
        }
      },
      enrol: async (input) => enrol({ storage, clock, profile, secrets, identity: await loadIdentity() }, input),
    },
    originUnit,
    close: async () => {
      await client.stop();
      await storage.close();
    },
  };
  if ((await units.count()) === 0) await seedNationAndStates(node);
  await profile.loadRealmKey(secrets);
  await files.backfill();
  // Name keys are derived with versioned rules: keys made by other rules are made again.
  if (!(await personIndex.isCurrent())) await personIndex.reindex(opts.onReindexProgress);
  return node;
}

interface StatesFile {
  version: string;
  units: { code: string; kind?: string; category: string; nameEn: string; nameHi: string }[];
}

/** Names the seed events the same on every node. */
const SEED_NAMESPACE = '6f1c2c4e-7d3b-4d5e-9a51-1b9c2d0e5f70';

/**
 * The nation and all 36 states and union territories (reference/units/states.json) as the first
 * events of the nation's chain. Built identically on every node — same ids, times and hashes —
 * so that every node in the network starts from one genesis and never disagrees about it.
 */
export function seedEvents(): StoredEvent[] {
  const file = JSON.parse(fs.readFileSync(referencePath('units', 'states.json'), 'utf8')) as StatesFile;
  const at = new Date(`${file.version}T00:00:00.000Z`).toISOString();
  const inputs = [
    { code: NATION_CODE, kind: 'nation' as const, parentCode: null, nameEn: 'India', nameHi: 'भारत' },
    ...file.units.map((u) => ({ code: u.code, kind: 'state' as const, parentCode: NATION_CODE, nameEn: u.nameEn, nameHi: u.nameHi, category: u.category })),
  ];
  let prev = GENESIS_HASH;
  return inputs.map((input, i) => {
    const base = {
      origin_unit: NATION_CODE,
      seq: i + 1,
      id: uuidv5(`cctns:seed:unit:${input.code}`, SEED_NAMESPACE),
      type: 'unit.created',
      entity_id: input.code,
      payload: canonicalJson(unitCreatedPayload.parse(input)),
      payload_version: 1,
      actor: 'system',
      at,
      prev_hash: prev,
    };
    const event = { ...base, hash: eventHash(base) };
    prev = event.hash;
    return event;
  });
}

async function seedNationAndStates(node: CctnsNode): Promise<void> {
  await node.events.transaction((tx) => node.events.receive(tx, seedEvents(), 'complete'));
}
