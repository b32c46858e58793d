/**
 * Words printed on every form (header, footer, case particulars, common values), one catalogue per
 * language. A form's own labels live next to its layout (src/documents/<form>/labels.ts).
 *
 * Adding a regional language is one entry in FORM_LANGUAGES plus one catalogue here and in each
 * form's labels; if its script is new, also one entry in SCRIPT_FONTS (../text.ts). The type checker
 * refuses a catalogue that misses a label. Placeholders in braces ({state}, {page}) are filled by the
 * renderer; keep them, move them where the language wants them.
 */
import type { ScriptCode } from '../text.js';

export interface CommonLabels {
  statePolice: string;
  continued: string;
  version: string;
  page: string;
  verificationCode: string;
  verifyAt: string;
  scanToVerify: string;
  generatedOn: string;
  firRef: string;
  /** Heading of the case particulars row of the forms after the FIR. */
  caseParticulars: string;

  district: string;
  policeStation: string;
  year: string;
  firNo: string;
  firDate: string;
  date: string;
  time: string;
  name: string;
  relativeName: string;
  address: string;
  ageSex: string;
  description: string;
  rank: string;
  number: string;
  act: string;
  sections: string;
  sectionTitle: string;
  signature: string;

  none: string;
  serial: string;
  hours: string;
  years: string;
  yes: string;
  no: string;
  /** Letters of sub-items: (a), (b), … / (क), (ख), … */
  letters: string[];
  relation: Record<'father' | 'husband' | 'mother' | 'guardian', string>;
  sex: Record<'male' | 'female' | 'transgender', string>;
  /** Sunday first, as Date.getUTCDay() numbers them. */
  weekdays: [string, string, string, string, string, string, string];
  /** Full names of acts by catalogue code; codes not listed print as given. */
  actNames: Record<string, string>;
}

const en: CommonLabels = {
  statePolice: '{state} Police',
  continued: 'continued',
  version: 'Version {version}',
  page: 'Page {page} of {pages}',
  verificationCode: 'Verification code',
  verifyAt: 'Verify this copy at {url}',
  scanToVerify: 'Scan to verify',
  generatedOn: 'Generated {date}',
  firRef: 'FIR No. {fir}/{year} · P.S. {ps} · District {district}',
  caseParticulars: 'Case particulars',

  district: 'District',
  policeStation: 'Police Station',
  year: 'Year',
  firNo: 'FIR No.',
  firDate: 'Date of FIR',
  date: 'Date',
  time: 'Time',
  name: 'Name',
  relativeName: "Father's / Husband's name",
  address: 'Address',
  ageSex: 'Age / Sex',
  description: 'Description',
  rank: 'Rank',
  number: 'No.',
  act: 'Act',
  sections: 'Section(s)',
  sectionTitle: 'Offence',
  signature: 'Signature',

  none: '—',
  serial: 'No.',
  hours: '{time} hrs',
  years: '{age} yrs',
  yes: 'Yes',
  no: 'No',
  letters: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'],
  relation: { father: 'Father', husband: 'Husband', mother: 'Mother', guardian: 'Guardian' },
  sex: { male: 'Male', female: 'Female', transgender: 'Transgender' },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  actNames: {
    BNS: 'Bharatiya Nyaya Sanhita, 2023',
    BNSS: 'Bharatiya Nagarik Suraksha Sanhita, 2023',
    BSA: 'Bharatiya Sakshya Adhiniyam, 2023',
    IPC: 'Indian Penal Code, 1860',
    CRPC: 'Code of Criminal Procedure, 1973',
    NDPS: 'Narcotic Drugs and Psychotropic Substances Act, 1985',
    ARMS: 'Arms Act, 1959',
    POCSO: 'Protection of Children from Sexual Offences Act, 2012',
    SCST_POA: 'Scheduled Castes and the Scheduled Tribes (Prevention of Atrocities) Act, 1989',
    IT_ACT: 'Information Technology Act, 2000',
    DOWRY: 'Dowry Prohibition Act, 1961',
    MV_ACT: 'Motor Vehicles Act, 1988',
    DV_ACT: 'Protection of Women from Domestic Violence Act, 2005',
    UAPA: 'Unlawful Activities (Prevention) Act, 1967',
    EXPLOSIVE_SUBST: 'Explosive Substances Act, 1908',
    FOREIGNERS: 'Foreigners Act, 1946',
    PASSPORT: 'Passports Act, 1967',
    PC_ACT: 'Prevention of Corruption Act, 1988',
    JJ_ACT: 'Juvenile Justice (Care and Protection of Children) Act, 2015',
  },
};

const hi: CommonLabels = {
  statePolice: '{state} पुलिस',
  continued: 'क्रमशः',
  version: 'संस्करण {version}',
  page: 'पृष्ठ {page} / {pages}',
  verificationCode: 'सत्यापन कोड',
  verifyAt: 'इस प्रति का सत्यापन करें: {url}',
  scanToVerify: 'सत्यापन हेतु स्कैन करें',
  generatedOn: 'तैयार किया गया: {date}',
  firRef: 'प्र.सू.रि. सं. {fir}/{year} · थाना {ps} · जिला {district}',
  caseParticulars: 'प्रकरण का विवरण',

  district: 'जिला',
  policeStation: 'थाना',
  year: 'वर्ष',
  firNo: 'प्र.सू.रि. सं.',
  firDate: 'प्र.सू.रि. का दिनांक',
  date: 'दिनांक',
  time: 'समय',
  name: 'नाम',
  relativeName: 'पिता / पति का नाम',
  address: 'पता',
  ageSex: 'आयु / लिंग',
  description: 'विवरण',
  rank: 'पद',
  number: 'क्रमांक',
  act: 'अधिनियम',
  sections: 'धाराएँ',
  sectionTitle: 'अपराध',
  signature: 'हस्ताक्षर',

  none: '—',
  serial: 'क्र.',
  hours: '{time} बजे',
  years: '{age} वर्ष',
  yes: 'हाँ',
  no: 'नहीं',
  letters: ['क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ', 'ट', 'ठ'],
  relation: { father: 'पिता', husband: 'पति', mother: 'माता', guardian: 'संरक्षक' },
  sex: { male: 'पुरुष', female: 'महिला', transgender: 'उभयलिंगी' },
  weekdays: ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'],
  actNames: {
    BNS: 'भारतीय न्याय संहिता, 2023',
    BNSS: 'भारतीय नागरिक सुरक्षा संहिता, 2023',
    BSA: 'भारतीय साक्ष्य अधिनियम, 2023',
    IPC: 'भारतीय दंड संहिता, 1860',
    CRPC: 'दंड प्रक्रिया संहिता, 1973',
    NDPS: 'स्वापक औषधि और मनःप्रभावी पदार्थ अधिनियम, 1985',
    ARMS: 'आयुध अधिनियम, 1959',
    POCSO: 'लैंगिक अपराधों से बालकों का संरक्षण अधिनियम, 2012',
    SCST_POA: 'अनुसूचित जाति और अनुसूचित जनजाति (अत्याचार निवारण) अधिनियम, 1989',
    IT_ACT: 'सूचना प्रौद्योगिकी अधिनियम, 2000',
    DOWRY: 'दहेज प्रतिषेध अधिनियम, 1961',
    MV_ACT: 'मोटर यान अधिनियम, 1988',
    DV_ACT: 'घरेलू हिंसा से महिलाओं का संरक्षण अधिनियम, 2005',
    UAPA: 'विधिविरुद्ध क्रियाकलाप (निवारण) अधिनियम, 1967',
    EXPLOSIVE_SUBST: 'विस्फोटक पदार्थ अधिनियम, 1908',
    FOREIGNERS: 'विदेशियों विषयक अधिनियम, 1946',
    PASSPORT: 'पासपोर्ट अधिनियम, 1967',
    PC_ACT: 'भ्रष्टाचार निवारण अधिनियम, 1988',
    JJ_ACT: 'किशोर न्याय (बालकों की देखरेख और संरक्षण) अधिनियम, 2015',
  },
};

/** The shared catalogues. A new language: add its catalogue here, in every form's labels, and in FORM_LANGUAGES. */
export const COMMON_LABELS = { en, hi } satisfies Record<string, CommonLabels>;

export type FormLanguage = keyof typeof COMMON_LABELS;

export interface FormLanguageInfo {
  /** BCP 47 tag: PDF /Lang and the shaper's language (Marathi and Hindi shape differently). */
  bcp47: string;
  /** Script of the labels; also the script given to digits and punctuation with no letters nearby. */
  script: ScriptCode;
  /** Name of the language in itself, for choosers. */
  name: string;
}

export const FORM_LANGUAGES: Record<FormLanguage, FormLanguageInfo> = {
  en: { bcp47: 'en-IN', script: 'Latn', name: 'English' },
  hi: { bcp47: 'hi-IN', script: 'Deva', name: 'हिन्दी' },
};

/** Fills {placeholders}; a placeholder with no value stays visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = values[key];
    return v === undefined ? whole : String(v);
  });
}
