/** The unnatural-death / unidentified-body report as a PDF, in English or Hindi. Same view, same bytes. */
import { UNNATURAL_DEATH_LABELS } from './labels.js';
import type { UnnaturalDeathReportView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { fill } from '../../layout/labels.js';
import { renderRegisterForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderUnnaturalDeathReport(v: UnnaturalDeathReportView): Promise<FormDocument> {
  const L = UNNATURAL_DEATH_LABELS[v.language];
  return renderRegisterForm(v, {
    labels: L,
    governing: L.governing,
    producer: 'CCTNS unnatural death report',
    compose: (c, at) => {
      const C = c.C;
      c.section('1', L.entry, () => {
        c.fields(
          [
            { label: L.number, value: v.number, w: 0.3 },
            { label: L.registeredAt, value: at(v.registeredAt), w: 0.25 },
            { label: L.informedAt, value: at(v.informedAt), w: 0.25 },
            { label: L.status, value: L.statuses[v.status], w: 0.2 },
          ],
          'entry',
        );
        c.fields([{ label: L.informant, value: v.informant ?? L.withheld, w: 1 }], 'informant');
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
      });
      c.section('3', L.description, () => {
        c.fields(
          [
            { label: L.sex, value: L.sexes[v.sex], w: 0.2 },
            { label: L.ageRange, value: v.ageRange, w: 0.2 },
            { label: L.height, value: v.heightCm ? String(v.heightCm) : '', w: 0.2 },
            { label: L.build, value: v.build ?? '', w: 0.2 },
            { label: L.complexion, value: v.complexion ?? '', w: 0.2 },
          ],
          'description',
        );
        c.fields([{ label: L.marks, value: v.marks ?? '', w: 1 }], 'marks');
        c.fields([{ label: L.clothes, value: v.clothes ?? '', w: 1 }], 'clothes');
        c.fields([{ label: L.belongings, value: v.belongings ?? '', w: 1 }], 'belongings');
        c.fields([{ label: L.apparentCause, value: v.apparentCause ?? '', w: 1 }], 'apparentCause');
        if (v.circumstances) c.paragraph(v.circumstances, S_BODY, 'circumstances');
      });
      c.section('4', L.inquest, () => {
        if (!v.inquest) {
          if (v.inquestDue) c.paragraph(fill(v.inquestDue.overdue ? L.inquestOverdue : L.inquestDue, { due: at(v.inquestDue.dueAt) }), S_BODY, 'inquestDue');
          return;
        }
        const q = v.inquest;
        c.fields(
          [
            { label: L.heldBy, value: q.heldBy, w: 0.4 },
            { label: L.heldAt, value: at(q.heldAt), w: 0.3 },
            { label: L.forwardedAt, value: at(q.forwardedAt), w: 0.3 },
          ],
          'inquest',
        );
        c.fields([{ label: L.forwardedTo, value: [L.magistrates[q.forwardedTo], q.forwardedToName].filter(Boolean).join(', '), w: 1 }], 'forwardedTo');
        c.fields([{ label: L.witnesses, value: q.witnesses.join('; '), w: 1 }], 'witnesses');
        c.paragraph(q.findings, S_BODY, 'findings');
      });
      c.section('5', L.postMortem, () => {
        if (!v.postMortem) return;
        c.fields(
          [
            { label: L.hospital, value: v.postMortem.hospital, w: 0.4 },
            { label: L.pmNumber, value: v.postMortem.number, w: 0.3 },
            { label: C.date, value: at(v.postMortem.conductedAt), w: 0.3 },
          ],
          'postMortem',
        );
        c.fields([{ label: L.causeOfDeath, value: v.postMortem.causeOfDeath ?? '', w: 1 }], 'causeOfDeath');
      });
      c.section('6', L.identification, () => {
        if (!v.identification) return;
        const i = v.identification;
        c.fields(
          [
            { label: L.identifiedAt, value: at(i.at), w: 0.25 },
            { label: L.identifiedAs, value: i.person ?? L.withheld, w: 0.45 },
            { label: L.missingReport, value: i.missingReport ?? '', w: 0.3 },
          ],
          'identification',
        );
        c.paragraph(i.note, S_BODY, 'identificationNote');
      });
      c.signature(L.officer, [v.officer], 'officer');
    },
  });
}
