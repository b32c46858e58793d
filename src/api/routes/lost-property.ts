import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import { renderLostArticleReport, renderPropertyReturnReceipt, type PrintedArticle } from '../../documents/index.js';
import type { Article } from '../../domain/schemas/lost-property.js';
import { foundClaimInput, foundDisposalInput, foundListQuery, foundPropertyInput, foundReportInput, lostListQuery, lostReportConversion, lostReportInput } from '../../domain/schemas/lost-property.js';
import type { CctnsNode } from '../../node.js';
import type { FoundProperty, LostReport } from '../../records/lost-property.js';
import { loadLostPropertyRules } from '../../records/lost-property-reference.js';
import { notFound } from '../../errors.js';
import { route } from '../route.js';
import { foundPropertyListSchema, foundPropertySchema, lostConvertedSchema, lostReportListSchema, lostReportSchema } from '../schemas/lost-property.js';
import { idParam } from '../schemas/records.js';
import { readableEntry, registerAmendRoute, registerFormBase, registerListRoute, registerReadRoute, reportLanguage, sendRegisterPdf } from './register-routes.js';

/** A lost report as answered: its view without the audit marker. */
async function lostAnswer(node: CctnsNode, actor: RequestActor, lr: LostReport) {
  const { unmasked: _unmasked, ...view } = await node.lostProperty.viewLost(actor, lr);
  return view;
}

/**
 * A found-property entry as answered: a handset with the stolen/lost check of its IMEI (the
 * entry itself left out of its own matches).
 */
async function foundAnswer(node: CctnsNode, actor: RequestActor, f: FoundProperty, client: ClientInfo) {
  const imei = f.article.mobilePhone?.imei;
  const check = imei ? await node.stolenProperty.check(actor, { imei }, client) : null;
  const matches = check ? { state: check.state, reports: check.reports, lostReports: check.lostReports.filter((r) => r.number !== f.number) } : null;
  const { unmasked, ...view } = await node.lostProperty.viewFound(actor, f, matches);
  return { view, unmasked };
}

/** An article as printed: its kind named in the language, what identifies it. */
function printed(a: Article, lang: 'en' | 'hi'): PrintedArticle {
  const kind = loadLostPropertyRules().articleKinds.find((k) => k.code === a.kind);
  const v = a.vehicle;
  const identifiers = [
    a.mobilePhone ? [a.mobilePhone.imei, a.mobilePhone.imei2].filter(Boolean).join(' / ') : '',
    a.document ? [a.document.type, a.document.number, a.document.issuer].filter(Boolean).join(', ') : '',
    v ? [v.registration, v.engineNo, v.chassisNo].filter(Boolean).join(' / ') : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { kind: kind ? (lang === 'hi' ? kind.hi : kind.en) : a.kind, description: a.description, identifiers };
}

/** Lost article reports and the register of found / unclaimed property (BNSS 503–505). */
export const lostPropertyRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/lost-reports',
    summary: 'Register a lost article report: GD entry first, numbered per station and year (LAR), an acknowledgement for the citizen; a lost handset’s IMEI becomes checkable as lost',
    tag: 'lost-property',
    access: 'user',
    action: 'record.register',
    body: lostReportInput,
    response: { status: 201, schema: lostReportSchema, description: 'Registered' },
    errors: [400, 403],
    handler: async ({ node, actor, body, client }) => lostAnswer(node, actor, await node.lostProperty.reportLost(actor, body, client)),
  }),
  registerListRoute({
    path: '/api/v1/lost-reports',
    summary: 'Lost article reports of a station, newest first: by status (lost / found / converted) and the dates reported',
    tag: 'lost-property',
    audit: 'lost_report.list',
    type: 'lost_report',
    query: lostListQuery,
    response: { status: 200, schema: lostReportListSchema, description: 'Reports' },
    list: ({ node, query }, station) => node.lostProperty.listLost(station, query),
    answer: async ({ node, actor }, list) => {
      const lostReports = [];
      for (const lr of list) lostReports.push(await lostAnswer(node, actor, lr));
      return { lostReports };
    },
  }),
  registerReadRoute({
    path: '/api/v1/lost-reports/:id',
    summary: 'One lost article report (audited; a child informant withheld)',
    tag: 'lost-property',
    audit: 'lost_report.read',
    response: { status: 200, schema: lostReportSchema, description: 'The report' },
    handler: async ({ node, actor, params, client, audited }) => {
      const { entry: lr } = await readableEntry(node, actor, node.lostProperty.lostEntries, 'lost_report', params.id, client);
      const { unmasked, ...view } = await node.lostProperty.viewLost(actor, lr);
      audited({ targetType: 'lost_report', targetId: lr.id, targetUnit: lr.stationCode, detail: { unmasked } });
      return view;
    },
  }),
  registerReadRoute({
    path: '/api/v1/lost-reports/:id/report.pdf',
    summary: 'The lost article report as PDF in English or Hindi, with a verification code: the acknowledgement a citizen shows for a duplicate SIM, passport or certificate',
    tag: 'lost-property',
    query: reportLanguage,
    response: { status: 200, media: ['application/pdf'], description: 'The report' },
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { entry: lr, station } = await readableEntry(node, actor, node.lostProperty.lostEntries, 'lost_report', params.id, client);
      const v = await node.lostProperty.viewLost(actor, lr);
      const version = await node.lostProperty.lostEntries.version(lr.id);
      const who = v.informant && !v.informant.masked ? v.informant : null;
      const doc = await renderLostArticleReport({
        ...(await registerFormBase(node, request, { entry: lr, registeredAt: lr.reportedAt, station, version, kind: 'lost-article-report', lang: query.lang })),
        number: lr.number,
        reportedAt: lr.reportedAt,
        informant: who
          ? {
              name: who.name,
              address: who.addresses.map((x) => [x.line, x.district, x.state, x.pin].filter(Boolean).join(', ')).join('; '),
              phone: who.phones[0] ?? '',
            }
          : null,
        lostAt: v.lostAt,
        lostPlace: v.lostPlace,
        articles: v.articles.map((a) => printed(a, query.lang)),
        circumstances: v.circumstances,
        gdEntry: v.gdEntry ? `${v.gdEntry.entryNo} / ${v.gdEntry.gdDate}` : '',
        officer: actor.user.displayName,
      });
      return sendRegisterPdf(reply, 'lost', lr, query.lang, doc);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/lost-reports/:id/convert',
    summary: 'The loss turned out to be a theft: register the FIR (the informant its complainant unless another is named), linked to the report — one transaction',
    tag: 'lost-property',
    access: 'user',
    action: 'record.register',
    params: idParam,
    body: lostReportConversion,
    response: { status: 201, schema: lostConvertedSchema, description: 'FIR registered' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const { report, fir } = await node.lostProperty.convertLost(actor, params.id, body, client);
      return { report: await lostAnswer(node, actor, report), fir: await node.views.fir(actor, fir, client, { auditAction: null }) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/found-property',
    summary:
      'Register property found or handed in at the station (not tied to an FIR): GD entry first, numbered per station and year (FP), received into the property room; a handset shows what its IMEI matches',
    tag: 'lost-property',
    access: 'user',
    action: 'record.register',
    body: foundPropertyInput,
    response: { status: 201, schema: foundPropertySchema, description: 'Registered' },
    errors: [400, 403],
    handler: async ({ node, actor, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.registerFound(actor, body, client), client)).view,
  }),
  registerListRoute({
    path: '/api/v1/found-property',
    summary: 'Found and unclaimed property of a station, newest received first, by status (unclaimed / returned / disposed)',
    tag: 'lost-property',
    audit: 'found_property.list',
    type: 'found_property',
    query: foundListQuery,
    response: { status: 200, schema: foundPropertyListSchema, description: 'Entries' },
    list: ({ node, query }, station) => node.lostProperty.listFound(station, query),
    answer: async ({ node, actor }, list) => {
      const foundProperty = [];
      // The list shows no matches: a check per row would audit a search nobody asked for.
      for (const f of list) {
        const { unmasked: _u, ...view } = await node.lostProperty.viewFound(actor, f, null);
        foundProperty.push(view);
      }
      return { foundProperty };
    },
  }),
  registerReadRoute({
    path: '/api/v1/found-property/:id',
    summary: 'One entry of found property, with its custody, the Magistrate’s steps, its claim-period clock and the lost reports or FIRs its handset matches (audited)',
    tag: 'lost-property',
    audit: 'found_property.read',
    response: { status: 200, schema: foundPropertySchema, description: 'The entry' },
    handler: async ({ node, actor, params, client, audited }) => {
      const { entry: f } = await readableEntry(node, actor, node.lostProperty.foundEntries, 'found_property', params.id, client);
      const { view, unmasked } = await foundAnswer(node, actor, f, client);
      audited({ targetType: 'found_property', targetId: f.id, targetUnit: f.stationCode, detail: { unmasked } });
      return view;
    },
  }),
  registerAmendRoute({
    path: '/api/v1/found-property/:id/magistrate-report',
    summary:
      'Record the report to the Magistrate (BNSS 106(3); Police Act 1861 s. 25) and, when the owner is unknown, the Magistrate’s proclamation, which starts the six months for claims (BNSS 503(2)); once',
    tag: 'lost-property',
    body: foundReportInput,
    response: { status: 200, schema: foundPropertySchema, description: 'Recorded' },
    errors: [400, 409],
    handler: async ({ node, actor, params, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.reportFound(actor, params.id, body, client), client)).view,
  }),
  registerAmendRoute({
    path: '/api/v1/found-property/:id/claim',
    summary: 'Return the property to its owner on the Magistrate’s order (BNSS 503(2)), identity and ownership proved, optionally against their lost article report: the last custody movement',
    tag: 'lost-property',
    body: foundClaimInput,
    response: { status: 200, schema: foundPropertySchema, description: 'Returned' },
    errors: [400],
    handler: async ({ node, actor, params, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.claimFound(actor, params.id, body, client), client)).view,
  }),
  registerAmendRoute({
    path: '/api/v1/found-property/:id/dispose',
    summary:
      'Dispose of the property on the Magistrate’s order: unclaimed six months after the proclamation (BNSS 504), or sold at any time when perishable, for the owner’s benefit or of low value (BNSS 505)',
    tag: 'lost-property',
    body: foundDisposalInput,
    response: { status: 200, schema: foundPropertySchema, description: 'Disposed of' },
    errors: [400],
    handler: async ({ node, actor, params, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.disposeFound(actor, params.id, body, client), client)).view,
  }),
  registerReadRoute({
    path: '/api/v1/found-property/:id/receipt.pdf',
    summary: 'The receipt of property returned to its owner, as PDF in English or Hindi with a verification code (an owner who is a child withheld from the reader)',
    tag: 'lost-property',
    query: reportLanguage,
    response: { status: 200, media: ['application/pdf'], description: 'The receipt' },
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { entry: f, station } = await readableEntry(node, actor, node.lostProperty.foundEntries, 'found_property', params.id, client);
      if (f.status !== 'returned') throw notFound(`${f.number} has not been returned to an owner: there is no receipt.`);
      const v = await node.lostProperty.viewFound(actor, f, null);
      const claim = v.claim!;
      const version = await node.lostProperty.foundEntries.version(f.id);
      const owner = claim.claimant && !claim.claimant.masked ? { name: claim.claimant.name, identity: claim.identity ? `${claim.identity.document} ${claim.identity.number}` : '' } : null;
      const doc = await renderPropertyReturnReceipt({
        ...(await registerFormBase(node, request, { entry: f, registeredAt: f.registeredAt, station, version, kind: 'property-return-receipt', lang: query.lang })),
        number: f.number,
        article: printed(v.article, query.lang),
        foundAt: f.foundAt,
        foundPlace: v.foundPlace,
        returnedAt: claim.at,
        owner,
        order: `${claim.order.reference}, ${claim.order.date}`,
        lostReport: claim.lostReport?.number ?? null,
        officer: actor.user.displayName,
      });
      return sendRegisterPdf(reply, 'receipt', f, query.lang, doc);
    },
  }),
];
