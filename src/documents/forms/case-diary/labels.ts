/** The printed words of the case diary extract, per language; section numbers per procedure code. */
import type { FormLanguage } from '../../layout/labels.js';
import type { Procedure } from '../../layout/types.js';

export interface CaseDiaryLabels {
  form: string;
  title: string;
  law: Record<Procedure, { governing: string; confidential: string; statement: string }>;
  io: string;
  volume: string;
  entry: string;
  began: string;
  closed: string;
  informationReceived: string;
  placesVisited: string;
  circumstances: string;
  recordedAt: string;
}

const en: CaseDiaryLabels = {
  form: 'Case Diary',
  title: 'CASE DIARY (EXTRACT)',
  law: {
    BNSS: {
      governing: '(Diary of proceedings in investigation under Section 192 BNSS)',
      confidential:
        'CONFIDENTIAL — for the investigating officer, the officer in charge, supervisory officers and the court. Neither the accused nor his agents are entitled to call for it (BNSS 192). Not a copy for any citizen.',
      statement: 'Statement of {witness} recorded under Section 180 BNSS',
    },
    CrPC: {
      governing: '(Diary of proceedings in investigation under Section 172 Cr.P.C.)',
      confidential:
        'CONFIDENTIAL — for the investigating officer, the officer in charge, supervisory officers and the court. Neither the accused nor his agents are entitled to call for it (Cr.P.C. 172(3)). Not a copy for any citizen.',
      statement: 'Statement of {witness} recorded under Section 161 Cr.P.C.',
    },
  },
  io: 'Investigating officer',
  volume: 'Volume',
  entry: 'Entry No. {entry} · Page {page} · {date}',
  began: 'Time began',
  closed: 'Time closed',
  informationReceived: 'Information reached the officer',
  placesVisited: 'Places visited',
  circumstances: 'Circumstances ascertained through the investigation',
  recordedAt: 'Recorded on',
};

const hi: CaseDiaryLabels = {
  form: 'केस डायरी',
  title: 'केस डायरी (उद्धरण)',
  law: {
    BNSS: {
      governing: '(धारा 192 भारतीय नागरिक सुरक्षा संहिता के अंतर्गत अन्वेषण की कार्यवाहियों की डायरी)',
      confidential: 'गोपनीय — विवेचना अधिकारी, थाना प्रभारी, पर्यवेक्षी अधिकारियों एवं न्यायालय हेतु। अभियुक्त या उसके अभिकर्ता इसे मँगाने के हक़दार नहीं हैं (धारा 192 भा.ना.सु.सं.)। किसी नागरिक हेतु प्रति नहीं।',
      statement: '{witness} का धारा 180 भा.ना.सु.सं. के अंतर्गत लेखबद्ध कथन',
    },
    CrPC: {
      governing: '(धारा 172 दंड प्रक्रिया संहिता के अंतर्गत अन्वेषण की कार्यवाहियों की डायरी)',
      confidential: 'गोपनीय — विवेचना अधिकारी, थाना प्रभारी, पर्यवेक्षी अधिकारियों एवं न्यायालय हेतु। अभियुक्त या उसके अभिकर्ता इसे मँगाने के हक़दार नहीं हैं (धारा 172(3) द.प्र.सं.)। किसी नागरिक हेतु प्रति नहीं।',
      statement: '{witness} का धारा 161 द.प्र.सं. के अंतर्गत लेखबद्ध कथन',
    },
  },
  io: 'विवेचना अधिकारी',
  volume: 'खंड',
  entry: 'प्रविष्टि क्रमांक {entry} · पृष्ठ {page} · {date}',
  began: 'प्रारंभ का समय',
  closed: 'समाप्ति का समय',
  informationReceived: 'अधिकारी को सूचना प्राप्त होने का समय',
  placesVisited: 'भ्रमण किए गए स्थान',
  circumstances: 'अन्वेषण से ज्ञात परिस्थितियाँ',
  recordedAt: 'लेखबद्ध करने का दिनांक',
};

export const CASE_DIARY_LABELS = { en, hi } satisfies Record<FormLanguage, CaseDiaryLabels>;
