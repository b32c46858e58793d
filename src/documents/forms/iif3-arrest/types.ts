/**
 * Everything printed on an Arrest / Court Surrender memo (IIF-3), one per accused, already resolved
 * and masked (a juvenile's identity comes in as the placeholder the masking chose, and prints as given).
 */
import type { DateTimeIST, FormViewBase, OfficerView, Procedure, RelativeName, SectionView, Sex, WitnessView } from '../../layout/types.js';

/** The outcomes printed as the form's tick boxes. */
export type ArrestOutcome = 'arrested-sent-up' | 'arrested-bailed' | 'surrendered-bailed' | 'surrendered-judicial-custody' | 'surrendered-police-custody';

export interface ArrestMemoView extends FormViewBase {
  /** Chooses the sections printed (BNSS 35–48 or their CrPC counterparts). */
  procedure: Procedure;
  kind: 'arrest' | 'surrender';
  /** 'A1' … 'A9', then 'B1' …, as in the case. */
  accusedCode: string;
  accused: {
    name: string;
    alias?: string;
    relative?: RelativeName;
    age?: number;
    sex?: Sex;
    nationality?: string;
    address?: string;
  };
  /** When the person was arrested or surrendered. */
  at: DateTimeIST;
  place: string;
  generalDiary: { entryNo: string; at?: DateTimeIST };
  /** The court surrendered in (surrender only). */
  court?: string;
  sections: SectionView[];
  outcome: ArrestOutcome;
  groundsOfArrest: string;
  /** The person the arrestee named, told of the arrest (BNSS 36(c), 48). */
  personInformed?: { name: string; relationship?: string; contact?: string; informedAt: DateTimeIST; informedBy?: string };
  /** The witness attesting the memo (BNSS 36(b)). */
  witness?: WitnessView;
  /** Why handcuffs were used, when they were (BNSS 43(3)). */
  handcuffingReason?: string;
  /** The magistrate's prior permission for arresting a woman between sunset and sunrise (BNSS 43(5)). */
  magistratePermission?: { magistrate: string; orderRef: string; at: DateTimeIST };
  arrestingOfficer: OfficerView;
}
