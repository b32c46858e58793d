/**
 * What the routes of the station's registers (missing persons, unnatural deaths, …) share: an
 * entry read only within the reader's jurisdiction, and its report printed as a PDF with the
 * station's state and district, a verification code of its version, and the same headers.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import { verificationCode, type DocumentKind, type FormDocument, type FormViewBase } from '../../documents/index.js';
import type { CctnsNode } from '../../node.js';
import type { AuditAction } from '../../domain/audit-actions.js';
import type { RegisterEntry } from '../../records/register.js';
import { route, type DeclaredRoute, type RouteContext, type RouteDef } from '../route.js';
import { idParam } from '../schemas/records.js';

/** The record types of the registers, as access decisions and audit entries name them. */
export type RegisterRecordType = 'missing_person' | 'unnatural_death' | 'found_person' | 'lost_report' | 'found_property';

/** An entry the caller may read (404 if none, 403 outside the jurisdiction, audited), with its station. */
export async function readableEntry<T extends RegisterEntry>(
  node: CctnsNode,
  actor: RequestActor,
  entries: { mustGet(id: string): Promise<T> },
  type: RegisterRecordType,
  id: string,
  client: ClientInfo,
) {
  const entry = await entries.mustGet(id);
  const station = await node.recordAccess.authorise(actor, 'record.read', entry.stationCode, client, { type, id });
  return { entry, station };
}

/**
 * Everything a register's printed report carries besides its own contents: the case frame (state,
 * district, station, the entry's number and registration date in IST) and the verification code
 * of the entry's current version.
 */
export async function registerFormBase(
  node: CctnsNode,
  request: FastifyRequest,
  o: { entry: RegisterEntry; registeredAt: string; station: { path: string; nameEn: string; nameHi: string }; version: number; kind: DocumentKind; lang: 'en' | 'hi' },
): Promise<FormViewBase> {
  const parts = o.station.path.split('/').filter(Boolean);
  const [state, district] = await Promise.all([node.units.get(parts[1] ?? ''), node.units.get(parts[2] ?? '')]);
  const name = (u: { nameEn: string; nameHi: string } | null) => (u ? (o.lang === 'hi' ? u.nameHi : u.nameEn) : '');
  const { entry } = o;
  const code = verificationCode(node.secrets, { id: entry.id, version: o.version, stationCode: entry.stationCode, year: entry.year, firNo: entry.seq }, o.kind);
  const ist = new Date(Date.parse(o.registeredAt) + 330 * 60_000).toISOString();
  return {
    language: o.lang,
    case: { state: name(state), district: name(district), policeStation: name(o.station), year: entry.year, firNumber: entry.number, firDate: { date: ist.slice(0, 10), time: ist.slice(11, 16) } },
    verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` },
    generatedAt: node.clock.now().toISOString(),
  };
}

/** A register's report as the download it is: never cached, named after its number and language. */
export function sendRegisterPdf(reply: FastifyReply, prefix: string, entry: RegisterEntry, lang: string, doc: FormDocument) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${prefix}-${entry.number.replace(/\//g, '-')}-${lang}.pdf"`)
    .header('cache-control', 'private, no-store')
    .send(doc.pdf);
}

/**
 * A change to one register entry: a POST by a signed-in user holding `record.amend` at the route
 * (whether at this entry's station is the service's question), answering 403 and 404 besides any
 * `errors` it names.
 */
export function registerAmendRoute<B extends z.ZodType, Path extends string, const R extends RouteDef['response']>(
  def: Omit<RouteDef<B, z.ZodType, typeof idParam>, 'method' | 'access' | 'action' | 'params'> & { path: Path; response: R },
): DeclaredRoute<'POST', Path, R, B> {
  return route({ ...def, method: 'POST', access: 'user', action: 'record.amend', params: idParam, errors: [...new Set([403, 404, ...(def.errors ?? [])])] });
}

/** One register entry read (its JSON, its printed report): a GET of `record.read`, answering 403 and 404. */
export function registerReadRoute<Q extends z.ZodType, Path extends string, const R extends RouteDef['response']>(
  def: Omit<RouteDef<z.ZodType, Q, typeof idParam>, 'method' | 'access' | 'action' | 'params' | 'errors'> & { path: Path; response: R },
): DeclaredRoute<'GET', Path, R> {
  return route({ ...def, method: 'GET', access: 'user', action: 'record.read', params: idParam, errors: [403, 404] });
}

/** The language a register's printed report is asked in. */
export const reportLanguage = z.strictObject({ lang: z.enum(['en', 'hi']).default('en') });

type ListContext<Q extends z.ZodType> = RouteContext<unknown, z.output<Q>, unknown>;

/**
 * A station's register listed: the station asked for (the reader's own by default) read only
 * within the jurisdiction, the list audited with the ids it showed, and each entry answered as the
 * reader may see it.
 */
export function registerListRoute<Q extends z.ZodType<{ station?: string | undefined }>, T extends { id: string }, Path extends string, const R extends RouteDef['response']>(
  def: Omit<RouteDef<z.ZodType, Q>, 'method' | 'access' | 'action' | 'params' | 'errors' | 'audit' | 'handler'> & {
    path: Path;
    response: R;
    audit: AuditAction;
    type: RegisterRecordType;
    list: (ctx: ListContext<Q>, stationCode: string) => Promise<T[]>;
    answer: (ctx: ListContext<Q>, list: T[]) => Promise<unknown>;
  },
): DeclaredRoute<'GET', Path, R> {
  const { type, list, answer, ...rest } = def;
  return route({
    ...rest,
    method: 'GET',
    access: 'user',
    action: 'record.read',
    errors: [400, 403, 404],
    handler: async (ctx) => {
      const station = await ctx.node.recordAccess.readableStation(ctx.actor, ctx.query.station ?? ctx.actor.unit.code, ctx.client);
      const entries = await list(ctx, station.code);
      ctx.audited({ targetType: type, targetUnit: station.code, detail: { count: entries.length, ids: entries.map((e) => e.id) } });
      return answer(ctx, entries);
    },
  });
}
