/** The BSA 63 certificate, Part A, for an electronic record, as a PDF. Same view, same bytes. */
import { BSA63_LABELS } from './labels.js';
import type { Bsa63CertificateView, RecordSource, SourceRelation } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatDateTime, relative } from '../../layout/format.js';
import { fill } from '../../layout/labels.js';
import { caseParticulars, renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

const SOURCES: RecordSource[] = ['computer-storage', 'dvr', 'mobile', 'flash-drive', 'cd-dvd', 'server', 'cloud', 'other'];
const RELATIONS: SourceRelation[] = ['owned', 'maintained', 'managed', 'operated'];

export async function renderBsa63Certificate(v: Bsa63CertificateView): Promise<FormDocument> {
  const L = BSA63_LABELS[v.language];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: { formName: L.form, title: L.title, governing: L.governing, state: v.case.state, verification: v.verification, generatedAt: v.generatedAt },
    producer: 'CCTNS BSA 63 certificate',
    compose: (c) => {
      const C = c.C;
      const d = v.deponent;
      caseParticulars(c, v.case);
      c.subhead(L.partA);
      c.paragraph(fill(L.affirm, { name: d.designation ? `${d.name} (${d.designation})` : d.name, relative: relative(d.relative, C) || C.none, address: d.address }), S_BODY, 'deponent');
      c.section('1', L.item1, () => c.fields([{ label: L.record, value: v.record, w: 1 }], 'record'));
      c.section('2', L.item2, () => {
        c.checks(
          SOURCES.map((s) => ({ label: s === 'other' && v.source === 'other' && v.sourceOther ? `${L.sources.other}: ${v.sourceOther}` : L.sources[s], checked: v.source === s })),
          'list',
          'source',
        );
        const dev = v.device;
        c.fields(
          [
            { label: L.make, value: dev?.make ?? '', w: 0.25 },
            { label: L.model, value: dev?.model ?? '', w: 0.25 },
            { label: L.colour, value: dev?.colour ?? '', w: 0.15 },
            { label: L.serialNo, value: dev?.serialNo ?? '', w: 0.35 },
          ],
          'device',
        );
        c.fields(
          [
            { label: L.imei, value: dev?.imei ?? '', w: 0.5 },
            { label: L.other, value: dev?.other ?? '', w: 0.5 },
          ],
          'device',
        );
      });
      c.section('3', L.item3, () => c.paragraph(L.lawfulControl, S_BODY, 'labels'));
      c.section('4', L.item4, () =>
        c.checks(
          RELATIONS.map((r) => ({ label: L.relations[r], checked: v.relation.includes(r) })),
          'inline',
          'relation',
        ),
      );
      c.section('5', L.item5, () => {
        c.paragraph(L.hashStatement, S_BODY, 'labels');
        c.checks(
          Object.entries(L.algorithms).map(([key, label]) => ({ label, checked: key === 'sha256' })),
          'inline',
          'labels',
        );
        c.table(
          [
            { label: C.serial, w: 0.06 },
            { label: L.file, w: 0.3 },
            { label: L.hashValue, w: 0.64 },
          ],
          v.hashes.map((h, i) => [String(i + 1), h.file ?? '', h.sha256]),
          'hashes',
        );
        c.paragraph(L.hashReport, { size: 8 }, 'labels');
      });
      c.fields(
        [
          { label: L.place, value: v.place, w: 0.5 },
          { label: L.dateTime, value: formatDateTime(v.at, C), w: 0.5 },
        ],
        'placeDate',
      );
      c.signature(L.signature, [d.name], 'deponent');
    },
  });
}
