/** The printed words of the Arrest / Court Surrender memo (IIF-3), per language; section numbers per procedure code. */
import type { FormLanguage } from '../../layout/labels.js';
import type { Procedure } from '../../layout/types.js';
import type { ArrestOutcome } from './types.js';

export interface ArrestMemoLabels {
  form: string;
  title: string;
  law: Record<Procedure, { governing: string; personInformed: string; witness: string; handcuffing: string; womanAtNight: string; countersign: string }>;
  accusedCode: string;
  kindArrest: string;
  kindSurrender: string;
  item1: string;
  alias: string;
  nationality: string;
  item2: string;
  dateTime: string;
  place: string;
  gdEntry: string;
  court: string;
  item3: string;
  item4: string;
  outcomes: Record<ArrestOutcome, string>;
  item5: string;
  item6: string;
  relationship: string;
  contact: string;
  informedAt: string;
  informedBy: string;
  item7: string;
  item8: string;
  item9: string;
  magistrate: string;
  orderRef: string;
  notRecorded: string;
  item10: string;
  arrestingOfficer: string;
  arrestee: string;
  witnessSig: string;
}

const en: ArrestMemoLabels = {
  form: 'Integrated Investigation Form – III (IIF-3)',
  title: 'ARREST / COURT SURRENDER MEMO',
  law: {
    BNSS: {
      governing: '(Under Sections 35, 36 and 48 BNSS)',
      personInformed: 'Person informed of the arrest (BNSS 36(c), 48)',
      witness: 'Attesting witness (BNSS 36(b))',
      handcuffing: 'Handcuffing and its reason (BNSS 43(3))',
      womanAtNight: "Magistrate's prior permission for arresting a woman between sunset and sunrise (BNSS 43(5))",
      countersign: 'Countersignature of the person arrested (BNSS 36(b))',
    },
    CrPC: {
      governing: '(Under Sections 41, 41B and 50A Cr.P.C.)',
      personInformed: 'Person informed of the arrest (Cr.P.C. 41B(c), 50A)',
      witness: 'Attesting witness (Cr.P.C. 41B(b))',
      handcuffing: 'Handcuffing and its reason',
      womanAtNight: "Magistrate's prior permission for arresting a woman between sunset and sunrise (Cr.P.C. 46(4))",
      countersign: 'Countersignature of the person arrested (Cr.P.C. 41B(b))',
    },
  },
  accusedCode: 'Accused code',
  kindArrest: 'Arrest',
  kindSurrender: 'Court surrender',
  item1: 'Particulars of the accused',
  alias: 'Alias',
  nationality: 'Nationality',
  item2: 'Arrest / surrender',
  dateTime: 'Date & time',
  place: 'Place',
  gdEntry: 'GD entry No.',
  court: 'Court (if surrendered)',
  item3: 'Acts and Sections',
  item4: 'Outcome',
  outcomes: {
    'arrested-sent-up': 'Arrested and sent up to court',
    'arrested-bailed': 'Arrested and released on bail',
    'surrendered-bailed': 'Surrendered and bailed',
    'surrendered-judicial-custody': 'Surrendered and remanded to judicial custody',
    'surrendered-police-custody': 'Surrendered and remanded to police custody',
  },
  item5: 'Grounds of arrest',
  item6: 'Person informed of the arrest',
  relationship: 'Relationship',
  contact: 'Address / phone',
  informedAt: 'Informed on',
  informedBy: 'Informed by / how',
  item7: 'Attesting witness',
  item8: 'Handcuffing',
  item9: "Magistrate's permission",
  magistrate: 'Magistrate',
  orderRef: 'Order',
  notRecorded: 'Not recorded',
  item10: 'Signatures',
  arrestingOfficer: 'Signature of the arresting officer',
  arrestee: 'Countersignature of the person arrested',
  witnessSig: 'Signature of the attesting witness',
};

const hi: ArrestMemoLabels = {
  form: 'एकीकृत अन्वेषण प्रपत्र – 3 (आई.आई.एफ.-3)',
  title: 'गिरफ़्तारी / न्यायालय में आत्मसमर्पण ज्ञापन',
  law: {
    BNSS: {
      governing: '(धारा 35, 36 एवं 48 भारतीय नागरिक सुरक्षा संहिता के अंतर्गत)',
      personInformed: 'गिरफ़्तारी की सूचना दिया गया व्यक्ति (धारा 36(ग), 48 भा.ना.सु.सं.)',
      witness: 'अनुप्रमाणित करने वाला साक्षी (धारा 36(ख) भा.ना.सु.सं.)',
      handcuffing: 'हथकड़ी एवं उसका कारण (धारा 43(3) भा.ना.सु.सं.)',
      womanAtNight: 'सूर्यास्त एवं सूर्योदय के बीच महिला की गिरफ़्तारी हेतु मजिस्ट्रेट की पूर्व अनुमति (धारा 43(5) भा.ना.सु.सं.)',
      countersign: 'गिरफ़्तार व्यक्ति के प्रतिहस्ताक्षर (धारा 36(ख) भा.ना.सु.सं.)',
    },
    CrPC: {
      governing: '(धारा 41, 41ख एवं 50क दंड प्रक्रिया संहिता के अंतर्गत)',
      personInformed: 'गिरफ़्तारी की सूचना दिया गया व्यक्ति (धारा 41ख(ग), 50क द.प्र.सं.)',
      witness: 'अनुप्रमाणित करने वाला साक्षी (धारा 41ख(ख) द.प्र.सं.)',
      handcuffing: 'हथकड़ी एवं उसका कारण',
      womanAtNight: 'सूर्यास्त एवं सूर्योदय के बीच महिला की गिरफ़्तारी हेतु मजिस्ट्रेट की पूर्व अनुमति (धारा 46(4) द.प्र.सं.)',
      countersign: 'गिरफ़्तार व्यक्ति के प्रतिहस्ताक्षर (धारा 41ख(ख) द.प्र.सं.)',
    },
  },
  accusedCode: 'अभियुक्त कोड',
  kindArrest: 'गिरफ़्तारी',
  kindSurrender: 'न्यायालय में आत्मसमर्पण',
  item1: 'अभियुक्त का विवरण',
  alias: 'उर्फ़',
  nationality: 'राष्ट्रीयता',
  item2: 'गिरफ़्तारी / आत्मसमर्पण',
  dateTime: 'दिनांक व समय',
  place: 'स्थान',
  gdEntry: 'सामान्य दैनिकी प्रविष्टि सं.',
  court: 'न्यायालय (आत्मसमर्पण की दशा में)',
  item3: 'अधिनियम एवं धाराएँ',
  item4: 'परिणाम',
  outcomes: {
    'arrested-sent-up': 'गिरफ़्तार कर न्यायालय भेजा गया',
    'arrested-bailed': 'गिरफ़्तार कर ज़मानत पर छोड़ा गया',
    'surrendered-bailed': 'आत्मसमर्पण, ज़मानत पर',
    'surrendered-judicial-custody': 'आत्मसमर्पण, न्यायिक अभिरक्षा में',
    'surrendered-police-custody': 'आत्मसमर्पण, पुलिस अभिरक्षा में',
  },
  item5: 'गिरफ़्तारी के आधार',
  item6: 'गिरफ़्तारी की सूचना दिया गया व्यक्ति',
  relationship: 'संबंध',
  contact: 'पता / दूरभाष',
  informedAt: 'सूचना का दिनांक',
  informedBy: 'सूचना देने वाला / माध्यम',
  item7: 'अनुप्रमाणित करने वाला साक्षी',
  item8: 'हथकड़ी',
  item9: 'मजिस्ट्रेट की अनुमति',
  magistrate: 'मजिस्ट्रेट',
  orderRef: 'आदेश',
  notRecorded: 'दर्ज नहीं',
  item10: 'हस्ताक्षर',
  arrestingOfficer: 'गिरफ़्तार करने वाले अधिकारी के हस्ताक्षर',
  arrestee: 'गिरफ़्तार व्यक्ति के प्रतिहस्ताक्षर',
  witnessSig: 'अनुप्रमाणित करने वाले साक्षी के हस्ताक्षर',
};

export const ARREST_MEMO_LABELS = { en, hi } satisfies Record<FormLanguage, ArrestMemoLabels>;
