import fs from 'node:fs';
import path from 'node:path';
import { AuditLog } from './access/audit-log.js';
import { AuthService } from './access/auth-service.js';
import { LoginGuard } from './access/login-guard.js';
import { RateLimiter } from './access/rate-limiter.js';
import { loadNodeKey, SecretBox } from './access/secret-box.js';
import { SessionStore } from './access/sessions.js';
import { TokenStore } from './access/tokens.js';
import type { Config } from './config.js';
import { NATION_CODE } from './domain/units.js';
import { AttachmentStore } from './records/attachments.js';
import { ComplaintService } from './records/complaints.js';
import { FirService } from './records/firs.js';
import { GdService } from './records/gd-service.js';
import { GeneralDiary } from './records/general-diary.js';
import { LawAdminService, LawCatalogue } from './records/law-catalogue.js';
import { PersonRegistry } from './records/persons.js';
import { PersonNameIndex } from './search/person-index.js';
import { PersonSearch } from './search/person-search.js';
import { SamePersonMarks } from './search/same-person.js';
import { RecordAccess } from './records/record-access.js';
import { FirSearch } from './search/fir-search.js';
import { PhoneSearch } from './search/phone-search.js';
import { SearchIndex } from './search/search-index.js';
import { VehicleSearch } from './search/vehicle-search.js';
import { UserAdminService } from './records/user-admin.js';
import { RecordViews } from './records/views.js';
import { UnitService } from './records/units.js';
import { UserRepository } from './records/users.js';
import { openStorage, type Storage } from './storage/db.js';
import { EventLog } from './storage/event-log.js';
import { migrate } from './storage/migrate.js';
import { systemClock, type Clock } from './util/clock.js';
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
  firs: FirService;
  searchIndex: SearchIndex;
  vehicleSearch: VehicleSearch;
  phoneSearch: PhoneSearch;
  firSearch: FirSearch;
  attachments: AttachmentStore;
  views: RecordViews;
  /** The unit whose events this node originates (its own unit code). */
  originUnit(): string;
  close(): Promise<void>;
}

export async function openNode(config: Config, opts: { clock?: Clock; storage?: Storage; onReindexProgress?: (done: number, total: number) => void } = {}): Promise<CctnsNode> {
  const clock = opts.clock ?? systemClock;
  const storage = opts.storage ?? openStorage(config);
  await migrate(storage);
  let origin = (await storage.db.selectFrom('settings').select('value').where('key', '=', 'node.unit').executeTakeFirst())?.value;
  const originUnit = () => origin ?? NATION_CODE;
  const events = new EventLog(storage, clock, originUnit);
  const audit = new AuditLog(storage, clock);
  // Registration order is the order rebuild empties tables: users refer to units.
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
  const userAdmin = new UserAdminService({ storage, events, audit, users, units, sessions, guard });
  const law = new LawCatalogue(storage, events);
  const lawAdmin = new LawAdminService({ storage, events, audit, law });
  const recordAccess = new RecordAccess(storage, units, audit);
  const gd = new GeneralDiary(storage, events);
  const personIndex = new PersonNameIndex(storage);
  const persons = new PersonRegistry(storage, events, personIndex);
  const personSearch = new PersonSearch(storage, personIndex);
  const samePerson = new SamePersonMarks(storage, events, audit);
  const searchIndex = new SearchIndex(storage, events);
  const firs = new FirService({ storage, events, audit, clock, units, users, persons, gd, law, access: recordAccess, index: searchIndex });
  const gdService = new GdService({ events, audit, clock, gd, access: recordAccess, firs });
  const complaints = new ComplaintService({ storage, events, audit, clock, users, persons, gd, law, firs, access: recordAccess });
  const attachments = new AttachmentStore(storage, events, audit, recordAccess, path.join(config.dataDir, 'attachments'));
  const views = new RecordViews({ storage, audit, clock, units, users, persons, gd, firs, law, access: recordAccess });
  const vehicleSearch = new VehicleSearch({ storage, units, audit });
  const phoneSearch = new PhoneSearch({ storage, units, audit, persons, views });
  const firSearch = new FirSearch({ storage, units, audit, firs, views, access: recordAccess });
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
    firs,
    searchIndex,
    vehicleSearch,
    phoneSearch,
    firSearch,
    attachments,
    views,
    originUnit,
    close: () => storage.close(),
  };
  if ((await units.count()) === 0) {
    origin = await setOrigin(node, origin ?? NATION_CODE);
    await seedNationAndStates(node);
  }
  // Name keys are derived with versioned rules: keys made by other rules are made again.
  if (!(await personIndex.isCurrent())) await personIndex.reindex(opts.onReindexProgress);
  return node;
}

async function setOrigin(node: CctnsNode, code: string): Promise<string> {
  await node.storage.db
    .insertInto('settings')
    .values({ key: 'node.unit', value: code })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: code }))
    .execute();
  return code;
}

interface StatesFile {
  version: string;
  units: { code: string; category: string; nameEn: string; nameHi: string }[];
}

/** The nation and all 36 states and union territories, from reference/units/states.json. */
async function seedNationAndStates(node: CctnsNode): Promise<void> {
  const file = JSON.parse(fs.readFileSync(referencePath('units', 'states.json'), 'utf8')) as StatesFile;
  await node.events.transaction(async (tx) => {
    await node.units.create(tx, { code: NATION_CODE, kind: 'nation', parentCode: null, nameEn: 'India', nameHi: 'भारत' }, 'system');
    for (const s of file.units) {
      await node.units.create(
        tx,
        { code: s.code, kind: 'state', parentCode: NATION_CODE, nameEn: s.nameEn, nameHi: s.nameHi, category: s.category },
        'system',
      );
    }
  });
}
