/** The printed words of the Result of Appeal form (IIF-7), per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface AppealResultLabels {
  form: string;
  title: string;
  governing: string;
  item1: string;
  appellateCourt: string;
  courtCode: string;
  appealNo: string;
  appellant: string;
  filedOn: string;
  decidedOn: string;
  item2: string;
  lowerCourt: string;
  courtCaseNo: string;
  judgmentDate: string;
  item3: string;
  accused: string;
  result: string;
  sentence: string;
  item4: string;
  recordedBy: string;
}

const en: AppealResultLabels = {
  form: 'Integrated Investigation Form – VII (IIF-7)',
  title: 'RESULT OF APPEAL FORM',
  governing: '(Result of the appeal against the judgment of the trial court)',
  item1: 'Appeal',
  appellateCourt: 'Appellate court',
  courtCode: 'Court code',
  appealNo: 'Appeal No.',
  appellant: 'Appeal by',
  filedOn: 'Filed on',
  decidedOn: 'Decided on',
  item2: 'Judgment appealed against',
  lowerCourt: 'Trial court',
  courtCaseNo: 'Court case No.',
  judgmentDate: 'Date of judgment',
  item3: 'Result per accused',
  accused: 'Accused',
  result: 'Result',
  sentence: 'Sentence after appeal',
  item4: 'Remarks',
  recordedBy: 'Signature of the officer recording the result',
};

const hi: AppealResultLabels = {
  form: 'एकीकृत अन्वेषण प्रपत्र – 7 (आई.आई.एफ.-7)',
  title: 'अपील परिणाम प्रपत्र',
  governing: '(विचारण न्यायालय के निर्णय के विरुद्ध अपील का परिणाम)',
  item1: 'अपील',
  appellateCourt: 'अपीलीय न्यायालय',
  courtCode: 'न्यायालय कोड',
  appealNo: 'अपील क्रमांक',
  appellant: 'अपीलकर्ता',
  filedOn: 'प्रस्तुत करने का दिनांक',
  decidedOn: 'निर्णय का दिनांक',
  item2: 'जिस निर्णय के विरुद्ध अपील की गई',
  lowerCourt: 'विचारण न्यायालय',
  courtCaseNo: 'न्यायालय प्रकरण क्रमांक',
  judgmentDate: 'निर्णय का दिनांक',
  item3: 'प्रत्येक अभियुक्त का परिणाम',
  accused: 'अभियुक्त',
  result: 'परिणाम',
  sentence: 'अपील के बाद दंड',
  item4: 'टिप्पणी',
  recordedBy: 'परिणाम दर्ज करने वाले अधिकारी के हस्ताक्षर',
};

export const APPEAL_RESULT_LABELS = { en, hi } satisfies Record<FormLanguage, AppealResultLabels>;
