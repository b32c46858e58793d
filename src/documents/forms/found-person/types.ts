/** A found-person report as printed: already masked for its reader (a child withheld from them has no name, photo, marks or family). */
import type { FormViewBase } from '../../layout/types.js';

export interface FoundPersonReportView extends FormViewBase {
  number: string;
  registeredAt: string;
  foundAt: string;
  receivedAt: string;
  foundPlace: string;
  coordinates: string | null;
  status: 'found' | 'identified' | 'restored';
  child: boolean;
  /** null: not known, or withheld from this reader (`withheld`). */
  name: string | null;
  withheld: boolean;
  age: string;
  sex: 'male' | 'female' | 'transgender' | 'unknown';
  heightCm: number | null;
  build: string | null;
  complexion: string | null;
  marks: string | null;
  clothes: string | null;
  foundBy: string;
  condition: string | null;
  circumstances: string | null;
  placement: { kind: 'family' | 'shelter' | 'hospital' | 'cwc'; name: string | null; at: string } | null;
  /** The CWC clock (JJ Act s. 31), when a child is not yet produced: due at, and its state. */
  cwcDue: { dueAt: string; overdue: boolean } | null;
  cwcProducedAt: string | null;
  outcome: { at: string; restoredTo: string | null; missingReport: string | null; note: string } | null;
  officer: string;
}
