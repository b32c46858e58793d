import type { AppealResultView, CourtDisposalView, CrimeDetailsView, DateTimeIST, FinalReportView, FormLanguage } from '../documents/index.js';
import { printedStatus } from '../domain/final-report-rules.js';
import type { InvestigationCodes } from '../domain/investigation-codes.js';
import type { PersonView, RecordViews } from '../records/views.js';
import type { CaseFileView } from './case-file-view.js';
import type { CasePerson } from './case-persons.js';

type CaseFile = Awaited<ReturnType<CaseFileView['view']>>;
type FirView = Awaited<ReturnType<RecordViews['fir']>>;
type Report = CaseFile['finalReports'][number];
type Disposal = CaseFile['court']['disposals'][number];
type Appeal = CaseFile['court']['appeals'][number];
type CodeList = readonly { code: string; en: string; hi: string }[];

/** Printed in place of a protected person: the form cannot show whom the views withheld. */
const WITHHELD: Record<FormLanguage, string> = { en: 'Identity withheld (BNS 72 / JJ Act s. 74)', hi: 'पहचान गोपनीय (बीएनएस 72 / किशोर न्याय अधिनियम धारा 74)' };

function ist(iso: string): DateTimeIST {
  const d = new Date(Date.parse(iso) + 330 * 60_000).toISOString();
  return { date: d.slice(0, 10), time: d.slice(11, 16) };
}

const RANKS: Record<string, Record<FormLanguage, string>> = {
  station_house_officer: { en: 'Station House Officer', hi: 'थाना प्रभारी' },
  investigating_officer: { en: 'Investigating Officer', hi: 'विवेचना अधिकारी' },
  sub_divisional_officer: { en: 'Sub-Divisional Police Officer', hi: 'उप-विभागीय पुलिस अधिकारी' },
  superintendent: { en: 'Superintendent of Police', hi: 'पुलिस अधीक्षक' },
};

type FormOptions = { language: FormLanguage; state: string; verification: { code: string; url: string }; generatedAt: Date };

/** The case a form belongs to, from the FIR as the reader was shown it. */
function caseOf(fir: FirView, opts: FormOptions) {
  const name = (u: { nameEn: string; nameHi: string }) => (opts.language === 'hi' ? u.nameHi : u.nameEn);
  return {
    language: opts.language,
    case: { state: opts.state, district: name(fir.district), policeStation: name(fir.station), year: fir.year, firNumber: String(fir.firNo).padStart(4, '0'), firDate: ist(fir.registeredAt) },
    verification: opts.verification,
    generatedAt: opts.generatedAt.toISOString(),
  };
}

/** The printable crime details (IIF-2) from the case file and FIR as the reader was shown them; codes printed with their labels. */
export function crimeDetailsForm(file: CaseFile, fir: FirView, codes: Pick<InvestigationCodes, 'moGroups' | 'placeTypes' | 'motives'>, opts: FormOptions): CrimeDetailsView {
  const d = file.crimeDetails!;
  const lang = opts.language;
  const label = (list: readonly { code: string; en: string; hi: string }[], code: string) => list.find((x) => x.code === code)?.[lang] ?? code;
  return {
    ...caseOf(fir, opts),
    sections: fir.sections.map((s) => ({ act: s.act, section: s.section, title: (lang === 'hi' ? s.titleHi : null) ?? s.title })),
    crimeHead: d.crimeHead,
    ...(d.crimeSubHead ? { crimeSubHead: d.crimeSubHead } : {}),
    occurrence: { from: ist(fir.occurredFrom), ...(fir.occurredTo ? { to: ist(fir.occurredTo) } : {}) },
    placeType: label(codes.placeTypes, d.placeType),
    placeAddress: fir.place.address,
    ...(d.motive ? { motive: label(codes.motives, d.motive) } : {}),
    modusOperandi: codes.moGroups.flatMap((g) => g.codes.filter((c) => d.moCodes.includes(c.code)).map((c) => ({ category: g[lang], code: c.code, label: c[lang] }))),
    properties: d.properties.map((p) => ({
      description: p.description,
      ...(p.category ? { category: p.category } : {}),
      ...(p.quantity ? { quantity: p.quantity } : {}),
      ...(p.value !== null ? { value: p.value } : {}),
    })),
    totalValue: d.totalValue,
    vehicles: [],
    ...(d.remarks ? { remarks: d.remarks } : {}),
    recordedBy: { name: d.recordedBy.name, rank: RANKS[file.io?.id === d.recordedBy.id ? file.io.role : 'investigating_officer']?.[lang] ?? '' },
    recordedAt: ist(d.recordedAt),
  };
}

/**
 * The printable final report (IIF-5) from the case file and the FIR as this reader was shown them:
 * both are already masked and redacted, so the form cannot print what the reader may not see.
 */
export function finalReportForm(
  file: CaseFile,
  fir: FirView,
  report: Report,
  opts: FormOptions,
  codes: Pick<InvestigationCodes, 'accusedStatuses' | 'custodyMoves' | 'custodyPlaces'>,
): FinalReportView {
  const lang = opts.language;
  const label = (list: readonly { code: string; en: string; hi: string }[], code: string) => list.find((x) => x.code === code)?.[lang] ?? code;
  const withDestination = (what: string, destination: string | null) => (destination ? `${what} — ${destination}` : what);
  const person = (p: CasePerson) => (p.masked ? WITHHELD[lang] : p.name);
  const firPerson = (p: PersonView | null) => (!p || p.masked ? WITHHELD[lang] : p.name);
  const titles = new Map(fir.sections.map((s) => [`${s.act} ${s.section}`, (lang === 'hi' ? s.titleHi : null) ?? s.title]));
  const charged = report.sections.map((s) => `${s.act} ${s.section}`).join(', ');
  return {
    ...caseOf(fir, opts),
    procedure: report.law === 'CrPC' ? 'CrPC' : 'BNSS',
    kind: report.kind.label[lang],
    reportNo: String(report.reportNo),
    date: ist(report.filedAt ?? report.submittedAt),
    court: { name: lang === 'hi' ? report.court.nameHi : report.court.nameEn, code: report.court.code },
    sections: report.sections.map((s) => ({ act: s.act, section: s.section, title: titles.get(`${s.act} ${s.section}`) ?? '' })),
    parties: { informant: firPerson(fir.complainant), victims: fir.victims.map(firPerson) },
    natureOfInformation: fir.briefFacts,
    witnesses: report.witnesses.map((w) => ({ name: person(w) })),
    offenceFinding: report.summary ?? report.reason ?? '',
    accused: report.accused.map((a) => {
      // One mapping, the code list's (accusedStatuses `form`), for the check and the print.
      const printed = printedStatus(a.status, codes);
      return {
        code: a.code ?? '',
        name: person(a.person),
        status: printed.form,
        ...(printed.detail ? { statusDetail: printed.detail[lang] } : {}),
        forwardedInCustody: printed.form === 'arrested',
        ...(a.charged && charged ? { sections: charged } : {}),
      };
    }),
    medicalReportAttached: report.medicalReportAttached,
    deviceCustody: report.deviceCustody.map((d) => ({
      device: d.device,
      from: d.from,
      to: d.to,
      at: ist(d.at),
      purpose: withDestination(label(codes.custodyMoves, d.kind), d.destination),
      ...(d.sealNo ? { sealNo: d.sealNo } : {}),
    })),
    documents: report.documents.map((d) => ({ description: d.description, ...(d.pages ? { pages: d.pages } : {}) })),
    exhibits: report.exhibits.map((e) => ({
      exhibitNo: e.exhibitNo,
      description: e.description,
      ...(e.sealNo ? { sealNo: e.sealNo } : {}),
      where: withDestination(label(codes.custodyPlaces, e.place), e.destination),
    })),
    ...(report.summary ? { summary: report.summary } : {}),
    io: { name: report.submittedBy.name, rank: RANKS[file.io?.id === report.submittedBy.id ? file.io.role : 'investigating_officer']?.[lang] ?? '' },
  };
}

/** A coded value as the form prints it: the code list's label in the form's language; an unknown code as recorded. */
const labelOf = (list: CodeList, code: string, lang: FormLanguage) => list.find((x) => x.code === code)?.[lang] ?? code;
const courtName = (c: { nameEn: string; nameHi: string }, lang: FormLanguage) => (lang === 'hi' ? c.nameHi : c.nameEn);
/** The accused as a court form prints them: the case's accused code, and the name unless the reader may not see it. */
const accusedOf = (x: { person: CasePerson; accusedCode: string | null }, lang: FormLanguage) => ({ accusedCode: x.accusedCode ?? '—', accusedName: x.person.masked ? WITHHELD[lang] : x.person.name });

/**
 * The printable court disposal (IIF-6) from the case file and FIR as this reader was shown them
 * (accused masked, free text redacted); outcomes printed with the code list's labels.
 */
export function courtDisposalForm(fir: FirView, d: Disposal, codes: Pick<InvestigationCodes, 'courtOutcomes'>, recorder: { role: string } | null, opts: FormOptions): CourtDisposalView {
  const lang = opts.language;
  // A section the charge sheet added is not in the FIR's list: printed by its number.
  const titles = new Map(fir.sections.map((s) => [`${s.act} ${s.section}`, (lang === 'hi' ? s.titleHi : null) ?? s.title]));
  return {
    ...caseOf(fir, opts),
    court: { name: courtName(d.court, lang), code: d.court.code },
    courtCaseNo: d.courtCaseNo,
    judgmentDate: d.judgmentDate,
    ...(d.judge ? { judge: d.judge } : {}),
    ...(d.prosecutor ? { prosecutor: d.prosecutor } : {}),
    outcomes: d.outcomes.map((o) => ({
      ...accusedOf(o, lang),
      section: { act: o.section.act, section: o.section.section, title: titles.get(`${o.section.act} ${o.section.section}`) ?? '' },
      result: labelOf(codes.courtOutcomes, o.outcome, lang),
      ...(o.sentence ? { sentence: o.sentence } : {}),
      ...(o.fine !== null ? { fine: o.fine } : {}),
    })),
    ...(d.remarks ? { remarks: d.remarks } : {}),
    recordedBy: { name: d.recordedBy.name, rank: (recorder && RANKS[recorder.role]?.[lang]) ?? '' },
  };
}

/**
 * The printable result of an appeal (IIF-7) against the case's judgment, as this reader was shown
 * them; results printed with the code list's labels.
 */
export function appealForm(file: CaseFile, fir: FirView, a: Appeal, codes: Pick<InvestigationCodes, 'appealResults'>, recorder: { role: string } | null, opts: FormOptions): AppealResultView {
  const lang = opts.language;
  // The judgment appealed against: the latest before the appeal was filed (the first if none is dated before it).
  const judgments = file.court.disposals.filter((d) => d.judgmentDate <= a.filedOn);
  const lower = judgments.at(-1) ?? file.court.disposals[0];
  return {
    ...caseOf(fir, opts),
    appellateCourt: { name: courtName(a.court, lang), code: a.court.code },
    appealNo: a.appealNo,
    appellant: a.appellant,
    filedOn: a.filedOn,
    decidedOn: a.decidedOn,
    lowerCourt: lower
      ? { court: { name: courtName(lower.court, lang), code: lower.court.code }, courtCaseNo: lower.courtCaseNo, judgmentDate: lower.judgmentDate }
      : { court: { name: '' }, courtCaseNo: '', judgmentDate: a.filedOn },
    results: a.results.map((r) => ({ ...accusedOf(r, lang), result: labelOf(codes.appealResults, r.result, lang), ...(r.sentence ? { sentence: r.sentence } : {}) })),
    ...(a.remarks ? { remarks: a.remarks } : {}),
    recordedBy: { name: a.recordedBy.name, rank: (recorder && RANKS[recorder.role]?.[lang]) ?? '' },
  };
}
