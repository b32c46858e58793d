/** The printed words of the unnatural-death / unidentified-body report, per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface UnnaturalDeathLabels {
  form: string;
  title: string;
  governing: string;
  reference: string;
  entry: string;
  number: string;
  registeredAt: string;
  informedAt: string;
  status: string;
  statuses: Record<'unidentified' | 'identified', string>;
  found: string;
  foundAt: string;
  place: string;
  coordinates: string;
  informant: string;
  withheld: string;
  description: string;
  sex: string;
  sexes: Record<'male' | 'female' | 'transgender' | 'unknown', string>;
  ageRange: string;
  height: string;
  build: string;
  complexion: string;
  marks: string;
  clothes: string;
  belongings: string;
  apparentCause: string;
  circumstances: string;
  inquest: string;
  heldBy: string;
  heldAt: string;
  witnesses: string;
  findings: string;
  forwardedTo: string;
  magistrates: Record<'district_magistrate' | 'sub_divisional_magistrate', string>;
  forwardedAt: string;
  inquestDue: string;
  inquestOverdue: string;
  postMortem: string;
  hospital: string;
  pmNumber: string;
  causeOfDeath: string;
  identification: string;
  identifiedAt: string;
  identifiedAs: string;
  missingReport: string;
  note: string;
  officer: string;
}

const en: UnnaturalDeathLabels = {
  form: 'Police station register of unnatural deaths and unidentified dead bodies',
  title: 'UNNATURAL DEATH / UNIDENTIFIED DEAD BODY REPORT',
  governing: '(Bharatiya Nagarik Suraksha Sanhita 2023 s. 194: inquest report to the District or Sub-divisional Magistrate within 24 hours)',
  reference: 'UD case {number} · P.S. {ps}',
  entry: 'Register entry',
  number: 'UD case No.',
  registeredAt: 'Registered on',
  informedAt: 'Information received',
  status: 'Status',
  statuses: { unidentified: 'Unidentified', identified: 'Identified' },
  found: 'Where and when found',
  foundAt: 'Found on',
  place: 'Place',
  coordinates: 'Coordinates',
  informant: 'Informant',
  withheld: 'Identity withheld (protected person)',
  description: 'Description of the body',
  sex: 'Sex',
  sexes: { male: 'Male', female: 'Female', transgender: 'Transgender', unknown: 'Not known' },
  ageRange: 'Apparent age (years)',
  height: 'Height (cm)',
  build: 'Build',
  complexion: 'Complexion',
  marks: 'Identifying marks',
  clothes: 'Clothes',
  belongings: 'Clothes and belongings found with the body',
  apparentCause: 'Apparent cause of death',
  circumstances: 'Circumstances',
  inquest: 'Inquest (BNSS 194)',
  heldBy: 'Held by',
  heldAt: 'Held on',
  witnesses: 'In the presence of',
  findings: 'Findings',
  forwardedTo: 'Report forwarded to',
  magistrates: { district_magistrate: 'District Magistrate', sub_divisional_magistrate: 'Sub-divisional Magistrate' },
  forwardedAt: 'Forwarded on',
  inquestDue: 'Inquest report not yet forwarded: due by {due}',
  inquestOverdue: 'Inquest report not forwarded: it was due by {due} (overdue)',
  postMortem: 'Post-mortem',
  hospital: 'Hospital',
  pmNumber: 'P.M. No.',
  causeOfDeath: 'Cause of death',
  identification: 'Identification',
  identifiedAt: 'Identified on',
  identifiedAs: 'Identified as',
  missingReport: 'Missing person report',
  note: 'How identified',
  officer: 'Officer in charge',
};

const hi: UnnaturalDeathLabels = {
  form: 'थाना अप्राकृतिक मृत्यु एवं अज्ञात शव रजिस्टर',
  title: 'अप्राकृतिक मृत्यु / अज्ञात शव रिपोर्ट',
  governing: '(भारतीय नागरिक सुरक्षा संहिता 2023 धारा 194: मृत्यु-समीक्षा रिपोर्ट 24 घंटे के भीतर ज़िला या उपखंड मजिस्ट्रेट को)',
  reference: 'यू.डी. प्रकरण {number} · थाना {ps}',
  entry: 'रजिस्टर प्रविष्टि',
  number: 'यू.डी. प्रकरण क्र.',
  registeredAt: 'दर्ज दिनांक',
  informedAt: 'सूचना प्राप्ति',
  status: 'स्थिति',
  statuses: { unidentified: 'अज्ञात', identified: 'पहचान हुई' },
  found: 'कहाँ और कब मिला',
  foundAt: 'मिलने का दिनांक',
  place: 'स्थान',
  coordinates: 'निर्देशांक',
  informant: 'सूचनाकर्ता',
  withheld: 'पहचान गोपनीय (संरक्षित व्यक्ति)',
  description: 'शव का हुलिया',
  sex: 'लिंग',
  sexes: { male: 'पुरुष', female: 'महिला', transgender: 'ट्रांसजेंडर', unknown: 'अज्ञात' },
  ageRange: 'अनुमानित आयु (वर्ष)',
  height: 'ऊँचाई (से.मी.)',
  build: 'शरीर गठन',
  complexion: 'रंग',
  marks: 'पहचान चिह्न',
  clothes: 'कपड़े',
  belongings: 'शव के साथ मिले कपड़े व सामान',
  apparentCause: 'मृत्यु का प्रत्यक्ष कारण',
  circumstances: 'परिस्थितियाँ',
  inquest: 'मृत्यु-समीक्षा (धारा 194 भा.ना.सु.सं.)',
  heldBy: 'समीक्षाकर्ता',
  heldAt: 'समीक्षा दिनांक',
  witnesses: 'उपस्थित पंच',
  findings: 'निष्कर्ष',
  forwardedTo: 'रिपोर्ट भेजी गई',
  magistrates: { district_magistrate: 'ज़िला मजिस्ट्रेट', sub_divisional_magistrate: 'उपखंड मजिस्ट्रेट' },
  forwardedAt: 'भेजने का दिनांक',
  inquestDue: 'मृत्यु-समीक्षा रिपोर्ट अभी नहीं भेजी गई: {due} तक भेजनी है',
  inquestOverdue: 'मृत्यु-समीक्षा रिपोर्ट नहीं भेजी गई: {due} तक भेजनी थी (विलंबित)',
  postMortem: 'शव परीक्षण',
  hospital: 'अस्पताल',
  pmNumber: 'शव परीक्षण क्र.',
  causeOfDeath: 'मृत्यु का कारण',
  identification: 'पहचान',
  identifiedAt: 'पहचान दिनांक',
  identifiedAs: 'पहचान',
  missingReport: 'गुमशुदा व्यक्ति रिपोर्ट',
  note: 'पहचान कैसे हुई',
  officer: 'थाना प्रभारी',
};

export const UNNATURAL_DEATH_LABELS = { en, hi } satisfies Record<FormLanguage, UnnaturalDeathLabels>;
