/** An unnatural-death / unidentified-body report as printed: already masked for its reader (a child identified later has no identity). */
import type { FormViewBase } from '../../layout/types.js';

export interface UnnaturalDeathReportView extends FormViewBase {
  number: string;
  registeredAt: string;
  informedAt: string;
  foundAt: string;
  foundPlace: string;
  coordinates: string | null;
  status: 'unidentified' | 'identified';
  /** null: not given, or withheld from this reader. */
  informant: string | null;
  sex: 'male' | 'female' | 'transgender' | 'unknown';
  ageRange: string;
  heightCm: number | null;
  build: string | null;
  complexion: string | null;
  marks: string | null;
  clothes: string | null;
  belongings: string | null;
  apparentCause: string | null;
  circumstances: string | null;
  inquest: {
    heldBy: string;
    heldAt: string;
    witnesses: string[];
    findings: string;
    forwardedTo: 'district_magistrate' | 'sub_divisional_magistrate';
    forwardedToName: string | null;
    forwardedAt: string;
  } | null;
  /** The inquest clock, when the report is not yet forwarded: due at, and its state. */
  inquestDue: { dueAt: string; overdue: boolean } | null;
  postMortem: { hospital: string; number: string; conductedAt: string; causeOfDeath: string | null } | null;
  /** person null: identified as a person withheld from this reader. */
  identification: { at: string; person: string | null; missingReport: string | null; note: string } | null;
  officer: string;
}
