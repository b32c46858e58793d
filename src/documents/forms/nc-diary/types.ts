/**
 * The fortnightly diary of non-cognizable reports a station forwards to the Magistrate
 * (BNSS 174(1)). The view is already masked: a withheld informant comes as the placeholder.
 */
import type { CourtView, DocumentVerification, OfficerView } from '../../layout/types.js';
import type { FormLanguage } from '../../layout/labels.js';

export interface NcDiaryEntry {
  /** 'NC 7/2026' */
  number: string;
  /** ISO instant the information was received. */
  receivedAt: string;
  informant: string;
  accused: string[];
  sections: string;
  place: string;
  substance: string;
  referredTo: string;
  /** 'FIR MH-PUN-PS01/2026/0042' once the Magistrate ordered investigation. */
  fir?: string;
}

export interface NcDiaryView {
  language: FormLanguage;
  state: string;
  district: string;
  policeStation: string;
  /** YYYY-MM-DD, first and last day of the fortnight. */
  from: string;
  to: string;
  court: CourtView;
  /** When the diary was recorded as forwarded, if it was (ISO instant). */
  forwardedAt?: string;
  reference?: string;
  officer: OfficerView;
  entries: NcDiaryEntry[];
  verification: DocumentVerification;
  generatedAt: string;
}
