/** The Result of Appeal form (IIF-7) as a PDF. Same view, same bytes. */
import { APPEAL_RESULT_LABELS } from './labels.js';
import type { AppealResultView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDate, officerLines } from '../../layout/format.js';
import { caseParticulars, renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderAppealResult(v: AppealResultView): Promise<FormDocument> {
  const L = APPEAL_RESULT_LABELS[v.language];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: L.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS result of appeal form',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.section('1', L.item1, () => {
        c.fields(
          [
            { label: L.appellateCourt, value: v.appellateCourt.name, w: 0.5 },
            { label: L.courtCode, value: v.appellateCourt.code ?? '', w: 0.2 },
            { label: L.appealNo, value: v.appealNo, w: 0.3 },
          ],
          'appeal',
        );
        c.fields(
          [
            { label: L.appellant, value: v.appellant, w: 0.4 },
            { label: L.filedOn, value: formatDate(v.filedOn), w: 0.3 },
            { label: L.decidedOn, value: formatDate(v.decidedOn), w: 0.3 },
          ],
          'appeal',
        );
      });
      c.section('2', L.item2, () =>
        c.fields(
          [
            { label: L.lowerCourt, value: [v.lowerCourt.court.name, v.lowerCourt.court.code].filter(Boolean).join(' · '), w: 0.5 },
            { label: L.courtCaseNo, value: v.lowerCourt.courtCaseNo, w: 0.25 },
            { label: L.judgmentDate, value: formatDate(v.lowerCourt.judgmentDate), w: 0.25 },
          ],
          'lowerCourt',
        ),
      );
      c.section('3', L.item3, () =>
        c.table(
          [
            { label: L.accused, w: 0.3 },
            { label: L.result, w: 0.3 },
            { label: L.sentence, w: 0.4 },
          ],
          v.results.map((r) => [`${r.accusedCode} · ${r.accusedName}`, r.result, r.sentence ?? '']),
          'results',
        ),
      );
      c.section('4', L.item4, () => c.paragraph(v.remarks ?? '', S_BODY, 'remarks'), 24);
      c.signature(L.recordedBy, officerLines(v.recordedBy, C), 'recordedBy');
    },
  });
}
