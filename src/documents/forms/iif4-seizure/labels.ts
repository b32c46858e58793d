/** The printed words of the Property Search and Seizure memo (IIF-4), per language; section numbers per procedure code. */
import type { FormLanguage } from '../../layout/labels.js';
import type { Procedure } from '../../layout/types.js';

export interface SeizureMemoLabels {
  form: string;
  title: string;
  law: Record<Procedure, { governing: string; video: string; witnesses: string }>;
  item1: string;
  dateTime: string;
  place: string;
  searchOf: string;
  seizedFrom: string;
  item2: string;
  quantity: string;
  sealNo: string;
  placeFound: string;
  value: string;
  total: string;
  sha256: string;
  videoDescription: string;
  forwardedAt: string;
  magistrate: string;
  notRecorded: string;
  item5: string;
  seizingOfficer: string;
  witnessSig: string;
}

const en: SeizureMemoLabels = {
  form: 'Integrated Investigation Form – IV (IIF-4)',
  title: 'PROPERTY SEARCH AND SEIZURE MEMO',
  law: {
    BNSS: {
      governing: '(Under Sections 103, 105 and 106 BNSS)',
      video: 'Audio-video recording of the search and seizure (BNSS 105)',
      witnesses: 'Witnesses to the search and seizure (BNSS 103(4))',
    },
    CrPC: {
      governing: '(Under Sections 100 and 102 Cr.P.C.)',
      video: 'Audio-video recording of the search and seizure',
      witnesses: 'Witnesses to the search and seizure (Cr.P.C. 100(4))',
    },
  },
  item1: 'Search and seizure',
  dateTime: 'Date & time',
  place: 'Place',
  searchOf: 'Person / premises searched',
  seizedFrom: 'Seized from',
  item2: 'Property seized',
  quantity: 'Quantity',
  sealNo: 'Seal No.',
  placeFound: 'Where found',
  value: 'Value (₹)',
  total: 'Total value (₹)',
  sha256: 'SHA-256 of the recording',
  videoDescription: 'Recording',
  forwardedAt: 'Forwarded to the Magistrate on',
  magistrate: 'Magistrate',
  notRecorded: 'Not recorded',
  item5: 'Remarks',
  seizingOfficer: 'Signature of the seizing officer',
  witnessSig: 'Signature of witness',
};

const hi: SeizureMemoLabels = {
  form: 'एकीकृत अन्वेषण प्रपत्र – 4 (आई.आई.एफ.-4)',
  title: 'संपत्ति तलाशी एवं ज़ब्ती ज्ञापन',
  law: {
    BNSS: {
      governing: '(धारा 103, 105 एवं 106 भारतीय नागरिक सुरक्षा संहिता के अंतर्गत)',
      video: 'तलाशी एवं ज़ब्ती की श्रव्य-दृश्य रिकॉर्डिंग (धारा 105 भा.ना.सु.सं.)',
      witnesses: 'तलाशी एवं ज़ब्ती के साक्षी (धारा 103(4) भा.ना.सु.सं.)',
    },
    CrPC: {
      governing: '(धारा 100 एवं 102 दंड प्रक्रिया संहिता के अंतर्गत)',
      video: 'तलाशी एवं ज़ब्ती की श्रव्य-दृश्य रिकॉर्डिंग',
      witnesses: 'तलाशी एवं ज़ब्ती के साक्षी (धारा 100(4) द.प्र.सं.)',
    },
  },
  item1: 'तलाशी एवं ज़ब्ती',
  dateTime: 'दिनांक व समय',
  place: 'स्थान',
  searchOf: 'जिस व्यक्ति / परिसर की तलाशी ली गई',
  seizedFrom: 'जिससे ज़ब्त किया गया',
  item2: 'ज़ब्त संपत्ति',
  quantity: 'मात्रा',
  sealNo: 'सील क्रमांक',
  placeFound: 'कहाँ मिली',
  value: 'मूल्य (₹)',
  total: 'कुल मूल्य (₹)',
  sha256: 'रिकॉर्डिंग का SHA-256',
  videoDescription: 'रिकॉर्डिंग',
  forwardedAt: 'मजिस्ट्रेट को भेजने का दिनांक',
  magistrate: 'मजिस्ट्रेट',
  notRecorded: 'दर्ज नहीं',
  item5: 'टिप्पणी',
  seizingOfficer: 'ज़ब्ती करने वाले अधिकारी के हस्ताक्षर',
  witnessSig: 'साक्षी के हस्ताक्षर',
};

export const SEIZURE_MEMO_LABELS = { en, hi } satisfies Record<FormLanguage, SeizureMemoLabels>;
