/**
 * Everything printed on a Final Report / charge sheet (IIF-5), already resolved and masked: the
 * report's kind comes as the label the state's data gives it (charge sheet, or a closure kind).
 */
import type { CourtView, DateTimeIST, FormViewBase, OfficerView, Procedure, SectionView, WitnessView } from '../../layout/types.js';

export type AccusedStatus = 'arrested' | 'bailed' | 'absconding' | 'not-arrested';

export interface FinalReportAccused {
  /** 'A1' … */
  code: string;
  name: string;
  address?: string;
  status: AccusedStatus;
  /** What the four statuses cannot say (a proclaimed offender, not sent up under BNSS 189, deceased), printed beside the status. */
  statusDetail?: string;
  /** Forwarded in custody (BNSS 190 / CrPC 170). */
  forwardedInCustody: boolean;
  /** Sections charged against this accused, as one line. */
  sections?: string;
}

/** One hand-over of an electronic device, in order (BNSS 193(3)(i)). */
export interface DeviceCustodyStep {
  device: string;
  from: string;
  to: string;
  at: DateTimeIST;
  purpose?: string;
  sealNo?: string;
}

export interface FinalReportView extends FormViewBase {
  procedure: Procedure;
  /** The kind as printed, e.g. 'Charge sheet' or 'Final report — true but undetected'. */
  kind: string;
  reportNo?: string;
  date: DateTimeIST;
  court: CourtView;
  sections: SectionView[];
  /** Names of the parties: informant, victims (placeholders where masked). */
  parties: { informant: string; victims: string[] };
  natureOfInformation: string;
  /** Persons acquainted with the circumstances of the case. */
  witnesses: Array<WitnessView & { role?: string }>;
  /** Whether an offence appears to have been committed and, if so, by whom. */
  offenceFinding: string;
  accused: FinalReportAccused[];
  /** Medical examination report for BNS 64–71: null when those sections are not involved. */
  medicalReportAttached: boolean | null;
  deviceCustody: DeviceCustodyStep[];
  documents: Array<{ description: string; pages?: number }>;
  /** Property-room items: the register number, description, seal and where each was at filing. */
  exhibits: Array<{ exhibitNo: string; description: string; sealNo?: string; where?: string }>;
  /** The result of the investigation in brief, any length. */
  summary?: string;
  io: OfficerView;
  /** The officer in charge who forwards it, when not the IO. */
  forwardedBy?: OfficerView;
}
