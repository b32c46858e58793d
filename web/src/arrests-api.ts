// Arrest and surrender memos (IIF-3), production before the Magistrate, the custody ledger and
// absconding accused of a case (src/api/routes/arrests.ts).
import { request } from './api.ts';
import type { AbscondingInput, Accused, ArrestedPersons, ArrestInput, CustodyOrderInput, ProductionInput } from './contract.ts';

export type { AbscondingInput, Accused, AccusedArrest, AccusedDue, ArrestedPersonRow, ArrestedPersons, ArrestInput, CustodyOrderInput, ProductionInput } from './contract.ts';

const enc = encodeURIComponent;
const caseUrl = (firId: string) => `/api/v1/cases/${enc(firId)}`;

export const arrests = {
  record: (firId: string, input: ArrestInput) => request<Accused>('POST', `${caseUrl(firId)}/arrests`, input),
  produce: (firId: string, arrestId: string, input: ProductionInput) => request<Accused>('POST', `${caseUrl(firId)}/arrests/${enc(arrestId)}/production`, input),
  orderCustody: (firId: string, arrestId: string, input: CustodyOrderInput) => request<Accused>('POST', `${caseUrl(firId)}/arrests/${enc(arrestId)}/custody`, input),
  declareAbsconding: (firId: string, input: AbscondingInput) => request<Accused>('POST', `${caseUrl(firId)}/absconding`, input),
  /** The list of persons arrested at a station or in a district (BNSS 37); dates in IST. */
  arrestedList: (unit: string, from: string, to: string) => {
    const q = new URLSearchParams({ unit });
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    return request<ArrestedPersons>('GET', `/api/v1/arrested-persons?${q.toString()}`);
  },
  memoUrl: (firId: string, arrestId: string, lang: 'en' | 'hi') => `${caseUrl(firId)}/arrests/${enc(arrestId)}/memo.pdf?lang=${lang}`,
};
