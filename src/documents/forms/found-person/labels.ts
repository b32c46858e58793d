/** The printed words of the found-person report, per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface FoundPersonLabels {
  form: string;
  title: string;
  governing: string;
  reference: string;
  entry: string;
  number: string;
  registeredAt: string;
  receivedAt: string;
  status: string;
  statuses: Record<'found' | 'identified' | 'restored', string>;
  found: string;
  foundAt: string;
  place: string;
  coordinates: string;
  foundBy: string;
  person: string;
  name: string;
  notKnown: string;
  withheld: string;
  child: string;
  yes: string;
  no: string;
  sex: string;
  sexes: Record<'male' | 'female' | 'transgender' | 'unknown', string>;
  age: string;
  height: string;
  build: string;
  complexion: string;
  marks: string;
  clothes: string;
  condition: string;
  circumstances: string;
  placement: string;
  placedWith: string;
  placements: Record<'family' | 'shelter' | 'hospital' | 'cwc', string>;
  placedAt: string;
  cwcProducedAt: string;
  cwcDue: string;
  cwcOverdue: string;
  outcome: string;
  outcomeAt: string;
  restoredTo: string;
  missingReport: string;
  note: string;
  officer: string;
}

const en: FoundPersonLabels = {
  form: 'Police station register of persons found',
  title: 'FOUND PERSON REPORT',
  governing:
    '(a person found alive whose identity or family is unknown; a child is produced before the Child Welfare Committee within 24 hours, Juvenile Justice (Care and Protection of Children) Act 2015 s. 31)',
  reference: 'Found person {number} · P.S. {ps}',
  entry: 'Register entry',
  number: 'Entry No.',
  registeredAt: 'Registered on',
  receivedAt: 'In police charge since',
  status: 'Status',
  statuses: { found: 'Identity or family not known', identified: 'Identified', restored: 'Restored to the family' },
  found: 'Where and when found',
  foundAt: 'Found on',
  place: 'Place',
  coordinates: 'Coordinates',
  foundBy: 'Found or brought by',
  person: 'The person',
  name: 'Name',
  notKnown: 'Not known',
  withheld: 'Identity withheld (protected person)',
  child: 'A child (under 18 when found)',
  yes: 'Yes',
  no: 'No',
  sex: 'Sex',
  sexes: { male: 'Male', female: 'Female', transgender: 'Transgender', unknown: 'Not known' },
  age: 'Age (years)',
  height: 'Height (cm)',
  build: 'Build',
  complexion: 'Complexion',
  marks: 'Identifying marks',
  clothes: 'Clothes',
  condition: 'Condition when found',
  circumstances: 'Circumstances',
  placement: 'Placement',
  placedWith: 'Placed',
  placements: { family: 'With the family', shelter: 'In a shelter or home', hospital: 'In hospital', cwc: 'Before the Child Welfare Committee' },
  placedAt: 'On',
  cwcProducedAt: 'Produced before the Child Welfare Committee on',
  cwcDue: 'Not yet produced before the Child Welfare Committee: due by {due}',
  cwcOverdue: 'Not produced before the Child Welfare Committee: it was due by {due} (overdue)',
  outcome: 'Outcome',
  outcomeAt: 'On',
  restoredTo: 'Restored to',
  missingReport: 'Missing person report',
  note: 'How identified',
  officer: 'Officer in charge',
};

const hi: FoundPersonLabels = {
  form: 'थाना मिले हुए व्यक्तियों का रजिस्टर',
  title: 'मिले हुए व्यक्ति की रिपोर्ट',
  governing: '(जीवित मिला व्यक्ति जिसकी पहचान या परिवार अज्ञात है; बालक को 24 घंटे के भीतर बाल कल्याण समिति के समक्ष पेश किया जाता है, किशोर न्याय (बालकों की देखरेख और संरक्षण) अधिनियम 2015 धारा 31)',
  reference: 'मिला व्यक्ति {number} · थाना {ps}',
  entry: 'रजिस्टर प्रविष्टि',
  number: 'प्रविष्टि क्र.',
  registeredAt: 'दर्ज दिनांक',
  receivedAt: 'पुलिस के संरक्षण में कब से',
  status: 'स्थिति',
  statuses: { found: 'पहचान या परिवार अज्ञात', identified: 'पहचान हुई', restored: 'परिवार को सौंपा गया' },
  found: 'कहाँ और कब मिला',
  foundAt: 'मिलने का दिनांक',
  place: 'स्थान',
  coordinates: 'निर्देशांक',
  foundBy: 'किसने पाया या लाया',
  person: 'व्यक्ति',
  name: 'नाम',
  notKnown: 'अज्ञात',
  withheld: 'पहचान गोपनीय (संरक्षित व्यक्ति)',
  child: 'बालक (मिलते समय 18 वर्ष से कम)',
  yes: 'हाँ',
  no: 'नहीं',
  sex: 'लिंग',
  sexes: { male: 'पुरुष', female: 'महिला', transgender: 'ट्रांसजेंडर', unknown: 'अज्ञात' },
  age: 'आयु (वर्ष)',
  height: 'ऊँचाई (से.मी.)',
  build: 'शरीर गठन',
  complexion: 'रंग',
  marks: 'पहचान चिह्न',
  clothes: 'कपड़े',
  condition: 'मिलते समय हालत',
  circumstances: 'परिस्थितियाँ',
  placement: 'कहाँ रखा गया',
  placedWith: 'रखा गया',
  placements: { family: 'परिवार के पास', shelter: 'आश्रय गृह में', hospital: 'अस्पताल में', cwc: 'बाल कल्याण समिति के समक्ष' },
  placedAt: 'दिनांक',
  cwcProducedAt: 'बाल कल्याण समिति के समक्ष पेश किया गया',
  cwcDue: 'अभी बाल कल्याण समिति के समक्ष पेश नहीं किया गया: {due} तक पेश करना है',
  cwcOverdue: 'बाल कल्याण समिति के समक्ष पेश नहीं किया गया: {due} तक पेश करना था (विलंबित)',
  outcome: 'परिणाम',
  outcomeAt: 'दिनांक',
  restoredTo: 'किसे सौंपा गया',
  missingReport: 'गुमशुदा व्यक्ति रिपोर्ट',
  note: 'पहचान कैसे हुई',
  officer: 'थाना प्रभारी',
};

export const FOUND_PERSON_LABELS = { en, hi } satisfies Record<FormLanguage, FoundPersonLabels>;
