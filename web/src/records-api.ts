// Station records: complaints, FIRs, General Diary, persons, the law catalogue and the station
// dashboard. Shapes are the server's schemas (contract.ts).
import { request } from './api.ts';

import type {
  Complaint,
  ComplaintConversion,
  ComplaintInput,
  ComplaintSummary,
  Dashboard,
  Fir,
  FirAmendment,
  FirInput,
  FirListItem,
  FirVersion,
  GdEntry,
  GdEntryInput,
  LawCorrection,
  LawSearchResult,
  LawSection,
  LawSectionVersion,
  OneUser,
  PersonMatch,
  PersonPage,
  SamePersonMark,
  UserRow,
} from './contract.ts';
export type {
  Address,
  ClockItem,
  ClockState,
  ClockStatus,
  Complaint,
  ComplaintInput,
  ComplaintSummary,
  Dashboard,
  Fir,
  FirAmendment,
  FirInput,
  FirListItem,
  FirSection,
  FirVersion,
  GdEntry,
  IdDocument,
  LawSearchResult,
  LawSection,
  LawSectionChanges,
  LawSectionVersion,
  NamedUnit,
  OfficerRef,
  PersonFull,
  PersonInput,
  PersonMasked,
  PersonMatch,
  PersonOnRecord,
  PersonPage,
  PersonRecordLink,
  PersonView,
  Place,
  Property,
  SamePersonMark,
  SectionRef,
  TriState,
  Vehicle,
} from './contract.ts';

/**
 * A law catalogue search result flattened for the section picker: the entry with how it matched.
 * 'act': a whole special act (no section yet: the officer goes on to type one).
 */
export type LawSectionHit = LawSection & Pick<LawSearchResult, 'kind' | 'matchedBy' | 'via' | 'applicable'>;

const enc = encodeURIComponent;

function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** `{results: [{kind, matchedBy, applicable, section}]}`, flattened for the picker. */
function hitsOf(body: { results: LawSearchResult[] }): LawSectionHit[] {
  return body.results.map((h) => ({ ...h.section, kind: h.kind, matchedBy: h.matchedBy, via: h.via, applicable: h.applicable }));
}

export const records = {
  dashboard: (station: string) => request<Dashboard>('GET', `/api/v1/stations/${enc(station)}/dashboard`),

  lawSearch: async (q: string, occurredAt: string | undefined, signal?: AbortSignal) =>
    hitsOf(await request<{ results: LawSearchResult[] }>('GET', `/api/v1/law/sections${qs({ q, occurredAt, limit: 10 })}`, undefined, { signal })),

  lawFind: (q: string, occurredAt: string | undefined) => request<{ results: LawSearchResult[] }>('GET', `/api/v1/law/sections${qs({ q, occurredAt, limit: 50 })}`),
  lawSection: (act: string, section: string) => request<{ section: LawSection; history: LawSectionVersion[] }>('GET', `/api/v1/law/sections/${enc(act)}/${enc(section)}`),
  correctLawSection: (act: string, section: string, body: LawCorrection) =>
    request<{ section: LawSection; version: LawSectionVersion }>('POST', `/api/v1/law/sections/${enc(act)}/${enc(section)}/corrections`, body),

  personMatches: (name: string, relativeName: string | undefined, age: number | undefined, signal?: AbortSignal) =>
    request<{ matches: PersonMatch[] }>('GET', `/api/v1/persons/matches${qs({ name, relativeName, age })}`, undefined, { signal }),
  person: (id: string) => request<PersonPage>('GET', `/api/v1/persons/${enc(id)}`),
  sameAs: (id: string) => request<{ marks: SamePersonMark[] }>('GET', `/api/v1/persons/${enc(id)}/same-as`),
  markSameAs: (id: string, personId: string, reason: string) => request<SamePersonMark>('POST', `/api/v1/persons/${enc(id)}/same-as`, { personId, reason }),
  withdrawSameAs: (markId: string, reason: string) => request<SamePersonMark>('POST', `/api/v1/same-person-marks/${enc(markId)}/withdraw`, { reason }),
  photoUrl: (sha256: string) => `/api/v1/attachments/${enc(sha256)}`,

  complaints: (status: string, station?: string) => request<{ complaints: ComplaintSummary[] }>('GET', `/api/v1/complaints${qs({ status, station, limit: 200 })}`),
  complaint: (id: string) => request<Complaint>('GET', `/api/v1/complaints/${enc(id)}`),
  registerComplaint: (input: ComplaintInput) => request<Complaint>('POST', '/api/v1/complaints', input),
  assignComplaint: (id: string, officerUserId: string, note?: string) => request<Complaint>('POST', `/api/v1/complaints/${enc(id)}/assign`, { officerUserId, ...(note ? { note } : {}) }),
  closeComplaint: (id: string, closure: string, note: string) => request<Complaint>('POST', `/api/v1/complaints/${enc(id)}/close`, { closure, note }),
  convertComplaint: (id: string, input: ComplaintConversion) => request<{ complaint: ComplaintSummary; fir: Fir }>('POST', `/api/v1/complaints/${enc(id)}/convert`, input),

  firs: (filter: { year?: number; status?: string; from?: string; to?: string }) => request<{ firs: FirListItem[] }>('GET', `/api/v1/firs${qs({ ...filter, limit: 200 })}`),
  fir: (id: string) => request<Fir>('GET', `/api/v1/firs/${enc(id)}`),
  registerFir: (input: FirInput) => request<Fir>('POST', '/api/v1/firs', input),
  firVersions: (id: string) => request<{ versions: FirVersion[] }>('GET', `/api/v1/firs/${enc(id)}/versions`),
  amendFir: (id: string, input: FirAmendment) => request<Fir>('POST', `/api/v1/firs/${enc(id)}/amendments`, input),
  transferFir: (id: string, toStationCode: string, reason: string) => request<{ from: Fir; to: Fir | null }>('POST', `/api/v1/firs/${enc(id)}/transfer`, { toStationCode, reason }),
  signEfir: (id: string) => request<Fir>('POST', `/api/v1/firs/${enc(id)}/efir-signature`, {}),
  firCopyUrl: (id: string, lang: 'en' | 'hi', forWhom: 'informant' | 'other') => `/api/v1/firs/${enc(id)}/copy.pdf${qs({ lang, for: forWhom })}`,

  gd: (date: string, station?: string) => request<{ stationCode: string; date: string; entries: GdEntry[] }>('GET', `/api/v1/gd${qs({ date, station })}`),
  addGd: (input: GdEntryInput) => request<GdEntry>('POST', '/api/v1/gd', input),
  correctGd: (correctsId: string, text: string) => request<GdEntry>('POST', '/api/v1/gd/corrections', { correctsId, text }),

  /** One user by id (audited as user.read). Needs user.read, within the reader's jurisdiction. */
  user: (id: string) => request<OneUser>('GET', `/api/v1/users/${enc(id)}`),

  /** Officers of a station who may investigate (IO, SHO). Needs user.read. */
  officers: async (unitCode: string): Promise<UserRow[]> => {
    const r = await request<{ users: UserRow[] }>('GET', `/api/v1/users${qs({ unit: unitCode })}`);
    return r.users.filter((u) => u.unitCode === unitCode && u.status === 'active' && (u.role === 'investigating_officer' || u.role === 'station_house_officer'));
  },
};
