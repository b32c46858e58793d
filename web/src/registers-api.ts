// The station's other registers (issue 14): non-cognizable reports (src/api/routes/nc-reports.ts),
// missing persons (missing-persons.ts), unnatural deaths and unidentified bodies
// (unnatural-deaths.ts), the stolen vehicle and mobile phone registers (stolen-property.ts).
import { request } from './api.ts';
import type {
  FoundOutcomeInput,
  FoundPerson,
  FoundPersonInput,
  FoundPersonList,
  FoundPlacementInput,
  IdentifyInput,
  InquestInput,
  MissingPerson,
  MissingPersonInput,
  MissingPersonList,
  MissingStatusChange,
  NcConversion,
  NcConverted,
  NcDiary,
  NcDiaryForward,
  NcReport,
  NcReportInput,
  NcReportList,
  PostMortemInput,
  StolenCheck,
  StolenRegister,
  UnnaturalDeath,
  UnnaturalDeathInput,
  UnnaturalDeathList,
  UnitRegisterCounts,
} from './contract.ts';

export type {
  Description,
  FoundPerson,
  MissingIdentityInput,
  MissingPerson,
  MissingPersonInput,
  NcReport,
  NcReportRow,
  PersonDescriptionInput,
  StolenArticle,
  StolenCheck,
  StolenRegister,
  UnnaturalDeath,
} from './contract.ts';

const enc = encodeURIComponent;

/** `?a=1&b=2` of the filters given (empty ones left out), or nothing. */
function qs(filters: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const registers = {
  // Non-cognizable reports (BNSS 174).
  ncReports: (filters: Record<string, string | undefined>) => request<NcReportList>('GET', `/api/v1/nc-reports${qs(filters)}`),
  ncReport: (id: string) => request<NcReport>('GET', `/api/v1/nc-reports/${enc(id)}`),
  registerNc: (input: NcReportInput) => request<NcReport>('POST', '/api/v1/nc-reports', input),
  convertNc: (id: string, input: NcConversion) => request<NcConverted>('POST', `/api/v1/nc-reports/${enc(id)}/convert`, input),
  forwardDiary: (input: NcDiaryForward) => request<NcDiary>('POST', '/api/v1/nc-diaries', input),
  ncDiaryUrl: (station: string, from: string, lang: 'en' | 'hi') => `/api/v1/nc-diaries/diary.pdf${qs({ station, from, lang })}`,

  // Missing persons.
  missingPersons: (filters: Record<string, string | undefined>) => request<MissingPersonList>('GET', `/api/v1/missing-persons${qs(filters)}`),
  missingPerson: (id: string) => request<MissingPerson>('GET', `/api/v1/missing-persons/${enc(id)}`),
  reportMissing: (input: MissingPersonInput) => request<MissingPerson>('POST', '/api/v1/missing-persons', input),
  missingStatus: (id: string, input: MissingStatusChange) => request<MissingPerson>('POST', `/api/v1/missing-persons/${enc(id)}/status`, input),
  missingPdfUrl: (id: string, lang: 'en' | 'hi') => `/api/v1/missing-persons/${enc(id)}/report.pdf?lang=${lang}`,

  // Unnatural deaths and unidentified bodies (BNSS 194).
  bodies: (filters: Record<string, string | undefined>) => request<UnnaturalDeathList>('GET', `/api/v1/unnatural-deaths${qs(filters)}`),
  body: (id: string) => request<UnnaturalDeath>('GET', `/api/v1/unnatural-deaths/${enc(id)}`),
  registerBody: (input: UnnaturalDeathInput) => request<UnnaturalDeath>('POST', '/api/v1/unnatural-deaths', input),
  inquest: (id: string, input: InquestInput) => request<UnnaturalDeath>('POST', `/api/v1/unnatural-deaths/${enc(id)}/inquest`, input),
  postMortem: (id: string, input: PostMortemInput) => request<UnnaturalDeath>('POST', `/api/v1/unnatural-deaths/${enc(id)}/post-mortem`, input),
  identify: (id: string, input: IdentifyInput) => request<UnnaturalDeath>('POST', `/api/v1/unnatural-deaths/${enc(id)}/identify`, input),
  bodyPdfUrl: (id: string, lang: 'en' | 'hi') => `/api/v1/unnatural-deaths/${enc(id)}/report.pdf?lang=${lang}`,

  // Persons found alive whose identity or family is unknown.
  foundPersons: (filters: Record<string, string | undefined>) => request<FoundPersonList>('GET', `/api/v1/found-persons${qs(filters)}`),
  foundPerson: (id: string) => request<FoundPerson>('GET', `/api/v1/found-persons/${enc(id)}`),
  registerFound: (input: FoundPersonInput) => request<FoundPerson>('POST', '/api/v1/found-persons', input),
  placeFound: (id: string, input: FoundPlacementInput) => request<FoundPerson>('POST', `/api/v1/found-persons/${enc(id)}/placement`, input),
  concludeFound: (id: string, input: FoundOutcomeInput) => request<FoundPerson>('POST', `/api/v1/found-persons/${enc(id)}/outcome`, input),
  foundPdfUrl: (id: string, lang: 'en' | 'hi') => `/api/v1/found-persons/${enc(id)}/report.pdf?lang=${lang}`,

  // Stolen vehicles and mobile phones.
  stolenCheck: (numbers: Record<string, string | undefined>) => request<StolenCheck>('GET', `/api/v1/stolen-property/check${qs(numbers)}`),
  stolenRegister: (station: string, filters: Record<string, string | undefined>) => request<StolenRegister>('GET', `/api/v1/stations/${enc(station)}/stolen-property${qs(filters)}`),

  // A supervisor's counts of every station's registers across a unit.
  registerCounts: (unit: string) => request<UnitRegisterCounts>('GET', `/api/v1/units/${enc(unit)}/register-counts`),
};
