/**
 * Law reference types shared by the catalogue, FIR registration, statutory clocks and the FIR
 * copy. The data itself lives in the versioned catalogue (reference/law → migration → table).
 */

/** BNS, BNSS and BSA came into force at 00:00 IST on 1 July 2024; earlier offences stay under IPC. */
export const BNS_COMMENCEMENT = new Date('2024-06-30T18:30:00.000Z');

export type PenalCode = 'BNS' | 'IPC';

/** A reference to one section of one act: { act: 'BNS', section: '303(2)' } or { act: 'NDPS', section: '20(b)' }. */
export interface SectionRef {
  act: string;
  section: string;
}

export type TriState = 'yes' | 'no' | 'depends' | 'unknown';

export interface LawSection {
  act: string;
  section: string;
  title: string;
  titleHi: string | null;
  chapter: string | null;
  /** The maximum punishment as the source words it. */
  maxPunishment: string;
  /**
   * Years of the maximum punishment for comparisons and clocks: a number of years; life
   * imprisonment = 100; death = 200; null when the source gives no comparable figure.
   */
  maxYears: number | null;
  cognizable: TriState;
  bailable: TriState;
  triableBy: string | null;
  /** Equivalent sections in the other penal code (BNS ↔ IPC). */
  equivalents: SectionRef[];
  /** Sexual offences, POCSO and the other categories whose victims are never exposed. */
  sensitive: boolean;
  /** NCRB-style crime head this section counts under. */
  crimeHead: string | null;
  /** Catalogue version of this entry: 1 as seeded, +1 for each correction. */
  version: number;
  source: string;
}

/** Which penal code governs an offence committed at this moment. */
export function penalCodeFor(occurredAt: Date): PenalCode {
  return occurredAt.getTime() >= BNS_COMMENCEMENT.getTime() ? 'BNS' : 'IPC';
}
