/** The Court Disposal form (IIF-6) as a PDF. Same view, same bytes. */
import { COURT_DISPOSAL_LABELS } from './labels.js';
import type { CourtDisposalView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDate, money, officerLines } from '../../layout/format.js';
import { caseParticulars, renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderCourtDisposal(v: CourtDisposalView): Promise<FormDocument> {
  const L = COURT_DISPOSAL_LABELS[v.language];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: L.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS court disposal form',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.section('1', L.item1, () => {
        c.fields(
          [
            { label: L.court, value: v.court.name, w: 0.5 },
            { label: L.courtCode, value: v.court.code ?? '', w: 0.2 },
            { label: L.courtCaseNo, value: v.courtCaseNo, w: 0.3 },
          ],
          'court',
        );
        c.fields(
          [
            { label: L.judgmentDate, value: formatDate(v.judgmentDate), w: 0.3 },
            { label: L.judge, value: v.judge ?? '', w: 0.35 },
            { label: L.prosecutor, value: v.prosecutor ?? '', w: 0.35 },
          ],
          'court',
        );
      });
      c.section('2', L.item2, () =>
        c.table(
          [
            { label: L.accused, w: 0.22 },
            { label: C.sections, w: 0.22 },
            { label: L.result, w: 0.14 },
            { label: L.sentence, w: 0.28 },
            { label: L.fine, w: 0.14, align: 'right' },
          ],
          v.outcomes.map((o) => [`${o.accusedCode} · ${o.accusedName}`, `${o.section.act} ${o.section.section} — ${o.section.title}`, o.result, o.sentence ?? '', money(o.fine)]),
          'outcomes',
        ),
      );
      c.section('3', L.item3, () => c.paragraph(v.remarks ?? '', S_BODY, 'remarks'), 24);
      c.signature(L.recordedBy, officerLines(v.recordedBy, C), 'recordedBy');
    },
  });
}
