/** Everything printed on a Property Search and Seizure memo (IIF-4), already resolved and masked. */
import type { DateTimeIST, FormViewBase, OfficerView, Procedure, WitnessView } from '../../layout/types.js';

export interface SeizedItem {
  description: string;
  /** e.g. '1', '250 g'. */
  quantity: string;
  sealNo?: string;
  placeFound?: string;
  /** Value in rupees. */
  value?: number;
}

export interface SeizureMemoView extends FormViewBase {
  procedure: Procedure;
  seizedAt: DateTimeIST;
  place: string;
  /** The person or premises searched, as printed. */
  searchOf?: string;
  /** From whom the property was seized (a name or the masking placeholder). */
  seizedFrom?: string;
  items: SeizedItem[];
  /** Total in rupees; when absent the sum of the items' values. */
  totalValue?: number;
  witnesses: WitnessView[];
  /** The search-and-seizure audio-video recording (BNSS 105). */
  video?: { sha256: string; description?: string; forwardedToMagistrateAt?: DateTimeIST; magistrate?: string };
  remarks?: string;
  seizingOfficer: OfficerView;
}
