/** The Final Report / charge sheet (IIF-5) as a PDF, with the contents BNSS 193(3)(i) asks for. Same view, same bytes. */
import { FINAL_REPORT_LABELS } from './labels.js';
import type { FinalReportView } from './types.js';
import { S_BODY, type SignatureBlock } from '../../layout/composer.js';
import { formatDateTime, officerLines, relative, yesNo } from '../../layout/format.js';
import { caseParticulars, renderForm, sectionsTable } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderFinalReport(v: FinalReportView): Promise<FormDocument> {
  const L = FINAL_REPORT_LABELS[v.language];
  const law = L.law[v.procedure];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: law.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS final report',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.fields(
        [
          { label: L.kind, value: v.kind, w: 0.46 },
          { label: L.reportNo, value: v.reportNo ?? '', w: 0.24 },
          { label: L.date, value: formatDateTime(v.date, C), w: 0.3 },
        ],
        'report',
      );
      c.fields(
        [
          { label: L.court, value: v.court.name, w: 0.7 },
          { label: L.courtCode, value: v.court.code ?? '', w: 0.3 },
        ],
        'court',
      );
      c.section('1', L.item1, () => sectionsTable(c, v.sections, 'sections'));
      c.section('2', L.item2, () =>
        c.fields(
          [
            { label: L.informant, value: v.parties.informant, w: 0.4 },
            { label: L.victims, value: v.parties.victims.join('; '), w: 0.6 },
          ],
          'parties',
        ),
      );
      c.section('3', L.item3, () => c.paragraph(v.natureOfInformation, S_BODY, 'natureOfInformation'), 24);
      c.section('4', L.item4, () =>
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: C.name, w: 0.26 },
            { label: C.relativeName, w: 0.2 },
            { label: C.address, w: 0.32 },
            { label: L.role, w: 0.16 },
          ],
          v.witnesses.map((w, i) => [String(i + 1), w.name, relative(w.relative, C), w.address ?? '', w.role ?? '']),
          'witnesses',
        ),
      );
      c.section('5', L.item5, () => c.paragraph(v.offenceFinding, S_BODY, 'offenceFinding'), 24);
      c.section('6', L.item6, () =>
        c.table(
          [
            { label: L.code, w: 0.07 },
            { label: C.name, w: 0.25 },
            { label: C.address, w: 0.24 },
            { label: C.sections, w: 0.14 },
            { label: L.status, w: 0.16 },
            { label: law.forwardedInCustody, w: 0.14 },
          ],
          v.accused.map((a) => [
            a.code,
            a.name,
            a.address ?? '',
            a.sections ?? '',
            a.statusDetail ? `${L.statuses[a.status]} — ${a.statusDetail}` : L.statuses[a.status],
            yesNo(a.forwardedInCustody, C),
          ]),
          'accused',
        ),
      );
      c.section('7', L.item7, () => c.fields([{ label: law.medical, value: v.medicalReportAttached === null ? L.notApplicable : yesNo(v.medicalReportAttached, C), w: 1 }], 'medicalReport'));
      c.section('8', law.deviceCustody, () =>
        c.table(
          [
            { label: C.serial, w: 0.05 },
            { label: L.device, w: 0.21 },
            { label: L.from, w: 0.17 },
            { label: L.to, w: 0.17 },
            { label: L.dateTime, w: 0.16 },
            { label: L.purpose, w: 0.14 },
            { label: L.sealNo, w: 0.1 },
          ],
          v.deviceCustody.map((s, i) => [String(i + 1), s.device, s.from, s.to, formatDateTime(s.at, C), s.purpose ?? '', s.sealNo ?? '']),
          'deviceCustody',
        ),
      );
      c.section('9', L.item9, () =>
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: C.description, w: 0.82 },
            { label: L.pages, w: 0.12, align: 'right' },
          ],
          v.documents.map((d, i) => [String(i + 1), d.description, d.pages === undefined ? '' : String(d.pages)]),
          'documents',
        ),
      );
      c.section('10', L.item10, () =>
        c.table(
          [
            { label: L.exhibitNo, w: 0.14 },
            { label: C.description, w: 0.46 },
            { label: L.sealNo, w: 0.14 },
            { label: L.where, w: 0.26 },
          ],
          v.exhibits.map((e) => [e.exhibitNo, e.description, e.sealNo ?? '', e.where ?? '']),
          'exhibits',
        ),
      );
      c.section('11', L.item11, () => c.paragraph(v.summary ?? '', S_BODY, 'summary'), 24);
      const blocks: SignatureBlock[] = [{ caption: L.io, details: officerLines(v.io, C) }];
      if (v.forwardedBy) blocks.unshift({ caption: L.forwardedBy, details: officerLines(v.forwardedBy, C) });
      c.signatures(blocks, 'signatures');
    },
  });
}
