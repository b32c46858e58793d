// The case file of an FIR: who investigates it, its timeline and its diary (src/api/routes/cases.ts).
import { request } from './api.ts';
import type { CaseDiary, CaseFile, CaseTransferred, DiaryEntry, DiaryEntryInput } from './contract.ts';

export type { CaseDiary, CaseFile, DiaryEntry, DiaryEntryInput, TimelineItem } from './contract.ts';

const enc = encodeURIComponent;

export const cases = {
  file: (firId: string) => request<CaseFile>('GET', `/api/v1/cases/${enc(firId)}`),
  assign: (firId: string, ioUserId: string, reason?: string) => request<CaseFile>('POST', `/api/v1/cases/${enc(firId)}/assignment`, { ioUserId, ...(reason ? { reason } : {}) }),
  transfer: (firId: string, toStationCode: string, reason: string) => request<CaseTransferred>('POST', `/api/v1/cases/${enc(firId)}/transfer`, { toStationCode, reason }),
  takeOver: (firId: string, reason: string) => request<CaseFile>('POST', `/api/v1/cases/${enc(firId)}/takeover`, { reason }),
  diary: (firId: string) => request<CaseDiary>('GET', `/api/v1/cases/${enc(firId)}/diary`),
  addDiaryEntry: (firId: string, input: DiaryEntryInput) => request<DiaryEntry>('POST', `/api/v1/cases/${enc(firId)}/diary`, input),
};
