/**
 * Everything printed on the Crime Details form (IIF-2), already resolved: crime head and MO codes
 * with their labels in the form's language (from the law data), amounts in rupees.
 */
import type { DateTimeIST, FormViewBase, OfficerView, SectionView } from '../../layout/types.js';

export interface ModusOperandiEntry {
  /** The MO category as printed, e.g. 'Entry' / 'प्रवेश'. */
  category: string;
  /** The code searched on later, e.g. 'ENT-03'. */
  code: string;
  /** e.g. 'Breaking the lock of the main door'. */
  label: string;
}

export interface CrimeDetailsProperty {
  /** e.g. 'Vehicle', 'Jewellery', 'Cash'. */
  category?: string;
  description: string;
  quantity?: string;
  /** Value in rupees. */
  value?: number;
}

export interface CrimeDetailsVehicle {
  registrationNo: string;
  /** Make, model, colour, chassis and engine numbers. */
  description: string;
  /** e.g. 'Stolen', 'Used in the crime'. */
  role?: string;
}

export interface CrimeDetailsView extends FormViewBase {
  sections: SectionView[];
  crimeHead: string;
  crimeSubHead?: string;
  occurrence?: { from: DateTimeIST; to?: DateTimeIST };
  /** e.g. 'Residential house', 'Parking lot'. */
  placeType: string;
  placeAddress?: string;
  motive?: string;
  modusOperandi: ModusOperandiEntry[];
  properties: CrimeDetailsProperty[];
  /** Total in rupees; when absent the sum of the properties' values. */
  totalValue?: number;
  vehicles: CrimeDetailsVehicle[];
  remarks?: string;
  recordedBy: OfficerView;
  recordedAt: DateTimeIST;
}
