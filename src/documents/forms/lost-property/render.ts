/** The lost article report and the property return receipt as PDFs, in English or Hindi. Same view, same bytes. */
import { LOST_PROPERTY_LABELS } from './labels.js';
import type { LostArticleReportView, PrintedArticle, PropertyReturnReceiptView } from './types.js';
import { S_BODY } from '../../layout/composer.js';
import { formatInstant } from '../../layout/format.js';
import { fill } from '../../layout/labels.js';
import { renderForm } from '../../layout/render.js';
import type { FormDocument } from '../../layout/types.js';

export async function renderLostArticleReport(v: LostArticleReportView): Promise<FormDocument> {
  const L = LOST_PROPERTY_LABELS[v.language];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: {
      formName: L.lostForm,
      title: L.lostTitle,
      governing: L.lostGoverning,
      state: v.case.state,
      reference: fill(L.lostReference, { number: v.number, ps: v.case.policeStation }),
      verification: v.verification,
      generatedAt: v.generatedAt,
    },
    producer: 'CCTNS lost article report',
    compose: (c) => {
      const C = c.C;
      c.section('1', L.report, () => {
        c.fields(
          [
            { label: L.reportNo, value: v.number, w: 0.4 },
            { label: L.reportedAt, value: formatInstant(v.reportedAt, C), w: 0.3 },
            { label: L.gdEntry, value: v.gdEntry, w: 0.3 },
          ],
          'report',
        );
      });
      c.section('2', L.informant, () => {
        c.fields(
          [
            { label: C.name, value: v.informant?.name ?? L.withheld, w: 0.5 },
            { label: L.phone, value: v.informant?.phone ?? '', w: 0.5 },
          ],
          'informant',
        );
        if (v.informant) c.fields([{ label: C.address, value: v.informant.address, w: 1 }], 'address');
      });
      c.section('3', L.loss, () => {
        c.fields(
          [
            { label: L.lostAt, value: formatInstant(v.lostAt, C), w: 0.35 },
            { label: L.lostPlace, value: v.lostPlace, w: 0.65 },
          ],
          'loss',
        );
      });
      c.section('4', L.articles, () => articleTable(c, L, v.articles));
      if (v.circumstances) c.section('5', L.circumstances, () => c.paragraph(v.circumstances!, S_BODY, 'circumstances'));
      c.paragraph(L.notice, S_BODY, 'notice');
      c.signature(L.officer, [v.officer], 'officer');
    },
  });
}

type Composer = Parameters<Parameters<typeof renderForm>[0]['compose']>[0];

function articleTable(c: Composer, L: (typeof LOST_PROPERTY_LABELS)['en'], articles: readonly PrintedArticle[]) {
  c.table(
    [
      { label: c.C.serial, w: 0.08 },
      { label: L.kind, w: 0.22 },
      { label: L.description, w: 0.42 },
      { label: L.identifiers, w: 0.28 },
    ],
    articles.map((a, i) => [String(i + 1), a.kind, a.description, a.identifiers]),
    'articles',
  );
}

export async function renderPropertyReturnReceipt(v: PropertyReturnReceiptView): Promise<FormDocument> {
  const L = LOST_PROPERTY_LABELS[v.language];
  return renderForm({
    language: v.language,
    case: v.case,
    frame: {
      formName: L.receiptForm,
      title: L.receiptTitle,
      governing: L.receiptGoverning,
      state: v.case.state,
      reference: fill(L.receiptReference, { number: v.number, ps: v.case.policeStation }),
      verification: v.verification,
      generatedAt: v.generatedAt,
    },
    producer: 'CCTNS property return receipt',
    compose: (c) => {
      const C = c.C;
      c.section('1', L.report, () => {
        c.fields(
          [
            { label: L.entryNo, value: v.number, w: 0.4 },
            { label: L.foundAt, value: formatInstant(v.foundAt, C), w: 0.3 },
            { label: L.returnedAt, value: formatInstant(v.returnedAt, C), w: 0.3 },
          ],
          'entry',
        );
        c.fields([{ label: L.foundPlace, value: v.foundPlace, w: 1 }], 'foundPlace');
      });
      c.section('2', L.articles, () => articleTable(c, L, [v.article]));
      c.section('3', L.owner, () => {
        c.fields(
          [
            { label: C.name, value: v.owner?.name ?? L.withheld, w: 0.5 },
            { label: L.identity, value: v.owner?.identity ?? '', w: 0.5 },
          ],
          'owner',
        );
        c.fields(
          [
            { label: L.order, value: v.order, w: 0.6 },
            { label: L.lostReport, value: v.lostReport ?? '', w: 0.4 },
          ],
          'order',
        );
      });
      c.paragraph(L.received, S_BODY, 'received');
      c.signature(L.ownerSignature, [v.owner?.name ?? L.withheld], 'owner-signature');
      c.signature(L.officer, [v.officer], 'officer');
    },
  });
}
