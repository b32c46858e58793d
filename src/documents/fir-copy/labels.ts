/**
 * The printed labels of the FIR copy (IIF-1), one catalogue per language: the words every form
 * shares (../layout/labels.ts) and the FIR's own.
 *
 * Adding a regional language is one catalogue here and the steps in ../layout/labels.ts; if its script
 * is new, also one entry in SCRIPT_FONTS (../text.ts) and the font files in assets/fonts. The type
 * checker refuses a catalogue that misses a label. Placeholders in braces ({state}, {page}) are filled
 * by the renderer; keep them, move them where the language wants them.
 */
import { COMMON_LABELS, FORM_LANGUAGES, type CommonLabels, type FormLanguage, type FormLanguageInfo } from '../layout/labels.js';

export { fill } from '../layout/labels.js';

export interface FirCopyLabels extends CommonLabels {
  // Header and footer
  form: string;
  title: string;
  underBnss: string;
  underCrpc: string;
  freeCopyBnss: string;
  freeCopyCrpc: string;
  freeCopyShort: string;

  // 1
  item1: string;
  firDateTime: string;
  // 2
  item2: string;
  // 3
  item3: string;
  occurrence: string;
  day: string;
  dateFrom: string;
  dateTo: string;
  timePeriod: string;
  timeFrom: string;
  timeTo: string;
  informationReceived: string;
  generalDiary: string;
  gdEntryNo: string;
  gdDateTime: string;
  // 4
  item4: string;
  written: string;
  oral: string;
  efir: string;
  zeroFir: string;
  // 5
  item5: string;
  directionDistance: string;
  beatNo: string;
  coordinates: string;
  outsideLimits: string;
  outsidePs: string;
  outsideDistrict: string;
  // 6
  item6: string;
  dateOrYearOfBirth: string;
  nationality: string;
  passportNo: string;
  passportIssue: string;
  occupation: string;
  phone: string;
  // 6A
  item6a: string;
  identityWithheldBns: string;
  identityWithheldIpc: string;
  // 7
  item7: string;
  status: string;
  known: string;
  suspected: string;
  unknown: string;
  nameAlias: string;
  alias: string;
  addressOrDescription: string;
  // 8–12
  item8: string;
  item9: string;
  estimatedValue: string;
  item10: string;
  item11: string;
  item12: string;
  // 13
  item13: string;
  actionIntro: string;
  actionInvestigating: string;
  actionDirected: string;
  actionRefused: string;
  actionTransferred: string;
  readOver: string;
  officerSignature: string;
  // 14
  item14: string;
  signedOnOriginal: string;
  thumbOnOriginal: string;
  efirSigned: string;
  efirAwaiting: string;
  efirLapsed: string;
  // 15
  item15: string;
  notDispatched: string;
}

const en: FirCopyLabels = {
  ...COMMON_LABELS.en,
  form: 'Integrated Investigation Form – I (IIF-1)',
  title: 'FIRST INFORMATION REPORT',
  underBnss: '(Under Section 173 BNSS)',
  underCrpc: '(Under Section 154 Cr.P.C.)',
  freeCopyBnss: 'FREE COPY to the informant under Section 173(2) BNSS',
  freeCopyCrpc: 'FREE COPY to the informant under Section 154(2) Cr.P.C.',
  freeCopyShort: 'Free copy to the informant',

  item1: 'FIR particulars',
  firDateTime: 'Date & time of FIR',

  item2: 'Acts and Sections',

  item3: 'Occurrence of offence',
  occurrence: '(a) Day, date and time of occurrence',
  day: 'Day',
  dateFrom: 'Date from',
  dateTo: 'Date to',
  timePeriod: 'Time period',
  timeFrom: 'Time from',
  timeTo: 'Time to',
  informationReceived: '(b) Information received at P.S.',
  generalDiary: '(c) General Diary reference',
  gdEntryNo: 'Entry No.',
  gdDateTime: 'Date & time',

  item4: 'Type of information',
  written: 'Written',
  oral: 'Oral',
  efir: 'e-FIR (electronic)',
  zeroFir: 'Zero FIR',

  item5: 'Place of occurrence',
  directionDistance: '(a) Direction and distance from P.S.',
  beatNo: 'Beat No.',
  coordinates: 'Coordinates (lat, long)',
  outsideLimits: '(c) If outside the limits of this Police Station',
  outsidePs: 'Name of P.S.',
  outsideDistrict: 'District',

  item6: 'Complainant / Informant',
  dateOrYearOfBirth: 'Date / Year of birth',
  nationality: 'Nationality',
  passportNo: 'Passport No.',
  passportIssue: 'Date & place of issue',
  occupation: 'Occupation',
  phone: 'Phone',

  item6a: 'Victim(s)',
  identityWithheldBns: 'Identity withheld (BNS 72)',
  identityWithheldIpc: 'Identity withheld (IPC 228A)',

  item7: 'Details of known / suspected / unknown accused with full particulars',
  status: 'Status',
  known: 'Known',
  suspected: 'Suspected',
  unknown: 'Unknown',
  nameAlias: 'Name / alias',
  alias: 'alias',
  addressOrDescription: 'Address / description',

  item8: 'Reasons for delay in reporting by the complainant / informant',
  item9: 'Particulars of properties stolen / involved',
  estimatedValue: 'Estimated value (₹)',
  item10: 'Total value of properties stolen / involved (₹)',
  item11: 'Inquest report / U.D. case No., if any',
  item12: 'F.I.R. contents (brief facts)',

  item13: 'Action taken',
  actionIntro: 'Since the above information reveals commission of offence(s) under the sections mentioned at item No. 2:',
  actionInvestigating: 'Registered the case and took up the investigation; or',
  actionDirected: 'Directed {name}, {rank}, No. {number} to take up the investigation; or',
  actionRefused: 'Refused investigation due to: {reason}; or',
  actionTransferred: 'Transferred to P.S. {ps}, District {district} on point of jurisdiction.',
  readOver: 'F.I.R. read over to the complainant / informant, admitted to be correctly recorded and a copy given to the complainant / informant free of cost.',
  officerSignature: 'Signature of Officer in charge, Police Station',

  item14: 'Signature / thumb impression of the complainant / informant',
  signedOnOriginal: 'Signed by the complainant / informant on the original.',
  thumbOnOriginal: 'Thumb impression of the complainant / informant taken on the original.',
  efirSigned: 'e-FIR signed by the informant on {date}.',
  efirAwaiting: "e-FIR awaiting the informant's signature, due by {date} (BNSS 173(1)(ii)).",
  efirLapsed: 'e-FIR not signed by the informant within three days (due by {date}).',

  item15: 'Date and time of dispatch to the court',
  notDispatched: 'Not yet dispatched',
};

const hi: FirCopyLabels = {
  ...COMMON_LABELS.hi,
  form: 'एकीकृत अन्वेषण प्रपत्र – 1 (आई.आई.एफ.-1)',
  title: 'प्रथम सूचना रिपोर्ट',
  underBnss: '(धारा 173 भारतीय नागरिक सुरक्षा संहिता के अंतर्गत)',
  underCrpc: '(धारा 154 दंड प्रक्रिया संहिता के अंतर्गत)',
  freeCopyBnss: 'सूचनाकर्ता को निःशुल्क प्रति — धारा 173(2) भारतीय नागरिक सुरक्षा संहिता',
  freeCopyCrpc: 'सूचनाकर्ता को निःशुल्क प्रति — धारा 154(2) दंड प्रक्रिया संहिता',
  freeCopyShort: 'सूचनाकर्ता को निःशुल्क प्रति',

  item1: 'प्रथम सूचना रिपोर्ट का विवरण',
  firDateTime: 'प्र.सू.रि. का दिनांक व समय',

  item2: 'अधिनियम एवं धाराएँ',

  item3: 'अपराध की घटना',
  occurrence: '(क) घटना का दिन व समय',
  day: 'घटना का दिन',
  dateFrom: 'दिनांक से',
  dateTo: 'दिनांक तक',
  timePeriod: 'समयावधि',
  timeFrom: 'समय से',
  timeTo: 'समय तक',
  informationReceived: '(ख) थाने पर सूचना प्राप्त होने का समय',
  generalDiary: '(ग) सामान्य दैनिकी संदर्भ',
  gdEntryNo: 'प्रविष्टि सं.',
  gdDateTime: 'दिनांक व समय',

  item4: 'सूचना का प्रकार',
  written: 'लिखित',
  oral: 'मौखिक',
  efir: 'ई-एफ.आई.आर. (इलेक्ट्रॉनिक)',
  zeroFir: 'शून्य प्र.सू.रि. (ज़ीरो एफ.आई.आर.)',

  item5: 'घटनास्थल',
  directionDistance: '(क) थाने से दिशा एवं दूरी',
  beatNo: 'बीट सं.',
  coordinates: 'निर्देशांक (अक्षांश, देशांतर)',
  outsideLimits: '(ग) यदि घटनास्थल इस थाने की सीमा से बाहर है',
  outsidePs: 'थाने का नाम',
  outsideDistrict: 'जिला',

  item6: 'शिकायतकर्ता / सूचनाकर्ता',
  dateOrYearOfBirth: 'जन्म तिथि / वर्ष',
  nationality: 'राष्ट्रीयता',
  passportNo: 'पासपोर्ट सं.',
  passportIssue: 'जारी करने का दिनांक व स्थान',
  occupation: 'व्यवसाय',
  phone: 'दूरभाष',

  item6a: 'पीड़ित',
  identityWithheldBns: 'पहचान गोपनीय (भारतीय न्याय संहिता धारा 72)',
  identityWithheldIpc: 'पहचान गोपनीय (भारतीय दंड संहिता धारा 228क)',

  item7: 'ज्ञात / संदिग्ध / अज्ञात अभियुक्तों का पूर्ण विवरण',
  status: 'स्थिति',
  known: 'ज्ञात',
  suspected: 'संदिग्ध',
  unknown: 'अज्ञात',
  nameAlias: 'नाम / उर्फ़',
  alias: 'उर्फ़',
  addressOrDescription: 'पता / हुलिया',

  item8: 'शिकायतकर्ता / सूचनाकर्ता द्वारा सूचना देने में विलंब के कारण',
  item9: 'चोरी गई / संलिप्त संपत्ति का विवरण',
  estimatedValue: 'अनुमानित मूल्य (₹)',
  item10: 'चोरी गई / संलिप्त संपत्ति का कुल मूल्य (₹)',
  item11: 'मृत्यु समीक्षा रिपोर्ट / अप्राकृतिक मृत्यु प्रकरण सं., यदि कोई हो',
  item12: 'प्र.सू.रि. की विषय-वस्तु (संक्षिप्त तथ्य)',

  item13: 'की गई कार्यवाही',
  actionIntro: 'चूँकि उपरोक्त सूचना से मद क्रमांक 2 में उल्लिखित धाराओं के अंतर्गत अपराध घटित होना प्रकट होता है:',
  actionInvestigating: 'प्रकरण पंजीबद्ध कर अन्वेषण प्रारंभ किया; अथवा',
  actionDirected: '{name}, {rank}, क्रमांक {number} को अन्वेषण हेतु निर्देशित किया; अथवा',
  actionRefused: 'निम्न कारण से अन्वेषण से इनकार किया: {reason}; अथवा',
  actionTransferred: 'क्षेत्राधिकार के आधार पर थाना {ps}, जिला {district} को स्थानांतरित किया।',
  readOver: 'प्र.सू.रि. शिकायतकर्ता / सूचनाकर्ता को पढ़कर सुनाई गई, जिसने इसे सही दर्ज होना स्वीकार किया, तथा इसकी एक प्रति शिकायतकर्ता / सूचनाकर्ता को निःशुल्क दी गई।',
  officerSignature: 'थाना प्रभारी के हस्ताक्षर',

  item14: 'शिकायतकर्ता / सूचनाकर्ता के हस्ताक्षर / अंगूठे का निशान',
  signedOnOriginal: 'शिकायतकर्ता / सूचनाकर्ता द्वारा मूल प्रति पर हस्ताक्षर किए गए।',
  thumbOnOriginal: 'शिकायतकर्ता / सूचनाकर्ता के अंगूठे का निशान मूल प्रति पर लिया गया।',
  efirSigned: 'ई-एफ.आई.आर. पर सूचनाकर्ता ने दिनांक {date} को हस्ताक्षर किए।',
  efirAwaiting: 'ई-एफ.आई.आर. पर सूचनाकर्ता के हस्ताक्षर लंबित, अंतिम दिनांक {date} (धारा 173(1)(ii) भा.ना.सु.सं.)।',
  efirLapsed: 'ई-एफ.आई.आर. पर सूचनाकर्ता ने तीन दिन के भीतर हस्ताक्षर नहीं किए (अंतिम दिनांक {date})।',

  item15: 'न्यायालय को प्रेषण का दिनांक व समय',
  notDispatched: 'अभी प्रेषित नहीं',
};

/** The label catalogues. A new language: add its catalogue here and in ../layout/labels.ts. */
export const FIR_COPY_LABELS = { en, hi } satisfies Record<FormLanguage, FirCopyLabels>;

export type FirCopyLanguage = FormLanguage;

export type FirCopyLanguageInfo = FormLanguageInfo;

export const FIR_COPY_LANGUAGES: Record<FirCopyLanguage, FirCopyLanguageInfo> = FORM_LANGUAGES;
