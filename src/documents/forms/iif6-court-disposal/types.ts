/** Everything printed on the Court Disposal form (IIF-6), already resolved. */
import type { CalendarDate, CourtView, FormViewBase, OfficerView, SectionView } from '../../layout/types.js';

export type DisposalResult = 'convicted' | 'acquitted' | 'discharged' | 'compounded';

export interface DisposalOutcome {
  accusedCode: string;
  accusedName: string;
  section: SectionView;
  result: DisposalResult;
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
