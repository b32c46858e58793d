/** The printed words of the fortnightly NC diary, per language. */
import type { FormLanguage } from '../../layout/labels.js';

export interface NcDiaryLabels {
  form: string;
  title: string;
  governing: string;
  reference: string;
  to: string;
  period: string;
  forwarded: string;
  notForwarded: string;
  dispatch: string;
  entry: string;
  received: string;
  informant: string;
  accused: string;
  sections: string;
  place: string;
  substance: string;
  referredTo: string;
  fir: string;
  nil: string;
  officer: string;
}

const en: NcDiaryLabels = {
  form: 'Non-cognizable register',
  title: 'DIARY OF NON-COGNIZABLE REPORTS',
  governing: '(Daily diary reports of non-cognizable cases forwarded fortnightly to the Magistrate under Section 174(1) BNSS)',
  reference: 'NC diary {from} to {to} · P.S. {ps} · District {district}',
  to: 'To',
  period: 'Fortnight',
  forwarded: 'Forwarded on',
  notForwarded: 'Not yet recorded as forwarded',
  dispatch: 'Dispatch No.',
  entry: '{number} · received {at}',
  received: 'Received',
  informant: 'Informant',
  accused: 'Persons named',
  sections: 'Sections',
  place: 'Place',
  substance: 'Substance of the information',
  referredTo: 'Informant referred to',
  fir: 'Investigation ordered; FIR',
  nil: 'NIL — no non-cognizable report was received at the station in this fortnight.',
  officer: 'Officer in charge of the police station',
};

const hi: NcDiaryLabels = {
  form: 'असंज्ञेय रजिस्टर',
  title: 'असंज्ञेय रिपोर्टों की डायरी',
  governing: '(धारा 174(1) भारतीय नागरिक सुरक्षा संहिता के अंतर्गत असंज्ञेय मामलों की दैनिक डायरी रिपोर्ट, पाक्षिक रूप से मजिस्ट्रेट को प्रेषित)',
  reference: 'असंज्ञेय डायरी {from} से {to} · थाना {ps} · जिला {district}',
  to: 'सेवा में',
  period: 'पखवाड़ा',
  forwarded: 'प्रेषण का दिनांक',
  notForwarded: 'प्रेषण अभी दर्ज नहीं',
  dispatch: 'प्रेषण क्रमांक',
  entry: '{number} · प्राप्ति {at}',
  received: 'प्राप्ति',
  informant: 'सूचनाकर्ता',
  accused: 'नामित व्यक्ति',
  sections: 'धाराएँ',
  place: 'स्थान',
  substance: 'सूचना का सार',
  referredTo: 'सूचनाकर्ता को भेजा गया',
  fir: 'अन्वेषण का आदेश; प्रथम सूचना रिपोर्ट',
  nil: 'शून्य — इस पखवाड़े में थाने पर कोई असंज्ञेय रिपोर्ट प्राप्त नहीं हुई।',
  officer: 'थाना प्रभारी',
};

export const NC_DIARY_LABELS = { en, hi } satisfies Record<FormLanguage, NcDiaryLabels>;
