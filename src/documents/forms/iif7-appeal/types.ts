/** Everything printed on the Result of Appeal form (IIF-7), already resolved. */
import type { CalendarDate, CourtView, FormViewBase, OfficerView } from '../../layout/types.js';

export interface AppealResultView extends FormViewBase {
  appellateCourt: CourtView;
  appealNo: string;
  /** Who appealed, as printed: 'State', 'Accused A1', … */
  appellant: string;
  filedOn: CalendarDate;
  decidedOn: CalendarDate;
  lowerCourt: { court: CourtView; courtCaseNo: string; judgmentDate: CalendarDate };
  /** `result`: the label of the code list's appeal result in the form's language (appealResults). */
  results: Array<{ accusedCode: string; accusedName: string; result: string; sentence?: string }>;
  remarks?: string;
  recordedBy: OfficerView;
}
