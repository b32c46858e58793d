/** The found-person report as a PDF, in English or Hindi. Same view, same bytes. */
import { FOUND_PERSON_LABELS } from './labels.js';
import type { FoundPersonReportView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { fill } from '../../layout/labels.js';
import { renderRegisterForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderFoundPersonReport(v: FoundPersonReportView): Promise<FormDocument> {
  const L = FOUND_PERSON_LABELS[v.language];
  return renderRegisterForm(v, {
    labels: L,
    governing: L.governing,
    producer: 'CCTNS found person report',
    compose: (c, at) => {
      c.section('1', L.entry, () => {
        c.fields(
          [
            { label: L.number, value: v.number, w: 0.3 },
            { label: L.registeredAt, value: at(v.registeredAt), w: 0.25 },
            { label: L.receivedAt, value: at(v.receivedAt), w: 0.25 },
            { label: L.status, value: L.statuses[v.status], w: 0.2 },
          ],
          'entry',
        );
      });
      c.section('2', L.found, () => {
        c.fields(
          [
            { label: L.foundAt, value: at(v.foundAt), w: 0.25 },
            { label: L.place, value: v.foundPlace, w: 0.5 },
            { label: L.coordinates, value: v.coordinates ?? '', w: 0.25 },
          ],
          'found',
        );
        c.fields([{ label: L.foundBy, value: v.foundBy, w: 1 }], 'foundBy');
        c.fields([{ label: L.condition, value: v.condition ?? '', w: 1 }], 'condition');
        if (v.circumstances) c.paragraph(v.circumstances, S_BODY, 'circumstances');
      });
      c.section('3', L.person, () => {
        c.fields(
          [
            { label: L.name, value: v.withheld ? L.withheld : (v.name ?? L.notKnown), w: 0.6 },
            { label: L.child, value: v.child ? L.yes : L.no, w: 0.4 },
          ],
          'person',
        );
        c.fields(
          [
            { label: L.sex, value: L.sexes[v.sex], w: 0.2 },
            { label: L.age, value: v.age, w: 0.2 },
            { label: L.height, value: v.heightCm ? String(v.heightCm) : '', w: 0.2 },
            { label: L.build, value: v.build ?? '', w: 0.2 },
            { label: L.complexion, value: v.complexion ?? '', w: 0.2 },
          ],
          'description',
        );
        c.fields([{ label: L.marks, value: v.marks ?? '', w: 1 }], 'marks');
        c.fields([{ label: L.clothes, value: v.clothes ?? '', w: 1 }], 'clothes');
      });
      c.section('4', L.placement, () => {
        if (v.placement)
          c.fields(
            [
              { label: L.placedWith, value: [L.placements[v.placement.kind], v.placement.name].filter(Boolean).join(': '), w: 0.7 },
              { label: L.placedAt, value: at(v.placement.at), w: 0.3 },
            ],
            'placement',
          );
        if (v.cwcProducedAt) c.fields([{ label: L.cwcProducedAt, value: at(v.cwcProducedAt), w: 1 }], 'cwc');
        else if (v.cwcDue) c.paragraph(fill(v.cwcDue.overdue ? L.cwcOverdue : L.cwcDue, { due: at(v.cwcDue.dueAt) }), S_BODY, 'cwcDue');
      });
      c.section('5', L.outcome, () => {
        if (!v.outcome) return;
        const o = v.outcome;
        c.fields(
          [
            { label: L.outcomeAt, value: at(o.at), w: 0.25 },
            { label: L.restoredTo, value: o.restoredTo ?? '', w: 0.45 },
            { label: L.missingReport, value: o.missingReport ?? '', w: 0.3 },
          ],
          'outcome',
        );
        c.paragraph(o.note, S_BODY, 'outcomeNote');
      });
      c.signature(L.officer, [v.officer], 'officer');
    },
  });
}
