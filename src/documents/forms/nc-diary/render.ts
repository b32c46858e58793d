/**
 * The fortnightly diary of non-cognizable reports (BNSS 174(1)) as a PDF: the court it goes to,
 * the fortnight, then each report with its substance, flowing over as many pages as needed; a nil
 * diary says so. Same view, same bytes.
 */
import { NC_DIARY_LABELS } from './labels.js';
import type { NcDiaryView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDate, formatInstant, officerLines } from '../../layout/format.js';
import { fill } from '../../layout/labels.js';
import { renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderNcDiary(v: NcDiaryView): Promise<FormDocument> {
  const L = NC_DIARY_LABELS[v.language];
  return renderForm({
    language: v.language,
    frame: {
      formName: L.form,
      title: L.title,
      governing: L.governing,
      state: v.state,
      reference: fill(L.reference, { from: formatDate(v.from), to: formatDate(v.to), ps: v.policeStation, district: v.district }),
      verification: v.verification,
      generatedAt: v.generatedAt,
    },
    producer: 'CCTNS NC diary',
    compose: (c) => {
      const C = c.C;
      c.fields(
        [
          { label: L.to, value: v.court.name, w: 0.5 },
          { label: L.period, value: `${formatDate(v.from)} – ${formatDate(v.to)}`, w: 0.25 },
          { label: L.forwarded, value: v.forwardedAt ? formatInstant(v.forwardedAt, C) : L.notForwarded, w: 0.25 },
        ],
        'court',
      );
      if (v.reference) c.fields([{ label: L.dispatch, value: v.reference, w: 1 }], 'reference');
      if (!v.entries.length) c.paragraph(L.nil, S_BODY, 'entries');
      v.entries.forEach((e, i) => {
        c.section(String(i + 1), fill(L.entry, { number: e.number, at: formatInstant(e.receivedAt, C) }), () => {
          c.fields(
            [
              { label: L.informant, value: e.informant, w: 0.4 },
              { label: L.sections, value: e.sections, w: 0.3 },
              { label: L.place, value: e.place, w: 0.3 },
            ],
            'entry',
          );
          if (e.accused.length) c.fields([{ label: L.accused, value: e.accused.join('; '), w: 1 }], 'accused');
          c.subhead(L.substance);
          c.paragraph(e.substance, S_BODY, 'substance');
          c.fields([{ label: L.referredTo, value: e.referredTo, w: e.fir ? 0.6 : 1 }, ...(e.fir ? [{ label: L.fir, value: e.fir, w: 0.4 }] : [])], 'referredTo');
        });
      });
      c.signature(L.officer, officerLines(v.officer, C), 'officer');
    },
  });
}
