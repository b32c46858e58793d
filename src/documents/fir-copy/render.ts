/**
 * The FIR copy as a PDF: A4, laid out like form IIF-1 (items 1–15 in ruled boxes), labels in the
 * view's language, data as entered in whatever script it is in. Same view, same bytes. The page
 * frame, building blocks and formatting are the ones every form shares (../layout/).
 *
 *   const pdf = await renderFirCopyPdf(view);                       // Buffer
 *   const { pdf, pageCount, warnings } = await renderFirCopy(view); // with what was worked around
 */
import { FIR_COPY_LABELS, fill, type FirCopyLabels } from './labels.js';
import { S_BODY, S_VALUE, type FormComposer } from '../layout/composer.js';
import { ageSex, formatDate, formatDateTime, formatTime, money, relative, sub, totalOf, weekday } from '../layout/format.js';
import { caseReference, renderForm, sectionsTable } from '../layout/render.js';
import type { FirCopyAccused, FirCopyDocument, FirCopyView } from './types.js';

const BLANK = '__________';

// ---- the form ----

function compose(c: FormComposer, v: FirCopyView, L: FirCopyLabels): void {
  // 1
  c.beginItem('1', L.item1);
  c.fields(
    [
      { label: L.district, value: v.district, w: 0.2 },
      { label: L.policeStation, value: v.policeStation, w: 0.27 },
      { label: L.year, value: String(v.year), w: 0.1 },
      { label: L.firNo, value: v.firNumber, w: 0.15 },
      { label: L.firDateTime, value: formatDateTime(v.registeredAt, L), w: 0.28 },
    ],
    'registration',
  );
  c.endItem();

  // 2
  c.beginItem('2', L.item2);
  sectionsTable(c, v.sections, 'sections');
  c.endItem();

  // 3
  c.beginItem('3', L.item3);
  c.subhead(L.occurrence);
  const occ = v.occurrence;
  c.fields(
    [
      { label: L.day, value: weekday(occ.from.date, L), w: 0.16 },
      { label: L.dateFrom, value: formatDate(occ.from.date), w: 0.16 },
      { label: L.dateTo, value: occ.to ? formatDate(occ.to.date) : '', w: 0.16 },
      { label: L.timePeriod, value: occ.timePeriod ?? '', w: 0.18 },
      { label: L.timeFrom, value: formatTime(occ.from.time, L), w: 0.17 },
      { label: L.timeTo, value: formatTime(occ.to?.time, L), w: 0.17 },
    ],
    'occurrence',
  );
  c.fields(
    [
      { label: L.informationReceived, value: formatDateTime(v.informationReceivedAt, L), w: 0.5 },
      {
        label: L.generalDiary,
        value: `${L.gdEntryNo} ${v.generalDiary.entryNo} — ${formatDateTime(v.generalDiary.at, L)}`,
        w: 0.5,
      },
    ],
    'generalDiary',
  );
  c.endItem();

  // 4
  c.beginItem('4', L.item4);
  c.checks(
    [
      { label: L.written, checked: v.informationType === 'written' },
      { label: L.oral, checked: v.informationType === 'oral' },
      { label: L.efir, checked: v.informationType === 'e-fir' },
      { label: L.zeroFir, checked: v.zeroFir },
    ],
    'inline',
    'labels',
  );
  c.endItem();

  // 5
  c.beginItem('5', L.item5);
  const p = v.place;
  c.fields(
    [
      { label: L.directionDistance, value: p.directionAndDistance ?? '', w: 0.5 },
      { label: L.beatNo, value: p.beatNo ?? '', w: 0.18 },
      {
        label: L.coordinates,
        value: p.coordinates ? `${p.coordinates.lat.toFixed(5)}, ${p.coordinates.lon.toFixed(5)}` : '',
        w: 0.32,
      },
    ],
    'place',
  );
  c.fields([{ label: `${sub(L, 1)} ${L.address}`, value: p.address, w: 1 }], 'place');
  c.subhead(L.outsideLimits);
  const out = p.outsideLimits;
  c.fields(
    [
      { label: L.outsidePs, value: out?.policeStation ?? '', w: 0.5 },
      { label: L.outsideDistrict, value: out ? [out.district, out.state].filter(Boolean).join(', ') : '', w: 0.5 },
    ],
    'place',
  );
  c.endItem();

  // 6
  c.beginItem('6', L.item6);
  const cp = v.complainant;
  c.fields(
    [
      { label: `${sub(L, 0)} ${L.name}`, value: cp.name, w: 0.38 },
      { label: `${sub(L, 1)} ${L.relativeName}`, value: relative(cp.relative, L), w: 0.38 },
      { label: `${sub(L, 2)} ${L.dateOrYearOfBirth}`, value: cp.dateOrYearOfBirth ? formatDate(cp.dateOrYearOfBirth) : '', w: 0.24 },
    ],
    'complainant',
  );
  c.fields(
    [
      { label: `${sub(L, 3)} ${L.nationality}`, value: cp.nationality ?? '', w: 0.22 },
      { label: `${sub(L, 4)} ${L.passportNo}`, value: cp.passport?.number ?? '', w: 0.3 },
      {
        label: L.passportIssue,
        value: cp.passport ? [cp.passport.dateOfIssue ? formatDate(cp.passport.dateOfIssue) : '', cp.passport.placeOfIssue ?? ''].filter(Boolean).join(', ') : '',
        w: 0.48,
      },
    ],
    'complainant',
  );
  c.fields(
    [
      { label: `${sub(L, 5)} ${L.occupation}`, value: cp.occupation ?? '', w: 0.26 },
      { label: `${sub(L, 6)} ${L.address}`, value: cp.address ?? '', w: 0.52 },
      { label: L.phone, value: cp.phone ?? '', w: 0.22 },
    ],
    'complainant',
  );
  c.endItem();

  // 6A victims
  c.beginItem('6A', L.item6a);
  const withheld = v.penalCode === 'IPC' ? L.identityWithheldIpc : L.identityWithheldBns;
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.name, w: 0.26 },
      { label: L.relativeName, w: 0.24 },
      { label: L.ageSex, w: 0.14 },
      { label: L.address, w: 0.3 },
    ],
    v.victims.length
      ? v.victims.map((victim, i) =>
          // A masked victim: only the notice. Nothing else on the object is read.
          victim.masked ? [String(i + 1), withheld] : [String(i + 1), victim.name, relative(victim.relative, L), ageSex(victim.age, victim.sex, L), victim.address ?? ''],
        )
      : [['', '']],
    'victims',
  );
  c.endItem();

  // 7
  c.beginItem('7', L.item7);
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.status, w: 0.1 },
      { label: L.nameAlias, w: 0.22 },
      { label: L.relativeName, w: 0.2 },
      { label: L.ageSex, w: 0.13 },
      { label: L.addressOrDescription, w: 0.29 },
    ],
    v.accused.length ? v.accused.map((a, i) => accusedRow(a, i, L)) : [['', '']],
    'accused',
  );
  c.endItem();

  // 8
  c.beginItem('8', L.item8, 24);
  c.paragraph(v.delayReasons ?? '', S_VALUE, 'delayReasons');
  c.endItem();

  // 9
  c.beginItem('9', L.item9);
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.description, w: 0.74 },
      { label: L.estimatedValue, w: 0.2, align: 'right' },
    ],
    v.properties.length ? v.properties.map((p, i) => [String(i + 1), p.description, money(p.value)]) : [['', '']],
    'properties',
  );
  c.endItem();

  // 10
  const total = totalOf(
    v.properties.map((p) => p.value),
    v.totalValue,
  );
  c.beginItem('10', L.item10, 24);
  c.paragraph(money(total), { size: 9, bold: true }, 'totalValue');
  c.endItem();

  // 11
  c.beginItem('11', L.item11, 24);
  c.paragraph(v.inquestReport ?? '', S_VALUE, 'inquestReport');
  c.endItem();

  // 12
  c.beginItem('12', L.item12, 30);
  c.paragraph(v.briefFacts, S_BODY, 'briefFacts');
  c.endItem();

  // 13
  c.beginItem('13', L.item13, 60);
  c.paragraph(L.actionIntro, S_VALUE, 'labels');
  const a = v.action;
  c.checks(
    [
      { label: L.actionInvestigating, checked: a.kind === 'investigating' },
      {
        label: fill(L.actionDirected, {
          name: a.kind === 'directed' ? a.io.name : BLANK,
          rank: a.kind === 'directed' ? a.io.rank : BLANK,
          number: a.kind === 'directed' ? (a.io.number ?? L.none) : BLANK,
        }),
        checked: a.kind === 'directed',
      },
      { label: fill(L.actionRefused, { reason: a.kind === 'refused' ? a.reason : BLANK }), checked: a.kind === 'refused' },
      {
        label: fill(L.actionTransferred, {
          ps: a.kind === 'transferred' ? a.policeStation : BLANK,
          district: a.kind === 'transferred' ? [a.district, a.state].filter(Boolean).join(', ') : BLANK,
        }),
        checked: a.kind === 'transferred',
      },
    ],
    'list',
    'action',
  );
  const sig = v.complainantSignature;
  if (!(sig.kind === 'e-fir' && sig.status !== 'signed')) c.paragraph(L.readOver, S_VALUE, 'labels');
  const o = v.officerInCharge;
  c.signature(L.officerSignature, [`${L.name}: ${o.name}`, `${L.rank}: ${o.rank}${o.number ? ` · ${L.number} ${o.number}` : ''}`], 'officerInCharge');
  c.endItem();

  // 14
  c.beginItem('14', L.item14, 24);
  const sigText =
    sig.kind === 'signature'
      ? L.signedOnOriginal
      : sig.kind === 'thumb-impression'
        ? L.thumbOnOriginal
        : sig.status === 'signed'
          ? fill(L.efirSigned, { date: formatDateTime(sig.signedAt, L) })
          : fill(sig.status === 'awaiting' ? L.efirAwaiting : L.efirLapsed, { date: formatDateTime(sig.dueBy, L) });
  c.paragraph(sigText, S_VALUE, 'complainantSignature');
  c.endItem();

  // 15
  c.beginItem('15', L.item15, 24);
  c.paragraph(v.dispatchedToCourtAt ? formatDateTime(v.dispatchedToCourtAt, L) : L.notDispatched, S_VALUE, 'dispatchedToCourt');
  c.endItem();
}

function accusedRow(a: FirCopyAccused, i: number, L: FirCopyLabels): string[] {
  if (a.kind === 'unknown') return [String(i + 1), L.unknown, a.description];
  return [String(i + 1), a.kind === 'known' ? L.known : L.suspected, a.alias ? `${a.name} (${L.alias} ${a.alias})` : a.name, relative(a.relative, L), ageSex(a.age, a.sex, L), a.address ?? ''];
}

/** Renders the FIR copy and reports what had to be worked around (e.g. a script with no font). */
export async function renderFirCopy(view: FirCopyView): Promise<FirCopyDocument> {
  const L = FIR_COPY_LABELS[view.language];
  if (!L) throw new TypeError(`no FIR copy labels for language '${String(view.language)}'`);
  const freeCopy = view.procedure === 'BNSS' ? L.freeCopyBnss : L.freeCopyCrpc;
  const caseRef = {
    state: view.state,
    district: view.district,
    policeStation: view.policeStation,
    year: view.year,
    firNumber: view.firNumber,
    firDate: view.registeredAt,
  };
  return renderForm({
    language: view.language,
    case: caseRef,
    frame: {
      formName: L.form,
      title: L.title,
      governing: view.procedure === 'BNSS' ? L.underBnss : L.underCrpc,
      state: view.state,
      reference: caseReference(caseRef, L),
      verification: view.verification,
      generatedAt: view.generatedAt,
      version: view.version,
      ...(view.freeCopyForInformant ? { banner: freeCopy, footerNotes: [L.freeCopyShort] } : {}),
    },
    subject: view.freeCopyForInformant ? freeCopy : L.form,
    producer: 'CCTNS FIR copy',
    compose: (c) => compose(c, view, L),
  });
}

/** Renders the FIR copy as PDF bytes. Warnings (if any) are available from renderFirCopy. */
export async function renderFirCopyPdf(view: FirCopyView): Promise<Buffer> {
  return (await renderFirCopy(view)).pdf;
}
