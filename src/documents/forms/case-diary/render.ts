/**
 * Case diary entries (BNSS 192) as a PDF: each entry with its number, page, times, places visited and
 * circumstances, the statements inserted in it, flowing over as many pages as needed; page 1 carries
 * the confidentiality notice. Same view, same bytes.
 */
import { CASE_DIARY_LABELS } from './labels.js';
import type { CaseDiaryExtractView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDate, formatDateTime, formatTime, officerLines } from '../../layout/format.js';
import { fill } from '../../layout/labels.js';
import { caseParticulars, renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderCaseDiaryExtract(v: CaseDiaryExtractView): Promise<FormDocument> {
  const L = CASE_DIARY_LABELS[v.language];
  const law = L.law[v.procedure];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: {
      formName: L.form,
      title: L.title,
      governing: law.governing,
      state: v.case.state,
      verification: v.verification,
      generatedAt: v.generatedAt,
      banner: law.confidential,
    },
    producer: 'CCTNS case diary',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.fields(
        [
          { label: L.io, value: officerLines(v.io, C).join(' · '), w: 0.75 },
          { label: L.volume, value: v.volume ?? '', w: 0.25 },
        ],
        'io',
      );
      for (const e of v.entries) {
        c.section(String(e.entryNo), fill(L.entry, { entry: e.entryNo, page: e.page, date: formatDate(e.date) }), () => {
          c.fields(
            [
              { label: L.began, value: formatTime(e.began, C), w: 0.25 },
              { label: L.closed, value: formatTime(e.closed, C), w: 0.25 },
              { label: L.informationReceived, value: formatDateTime(e.informationReceivedAt, C), w: 0.5 },
            ],
            'entry',
          );
          c.fields([{ label: L.placesVisited, value: e.placesVisited.join('; '), w: 1 }], 'placesVisited');
          c.subhead(L.circumstances);
          c.paragraph(e.circumstances, S_BODY, 'circumstances');
          for (const s of e.statements) {
            c.subhead([fill(law.statement, { witness: s.witness }), s.recordedAt ? `${L.recordedAt} ${formatDateTime(s.recordedAt, C)}` : ''].filter(Boolean).join(' — '));
            c.paragraph(s.text, S_BODY, 'statements');
          }
        });
      }
      c.signature(L.io, officerLines(v.io, C), 'io');
    },
  });
}
