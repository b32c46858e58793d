// The end of the investigation and the case in court (src/api/routes/cases.ts, investigation.ts):
// every step answers with the case file.
import { request } from './api.ts';
import type {
  AppealInput,
  CaseFile,
  CourtCaseInput,
  CrimeDetailsInput,
  DisposalInput,
  FinalReportInput,
  FinalReportReviewInput,
  ForensicVisitInput,
  HearingInput,
  InvestigationCodes,
  SimilarCases,
  VictimProgressInput,
} from './contract.ts';

export type { CasePerson, CodeLabel, CourtOption, FinalReport, InvestigationCodes, SimilarCases } from './contract.ts';

const enc = encodeURIComponent;
const step =
  <B>(name: string) =>
  (firId: string, body: B) =>
    request<CaseFile>('POST', `/api/v1/cases/${enc(firId)}/${name}`, body);

export const report = {
  codes: (unit: string) => request<InvestigationCodes>('GET', `/api/v1/investigation/codes?unit=${enc(unit)}`),
  similar: (firId: string) => request<SimilarCases>('GET', `/api/v1/cases/${enc(firId)}/similar`),
  crimeDetails: step<CrimeDetailsInput>('crime-details'),
  finalReport: step<FinalReportInput>('final-reports'),
  review: (firId: string, reportId: string, body: FinalReportReviewInput) => request<CaseFile>('POST', `/api/v1/cases/${enc(firId)}/final-reports/${enc(reportId)}/review`, body),
  victimProgress: step<VictimProgressInput>('victim-progress'),
  forensicVisit: step<ForensicVisitInput>('forensic-visit'),
  courtCase: step<CourtCaseInput>('court-case'),
  hearing: step<HearingInput>('hearings'),
  disposal: step<DisposalInput>('disposal'),
  appeal: step<AppealInput>('appeals'),
  disposalPdfUrl: (firId: string, disposalId: string, lang: 'en' | 'hi') => `/api/v1/cases/${enc(firId)}/disposals/${enc(disposalId)}/form.pdf?lang=${lang}`,
  appealPdfUrl: (firId: string, appealId: string, lang: 'en' | 'hi') => `/api/v1/cases/${enc(firId)}/appeals/${enc(appealId)}/form.pdf?lang=${lang}`,
  finalReportPdfUrl: (firId: string, lang: 'en' | 'hi', reportNo: number) => `/api/v1/cases/${enc(firId)}/final-report.pdf?lang=${lang}&reportNo=${reportNo}`,
  crimeDetailsPdfUrl: (firId: string, lang: 'en' | 'hi') => `/api/v1/cases/${enc(firId)}/crime-details.pdf?lang=${lang}`,
};
