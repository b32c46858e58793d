/** Everything printed on the Court Disposal form (IIF-6), already resolved. */
import type { CalendarDate, CourtView, FormViewBase, OfficerView, SectionView } from '../../layout/types.js';

export interface DisposalOutcome {
  accusedCode: string;
  accusedName: string;
  section: SectionView;
  /** The court's outcome as printed: the label of the code list's outcome in the form's language (courtOutcomes). */
  result: string;
  /** e.g. '3 years rigorous imprisonment' (convicted only). */
  sentence?: string;
  /** Fine in rupees. */
  fine?: number;
}

export interface CourtDisposalView extends FormViewBase {
  court: CourtView;
  courtCaseNo: string;
  judgmentDate: CalendarDate;
  judge?: string;
  prosecutor?: string;
  outcomes: DisposalOutcome[];
  remarks?: string;
  recordedBy: OfficerView;
}
