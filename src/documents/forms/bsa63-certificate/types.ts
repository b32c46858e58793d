/** The certificate for an electronic record under BSA 2023 section 63, Part A (by the party producing it). */
import type { DateTimeIST, FormViewBase, RelativeName } from '../../layout/types.js';

export type RecordSource = 'computer-storage' | 'dvr' | 'mobile' | 'flash-drive' | 'cd-dvd' | 'server' | 'cloud' | 'other';

export type SourceRelation = 'owned' | 'maintained' | 'managed' | 'operated';

export interface Bsa63CertificateView extends FormViewBase {
  /** The person producing the record and certifying it. */
  deponent: { name: string; relative?: RelativeName; address: string; designation?: string };
  /** The record produced, e.g. 'CCTV footage of 13/03/2026 21:00–06:30, camera 2'. */
  record: string;
  source: RecordSource;
  /** What the source is when `source` is 'other'. */
  sourceOther?: string;
  device?: { make?: string; model?: string; colour?: string; serialNo?: string; imei?: string; other?: string };
  relation: SourceRelation[];
  /** SHA-256 of each file produced. */
  hashes: Array<{ file?: string; sha256: string }>;
  place: string;
  at: DateTimeIST;
}
