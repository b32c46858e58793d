// Lost article reports and the register of found / unclaimed property (src/api/routes/lost-property.ts).
import { request } from './api.ts';
import { ARTICLE_KINDS } from './codes.ts';
import type {
  FoundClaimInput,
  FoundDisposalInput,
  FoundProperty,
  FoundPropertyInput,
  FoundPropertyList,
  FoundReportInput,
  LostConverted,
  LostReport,
  LostReportConversion,
  LostReportInput,
  LostReportList,
} from './contract.ts';

export type { FoundProperty, LostReport } from './contract.ts';

const enc = encodeURIComponent;
const qs = (params: Record<string, string | undefined>) => {
  const p = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** What each kind of article is identified by (the `needs` of reference/law/lost-property.json); a vehicle by its numbers. */
const NEEDS: Partial<Record<(typeof ARTICLE_KINDS)[number], 'mobilePhone' | 'document' | 'vehicle'>> = {
  mobile_phone: 'mobilePhone',
  document: 'document',
  vehicle_papers: 'document',
  vehicle: 'vehicle',
};
export const needsOf = (kind: string) => NEEDS[kind as (typeof ARTICLE_KINDS)[number]] ?? null;

export const lostProperty = {
  lostList: (station: string, status: string) => request<LostReportList>('GET', `/api/v1/lost-reports${qs({ station, status, limit: '200' })}`),
  lost: (id: string) => request<LostReport>('GET', `/api/v1/lost-reports/${enc(id)}`),
  reportLost: (input: LostReportInput) => request<LostReport>('POST', '/api/v1/lost-reports', input),
  convertLost: (id: string, input: LostReportConversion) => request<LostConverted>('POST', `/api/v1/lost-reports/${enc(id)}/convert`, input),
  lostPdfUrl: (id: string, lang: 'en' | 'hi') => `/api/v1/lost-reports/${enc(id)}/report.pdf?lang=${lang}`,
  foundList: (station: string, status: string) => request<FoundPropertyList>('GET', `/api/v1/found-property${qs({ station, status, limit: '200' })}`),
  found: (id: string) => request<FoundProperty>('GET', `/api/v1/found-property/${enc(id)}`),
  registerFound: (input: FoundPropertyInput) => request<FoundProperty>('POST', '/api/v1/found-property', input),
  reportFound: (id: string, input: FoundReportInput) => request<FoundProperty>('POST', `/api/v1/found-property/${enc(id)}/magistrate-report`, input),
  claimFound: (id: string, input: FoundClaimInput) => request<FoundProperty>('POST', `/api/v1/found-property/${enc(id)}/claim`, input),
  disposeFound: (id: string, input: FoundDisposalInput) => request<FoundProperty>('POST', `/api/v1/found-property/${enc(id)}/dispose`, input),
  receiptUrl: (id: string, lang: 'en' | 'hi') => `/api/v1/found-property/${enc(id)}/receipt.pdf?lang=${lang}`,
};
