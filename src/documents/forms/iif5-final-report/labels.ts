/** The printed words of the Final Report / charge sheet (IIF-5), per language; section numbers per procedure code. */
import type { FormLanguage } from '../../layout/labels.js';
import type { Procedure } from '../../layout/types.js';
import type { AccusedStatus } from './types.js';

export interface FinalReportLabels {
  form: string;
  title: string;
  law: Record<Procedure, { governing: string; forwardedInCustody: string; medical: string; deviceCustody: string }>;
  kind: string;
  reportNo: string;
  date: string;
  court: string;
  courtCode: string;
  item1: string;
  item2: string;
  informant: string;
  victims: string;
  item3: string;
  item4: string;
  role: string;
  item5: string;
  item6: string;
  code: string;
  status: string;
  statuses: Record<AccusedStatus, string>;
  item7: string;
  notApplicable: string;
  device: string;
  from: string;
  to: string;
  dateTime: string;
  purpose: string;
  sealNo: string;
  item9: string;
  pages: string;
  item10: string;
  exhibitNo: string;
  where: string;
  item11: string;
  io: string;
  forwardedBy: string;
}

const en: FinalReportLabels = {
  form: 'Integrated Investigation Form – V (IIF-5)',
  title: 'FINAL REPORT',
  law: {
    BNSS: {
      governing: '(Report of police officer on completion of investigation under Section 193 BNSS)',
      forwardedInCustody: 'Forwarded in custody (BNSS 190)',
      medical: 'Report of medical examination of the woman attached (BNS 64–71; BNSS 193(3)(i))',
      deviceCustody: 'Sequence of custody of electronic devices (BNSS 193(3)(i))',
    },
    CrPC: {
      governing: '(Report of police officer on completion of investigation under Section 173 Cr.P.C.)',
      forwardedInCustody: 'Forwarded in custody (Cr.P.C. 170)',
      medical: 'Report of medical examination of the woman attached (IPC 376 etc.; Cr.P.C. 173(2)(i)(h))',
      deviceCustody: 'Sequence of custody of electronic devices',
    },
  },
  kind: 'Kind of report',
  reportNo: 'Report No.',
  date: 'Date',
  court: 'Forwarded to the court',
  courtCode: 'Court code',
  item1: 'Acts and Sections',
  item2: 'Names of the parties',
  informant: 'Informant',
  victims: 'Victim(s)',
  item3: 'Nature of the information',
  item4: 'Persons acquainted with the circumstances of the case (witnesses)',
  role: 'Role',
  item5: 'Whether an offence appears to have been committed and, if so, by whom',
  item6: 'Accused',
  code: 'Code',
  status: 'Status',
  statuses: { arrested: 'Arrested', bailed: 'Released on bail / bond', absconding: 'Absconding', 'not-arrested': 'Not arrested' },
  item7: 'Medical examination report',
  notApplicable: 'Not applicable',
  device: 'Device',
  from: 'Handed over by',
  to: 'Received by',
  dateTime: 'Date & time',
  purpose: 'Purpose',
  sealNo: 'Seal No.',
  item9: 'Documents',
  pages: 'Pages',
  item10: 'Exhibits (property room)',
  exhibitNo: 'Exhibit No.',
  where: 'Where kept',
  item11: 'Result of investigation in brief',
  io: 'Signature of the investigating officer',
  forwardedBy: 'Forwarded by the officer in charge',
};

const hi: FinalReportLabels = {
  form: 'एकीकृत अन्वेषण प्रपत्र – 5 (आई.आई.एफ.-5)',
  title: 'अंतिम रिपोर्ट',
  law: {
    BNSS: {
      governing: '(धारा 193 भारतीय नागरिक सुरक्षा संहिता के अंतर्गत अन्वेषण पूर्ण होने पर पुलिस अधिकारी की रिपोर्ट)',
      forwardedInCustody: 'अभिरक्षा में भेजा गया (धारा 190 भा.ना.सु.सं.)',
      medical: 'महिला की चिकित्सीय परीक्षा रिपोर्ट संलग्न (भा.न्या.सं. धारा 64–71; धारा 193(3)(i) भा.ना.सु.सं.)',
      deviceCustody: 'इलेक्ट्रॉनिक उपकरणों की अभिरक्षा का क्रम (धारा 193(3)(i) भा.ना.सु.सं.)',
    },
    CrPC: {
      governing: '(धारा 173 दंड प्रक्रिया संहिता के अंतर्गत अन्वेषण पूर्ण होने पर पुलिस अधिकारी की रिपोर्ट)',
      forwardedInCustody: 'अभिरक्षा में भेजा गया (धारा 170 द.प्र.सं.)',
      medical: 'महिला की चिकित्सीय परीक्षा रिपोर्ट संलग्न (भा.दं.सं. धारा 376 आदि; धारा 173(2)(i)(ज) द.प्र.सं.)',
      deviceCustody: 'इलेक्ट्रॉनिक उपकरणों की अभिरक्षा का क्रम',
    },
  },
  kind: 'रिपोर्ट का प्रकार',
  reportNo: 'रिपोर्ट क्रमांक',
  date: 'दिनांक',
  court: 'न्यायालय जिसे भेजी गई',
  courtCode: 'न्यायालय कोड',
  item1: 'अधिनियम एवं धाराएँ',
  item2: 'पक्षकारों के नाम',
  informant: 'सूचनाकर्ता',
  victims: 'पीड़ित',
  item3: 'सूचना का स्वरूप',
  item4: 'प्रकरण की परिस्थितियों से परिचित व्यक्ति (साक्षी)',
  role: 'भूमिका',
  item5: 'क्या कोई अपराध किया गया प्रतीत होता है और यदि हाँ, तो किसके द्वारा',
  item6: 'अभियुक्त',
  code: 'कोड',
  status: 'स्थिति',
  statuses: { arrested: 'गिरफ़्तार', bailed: 'ज़मानत / बंधपत्र पर रिहा', absconding: 'फ़रार', 'not-arrested': 'गिरफ़्तार नहीं' },
  item7: 'चिकित्सीय परीक्षा रिपोर्ट',
  notApplicable: 'लागू नहीं',
  device: 'उपकरण',
  from: 'सौंपने वाला',
  to: 'प्राप्त करने वाला',
  dateTime: 'दिनांक व समय',
  purpose: 'प्रयोजन',
  sealNo: 'सील क्रमांक',
  item9: 'दस्तावेज़',
  pages: 'पृष्ठ',
  item10: 'वस्तु-प्रदर्श (मालखाना)',
  exhibitNo: 'प्रदर्श क्रमांक',
  where: 'कहाँ रखा है',
  item11: 'अन्वेषण का संक्षिप्त परिणाम',
  io: 'विवेचना अधिकारी के हस्ताक्षर',
  forwardedBy: 'थाना प्रभारी द्वारा अग्रेषित',
};

export const FINAL_REPORT_LABELS = { en, hi } satisfies Record<FormLanguage, FinalReportLabels>;
