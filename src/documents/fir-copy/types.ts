/**
 * Everything printed on an FIR copy (form IIF-1), already resolved for printing: names in the
 * language chosen, dates and times in IST, victim identities already masked where the law says so.
 * The renderer prints what it is given and computes nothing legal except the headings chosen by
 * `procedure` and the masking notice chosen by `penalCode`.
 */
import { BNS_COMMENCEMENT, type PenalCode } from '../../domain/law.js';
import type { FirCopyLanguage } from './labels.js';
import type { CalendarDate, DateTimeIST, FormDocument, FormWarning, OfficerView, Procedure, RelativeName, SectionView, Sex } from '../layout/types.js';

export type { FirCopyLanguage } from './labels.js';

export type { CalendarDate, ClockTime, DateTimeIST, Procedure, Relation, RelativeName, Sex } from '../layout/types.js';

/**
 * Which procedure code governs a registration at this moment. Note: this follows the date of
 * *registration*, not of the offence — an FIR registered today for an offence of 2023 is registered
 * under BNSS 173 even though its sections are IPC sections.
 */
export function procedureForRegistration(registeredAt: Date): Procedure {
  return registeredAt.getTime() >= BNS_COMMENCEMENT.getTime() ? 'BNSS' : 'CrPC';
}

export type FirCopySection = SectionView;

export type FirCopyOfficer = OfficerView;

export interface FirCopyComplainant {
  name: string;
  relative?: RelativeName;
  /** 'YYYY-MM-DD' or just the year 'YYYY'. */
  dateOrYearOfBirth?: string;
  nationality?: string;
  passport?: { number: string; dateOfIssue?: CalendarDate; placeOfIssue?: string };
  occupation?: string;
  address?: string;
  phone?: string;
}

export type FirCopyAccused =
  | {
      kind: 'known' | 'suspected';
      name: string;
      alias?: string;
      relative?: RelativeName;
      age?: number;
      sex?: Sex;
      address?: string;
    }
  | {
      kind: 'unknown';
      /** Physical description, clothing, vehicle, … */
      description: string;
    };

/**
 * A victim. When `masked` is true nothing identifying is carried at all: the copy prints only
 * "Identity withheld (BNS 72)" (IPC 228A for IPC cases). Even if a caller leaves a name on a masked
 * victim object, the renderer never reads it.
 */
export type FirCopyVictim =
  | { masked: true }
  | {
      masked: false;
      name: string;
      relative?: RelativeName;
      age?: number;
      sex?: Sex;
      address?: string;
    };

export interface FirCopyProperty {
  description: string;
  /** Estimated value in rupees. */
  value?: number;
}

export type FirCopyAction =
  /** The officer in charge registered the case and took up the investigation himself or herself. */
  | { kind: 'investigating' }
  /** Directed an investigating officer to take up the investigation. */
  | { kind: 'directed'; io: FirCopyOfficer }
  | { kind: 'refused'; reason: string }
  | { kind: 'transferred'; policeStation: string; district: string; state?: string };

export type InformationType = 'written' | 'oral' | 'e-fir';

/** How the informant authenticated the FIR (item 14). */
export type ComplainantSignature =
  | { kind: 'signature' }
  | { kind: 'thumb-impression' }
  /** e-FIR: the informant must sign within 3 days (BNSS 173(1)(ii)). */
  | { kind: 'e-fir'; status: 'signed'; signedAt: DateTimeIST }
  | { kind: 'e-fir'; status: 'awaiting'; dueBy: DateTimeIST }
  | { kind: 'e-fir'; status: 'lapsed'; dueBy: DateTimeIST };

export interface FirCopyView {
  language: FirCopyLanguage;
  /** Drives the heading: 'Under Section 173 BNSS' or 'Under Section 154 Cr.P.C.'. */
  procedure: Procedure;
  /** Penal code of the sections (by date of offence); drives the victim-masking notice (BNS 72 / IPC 228A). */
  penalCode: PenalCode;

  // 1. Registration
  state: string;
  district: string;
  policeStation: string;
  year: number;
  /** As numbered by the station, e.g. '0042'. */
  firNumber: string;
  registeredAt: DateTimeIST;

  // 2. Acts and sections
  sections: FirCopySection[];

  // 3. Occurrence, information received, General Diary
  occurrence: {
    from: DateTimeIST;
    to?: DateTimeIST;
    /** e.g. 'Night' or a pahar number, as the station records it. */
    timePeriod?: string;
  };
  informationReceivedAt: DateTimeIST;
  generalDiary: { entryNo: string; at: DateTimeIST };

  // 4. Type of information
  informationType: InformationType;
  /** Registered as a zero FIR (offence outside this station's limits; to be transferred). */
  zeroFir: boolean;

  // 5. Place of occurrence
  place: {
    directionAndDistance?: string;
    beatNo?: string;
    address: string;
    coordinates?: { lat: number; lon: number };
    /** When the place is outside this station's limits (always for a zero FIR). */
    outsideLimits?: { policeStation: string; district: string; state?: string };
  };

  // 6. Complainant / informant; victims
  complainant: FirCopyComplainant;
  victims: FirCopyVictim[];

  // 7–11
  accused: FirCopyAccused[];
  delayReasons?: string;
  properties: FirCopyProperty[];
  /** Total value in rupees; when absent the sum of the properties' values is printed. */
  totalValue?: number;
  inquestReport?: string;

  // 12. Brief facts, in any script, any length
  briefFacts: string;

  // 13–15
  action: FirCopyAction;
  officerInCharge: FirCopyOfficer;
  complainantSignature: ComplainantSignature;
  dispatchedToCourtAt?: DateTimeIST;

  /** Printed on every page; the code is computed by the FIR module (HMAC of FIR id + version). */
  verification: { code: string; url: string };
  /** Version of the FIR record this copy shows (1 as registered, +1 for each correction). */
  version: number;
  /** Marks the copy as the informant's free copy (BNSS 173(2) / CrPC 154(2)). */
  freeCopyForInformant: boolean;
  /** When the copy was produced, ISO 8601 with offset; becomes the PDF's creation date. */
  generatedAt: string;
}

export type FirCopyWarning = FormWarning;

export type FirCopyDocument = FormDocument;
