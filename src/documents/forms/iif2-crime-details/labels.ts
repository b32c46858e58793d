/** The printed words of the Crime Details form (IIF-2), per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface CrimeDetailsLabels {
  form: string;
  title: string;
  governing: string;
  item1: string;
  item2: string;
  crimeHead: string;
  crimeSubHead: string;
  occurrenceFrom: string;
  occurrenceTo: string;
  item3: string;
  placeType: string;
  item4: string;
  item5: string;
  moCategory: string;
  moCode: string;
  moLabel: string;
  item6: string;
  category: string;
  quantity: string;
  value: string;
  total: string;
  item7: string;
  registrationNo: string;
  role: string;
  item8: string;
  recordedBy: string;
}

const en: CrimeDetailsLabels = {
  form: 'Integrated Investigation Form – II (IIF-2)',
  title: 'CRIME DETAILS FORM',
  governing: '(Details of the crime recorded by the investigating officer)',
  item1: 'Acts and Sections',
  item2: 'Crime classification',
  crimeHead: 'Crime head',
  crimeSubHead: 'Crime sub-head',
  occurrenceFrom: 'Occurred from',
  occurrenceTo: 'Occurred to',
  item3: 'Place of occurrence',
  placeType: 'Type of place',
  item4: 'Motive',
  item5: 'Modus operandi',
  moCategory: 'Aspect',
  moCode: 'Code',
  moLabel: 'Method',
  item6: 'Properties stolen / involved',
  category: 'Category',
  quantity: 'Quantity',
  value: 'Value (₹)',
  total: 'Total value (₹)',
  item7: 'Vehicles linked to the crime',
  registrationNo: 'Registration No.',
  role: 'Involvement',
  item8: 'Remarks',
  recordedBy: 'Signature of the investigating officer',
};

const hi: CrimeDetailsLabels = {
  form: 'एकीकृत अन्वेषण प्रपत्र – 2 (आई.आई.एफ.-2)',
  title: 'अपराध विवरण प्रपत्र',
  governing: '(विवेचना अधिकारी द्वारा दर्ज अपराध का विवरण)',
  item1: 'अधिनियम एवं धाराएँ',
  item2: 'अपराध का वर्गीकरण',
  crimeHead: 'अपराध शीर्ष',
  crimeSubHead: 'अपराध उप-शीर्ष',
  occurrenceFrom: 'घटना कब से',
  occurrenceTo: 'घटना कब तक',
  item3: 'घटनास्थल',
  placeType: 'स्थान का प्रकार',
  item4: 'हेतु (उद्देश्य)',
  item5: 'अपराध करने का तरीका (कार्यप्रणाली)',
  moCategory: 'पहलू',
  moCode: 'कोड',
  moLabel: 'तरीका',
  item6: 'चोरी गई / संलिप्त संपत्ति',
  category: 'श्रेणी',
  quantity: 'मात्रा',
  value: 'मूल्य (₹)',
  total: 'कुल मूल्य (₹)',
  item7: 'अपराध से जुड़े वाहन',
  registrationNo: 'पंजीयन क्रमांक',
  role: 'संलिप्तता',
  item8: 'टिप्पणी',
  recordedBy: 'विवेचना अधिकारी के हस्ताक्षर',
};

export const CRIME_DETAILS_LABELS = { en, hi } satisfies Record<FormLanguage, CrimeDetailsLabels>;
