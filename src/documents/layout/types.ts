/**
 * Types shared by every printable form: dates and times as printed (IST), people's relations,
 * officers, acts and sections, the case a form belongs to, and what a render returns. A form's own
 * view (src/documents/<form>/types.ts) is built from these.
 */
import type { FormLanguage } from './labels.js';

/** A calendar date in India, 'YYYY-MM-DD'. */
export type CalendarDate = string;
/** A wall-clock time in India (IST), 24-hour 'HH:MM'. */
export type ClockTime = string;

/** A date with an optional time, both in IST. */
export interface DateTimeIST {
  date: CalendarDate;
  time?: ClockTime;
}

/** The procedure code a case runs under: BNSS for FIRs registered on or after 1 July 2024, else CrPC. */
export type Procedure = 'BNSS' | 'CrPC';

export type Sex = 'male' | 'female' | 'transgender';

export type Relation = 'father' | 'husband' | 'mother' | 'guardian';

export interface RelativeName {
  relation: Relation;
  name: string;
}

export interface OfficerView {
  name: string;
  /** e.g. 'Police Inspector' / 'पुलिस निरीक्षक' */
  rank: string;
  /** Belt / service number. */
  number?: string;
}

export interface SectionView {
  /** Act code as in the law catalogue: 'BNS', 'IPC', 'NDPS', 'ARMS', … */
  act: string;
  /** Full name of the act to print; when absent the label catalogue's name for `act` (or the code) is used. */
  actName?: string;
  /** '303(2)' */
  section: string;
  /** Title of the section in the language of the form, e.g. 'Theft' / 'चोरी'. */
  title: string;
}

/** The case a form belongs to, printed at the top of page 1 and on every page's footer. */
export interface CaseReference {
  state: string;
  district: string;
  policeStation: string;
  year: number;
  /** As numbered by the station, e.g. '0042'. */
  firNumber: string;
  /** Date (and time) the FIR was registered. */
  firDate: DateTimeIST;
}

/** The code and URL printed on every page (see ../verification.ts). */
export interface DocumentVerification {
  code: string;
  url: string;
}

/** What every form's view carries besides its own contents. */
export interface FormViewBase {
  language: FormLanguage;
  case: CaseReference;
  verification: DocumentVerification;
  /** When the form was produced, ISO 8601 with offset; the PDF's creation date and the only clock. */
  generatedAt: string;
}

/** A problem the renderer worked around, e.g. text in a script with no bundled font. */
export interface FormWarning {
  code: 'unsupported-script' | 'missing-glyph';
  /** Which field the text came from, e.g. 'briefFacts'. */
  field: string;
  message: string;
}

export interface FormDocument {
  pdf: Buffer;
  pageCount: number;
  warnings: FormWarning[];
}

/** A witness as printed: name and where to find him or her. */
export interface WitnessView {
  name: string;
  relative?: RelativeName;
  address?: string;
}

/** A court as printed: its name and, where it has one, its code (CNR establishment code). */
export interface CourtView {
  name: string;
  code?: string;
}
