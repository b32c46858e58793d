/** The printed words of the Court Disposal form (IIF-6), per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface CourtDisposalLabels {
  form: string;
  title: string;
  governing: string;
  item1: string;
  court: string;
  courtCode: string;
  courtCaseNo: string;
  judgmentDate: string;
  judge: string;
  prosecutor: string;
  item2: string;
  accused: string;
  result: string;
  sentence: string;
  fine: string;
  item3: string;
  recordedBy: string;
}

const en: CourtDisposalLabels = {
  form: 'Integrated Investigation Form – VI (IIF-6)',
  title: 'COURT DISPOSAL FORM',
  governing: '(Result of the trial, per accused and per section)',
  item1: 'Court and case',
  court: 'Court',
  courtCode: 'Court code',
  courtCaseNo: 'Court case No.',
  judgmentDate: 'Date of judgment',
  judge: 'Presiding officer',
  prosecutor: 'Prosecutor',
  item2: 'Disposal per accused and section',
  accused: 'Accused',
  result: 'Result',
  sentence: 'Sentence',
  fine: 'Fine (₹)',
  item3: 'Remarks',
  recordedBy: 'Signature of the officer recording the disposal',
};

const hi: CourtDisposalLabels = {
  form: 'एकीकृत अन्वेषण प्रपत्र – 6 (आई.आई.एफ.-6)',
  title: 'न्यायालय निस्तारण प्रपत्र',
  governing: '(विचारण का परिणाम, प्रत्येक अभियुक्त एवं धारा अनुसार)',
  item1: 'न्यायालय एवं प्रकरण',
  court: 'न्यायालय',
  courtCode: 'न्यायालय कोड',
  courtCaseNo: 'न्यायालय प्रकरण क्रमांक',
  judgmentDate: 'निर्णय का दिनांक',
  judge: 'पीठासीन अधिकारी',
  prosecutor: 'अभियोजक',
  item2: 'प्रत्येक अभियुक्त एवं धारा का निस्तारण',
  accused: 'अभियुक्त',
  result: 'परिणाम',
  sentence: 'दंड',
  fine: 'अर्थदंड (₹)',
  item3: 'टिप्पणी',
  recordedBy: 'निस्तारण दर्ज करने वाले अधिकारी के हस्ताक्षर',
};

export const COURT_DISPOSAL_LABELS = { en, hi } satisfies Record<FormLanguage, CourtDisposalLabels>;
