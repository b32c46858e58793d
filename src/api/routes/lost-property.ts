import { z } from 'zod';
import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import { renderLostArticleReport, renderPropertyReturnReceipt, verificationCode, type PrintedArticle } from '../../documents/index.js';
import { istDate } from '../../domain/ist.js';
import type { Article } from '../../domain/schemas/lost-property.js';
import { foundClaimInput, foundDisposalInput, foundListQuery, foundPropertyInput, foundReportInput, lostListQuery, lostReportConversion, lostReportInput } from '../../domain/schemas/lost-property.js';
import type { CctnsNode } from '../../node.js';
import type { FoundProperty, LostReport } from '../../records/lost-property.js';
import { loadLostPropertyRules } from '../../records/lost-property-reference.js';
import { notFound } from '../../errors.js';
import { route } from '../route.js';
import { foundPropertyListSchema, foundPropertySchema, lostConvertedSchema, lostReportListSchema, lostReportSchema } from '../schemas/lost-property.js';
import { idParam } from '../schemas/records.js';

const langQuery = z.strictObject({ lang: z.enum(['en', 'hi']).default('en') });

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

async function readableLost(node: CctnsNode, actor: RequestActor, id: string, client: ClientInfo) {
  const lr = await node.lostProperty.mustGetLost(id);
  const station = await node.recordAccess.authorise(actor, 'record.read', lr.stationCode, client, { type: 'lost_report', id });
  return { lr, station };
}

async function readableFound(node: CctnsNode, actor: RequestActor, id: string, client: ClientInfo) {
  const f = await node.lostProperty.mustGetFound(id);
  const station = await node.recordAccess.authorise(actor, 'record.read', f.stationCode, client, { type: 'found_property', id });
  return { f, station };
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

/** The frame every register PDF carries: state, district, station and the record's date. */
async function caseFrame(node: CctnsNode, station: { path: string; nameEn: string; nameHi: string }, year: number, number: string, at: string, lang: 'en' | 'hi') {
  const parts = station.path.split('/').filter(Boolean);
  const [state, district] = await Promise.all([node.units.get(parts[1] ?? ''), node.units.get(parts[2] ?? '')]);
  const name = (u: { nameEn: string; nameHi: string } | null) => (u ? (lang === 'hi' ? u.nameHi : u.nameEn) : '');
  const ist = new Date(Date.parse(at) + 330 * 60_000).toISOString();
  return { state: name(state), district: name(district), policeStation: name(station), year, firNumber: number, firDate: { date: ist.slice(0, 10), time: ist.slice(11, 16) } };
}

const pdf = (reply: { type: (t: string) => { header: (k: string, v: string) => { header: (k: string, v: string) => { send: (b: Uint8Array) => unknown } } } }, name: string, bytes: Uint8Array) =>
  reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'private, no-store').send(bytes);

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
  route({
    method: 'GET',
    path: '/api/v1/lost-reports',
    summary: 'Lost article reports of a station, newest first: by status (lost / found / converted) and the dates reported',
    tag: 'lost-property',
    access: 'user',
    action: 'record.read',
    audit: 'lost_report.list',
    query: lostListQuery,
    response: { status: 200, schema: lostReportListSchema, description: 'Reports' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, query, client, audited }) => {
      const station = await node.recordAccess.readableStation(actor, query.station ?? actor.unit.code, client);
      const list = await node.lostProperty.listLost(station.code, query);
      audited({ targetType: 'lost_report', targetUnit: station.code, detail: { count: list.length, ids: list.map((r) => r.id) } });
      const lostReports = [];
      for (const lr of list) lostReports.push(await lostAnswer(node, actor, lr));
      return { lostReports };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/lost-reports/:id',
    summary: 'One lost article report (audited; a child informant withheld)',
    tag: 'lost-property',
    access: 'user',
    action: 'record.read',
    audit: 'lost_report.read',
    params: idParam,
    response: { status: 200, schema: lostReportSchema, description: 'The report' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, audited }) => {
      const { lr } = await readableLost(node, actor, params.id, client);
      const { unmasked, ...view } = await node.lostProperty.viewLost(actor, lr);
      audited({ targetType: 'lost_report', targetId: lr.id, targetUnit: lr.stationCode, detail: { unmasked } });
      return view;
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/lost-reports/:id/report.pdf',
    summary: 'The lost article report as PDF in English or Hindi, with a verification code: the acknowledgement a citizen shows for a duplicate SIM, passport or certificate',
    tag: 'lost-property',
    access: 'user',
    action: 'record.read',
    params: idParam,
    query: langQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The report' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { lr, station } = await readableLost(node, actor, params.id, client);
      const v = await node.lostProperty.viewLost(actor, lr);
      const version = await node.lostProperty.lostEntries.version(lr.id);
      const code = verificationCode(node.secrets, { id: lr.id, version, stationCode: lr.stationCode, year: lr.year, firNo: lr.seq }, 'lost-article-report');
      const who = v.informant && !v.informant.masked ? v.informant : null;
      const { pdf: bytes } = await renderLostArticleReport({
        language: query.lang,
        case: await caseFrame(node, station, lr.year, lr.number, lr.reportedAt, query.lang),
        verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` },
        generatedAt: node.clock.now().toISOString(),
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
      return pdf(reply, `lost-${lr.number.replace(/\//g, '-')}-${query.lang}.pdf`, bytes);
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
  route({
    method: 'GET',
    path: '/api/v1/found-property',
    summary: 'Found and unclaimed property of a station, newest received first, by status (unclaimed / returned / disposed)',
    tag: 'lost-property',
    access: 'user',
    action: 'record.read',
    audit: 'found_property.list',
    query: foundListQuery,
    response: { status: 200, schema: foundPropertyListSchema, description: 'Entries' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, query, client, audited }) => {
      const station = await node.recordAccess.readableStation(actor, query.station ?? actor.unit.code, client);
      const list = await node.lostProperty.listFound(station.code, query);
      audited({ targetType: 'found_property', targetUnit: station.code, detail: { count: list.length, ids: list.map((f) => f.id) } });
      const foundProperty = [];
      // The list shows no matches: a check per row would audit a search nobody asked for.
      for (const f of list) {
        const { unmasked: _u, ...view } = await node.lostProperty.viewFound(actor, f, null);
        foundProperty.push(view);
      }
      return { foundProperty };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/found-property/:id',
    summary: 'One entry of found property, with its custody, the Magistrate’s steps, its claim-period clock and the lost reports or FIRs its handset matches (audited)',
    tag: 'lost-property',
    access: 'user',
    action: 'record.read',
    audit: 'found_property.read',
    params: idParam,
    response: { status: 200, schema: foundPropertySchema, description: 'The entry' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, audited }) => {
      const { f } = await readableFound(node, actor, params.id, client);
      const { view, unmasked } = await foundAnswer(node, actor, f, client);
      audited({ targetType: 'found_property', targetId: f.id, targetUnit: f.stationCode, detail: { unmasked } });
      return view;
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/found-property/:id/magistrate-report',
    summary:
      'Record the report to the Magistrate (BNSS 106(3); Police Act 1861 s. 25) and, when the owner is unknown, the Magistrate’s proclamation, which starts the six months for claims (BNSS 503(2)); once',
    tag: 'lost-property',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: foundReportInput,
    response: { status: 200, schema: foundPropertySchema, description: 'Recorded' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.reportFound(actor, params.id, body, client), client)).view,
  }),
  route({
    method: 'POST',
    path: '/api/v1/found-property/:id/claim',
    summary: 'Return the property to its owner on the Magistrate’s order (BNSS 503(2)), identity and ownership proved, optionally against their lost article report: the last custody movement',
    tag: 'lost-property',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: foundClaimInput,
    response: { status: 200, schema: foundPropertySchema, description: 'Returned' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, params, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.claimFound(actor, params.id, body, client), client)).view,
  }),
  route({
    method: 'POST',
    path: '/api/v1/found-property/:id/dispose',
    summary:
      'Dispose of the property on the Magistrate’s order: unclaimed six months after the proclamation (BNSS 504), or sold at any time when perishable, for the owner’s benefit or of low value (BNSS 505)',
    tag: 'lost-property',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: foundDisposalInput,
    response: { status: 200, schema: foundPropertySchema, description: 'Disposed of' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, params, body, client }) => (await foundAnswer(node, actor, await node.lostProperty.disposeFound(actor, params.id, body, client), client)).view,
  }),
  route({
    method: 'GET',
    path: '/api/v1/found-property/:id/receipt.pdf',
    summary: 'The receipt of property returned to its owner, as PDF in English or Hindi with a verification code (an owner who is a child withheld from the reader)',
    tag: 'lost-property',
    access: 'user',
    action: 'record.read',
    params: idParam,
    query: langQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The receipt' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { f, station } = await readableFound(node, actor, params.id, client);
      if (f.status !== 'returned') throw notFound(`${f.number} has not been returned to an owner: there is no receipt.`);
      const v = await node.lostProperty.viewFound(actor, f, null);
      const claim = v.claim!;
      const version = await node.lostProperty.foundEntries.version(f.id);
      const code = verificationCode(node.secrets, { id: f.id, version, stationCode: f.stationCode, year: f.year, firNo: f.seq }, 'property-return-receipt');
      const owner = claim.claimant && !claim.claimant.masked ? { name: claim.claimant.name, identity: claim.identity ? `${claim.identity.document} ${claim.identity.number}` : '' } : null;
      const { pdf: bytes } = await renderPropertyReturnReceipt({
        language: query.lang,
        case: await caseFrame(node, station, f.year, f.number, f.registeredAt, query.lang),
        verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` },
        generatedAt: node.clock.now().toISOString(),
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
      return pdf(reply, `receipt-${f.number.replace(/\//g, '-')}-${query.lang}-${istDate(node.clock.now())}.pdf`, bytes);
    },
  }),
];
