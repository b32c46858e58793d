// Arrest and surrender memos (IIF-3), production before the Magistrate, the custody ledger and
// absconding accused of a case (src/api/routes/arrests.ts).
import { request } from './api.ts';
import type { AbscondingInput, Accused, ArrestInput, CustodyOrderInput, ProductionInput } from './contract.ts';

export type { AbscondingInput, Accused, AccusedArrest, AccusedDue, ArrestInput, CustodyOrderInput, ProductionInput } from './contract.ts';

const enc = encodeURIComponent;
const caseUrl = (firId: string) => `/api/v1/cases/${enc(firId)}`;

export const arrests = {
  record: (firId: string, input: ArrestInput) => request<Accused>('POST', `${caseUrl(firId)}/arrests`, input),
  produce: (firId: string, arrestId: string, input: ProductionInput) => request<Accused>('POST', `${caseUrl(firId)}/arrests/${enc(arrestId)}/production`, input),
  orderCustody: (firId: string, arrestId: string, input: CustodyOrderInput) => request<Accused>('POST', `${caseUrl(firId)}/arrests/${enc(arrestId)}/custody`, input),
  declareAbsconding: (firId: string, input: AbscondingInput) => request<Accused>('POST', `${caseUrl(firId)}/absconding`, input),
  memoUrl: (firId: string, arrestId: string, lang: 'en' | 'hi') => `${caseUrl(firId)}/arrests/${enc(arrestId)}/memo.pdf?lang=${lang}`,
};
