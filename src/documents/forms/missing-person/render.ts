/** The missing-person report as a PDF, in English or Hindi. Same view, same bytes. */
import { MISSING_PERSON_LABELS } from './labels.js';
import type { MissingPersonReportView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { fill } from '../../layout/labels.js';
import { renderRegisterForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderMissingPersonReport(v: MissingPersonReportView): Promise<FormDocument> {
  const L = MISSING_PERSON_LABELS[v.language];
  return renderRegisterForm(v, {
    labels: L,
    governing: v.fir ? fill(L.governingChild, { fir: v.fir.number, section: v.fir.section }) : L.governingAdult,
    producer: 'CCTNS missing person report',
    compose: (c, at) => {
      const C = c.C;
      c.section('1', L.report, () => {
        c.fields(
          [
            { label: L.reportNo, value: v.number, w: 0.3 },
            { label: L.reportedAt, value: at(v.reportedAt), w: 0.25 },
            { label: L.status, value: L.statuses[v.status], w: 0.2 },
            { label: L.statusAt, value: at(v.statusAt), w: 0.25 },
          ],
          'report',
        );
        if (v.fir) c.fields([{ label: L.firNo, value: `${v.fir.number} (${v.fir.section})`, w: 1 }], 'fir');
        if (v.statusNote) c.paragraph(v.statusNote, S_BODY, 'statusNote');
      });
      c.section('2', L.person, () => {
        c.fields(
          [
            { label: C.name, value: v.person ? v.person.name : L.withheld, w: 0.4 },
            { label: C.relativeName, value: v.person?.relative ?? '', w: 0.3 },
            { label: L.ageWhenLastSeen, value: `${fill(C.years, { age: String(v.age) })} / ${L.sexes[v.sex]}`, w: 0.3 },
          ],
          'person',
        );
        if (v.person) c.fields([{ label: C.address, value: v.person.address, w: 1 }], 'address');
      });
      c.section('3', L.description, () => {
        c.fields(
          [
            { label: L.height, value: v.heightCm ? String(v.heightCm) : '', w: 0.2 },
            { label: L.build, value: v.build ?? '', w: 0.4 },
            { label: L.complexion, value: v.complexion ?? '', w: 0.4 },
          ],
          'description',
        );
        c.fields([{ label: L.marks, value: v.marks ?? '', w: 1 }], 'marks');
        c.fields([{ label: L.clothes, value: v.clothes ?? '', w: 1 }], 'clothes');
      });
      c.section('4', L.lastSeen, () => {
        c.fields(
          [
            { label: C.date, value: at(v.lastSeenAt), w: 0.25 },
            { label: L.place, value: v.lastSeenPlace, w: 0.5 },
            { label: L.coordinates, value: v.coordinates ?? '', w: 0.25 },
          ],
          'lastSeen',
        );
      });
      c.section('5', L.informant, () => {
        c.fields(
          [
            { label: C.name, value: v.informant?.name ?? L.withheld, w: 0.45 },
            { label: L.relation, value: v.informant?.relation ?? '', w: 0.25 },
            { label: L.phone, value: v.informant?.phone ?? '', w: 0.3 },
          ],
          'informant',
        );
      });
      c.section('6', L.contacts, () => {
        if (v.contactsWithheld) c.paragraph(L.contactsWithheld, S_BODY, 'contacts');
        else
          c.table(
            [
              { label: C.serial, w: 0.08 },
              { label: C.name, w: 0.42 },
              { label: L.relation, w: 0.22 },
              { label: L.phone, w: 0.28 },
            ],
            v.contacts.map((x, i) => [String(i + 1), x.name, x.relation ?? '', x.phone]),
            'contacts',
          );
      });
      c.section('7', L.circumstances, () => c.paragraph(v.circumstances ?? '', S_BODY, 'circumstances'));
      c.signature(L.officer, [v.officer], 'officer');
    },
  });
}
