import { z } from 'zod';
import { text } from '../../domain/schemas/common.js';
import { istDate } from '../../domain/ist.js';
import { complaintAssign, complaintClose, complaintInput, complaintListQuery } from '../../domain/schemas/complaint.js';
import { complaintConversion, firAmendment, firInput, firListQuery, firTransfer } from '../../domain/schemas/fir.js';
import { gdCorrectionInput, gdEntryInput, gdListQuery } from '../../domain/schemas/gd.js';
import { notFound, ProblemError } from '../../errors.js';
import { PHOTO_MEDIA_HINT, PHOTO_TYPES } from '../../records/attachments.js';
import { matchVerificationCode, ncDiaryVerificationCode, parseNcDiaryCode, parseVerificationCode, renderFirCopyPdf, verificationCode } from '../../documents/index.js';
import { printedDocuments } from '../../investigation/printed-documents.js';
import { firCopyView } from '../../records/fir-copy-view.js';
import type { FirContent } from '../../domain/schemas/fir.js';
import { redactFirContent } from '../../records/views.js';
import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import type { CctnsNode } from '../../node.js';
import { route } from '../route.js';
import { searchPersons } from './person-search.js';
import {
  complaintConvertedSchema,
  complaintListSchema,
  complaintSchema,
  fileStoredSchema,
  firListSchema,
  firTransferredSchema,
  firVersionsSchema,
  firViewSchema,
  gdDaySchema,
  gdEntrySchema,
  idParam,
  personMatchesSchema,
  personPageSchema,
  verificationSchema,
} from '../schemas/records.js';

const stationOf = (actorUnit: string, asked?: string) => asked ?? actorUnit;

/** An FIR the caller may read (404 if none, 403 outside the jurisdiction), with its station. */
async function readableFir(node: CctnsNode, actor: RequestActor, id: string, client: ClientInfo) {
  const fir = await node.firs.mustGet(id);
  const station = await node.recordAccess.authorise(actor, 'record.read', fir.stationCode, client, { type: 'fir', id: fir.id });
  return { fir, station };
}

export const complaintRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/complaints',
    summary: 'Register a complaint or petition; returns its acknowledgement number (writes its GD entry)',
    tag: 'complaints',
    access: 'user',
    action: 'record.register',
    body: complaintInput,
    response: { status: 201, schema: complaintSchema, description: 'Registered' },
    errors: [403],
    handler: async ({ node, actor, body, client }) => node.views.complaint(actor, await node.complaints.register(actor, body, client), client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/complaints',
    summary: 'Complaints in the caller’s jurisdiction, newest first',
    tag: 'complaints',
    access: 'user',
    action: 'record.read',
    audit: 'complaint.list',
    query: complaintListQuery,
    response: { status: 200, schema: complaintListSchema, description: 'Complaints' },
    handler: async ({ node, actor, query, audited }) => {
      const list = await node.complaints.list(await node.recordAccess.jurisdictionCodes(actor), query);
      audited({ targetType: 'complaint', targetUnit: actor.unit.code, detail: { count: list.length, ids: list.map((c) => c.id) } });
      return { complaints: await Promise.all(list.map((c) => node.views.complaintText(actor, c))) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/complaints/:id',
    summary: 'One complaint (audited)',
    tag: 'complaints',
    access: 'user',
    action: 'record.read',
    params: idParam,
    response: { status: 200, schema: complaintSchema, description: 'The complaint' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => {
      const c = await node.complaints.mustGet(params.id);
      await node.recordAccess.authorise(actor, 'record.read', c.stationCode, client, { type: 'complaint', id: c.id });
      return node.views.complaint(actor, c, client);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/complaints/:id/assign',
    summary: 'Assign the enquiry to an officer of the station (starts the enquiry)',
    tag: 'complaints',
    access: 'user',
    action: 'complaint.assign',
    params: idParam,
    body: complaintAssign,
    response: { status: 200, schema: complaintSchema, description: 'Assigned' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.views.complaint(actor, await node.complaints.assign(actor, params.id, body.officerUserId, client), client),
  }),
  route({
    method: 'POST',
    path: '/api/v1/complaints/:id/close',
    summary: 'Close a complaint as disposed of, or as non-cognizable (NCR)',
    tag: 'complaints',
    access: 'user',
    action: 'complaint.close',
    params: idParam,
    body: complaintClose,
    response: { status: 200, schema: complaintSchema, description: 'Closed' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.views.complaint(actor, await node.complaints.close(actor, params.id, body.closure, body.note, client), client),
  }),
  route({
    method: 'POST',
    path: '/api/v1/complaints/:id/convert',
    summary: 'Register an FIR from this complaint and close it as converted',
    tag: 'complaints',
    access: 'user',
    action: 'record.register',
    params: idParam,
    body: complaintConversion,
    response: { status: 201, schema: complaintConvertedSchema, description: 'FIR registered' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const { complaint, fir } = await node.complaints.convert(actor, params.id, body, client);
      return { complaint: await node.views.complaintText(actor, complaint), fir: await node.views.fir(actor, fir, client, { auditAction: null }) };
    },
  }),
];

export const firRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/firs',
    summary: 'Register an FIR (IIF-1): FIR No. allocated gap-free per station and year, GD entry written',
    tag: 'firs',
    access: 'user',
    action: 'record.register',
    body: firInput,
    response: { status: 201, schema: firViewSchema, description: 'Registered' },
    errors: [403],
    handler: async ({ node, actor, body, client }) => node.views.fir(actor, await node.firCommands.register(actor, body, client), client, { auditAction: null }),
  }),
  route({
    method: 'GET',
    path: '/api/v1/firs',
    summary: 'FIRs in the caller’s jurisdiction with filters, newest first (identities withheld in sensitive cases)',
    tag: 'firs',
    access: 'user',
    action: 'record.read',
    query: firListQuery,
    response: { status: 200, schema: firListSchema, description: 'FIRs' },
    handler: async ({ node, actor, query, client }) => ({
      firs: await node.views.firList(actor, await node.firs.list(await node.recordAccess.jurisdictionCodes(actor), query), client),
    }),
  }),
  route({
    method: 'GET',
    path: '/api/v1/firs/:id',
    summary: 'One FIR, current version (audited; unmasked views audited separately)',
    tag: 'firs',
    access: 'user',
    action: 'record.read',
    params: idParam,
    response: { status: 200, schema: firViewSchema, description: 'The FIR' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => {
      const { fir } = await readableFir(node, actor, params.id, client);
      return node.views.fir(actor, fir, client);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/firs/:id/versions',
    summary: 'Every version of an FIR with its author and reason',
    tag: 'firs',
    access: 'user',
    action: 'record.read',
    audit: 'fir.read',
    params: idParam,
    response: { status: 200, schema: firVersionsSchema, description: 'Versions, oldest first' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, audited }) => {
      const { fir } = await readableFir(node, actor, params.id, client);
      // The versions hold person ids, not identities; a withheld person's id is not handed out either.
      const rows = await node.firs.versions(fir.id);
      const contents = rows.map((r) => JSON.parse(r.content) as FirContent);
      const withheld = await node.recordAccess.identities.withheld(
        actor,
        contents.flatMap((c) => c.persons.map((p) => p.personId)),
      );
      const names = new Map<string, string | null>();
      for (const r of rows) if (!names.has(r.author)) names.set(r.author, (await node.users.byId(r.author))?.displayName ?? null);
      audited({ targetType: 'fir', targetId: fir.id, targetUnit: fir.stationCode, detail: { versions: rows.length } });
      // Every version's narrative and reason is redacted as the current view is: persons are only ever added.
      const redact = await node.views.firRedactor(actor, fir);
      return {
        versions: rows.map((r, i) => {
          const { content, withheld: textWithheld } = redactFirContent(contents[i]!, redact);
          const reason = redact(r.reason);
          const persons = content.persons.map((p) => (withheld.has(p.personId) ? { withheld: true, role: p.role } : p));
          return {
            version: r.version,
            at: r.at,
            author: r.author,
            authorName: names.get(r.author) ?? null,
            reason: reason.text,
            content: { ...content, persons },
            textWithheld: textWithheld || reason.withheld,
          };
        }),
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/firs/:id/amendments',
    summary: 'Amend an FIR: a new version with reason and author; the old versions stay',
    tag: 'firs',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: firAmendment,
    response: { status: 200, schema: firViewSchema, description: 'The new version' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.views.fir(actor, await node.firCommands.amend(actor, params.id, body, client), client, { auditAction: null }),
  }),
  route({
    method: 'POST',
    path: '/api/v1/firs/:id/transfer',
    summary: 'Transfer a (zero) FIR to the jurisdictional station, which registers it under its own number (at once, or when it reaches that station’s node: then `to` is null)',
    tag: 'firs',
    access: 'user',
    action: 'fir.transfer',
    params: idParam,
    body: firTransfer,
    response: { status: 200, schema: firTransferredSchema, description: 'Transferred' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const { from, to } = await node.firCommands.transfer(actor, params.id, body, client);
      return { from: await node.views.fir(actor, from, client), to: to ? await node.views.fir(actor, to, client, { unmaskAllowed: false }) : null };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/firs/:id/efir-signature',
    summary: 'Record the informant’s signature on an e-FIR (within 3 days, BNSS 173(1)(ii))',
    tag: 'firs',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: z.strictObject({}).optional(),
    response: { status: 200, schema: firViewSchema, description: 'Signed' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, client }) => node.views.fir(actor, await node.firCommands.signEfir(actor, params.id, client), client),
  }),
];

/** The one answer to a code that matches nothing: it says nothing about which part did not match. */
const NO_MATCH = 'This verification code does not match any FIR copy or form issued by this node.';

export const gdRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/gd',
    summary: 'The General Diary of a station for one IST day (default: own station, today)',
    tag: 'general-diary',
    access: 'user',
    action: 'record.read',
    audit: 'gd.read',
    query: gdListQuery,
    response: { status: 200, schema: gdDaySchema, description: 'Entries in order' },
    errors: [403],
    handler: async ({ node, actor, query, client, audited }) => {
      const stationCode = stationOf(actor.unit.code, query.station);
      await node.recordAccess.readableStation(actor, stationCode, client);
      const date = query.date ?? istDate(node.clock.now());
      const entries = await node.gd.forDay(stationCode, date);
      audited({ targetType: 'gd', targetUnit: stationCode, detail: { date, count: entries.length } });
      return { stationCode, date, entries: await node.views.gdEntries(actor, stationCode, entries) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/gd',
    summary: 'Add a General Diary entry (departure, arrival, arrest, seizure, information, general)',
    tag: 'general-diary',
    access: 'user',
    action: 'gd.write',
    body: gdEntryInput,
    response: { status: 201, schema: gdEntrySchema, description: 'The numbered entry' },
    errors: [403],
    handler: async ({ node, actor, body, client }) => node.gdService.add(actor, body, client),
  }),
  route({
    method: 'POST',
    path: '/api/v1/gd/corrections',
    summary: 'Correct a GD entry: a new entry that refers to the old one (the old one stays)',
    tag: 'general-diary',
    access: 'user',
    action: 'gd.write',
    body: gdCorrectionInput,
    response: { status: 201, schema: gdEntrySchema, description: 'The correcting entry' },
    errors: [403, 404],
    handler: async ({ node, actor, body, client }) => node.gdService.correct(actor, body, client),
  }),
];

export const personRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/persons/matches',
    summary: 'Persons already on record who may be the one being entered (link instead of duplicating)',
    tag: 'persons',
    access: 'user',
    action: 'record.read',
    query: z.strictObject({
      name: text(200).min(2, 'must have at least 2 characters'),
      relativeName: text(200).optional(),
      age: z.coerce.number().int().min(0).max(120).optional(),
    }),
    response: { status: 200, schema: personMatchesSchema, description: 'Likely matches, best first' },
    handler: async ({ node, actor, query, client }) => {
      // The same matcher as search, within the jurisdiction; protected identities never offered.
      const { results } = await searchPersons(node, actor, { q: query.name, father: query.relativeName, age: query.age, limit: 10 }, client, false);
      const matches = [];
      for (const r of results) {
        const person = await node.persons.get(r.id);
        if (!person) continue;
        const view = await node.views.person(actor, person, client);
        if (!view.masked) matches.push({ person: view, reasons: [r.band === 'strong' ? 'strong match' : 'possible match', ...r.explanation.split('; ')] });
      }
      return { matches };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/persons/:id',
    summary: 'One person and the records they are on (audited; protected identities withheld)',
    tag: 'persons',
    access: 'user',
    action: 'record.read',
    params: idParam,
    response: { status: 200, schema: personPageSchema, description: 'The person' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => {
      const p = await node.persons.get(params.id);
      if (!p) throw notFound('There is no person with this id.');
      await node.recordAccess.authorise(actor, 'record.read', p.ownerUnit, client, { type: 'person', id: p.id });
      return node.views.person(actor, p, client);
    },
  }),
];

export const attachmentRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/attachments',
    summary: 'Upload a photo (JPEG, PNG or WebP, at most 5 MB) as the raw request body; returns its SHA-256',
    tag: 'attachments',
    access: 'user',
    action: 'record.register',
    response: { status: 201, schema: fileStoredSchema, description: 'Stored' },
    errors: [413, 415],
    handler: async ({ node, actor, request, client }) => {
      if (!Buffer.isBuffer(request.body)) throw new ProblemError(415, 'unsupported-media-type', PHOTO_MEDIA_HINT);
      return node.attachments.addPhoto(actor, request.body, String(request.headers['content-type']).split(';')[0]!.trim(), client);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/attachments/:sha256',
    summary: 'An attachment by its SHA-256 (audited)',
    tag: 'attachments',
    access: 'user',
    action: 'record.read',
    params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256') }),
    response: { status: 200, media: PHOTO_TYPES, description: 'The file' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, reply }) => {
      const file = await node.attachments.read(actor, params.sha256, client);
      return reply.type(file.mime).header('cache-control', 'private, no-store').send(file.body);
    },
  }),
];

export const firCopyRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/firs/:id/copy.pdf',
    summary: 'The FIR copy (IIF-1) as PDF in English or Hindi, with a verification code; the informant’s free copy or a copy for others (victims always withheld)',
    tag: 'firs',
    access: 'user',
    action: 'record.read',
    params: idParam,
    query: z.strictObject({ lang: z.enum(['en', 'hi']).default('en'), for: z.enum(['informant', 'other']).default('other') }),
    response: { status: 200, media: ['application/pdf'], description: 'The FIR copy' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { fir, station } = await readableFir(node, actor, params.id, client);
      const view = await node.views.fir(actor, fir, client, { unmaskAllowed: query.for === 'informant', auditAction: 'fir.copy' });
      const state = await node.units.get(station.path.split('/').filter(Boolean)[1] ?? '');
      const code = verificationCode(node.secrets, fir);
      const pdf = await renderFirCopyPdf(
        firCopyView(view, {
          language: query.lang,
          state: state ? (query.lang === 'hi' ? state.nameHi : state.nameEn) : '',
          forInformant: query.for === 'informant',
          verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` },
          generatedAt: node.clock.now(),
        }),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="FIR-${fir.number.replace(/\//g, '-')}-${query.lang}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/verify/:code',
    summary:
      'Check the verification code printed on an FIR copy, an investigation form, a diary of NC reports, a missing-person, unnatural-death, found-person or lost article report, or a property return receipt (public; no personal data)',
    tag: 'firs',
    access: 'public',
    params: z.strictObject({ code: text(80) }),
    response: { status: 200, schema: verificationSchema, description: 'The copy is genuine' },
    errors: [404],
    handler: async ({ node, params }) => {
      const diary = parseNcDiaryCode(params.code);
      if (diary) return node.ncReports.verifyDiary(params.code, diary, (reportIds) => ncDiaryVerificationCode(node.secrets, { ...diary, reportIds }), NO_MATCH);
      const ref = parseVerificationCode(params.code);
      const fir = ref ? await node.firs.byNumber(ref.stationCode, ref.year, ref.firNo) : null;
      // A register's report (missing person, unnatural death) names its number in the station's series of that register instead.
      const registers = [
        { kind: 'missing-person-report' as const, entries: node.missingPersons.entries },
        { kind: 'unnatural-death-report' as const, entries: node.unnaturalDeaths.entries },
        { kind: 'found-person-report' as const, entries: node.foundPersons.entries },
        { kind: 'lost-article-report' as const, entries: node.lostProperty.lostEntries },
        { kind: 'property-return-receipt' as const, entries: node.lostProperty.foundEntries },
      ];
      for (const { kind, entries } of registers) {
        const numbered = ref ? await entries.numbered(ref.stationCode, ref.year, ref.firNo) : null;
        if (!numbered) continue;
        const { entry: report, registeredAt, version } = numbered;
        const found = matchVerificationCode(node.secrets, params.code, { stationCode: report.stationCode, year: report.year, firNo: report.seq }, [
          { kind, id: report.id, versions: Array.from({ length: version }, (_, i) => i + 1) },
        ]);
        if (!found) continue;
        const station = await node.units.get(report.stationCode);
        return {
          valid: true,
          document: found.kind,
          number: report.number,
          station: station?.nameEn ?? report.stationCode,
          registeredAt,
          version: found.version,
          currentVersion: version,
        };
      }
      if (!fir) throw notFound(NO_MATCH);
      // The FIR's copies at every version, then the forms printed from its case.
      const copies = { kind: 'fir-copy' as const, id: fir.id, versions: Array.from({ length: fir.version }, (_, i) => i + 1) };
      const printed = [copies, ...(await printedDocuments(node.storage.db, fir.id))];
      const found = matchVerificationCode(node.secrets, params.code, fir, printed);
      if (!found) throw notFound(NO_MATCH);
      const station = await node.units.get(fir.stationCode);
      const current = printed.find((p) => p.kind === found.kind && p.id === found.id)!.versions.at(-1)!;
      return { valid: true, document: found.kind, number: fir.number, station: station?.nameEn ?? fir.stationCode, registeredAt: fir.registeredAt, version: found.version, currentVersion: current };
    },
  }),
];
