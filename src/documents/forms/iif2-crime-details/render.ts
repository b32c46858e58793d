/** The Crime Details form (IIF-2) as a PDF. Same view, same bytes. */
import { CRIME_DETAILS_LABELS } from './labels.js';
import type { CrimeDetailsView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDateTime, money, officerLines, totalOf } from '../../layout/format.js';
import { caseParticulars, renderForm, sectionsTable } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderCrimeDetailsForm(v: CrimeDetailsView): Promise<FormDocument> {
  const L = CRIME_DETAILS_LABELS[v.language];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: L.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS crime details form',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.section('1', L.item1, () => sectionsTable(c, v.sections, 'sections'));
      c.section('2', L.item2, () => {
        c.fields(
          [
            { label: L.crimeHead, value: v.crimeHead, w: 0.5 },
            { label: L.crimeSubHead, value: v.crimeSubHead ?? '', w: 0.5 },
          ],
          'crimeHead',
        );
        c.fields(
          [
            { label: L.occurrenceFrom, value: formatDateTime(v.occurrence?.from, C), w: 0.5 },
            { label: L.occurrenceTo, value: formatDateTime(v.occurrence?.to, C), w: 0.5 },
          ],
          'occurrence',
        );
      });
      c.section('3', L.item3, () =>
        c.fields(
          [
            { label: L.placeType, value: v.placeType, w: 0.3 },
            { label: C.address, value: v.placeAddress ?? '', w: 0.7 },
          ],
          'place',
        ),
      );
      c.section('4', L.item4, () => c.paragraph(v.motive ?? '', S_BODY, 'motive'), 24);
      c.section('5', L.item5, () =>
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: L.moCategory, w: 0.2 },
            { label: L.moCode, w: 0.14 },
            { label: L.moLabel, w: 0.6 },
          ],
          v.modusOperandi.map((m, i) => [String(i + 1), m.category, m.code, m.label]),
          'modusOperandi',
        ),
      );
      c.section('6', L.item6, () => {
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: L.category, w: 0.16 },
            { label: C.description, w: 0.46 },
            { label: L.quantity, w: 0.12 },
            { label: L.value, w: 0.2, align: 'right' },
          ],
          v.properties.map((p, i) => [String(i + 1), p.category ?? '', p.description, p.quantity ?? '', money(p.value)]),
          'properties',
        );
        const total = totalOf(
          v.properties.map((p) => p.value),
          v.totalValue,
        );
        c.fields([{ label: L.total, value: money(total), w: 1, align: 'right' }], 'totalValue');
      });
      c.section('7', L.item7, () =>
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: L.registrationNo, w: 0.2 },
            { label: C.description, w: 0.52 },
            { label: L.role, w: 0.22 },
          ],
          v.vehicles.map((x, i) => [String(i + 1), x.registrationNo, x.description, x.role ?? '']),
          'vehicles',
        ),
      );
      c.section('8', L.item8, () => c.paragraph(v.remarks ?? '', S_BODY, 'remarks'), 24);
      const o = v.recordedBy;
      c.signature(L.recordedBy, [...officerLines(o, C), formatDateTime(v.recordedAt, C)], 'recordedBy');
    },
  });
}
