/**
 * Case diary entries (BNSS 192) printed for the IO, the SHO, supervisors and the court. Never a
 * citizen copy, never for the accused: the service decides who may print it; the form says so.
 */
import type { CalendarDate, ClockTime, DateTimeIST, FormViewBase, OfficerView, Procedure } from '../../layout/types.js';

export interface CaseDiaryStatement {
  /** The person examined (or the masking placeholder). */
  witness: string;
  recordedAt?: DateTimeIST;
  text: string;
}

export interface CaseDiaryEntry {
  entryNo: number;
  /** Page of the diary volume the entry begins on. */
  page: number;
  date: CalendarDate;
  began: ClockTime;
  closed: ClockTime;
  /** When the information reached the IO, if this entry records it. */
  informationReceivedAt?: DateTimeIST;
  placesVisited: string[];
  circumstances: string;
  /** Statements recorded (BNSS 180) and inserted in the diary. */
  statements: CaseDiaryStatement[];
}

export interface CaseDiaryExtractView extends FormViewBase {
  procedure: Procedure;
  io: OfficerView;
  volume?: string;
  entries: CaseDiaryEntry[];
}
