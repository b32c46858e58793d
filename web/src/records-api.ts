// Station records: complaints, FIRs, General Diary, persons, the law catalogue and the station
// dashboard. Shapes follow src/records/views.ts and src/api/routes/*.ts.
import { request, type UserRow } from './api.ts';

export interface SectionRef {
  act: string;
  section: string;
}

export type TriState = 'yes' | 'no' | 'depends' | 'unknown';

/** A search result from the law catalogue (GET /api/v1/law/sections), flattened for the picker. */
export interface LawSectionHit extends SectionRef {
  title: string;
  titleHi: string | null;
  maxPunishment: string;
  cognizable: TriState;
  bailable: TriState;
  sensitive?: boolean;
  /** 'act': a whole special act (no section yet: the officer goes on to type one). */
  kind?: 'section' | 'act';
  matchedBy?: string;
  /** For a match through the other penal code: the section typed (e.g. IPC 379 → BNS 303(2)). */
  via?: SectionRef;
  /** Whether the section applies on the offence date; null without a date. */
  applicable?: boolean | null;
}

/** An entry of the law catalogue (GET /api/v1/law/sections/:act/:section). */
export interface LawSection extends SectionRef {
  title: string;
  titleHi: string | null;
  chapter: string | null;
  maxPunishment: string;
  maxYears: number | null;
  cognizable: TriState;
  bailable: TriState;
  triableBy: string | null;
  equivalents: SectionRef[];
  sensitive: boolean;
  crimeHead: string | null;
  /** 1 as seeded, +1 per correction; 0 for an uncatalogued section of a special act. */
  version: number;
  source: string;
}

/** One correction of a catalogue entry: who, when, why, on what source, and what changed. */
export interface LawSectionVersion {
  eventId: string;
  version: number;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string;
  source: string;
  changedBy: string;
  changedByUsername: string | null;
  changedAt: string;
}

/** A search result kept whole (the law catalogue page). */
export interface LawSearchResult {
  kind: 'section' | 'act';
  matchedBy: string;
  via?: SectionRef;
  keyword?: string;
  applicable: boolean | null;
  section: LawSection;
}

/** The fields an administrator may correct. */
export interface LawSectionChanges {
  title?: string;
  titleHi?: string | null;
  maxPunishment?: string;
  cognizable?: TriState;
  bailable?: TriState;
  triableBy?: string | null;
  sensitive?: boolean;
  crimeHead?: string | null;
}

export interface Address {
  kind?: 'present' | 'permanent' | 'other';
  line: string;
  district?: string;
  state?: string;
  pin?: string;
}

export interface IdDocument {
  kind: string;
  number: string;
}

/** A person as entered (personInput). */
export interface PersonInput {
  name: string;
  photoSha256?: string;
  relativeName?: string;
  relativeKind?: string;
  gender?: string;
  age?: number;
  birthDate?: string;
  addresses?: Address[];
  phones?: string[];
  idDocuments?: IdDocument[];
  occupation?: string;
  description?: { height?: string; build?: string; complexion?: string; marks?: string; other?: string };
}

export type PersonOnRecord = { personId: string } | { person: PersonInput };

/** A person on record, shown in full. */
export interface PersonFull extends PersonInput {
  id: string;
  masked: false;
  role: string | null;
  juvenile?: boolean;
  aliases?: string[];
  createdAt?: string;
}

/** A person whose identity is withheld (sensitive case or juvenile). */
export interface PersonMasked {
  masked: true;
  role: string | null;
  reason: 'sensitive-case' | 'juvenile' | string;
}

export type PersonView = PersonFull | PersonMasked;

export interface PersonMatch {
  person: PersonView;
  reasons: string[];
}

/** A record a person is on (GET /api/v1/persons/:id). */
export interface PersonRecordLink {
  recordType: 'fir' | 'complaint' | string;
  recordId: string;
  role: string;
}

/**
 * A person's own page (GET /api/v1/persons/:id, audited): the person in full or withheld, and the
 * records they are on (none when withheld).
 */
export type PersonPage = ((PersonFull & { nationality?: string }) | PersonMasked) & { records: PersonRecordLink[] };

/** An officer's mark that two person records are the same person (never a merge); kept when withdrawn. */
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

export type ClockStatus = 'running' | 'due_soon' | 'overdue' | 'met' | 'met_late';

export interface ClockState {
  code: string;
  titleEn: string;
  titleHi: string;
  legalRef: string;
  dueAt: string;
  status: ClockStatus | string;
  dueDateIst?: string;
}

export interface OfficerRef {
  id: string;
  name: string;
  role: string;
}

export interface Complaint {
  id: string;
  stationCode: string;
  ackNo: string;
  receivedAt: string;
  mode: string;
  /** Null when the complainant is withheld from the reader (who then cannot link them either). */
  complainantId: string | null;
  description: string;
  place: string;
  occurredFrom: string | null;
  occurredTo: string | null;
  sectionsAlleged: SectionRef[];
  maxYears: number | null;
  assignedTo: string | null;
  assignedAt: string | null;
  status: string;
  closure: string | null;
  closureNote: string | null;
  closedAt: string | null;
  firId: string | null;
  gdEntryId: string;
  /** In the single-complaint answer; lists carry the ids only. */
  complainant?: PersonView | null;
  assignedOfficer?: OfficerRef | null;
  clocks?: ClockState[];
}

export interface ComplaintInput {
  stationCode: string;
  mode?: string;
  receivedAt?: string;
  complainant: PersonOnRecord;
  description: string;
  place: string;
  occurredFrom?: string;
  occurredTo?: string;
  sectionsAlleged?: SectionRef[];
}

export interface Place {
  address: string;
  beat?: string;
  directionDistance?: string;
  latitude?: number;
  longitude?: number;
}

/** A vehicle among the property: at least one of its three numbers (src/domain/schemas/fir.ts). */
export interface Vehicle {
  registration?: string;
  engineNo?: string;
  chassisNo?: string;
  make?: string;
  model?: string;
  colour?: string;
}

export interface Property {
  description: string;
  category?: string;
  value?: number;
  vehicle?: Vehicle;
}

export interface FirInput {
  stationCode: string;
  origin: string;
  infoType: string;
  occurredFrom: string;
  occurredTo?: string;
  infoReceivedAt: string;
  place: Place;
  sections: SectionRef[];
  complainant: PersonOnRecord;
  accused: PersonOnRecord[];
  unknownAccused: { description: string }[];
  victims: PersonOnRecord[];
  witnesses: PersonOnRecord[];
  properties: Property[];
  delayReasons?: string;
  briefFacts: string;
  ioUserId?: string;
  jurisdictionStationCode?: string;
}

export interface NamedUnit {
  code: string;
  nameEn: string;
  nameHi: string;
}

export interface FirSection extends SectionRef {
  title: string;
  titleHi: string | null;
  maxPunishment: string;
}

export interface Fir {
  id: string;
  number: string;
  year: number;
  firNo: number;
  station: NamedUnit;
  district: NamedUnit;
  registeredAt: string;
  status: string;
  origin: string;
  infoType: string;
  lawCode: string;
  sensitive: boolean;
  crimeHead: string | null;
  maxYears: number | null;
  principal: SectionRef;
  sections: FirSection[];
  gdEntry: { id: string; entryNo: number; gdDate: string; entryAt: string } | null;
  occurredFrom: string;
  occurredTo: string | null;
  infoReceivedAt: string;
  place: Place;
  complainant: PersonView | null;
  accused: PersonView[];
  unknownAccused: { description: string }[];
  victims: PersonView[];
  witnesses: PersonView[];
  properties: Property[];
  totalValue: number;
  delayReasons: string | null;
  briefFacts: string;
  officerInCharge: OfficerRef | null;
  io: OfficerRef | null;
  version: number;
  complaintId: string | null;
  zeroOfStation: string | null;
  jurisdictionStationCode: string | null;
  transferredToFir: string | null;
  /** The station it was sent to; its FIR there (transferredToFir) is known once it has arrived. */
  transferredToStation?: string | null;
  transferredFromFir: string | null;
  efirSignedAt: string | null;
  identitiesWithheld: boolean;
  /** Names, phones or addresses of withheld persons were replaced in the free text. */
  textWithheld?: boolean;
  clocks?: ClockState[];
}

export interface FirListItem {
  id: string;
  number: string;
  stationCode: string;
  registeredAt: string;
  occurredFrom: string;
  status: string;
  lawCode: string;
  sections: SectionRef[];
  principal: SectionRef;
  crimeHead: string | null;
  sensitive: boolean;
  complainantName: string | null;
  place: string;
  version: number;
}

export interface FirVersionContent {
  origin?: string;
  infoType?: string;
  occurredFrom?: string;
  occurredTo?: string | null;
  infoReceivedAt?: string;
  place?: Place;
  sections?: SectionRef[];
  /** A person withheld from the reader comes without an id. */
  persons?: { personId?: string; withheld?: true; role: string }[];
  unknownAccused?: { description: string }[];
  properties?: Property[];
  delayReasons?: string | null;
  briefFacts?: string;
  ioUserId?: string | null;
}

export interface FirVersion {
  version: number;
  at: string;
  author: string;
  authorName: string | null;
  reason: string;
  content: FirVersionContent;
}

export interface FirAmendment {
  reason: string;
  sections?: SectionRef[];
  ioUserId?: string;
  addPersons?: Array<({ personId: string } | { person: PersonInput }) & { role: 'accused' | 'victim' | 'witness' }>;
  addUnknownAccused?: { description: string }[];
}

export interface GdEntry {
  id: string;
  stationCode: string;
  gdDate: string;
  entryNo: number;
  entryAt: string;
  kind: string;
  text: string;
  officer: string | null;
  refType: string | null;
  refId: string | null;
  correctsId: string | null;
}

export interface ClockItem {
  recordType: 'fir' | 'complaint';
  recordId: string;
  number: string;
  clock: ClockState;
}

export interface Dashboard {
  station: NamedUnit;
  date: string;
  gd: GdEntry[];
  complaints: { new: number; open: Complaint[] };
  firs: { thisMonth: number; recent: FirListItem[] };
  clocks: { dueSoon: ClockItem[]; overdue: ClockItem[] };
}

const enc = encodeURIComponent;

function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

interface RawHit {
  kind?: 'section' | 'act';
  matchedBy?: string;
  via?: SectionRef;
  applicable?: boolean | null;
  section?: Omit<LawSectionHit, 'kind' | 'matchedBy' | 'via' | 'applicable'> | string;
}

/** `{results: [{kind, matchedBy, applicable, section: LawSection}]}`; flat entries are taken as they are. */
function hitsOf(body: unknown): LawSectionHit[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' && Array.isArray((body as { results?: unknown }).results) ? (body as { results: unknown[] }).results : [];
  return (list as RawHit[]).map((h) => {
    if (h.section && typeof h.section === 'object') {
      return { ...h.section, kind: h.kind ?? 'section', matchedBy: h.matchedBy, via: h.via, applicable: h.applicable ?? null };
    }
    return h as unknown as LawSectionHit;
  });
}

export const records = {
  dashboard: (station: string) => request<Dashboard>('GET', `/api/v1/stations/${enc(station)}/dashboard`),

  lawSearch: async (q: string, occurredAt: string | undefined, signal?: AbortSignal) =>
    hitsOf(await request<unknown>('GET', `/api/v1/law/sections${qs({ q, occurredAt, limit: 10 })}`, undefined, { signal })),

  lawFind: (q: string, occurredAt: string | undefined) =>
    request<{ results: LawSearchResult[] }>('GET', `/api/v1/law/sections${qs({ q, occurredAt, limit: 50 })}`),
  lawSection: (act: string, section: string) =>
    request<{ section: LawSection; history: LawSectionVersion[] }>('GET', `/api/v1/law/sections/${enc(act)}/${enc(section)}`),
  correctLawSection: (act: string, section: string, body: { changes: LawSectionChanges; reason: string; source: string }) =>
    request<{ section: LawSection; version: LawSectionVersion }>('POST', `/api/v1/law/sections/${enc(act)}/${enc(section)}/corrections`, body),

  personMatches: (name: string, relativeName: string | undefined, age: number | undefined, signal?: AbortSignal) =>
    request<{ matches: PersonMatch[] }>('GET', `/api/v1/persons/matches${qs({ name, relativeName, age })}`, undefined, { signal }),
  person: (id: string) => request<PersonPage>('GET', `/api/v1/persons/${enc(id)}`),
  sameAs: (id: string) => request<{ marks: SamePersonMark[] }>('GET', `/api/v1/persons/${enc(id)}/same-as`),
  markSameAs: (id: string, personId: string, reason: string) =>
    request<SamePersonMark>('POST', `/api/v1/persons/${enc(id)}/same-as`, { personId, reason }),
  withdrawSameAs: (markId: string, reason: string) => request<SamePersonMark>('POST', `/api/v1/same-person-marks/${enc(markId)}/withdraw`, { reason }),
  photoUrl: (sha256: string) => `/api/v1/attachments/${enc(sha256)}`,

  complaints: (status: string, station?: string) => request<{ complaints: Complaint[] }>('GET', `/api/v1/complaints${qs({ status, station, limit: 200 })}`),
  complaint: (id: string) => request<Complaint>('GET', `/api/v1/complaints/${enc(id)}`),
  registerComplaint: (input: ComplaintInput) => request<Complaint>('POST', '/api/v1/complaints', input),
  assignComplaint: (id: string, officerUserId: string, note?: string) =>
    request<Complaint>('POST', `/api/v1/complaints/${enc(id)}/assign`, { officerUserId, ...(note ? { note } : {}) }),
  closeComplaint: (id: string, closure: string, note: string) => request<Complaint>('POST', `/api/v1/complaints/${enc(id)}/close`, { closure, note }),
  convertComplaint: (id: string, input: Omit<FirInput, 'complainant'> & { complainant?: FirInput['complainant'] }) =>
    request<{ complaint: Complaint; fir: Fir }>('POST', `/api/v1/complaints/${enc(id)}/convert`, input),

  firs: (filter: { year?: number; status?: string; from?: string; to?: string }) =>
    request<{ firs: FirListItem[] }>('GET', `/api/v1/firs${qs({ ...filter, limit: 200 })}`),
  fir: (id: string) => request<Fir>('GET', `/api/v1/firs/${enc(id)}`),
  registerFir: (input: FirInput) => request<Fir>('POST', '/api/v1/firs', input),
  firVersions: (id: string) => request<{ versions: FirVersion[] }>('GET', `/api/v1/firs/${enc(id)}/versions`),
  amendFir: (id: string, input: FirAmendment) => request<Fir>('POST', `/api/v1/firs/${enc(id)}/amendments`, input),
  transferFir: (id: string, toStationCode: string, reason: string) =>
    request<{ from: Fir; to: Fir | null }>('POST', `/api/v1/firs/${enc(id)}/transfer`, { toStationCode, reason }),
  signEfir: (id: string) => request<Fir>('POST', `/api/v1/firs/${enc(id)}/efir-signature`, {}),
  firCopyUrl: (id: string, lang: 'en' | 'hi', forWhom: 'informant' | 'other') => `/api/v1/firs/${enc(id)}/copy.pdf${qs({ lang, for: forWhom })}`,

  gd: (date: string, station?: string) =>
    request<{ stationCode: string; date: string; entries: GdEntry[] }>('GET', `/api/v1/gd${qs({ date, station })}`),
  addGd: (input: { stationCode: string; kind: string; text: string; officer?: string; firId?: string }) => request<GdEntry>('POST', '/api/v1/gd', input),
  correctGd: (correctsId: string, text: string) => request<GdEntry>('POST', '/api/v1/gd/corrections', { correctsId, text }),

  /** One user by id (audited as user.read). Needs user.read, within the reader's jurisdiction. */
  user: (id: string) => request<{ user: UserRow }>('GET', `/api/v1/users/${enc(id)}`),

  /** Officers of a station who may investigate (IO, SHO). Needs user.read. */
  officers: async (unitCode: string): Promise<UserRow[]> => {
    const r = await request<{ users: UserRow[] }>('GET', `/api/v1/users${qs({ unit: unitCode })}`);
    return r.users.filter((u) => u.unitCode === unitCode && u.status === 'active' && (u.role === 'investigating_officer' || u.role === 'station_house_officer'));
  },
};
