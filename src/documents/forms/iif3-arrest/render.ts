/** The Arrest / Court Surrender memo (IIF-3) as a PDF, one per accused. Same view, same bytes. */
import { ARREST_MEMO_LABELS } from './labels.js';
import type { ArrestMemoView, ArrestOutcome } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { ageSex, formatDateTime, officerLines, relative } from '../../layout/format.js';
import { caseParticulars, renderForm, sectionsTable } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

const OUTCOMES: ArrestOutcome[] = ['arrested-sent-up', 'arrested-bailed', 'surrendered-bailed', 'surrendered-judicial-custody', 'surrendered-police-custody'];

export async function renderArrestMemo(v: ArrestMemoView): Promise<FormDocument> {
  const L = ARREST_MEMO_LABELS[v.language];
  const law = L.law[v.procedure];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: law.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS arrest memo',
    compose: (c) => {
      const C = c.C;
      caseParticulars(c, v.case);
      c.fields(
        [
          { label: L.accusedCode, value: v.accusedCode, w: 0.3 },
          { label: L.item2, value: v.kind === 'arrest' ? L.kindArrest : L.kindSurrender, w: 0.7 },
        ],
        'accusedCode',
      );
      c.section('1', L.item1, () => {
        const a = v.accused;
        c.fields(
          [
            { label: C.name, value: a.name, w: 0.4 },
            { label: L.alias, value: a.alias ?? '', w: 0.2 },
            { label: C.relativeName, value: relative(a.relative, C), w: 0.4 },
          ],
          'accused',
        );
        c.fields(
          [
            { label: C.ageSex, value: ageSex(a.age, a.sex, C), w: 0.2 },
            { label: L.nationality, value: a.nationality ?? '', w: 0.2 },
            { label: C.address, value: a.address ?? '', w: 0.6 },
          ],
          'accused',
        );
      });
      c.section('2', L.item2, () => {
        c.fields(
          [
            { label: L.dateTime, value: formatDateTime(v.at, C), w: 0.3 },
            { label: L.place, value: v.place, w: 0.7 },
          ],
          'arrest',
        );
        c.fields(
          [
            { label: L.gdEntry, value: [v.generalDiary.entryNo, formatDateTime(v.generalDiary.at, C)].filter(Boolean).join(' — '), w: 0.4 },
            { label: L.court, value: v.court ?? '', w: 0.6 },
          ],
          'arrest',
        );
      });
      c.section('3', L.item3, () => sectionsTable(c, v.sections, 'sections'));
      c.section('4', L.item4, () =>
        c.checks(
          OUTCOMES.map((o) => ({ label: L.outcomes[o], checked: v.outcome === o })),
          'list',
          'outcome',
        ),
      );
      c.section('5', L.item5, () => c.paragraph(v.groundsOfArrest, S_BODY, 'groundsOfArrest'), 24);
      c.section('6', law.personInformed, () => {
        const p = v.personInformed;
        c.fields(
          [
            { label: C.name, value: p?.name ?? L.notRecorded, w: 0.3 },
            { label: L.relationship, value: p?.relationship ?? '', w: 0.18 },
            { label: L.contact, value: p?.contact ?? '', w: 0.52 },
          ],
          'personInformed',
        );
        c.fields(
          [
            { label: L.informedAt, value: formatDateTime(p?.informedAt, C), w: 0.3 },
            { label: L.informedBy, value: p?.informedBy ?? '', w: 0.7 },
          ],
          'personInformed',
        );
      });
      c.section('7', law.witness, () =>
        c.fields(
          [
            { label: C.name, value: v.witness?.name ?? L.notRecorded, w: 0.3 },
            { label: C.relativeName, value: relative(v.witness?.relative, C), w: 0.3 },
            { label: C.address, value: v.witness?.address ?? '', w: 0.4 },
          ],
          'witness',
        ),
      );
      c.section('8', law.handcuffing, () => c.paragraph(v.handcuffingReason ?? '', S_BODY, 'handcuffingReason'), 24);
      c.section('9', law.womanAtNight, () => {
        const m = v.magistratePermission;
        c.fields(
          [
            { label: L.magistrate, value: m?.magistrate ?? '', w: 0.4 },
            { label: L.orderRef, value: m?.orderRef ?? '', w: 0.3 },
            { label: L.dateTime, value: formatDateTime(m?.at, C), w: 0.3 },
          ],
          'magistratePermission',
        );
      });
      const o = v.arrestingOfficer;
      c.section('10', L.item10, () =>
        c.signatures(
          [
            { caption: L.arrestingOfficer, details: officerLines(o, C) },
            { caption: law.countersign, details: [`${v.accusedCode} · ${v.accused.name}`] },
            { caption: L.witnessSig, details: [v.witness?.name ?? ''] },
          ],
          'signatures',
        ),
      );
    },
  });
}
