/** The printed words of the missing-person report, per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface MissingPersonLabels {
  form: string;
  title: string;
  governingAdult: string;
  governingChild: string;
  reference: string;
  report: string;
  reportNo: string;
  reportedAt: string;
  status: string;
  statuses: Record<'missing' | 'traced' | 'returned' | 'found_dead', string>;
  statusAt: string;
  firNo: string;
  person: string;
  withheld: string;
  sexes: Record<'male' | 'female' | 'transgender' | 'unknown', string>;
  ageWhenLastSeen: string;
  description: string;
  height: string;
  build: string;
  complexion: string;
  marks: string;
  clothes: string;
  lastSeen: string;
  place: string;
  coordinates: string;
  informant: string;
  relation: string;
  phone: string;
  contacts: string;
  contactsWithheld: string;
  circumstances: string;
  officer: string;
}

const en: MissingPersonLabels = {
  form: 'Police station register of missing persons',
  title: 'MISSING PERSON REPORT',
  governingAdult: '(Reported and circulated to the district)',
  governingChild: '(A missing child: registered as FIR {fir} under {section}, kidnapping presumed — Bachpan Bachao Andolan v. Union of India, 2013)',
  reference: 'Missing person report {number} · P.S. {ps}',
  report: 'Report',
  reportNo: 'Report No.',
  reportedAt: 'Reported on',
  status: 'Status',
  statuses: { missing: 'Missing', traced: 'Traced', returned: 'Returned', found_dead: 'Found dead' },
  statusAt: 'Status since',
  firNo: 'FIR No.',
  person: 'The missing person',
  withheld: 'Identity withheld (child)',
  sexes: { male: 'Male', female: 'Female', transgender: 'Transgender', unknown: 'Not known' },
  ageWhenLastSeen: 'Age when last seen',
  description: 'Description',
  height: 'Height (cm)',
  build: 'Build',
  complexion: 'Complexion',
  marks: 'Identifying marks',
  clothes: 'Clothes when last seen',
  lastSeen: 'Last seen',
  place: 'Place',
  coordinates: 'Coordinates',
  informant: 'Informant',
  relation: 'Relation',
  phone: 'Phone',
  contacts: 'Relatives and others to inform',
  contactsWithheld: 'Withheld (they would identify the child)',
  circumstances: 'Circumstances',
  officer: 'Officer recording the report',
};

const hi: MissingPersonLabels = {
  form: 'थाना गुमशुदा व्यक्ति रजिस्टर',
  title: 'गुमशुदा व्यक्ति रिपोर्ट',
  governingAdult: '(रिपोर्ट दर्ज कर ज़िले में प्रसारित)',
  governingChild: '(गुमशुदा बालक / बालिका: प्र.सू.रि. {fir} धारा {section} के अंतर्गत दर्ज, अपहरण की उपधारणा — बचपन बचाओ आंदोलन बनाम भारत संघ, 2013)',
  reference: 'गुमशुदा व्यक्ति रिपोर्ट {number} · थाना {ps}',
  report: 'रिपोर्ट',
  reportNo: 'रिपोर्ट क्र.',
  reportedAt: 'रिपोर्ट दिनांक',
  status: 'स्थिति',
  statuses: { missing: 'गुमशुदा', traced: 'पता चला', returned: 'परिवार को सौंपा गया', found_dead: 'मृत पाया गया' },
  statusAt: 'स्थिति दिनांक',
  firNo: 'प्र.सू.रि. क्र.',
  person: 'गुमशुदा व्यक्ति',
  withheld: 'पहचान गोपनीय (बालक / बालिका)',
  sexes: { male: 'पुरुष', female: 'महिला', transgender: 'ट्रांसजेंडर', unknown: 'अज्ञात' },
  ageWhenLastSeen: 'अंतिम बार देखे जाने पर आयु',
  description: 'हुलिया',
  height: 'ऊँचाई (से.मी.)',
  build: 'शरीर गठन',
  complexion: 'रंग',
  marks: 'पहचान चिह्न',
  clothes: 'अंतिम बार पहने कपड़े',
  lastSeen: 'अंतिम बार देखा गया',
  place: 'स्थान',
  coordinates: 'निर्देशांक',
  informant: 'सूचनाकर्ता',
  relation: 'संबंध',
  phone: 'फ़ोन',
  contacts: 'सूचित किए जाने वाले संबंधी व अन्य',
  contactsWithheld: 'गोपनीय (इनसे बालक / बालिका की पहचान होगी)',
  circumstances: 'परिस्थितियाँ',
  officer: 'रिपोर्ट दर्ज करने वाले अधिकारी',
};

export const MISSING_PERSON_LABELS = { en, hi } satisfies Record<FormLanguage, MissingPersonLabels>;
