/** A missing-person report as printed: already masked for its reader (a child withheld from them has no identity). */
import type { FormViewBase } from '../../layout/types.js';

export interface MissingPersonReportView extends FormViewBase {
  number: string;
  reportedAt: string;
  status: 'missing' | 'traced' | 'returned' | 'found_dead';
  statusAt: string | null;
  statusNote: string | null;
  /** The FIR a child's report was registered as, with its section. */
  fir: { number: string; section: string } | null;
  /** null: withheld from this reader (a child). */
  person: { name: string; relative: string; address: string } | null;
  sex: 'male' | 'female' | 'transgender' | 'unknown';
  age: number;
  heightCm: number | null;
  build: string | null;
  complexion: string | null;
  marks: string | null;
  clothes: string | null;
  lastSeenAt: string;
  lastSeenPlace: string;
  coordinates: string | null;
  informant: { name: string; relation: string | null; phone: string } | null;
  contacts: { name: string; relation: string | null; phone: string }[];
  contactsWithheld: boolean;
  circumstances: string | null;
  officer: string;
}
