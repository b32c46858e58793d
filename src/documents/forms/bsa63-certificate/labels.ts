/**
 * The printed words of the certificate under BSA 2023 section 63(4), Part A (to be filled by the
 * party), per language, after the Schedule's layout.
 */
import type { FormLanguage } from '../../layout/labels.js';
import type { RecordSource, SourceRelation } from './types.js';

export interface Bsa63Labels {
  form: string;
  title: string;
  governing: string;
  partA: string;
  affirm: string;
  item1: string;
  record: string;
  item2: string;
  sources: Record<RecordSource, string>;
  make: string;
  model: string;
  colour: string;
  serialNo: string;
  imei: string;
  other: string;
  item3: string;
  lawfulControl: string;
  item4: string;
  relations: Record<SourceRelation, string>;
  item5: string;
  hashStatement: string;
  /** The Schedule's algorithm boxes; the certificate ticks SHA256, the hash kept for every record. */
  algorithms: Record<'sha1' | 'sha256' | 'md5' | 'other', string>;
  file: string;
  hashValue: string;
  hashReport: string;
  place: string;
  dateTime: string;
  signature: string;
}

const en: Bsa63Labels = {
  form: 'Bharatiya Sakshya Adhiniyam, 2023 — Schedule',
  title: 'CERTIFICATE',
  governing: '(See Section 63(4)(c) BSA) — Part A (to be filled by the party)',
  partA: 'PART A',
  affirm: 'I, {name}, {relative}, residing / employed at {address}, do hereby solemnly affirm and sincerely state and submit as follows:',
  item1: 'The electronic record produced',
  record: 'Record / output',
  item2: 'Taken from the following device / digital record source',
  sources: {
    'computer-storage': 'Computer / storage media',
    dvr: 'DVR',
    mobile: 'Mobile',
    'flash-drive': 'Flash drive',
    'cd-dvd': 'CD / DVD',
    server: 'Server',
    cloud: 'Cloud',
    other: 'Other',
  },
  make: 'Make',
  model: 'Model',
  colour: 'Colour',
  serialNo: 'Serial No.',
  imei: 'IMEI / UIN / UID / MAC / Cloud ID',
  other: 'Other relevant information',
  item3: 'Lawful control and proper working',
  lawfulControl:
    'The digital device or the digital record source was under lawful control for regularly creating, storing or processing information for the purposes of carrying out regular activities, and during this period the computer or the communication device was working properly and the relevant information was regularly fed into it in the ordinary course of business. If at any time it was not working properly or was out of operation, that has not affected the electronic / digital record or its accuracy.',
  item4: 'The digital device or the source of the digital record is',
  relations: { owned: 'Owned', maintained: 'Maintained', managed: 'Managed', operated: 'Operated by me' },
  item5: 'Hash value(s)',
  hashStatement: 'I state that the hash value(s) of the electronic / digital record(s) are as below, obtained through the following algorithm:',
  algorithms: { sha1: 'SHA1', sha256: 'SHA256', md5: 'MD5', other: 'Other' },
  file: 'File',
  hashValue: 'SHA-256 hash value',
  hashReport: 'Hash report to be enclosed with the certificate.',
  place: 'Place',
  dateTime: 'Date & time (IST)',
  signature: 'Name and signature of the party',
};

const hi: Bsa63Labels = {
  form: 'भारतीय साक्ष्य अधिनियम, 2023 — अनुसूची',
  title: 'प्रमाण-पत्र',
  governing: '(देखें धारा 63(4)(ग) भा.सा.अ.) — भाग क (पक्षकार द्वारा भरा जाए)',
  partA: 'भाग क',
  affirm: 'मैं, {name}, {relative}, निवासी / कार्यरत {address}, सत्यनिष्ठा से प्रतिज्ञान करता / करती हूँ तथा निम्नानुसार कथन एवं प्रस्तुत करता / करती हूँ:',
  item1: 'प्रस्तुत इलेक्ट्रॉनिक अभिलेख',
  record: 'अभिलेख / आउटपुट',
  item2: 'निम्न उपकरण / डिजिटल अभिलेख स्रोत से लिया गया',
  sources: {
    'computer-storage': 'कंप्यूटर / भंडारण माध्यम',
    dvr: 'डी.वी.आर.',
    mobile: 'मोबाइल',
    'flash-drive': 'फ़्लैश ड्राइव',
    'cd-dvd': 'सी.डी. / डी.वी.डी.',
    server: 'सर्वर',
    cloud: 'क्लाउड',
    other: 'अन्य',
  },
  make: 'निर्माता',
  model: 'मॉडल',
  colour: 'रंग',
  serialNo: 'क्रम संख्या',
  imei: 'आई.एम.ई.आई. / यू.आई.एन. / यू.आई.डी. / मैक / क्लाउड आई.डी.',
  other: 'अन्य प्रासंगिक जानकारी',
  item3: 'विधिपूर्ण नियंत्रण एवं सही कार्यशीलता',
  lawfulControl:
    'डिजिटल उपकरण या डिजिटल अभिलेख स्रोत नियमित गतिविधियों के संचालन हेतु सूचना के नियमित सृजन, भंडारण या प्रसंस्करण के लिए विधिपूर्ण नियंत्रण में था, तथा इस अवधि में कंप्यूटर या संचार उपकरण सही ढंग से कार्य कर रहा था और कारबार के सामान्य अनुक्रम में प्रासंगिक सूचना उसमें नियमित रूप से डाली जाती थी। यदि किसी समय वह सही ढंग से कार्य नहीं कर रहा था या बंद था, तो इससे इलेक्ट्रॉनिक / डिजिटल अभिलेख या उसकी शुद्धता प्रभावित नहीं हुई है।',
  item4: 'डिजिटल उपकरण या डिजिटल अभिलेख का स्रोत',
  relations: { owned: 'मेरे स्वामित्व में', maintained: 'मेरे द्वारा अनुरक्षित', managed: 'मेरे द्वारा प्रबंधित', operated: 'मेरे द्वारा संचालित' },
  item5: 'हैश मान',
  hashStatement: 'मैं कथन करता / करती हूँ कि इलेक्ट्रॉनिक / डिजिटल अभिलेख के हैश मान निम्नानुसार हैं, जो निम्न एल्गोरिद्म से प्राप्त किए गए:',
  algorithms: { sha1: 'SHA1', sha256: 'SHA256', md5: 'MD5', other: 'अन्य' },
  file: 'फ़ाइल',
  hashValue: 'SHA-256 हैश मान',
  hashReport: 'हैश रिपोर्ट प्रमाण-पत्र के साथ संलग्न की जाए।',
  place: 'स्थान',
  dateTime: 'दिनांक व समय (भा.मा.स.)',
  signature: 'पक्षकार का नाम एवं हस्ताक्षर',
};

export const BSA63_LABELS = { en, hi } satisfies Record<FormLanguage, Bsa63Labels>;
