/** The printed words of the lost article report and the property return receipt, per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface LostPropertyLabels {
  lostForm: string;
  lostTitle: string;
  lostGoverning: string;
  lostReference: string;
  report: string;
  reportNo: string;
  reportedAt: string;
  gdEntry: string;
  informant: string;
  withheld: string;
  phone: string;
  loss: string;
  lostAt: string;
  lostPlace: string;
  articles: string;
  kind: string;
  description: string;
  identifiers: string;
  circumstances: string;
  notice: string;
  officer: string;
  receiptForm: string;
  receiptTitle: string;
  receiptGoverning: string;
  receiptReference: string;
  entryNo: string;
  foundAt: string;
  foundPlace: string;
  returnedAt: string;
  owner: string;
  identity: string;
  order: string;
  lostReport: string;
  received: string;
  ownerSignature: string;
}

const en: LostPropertyLabels = {
  lostForm: 'Police station register of lost articles',
  lostTitle: 'LOST ARTICLE REPORT',
  lostGoverning: '(Acknowledgement of a report of articles lost; not an FIR)',
  lostReference: 'Lost article report {number} · P.S. {ps}',
  report: 'Report',
  reportNo: 'Report No.',
  reportedAt: 'Reported on',
  gdEntry: 'GD entry',
  informant: 'Informant',
  withheld: 'Identity withheld (child)',
  phone: 'Phone',
  loss: 'The loss',
  lostAt: 'Lost on or about',
  lostPlace: 'Place',
  articles: 'Articles lost',
  kind: 'Kind',
  description: 'Description',
  identifiers: 'IMEI / number',
  circumstances: 'Circumstances',
  notice:
    'The loss of the articles above has been reported at this police station and entered in its General Diary. This acknowledgement may be shown to obtain a duplicate document or SIM card. It is not a finding that any offence was committed.',
  officer: 'Officer receiving the report',
  receiptForm: 'Police station register of found and unclaimed property',
  receiptTitle: 'RECEIPT: PROPERTY RETURNED TO ITS OWNER',
  receiptGoverning: "(Delivered to the person entitled on the Magistrate's order, BNSS 503)",
  receiptReference: 'Found property {number} · P.S. {ps}',
  entryNo: 'Entry No.',
  foundAt: 'Found on',
  foundPlace: 'Found at',
  returnedAt: 'Returned on',
  owner: 'Owner',
  identity: 'Identity verified by',
  order: "Magistrate's order",
  lostReport: 'Lost article report',
  received: 'Received the property described above in good order.',
  ownerSignature: 'Signature of the owner',
};

const hi: LostPropertyLabels = {
  lostForm: 'थाने का गुमशुदा वस्तु रजिस्टर',
  lostTitle: 'गुमशुदा वस्तु रिपोर्ट',
  lostGoverning: '(खोई हुई वस्तुओं की रिपोर्ट की पावती; यह प्रथम सूचना रिपोर्ट नहीं है)',
  lostReference: 'गुमशुदा वस्तु रिपोर्ट {number} · थाना {ps}',
  report: 'रिपोर्ट',
  reportNo: 'रिपोर्ट क्र.',
  reportedAt: 'रिपोर्ट का दिनांक',
  gdEntry: 'रोज़नामचा प्रविष्टि',
  informant: 'सूचनाकर्ता',
  withheld: 'पहचान गोपनीय (बालक)',
  phone: 'फ़ोन',
  loss: 'गुम होने का विवरण',
  lostAt: 'गुम होने का दिनांक (लगभग)',
  lostPlace: 'स्थान',
  articles: 'गुम हुई वस्तुएँ',
  kind: 'प्रकार',
  description: 'विवरण',
  identifiers: 'IMEI / क्रमांक',
  circumstances: 'परिस्थितियाँ',
  notice: 'उपर्युक्त वस्तुओं के गुम होने की रिपोर्ट इस थाने में की गई है और रोज़नामचे में दर्ज है। यह पावती डुप्लिकेट दस्तावेज़ या सिम कार्ड प्राप्त करने हेतु दिखाई जा सकती है। यह किसी अपराध के होने का निष्कर्ष नहीं है।',
  officer: 'रिपोर्ट लेने वाले अधिकारी',
  receiptForm: 'थाने का पाई गई एवं लावारिस संपत्ति रजिस्टर',
  receiptTitle: 'रसीद: संपत्ति स्वामी को लौटाई गई',
  receiptGoverning: '(मजिस्ट्रेट के आदेश पर हकदार व्यक्ति को सौंपी गई, धारा 503 बीएनएसएस)',
  receiptReference: 'पाई गई संपत्ति {number} · थाना {ps}',
  entryNo: 'प्रविष्टि क्र.',
  foundAt: 'पाए जाने का दिनांक',
  foundPlace: 'पाए जाने का स्थान',
  returnedAt: 'लौटाने का दिनांक',
  owner: 'स्वामी',
  identity: 'पहचान का सत्यापन',
  order: 'मजिस्ट्रेट का आदेश',
  lostReport: 'गुमशुदा वस्तु रिपोर्ट',
  received: 'उपर्युक्त संपत्ति सही हालत में प्राप्त की।',
  ownerSignature: 'स्वामी के हस्ताक्षर',
};

export const LOST_PROPERTY_LABELS = { en, hi } satisfies Record<FormLanguage, LostPropertyLabels>;
