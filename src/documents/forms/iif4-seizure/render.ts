/** The Property Search and Seizure memo (IIF-4) as a PDF. Same view, same bytes. */
import { SEIZURE_MEMO_LABELS } from './labels.js';
import type { SeizureMemoView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDateTime, money, officerLines, relative, totalOf } from '../../layout/format.js';
import { caseParticulars, renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderSeizureMemo(v: SeizureMemoView): Promise<FormDocument> {
  const L = SEIZURE_MEMO_LABELS[v.language];
  const law = L.law[v.procedure];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: law.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS seizure memo',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.section('1', L.item1, () => {
        c.fields(
          [
            { label: L.dateTime, value: formatDateTime(v.seizedAt, C), w: 0.3 },
            { label: L.place, value: v.place, w: 0.7 },
          ],
          'seizure',
        );
        c.fields(
          [
            { label: L.searchOf, value: v.searchOf ?? '', w: 0.5 },
            { label: L.seizedFrom, value: v.seizedFrom ?? '', w: 0.5 },
          ],
          'seizure',
        );
      });
      c.section('2', L.item2, () => {
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: C.description, w: 0.38 },
            { label: L.quantity, w: 0.1 },
            { label: L.sealNo, w: 0.12 },
            { label: L.placeFound, w: 0.2 },
            { label: L.value, w: 0.14, align: 'right' },
          ],
          v.items.map((x, i) => [String(i + 1), x.description, x.quantity, x.sealNo ?? '', x.placeFound ?? '', money(x.value)]),
          'items',
        );
        const total = totalOf(
          v.items.map((x) => x.value),
          v.totalValue,
        );
        c.fields([{ label: L.total, value: money(total), w: 1, align: 'right' }], 'totalValue');
      });
      c.section('3', law.witnesses, () =>
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: C.name, w: 0.3 },
            { label: C.relativeName, w: 0.26 },
            { label: C.address, w: 0.38 },
          ],
          v.witnesses.map((w, i) => [String(i + 1), w.name, relative(w.relative, C), w.address ?? '']),
          'witnesses',
        ),
      );
      c.section('4', law.video, () => {
        const video = v.video;
        c.fields([{ label: L.sha256, value: video?.sha256 ?? L.notRecorded, w: 1 }], 'video');
        c.fields(
          [
            { label: L.videoDescription, value: video?.description ?? '', w: 0.4 },
            { label: L.forwardedAt, value: formatDateTime(video?.forwardedToMagistrateAt, C), w: 0.3 },
            { label: L.magistrate, value: video?.magistrate ?? '', w: 0.3 },
          ],
          'video',
        );
      });
      c.section('5', L.item5, () => c.paragraph(v.remarks ?? '', S_BODY, 'remarks'), 24);
      c.signatures([{ caption: L.seizingOfficer, details: officerLines(v.seizingOfficer, C) }, ...v.witnesses.slice(0, 2).map((w) => ({ caption: L.witnessSig, details: [w.name] }))], 'signatures');
    },
  });
}
