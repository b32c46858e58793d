import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { firsNamingProtected } from '../access/protection.js';
import { firNumberLabel } from '../domain/fir-numbers.js';
import { imeiDigits } from '../domain/imei.js';
import type { MobilePhone, StolenCheckQuery } from '../domain/schemas/stolen-property.js';
import type { Vehicle } from '../domain/schemas/fir.js';
import fs from 'node:fs';
import { overallState, parseStolenPropertyRules, stolenState, type StolenPropertyRules, type StolenState } from '../domain/stolen-property.js';
import { referencePath } from '../util/paths.js';
import { compactIdentifier, normaliseRegistration } from '../domain/vehicle-numbers.js';
import { codesWithin, type Unit, type UnitService } from '../directory/units.js';
import type { ExpressionBuilder } from 'kysely';
import type { Storage } from '../storage/db.js';
import type { Database } from '../storage/schema.js';
import { auditSearch, scopeHits } from './scope.js';
import { unitRef, type UnitRef } from './unit-ref.js';

let rules: StolenPropertyRules | null = null;

/** reference/law/stolen-property.json, validated once and cached. */
export function loadStolenPropertyRules(): StolenPropertyRules {
  rules ??= parseStolenPropertyRules(JSON.parse(fs.readFileSync(referencePath('law', 'stolen-property.json'), 'utf8')));
  return rules;
}

export type CheckedBy = 'registration' | 'engine' | 'chassis' | 'imei';
export type ArticleKind = 'vehicle' | 'mobile_phone';

/** One vehicle or handset among the property of an FIR on the register, with its state. */
interface Article {
  firId: string;
  item: number;
  kind: ArticleKind;
  stationCode: string;
  firNumber: string;
  reportedAt: string;
  crimeHead: string | null;
  vehicle: Vehicle | null;
  mobilePhone: MobilePhone | null;
  state: StolenState;
  recoveredAt: string | null;
  /** The property-room item that is it, recovered. */
  recoveredItemId: string | null;
}

/** What anyone who checks a number may be told of one report: no person, no case details. */
export interface PublicReport {
  kind: ArticleKind;
  state: StolenState;
  firNumber: string;
  station: UnitRef;
  reportedAt: string;
  recoveredAt: string | null;
}

/**
 * Lost article reports and found property by IMEI (the records layer's LostPropertyService,
 * which depends on this layer, hence the shape and not the class).
 */
export interface LostAndFound {
  byImei(imei: string): Promise<{
    lost: { id: string; stationCode: string; number: string; reportedAt: string; firId: string | null; informantId: string }[];
    found: { id: string; stationCode: string; number: string; receivedAt: string; foundAt: string }[];
  }>;
  protectedInformants(reports: readonly { id: string; informantId: string }[]): Promise<Set<string>>;
}

/** What anyone who checks a handset may be told of a lost report or a found-property entry: its number, station and dates. */
export interface PublicLostReport {
  state: 'lost' | 'found';
  number: string;
  station: UnitRef;
  reportedAt: string;
  foundAt: string | null;
}

const MAX_REPORTS = 100;

/**
 * The stolen vehicle and mobile phone registers: vehicles (vehicle_index) and handsets
 * (imei_index) among the property of FIRs with a section reference/law/stolen-property.json
 * lists, stolen until an item seized in the case recovers them (recovers_property, or for a
 * handset a seized device with the same IMEI).
 */
export class StolenPropertyRegister {
  constructor(private readonly deps: { storage: Storage; units: UnitService; audit: AuditLog; lostProperty: LostAndFound }) {}

  /**
   * Whether a vehicle or handset is reported stolen or recovered. Every report comes with its FIR
   * number, station and dates (the public part: the citizen portal will show it); inside the
   * caller's jurisdiction also the case and the property as entered. Outside it, a report in a case
   * with a protected person is left out entirely, as the vehicle search leaves it out of its
   * hit/no-hit answer: the number must not confirm a record about them.
   */
  async check(actor: RequestActor, q: StolenCheckQuery, client: ClientInfo) {
    const { by, number } = checkedNumber(q);
    const articles = await this.articles(by === 'imei' ? { imei: number } : { vehicle: { by, number } });
    const hits = articles.map((a) => ({ ...a, ownerUnit: a.stationCode }));
    const { inside } = await scopeHits(this.deps.units, actor, hits);
    const insideIds = new Set(inside.map((a) => a.firId));
    const protectedFirs = await firsNamingProtected(
      this.deps.storage.db,
      articles.filter((a) => !insideIds.has(a.firId)).map((a) => a.firId),
    );
    const shown = articles.filter((a) => insideIds.has(a.firId) || !protectedFirs.has(a.firId)).slice(0, MAX_REPORTS);
    const reports: PublicReport[] = [];
    for (const a of shown) reports.push(await this.publicReport(a));
    const records = shown
      .filter((a) => insideIds.has(a.firId))
      .map((a) => ({
        firId: a.firId,
        firNumber: a.firNumber,
        item: a.item,
        kind: a.kind,
        crimeHead: a.crimeHead,
        state: a.state,
        recoveredAt: a.recoveredAt,
        recoveredItemId: a.recoveredItemId,
        ...(a.vehicle ? { vehicle: a.vehicle } : {}),
        ...(a.mobilePhone ? { mobilePhone: a.mobilePhone } : {}),
      }));
    const lost = by === 'imei' ? await this.lostAndFound(actor, number) : { lostReports: [], records: [] };
    await auditSearch(this.deps.audit, this.deps.storage.db, actor, client, 'search.stolen_property', { by, number }, [...new Set(shown.map((a) => a.firId)), ...lost.records.map((r) => r.id)]);
    return {
      checked: { by, number },
      state: overallState([...reports.map((r) => r.state), ...lost.lostReports.map((r) => r.state)]),
      reports,
      lostReports: lost.lostReports,
      records,
      lostRecords: lost.records,
    };
  }

  /**
   * A handset's lost article reports (lost, or found once an entry of found property holds it) and
   * the found-property entries holding it. A report converted to an FIR is the FIR's (on the stolen
   * register). As for FIRs, outside the caller's jurisdiction a report whose informant is protected
   * is left out entirely.
   */
  private async lostAndFound(actor: RequestActor, imei: string) {
    const { lost, found } = await this.deps.lostProperty.byImei(imei);
    const open = lost.filter((l) => !l.firId);
    const { inside } = await scopeHits(this.deps.units, actor, [...open.map((l) => ({ id: l.id, ownerUnit: l.stationCode })), ...found.map((f) => ({ id: f.id, ownerUnit: f.stationCode }))]);
    const insideIds = new Set(inside.map((h) => h.id));
    const hidden = await this.deps.lostProperty.protectedInformants(open.filter((l) => !insideIds.has(l.id)));
    const foundAt = found.length ? found[found.length - 1]!.foundAt : null;
    const lostReports: PublicLostReport[] = [];
    for (const l of open.filter((x) => !hidden.has(x.id)))
      lostReports.push({ state: foundAt ? 'found' : 'lost', number: l.number, station: await unitRef(this.deps.units, l.stationCode), reportedAt: l.reportedAt, foundAt });
    for (const f of found) lostReports.push({ state: 'found', number: f.number, station: await unitRef(this.deps.units, f.stationCode), reportedAt: f.receivedAt, foundAt: f.foundAt });
    const records = [
      ...open.filter((l) => insideIds.has(l.id)).map((l) => ({ type: 'lost_report' as const, id: l.id, number: l.number })),
      ...found.filter((f) => insideIds.has(f.id)).map((f) => ({ type: 'found_property' as const, id: f.id, number: f.number })),
    ];
    return { lostReports, records };
  }

  /** A station's register: its stolen vehicles and handsets, newest report first, with their state. */
  async register(stationCode: string, filter: { kind?: ArticleKind; state?: StolenState; limit: number }) {
    const all = await this.articles({ station: stationCode });
    const items = all.filter((a) => (!filter.kind || a.kind === filter.kind) && (!filter.state || a.state === filter.state));
    return {
      counts: this.countsOf(all),
      total: items.length,
      items: items.slice(0, filter.limit).map((a) => ({
        firId: a.firId,
        firNumber: a.firNumber,
        item: a.item,
        kind: a.kind,
        crimeHead: a.crimeHead,
        reportedAt: a.reportedAt,
        state: a.state,
        recoveredAt: a.recoveredAt,
        recoveredItemId: a.recoveredItemId,
        ...(a.vehicle ? { vehicle: a.vehicle } : {}),
        ...(a.mobilePhone ? { mobilePhone: a.mobilePhone } : {}),
      })),
    };
  }

  /** The station dashboard's figures. */
  async counts(stationCode: string) {
    return this.countsOf(await this.articles({ station: stationCode }));
  }

  /**
   * The figures of every station within a unit (a supervisor's counts): the articles of all its
   * stations read at once (a vehicle's and a handset's state needs its recoveries, as on the
   * register), counted by station code; stations without articles absent.
   */
  async countsWithin(unit: Pick<Unit, 'path'>) {
    const byStation = new Map<string, Article[]>();
    for (const a of await this.articles({ within: unit.path })) (byStation.get(a.stationCode) ?? byStation.set(a.stationCode, []).get(a.stationCode)!).push(a);
    return new Map([...byStation].map(([code, all]) => [code, this.countsOf(all)]));
  }

  private countsOf(all: Article[]) {
    const n = (kind: ArticleKind, state: StolenState) => all.filter((a) => a.kind === kind && a.state === state).length;
    return {
      vehicles: { stolen: n('vehicle', 'stolen'), recovered: n('vehicle', 'recovered') },
      mobilePhones: { stolen: n('mobile_phone', 'stolen'), recovered: n('mobile_phone', 'recovered') },
    };
  }

  private async publicReport(a: Article): Promise<PublicReport> {
    return { kind: a.kind, state: a.state, firNumber: a.firNumber, station: await unitRef(this.deps.units, a.stationCode), reportedAt: a.reportedAt, recoveredAt: a.recoveredAt };
  }

  /** The articles on the register that match, newest report first, each with its state. */
  private async articles(match: { vehicle: { by: Exclude<CheckedBy, 'imei'>; number: string } } | { imei: string } | { station: string } | { within: string }): Promise<Article[]> {
    const db = this.deps.storage.db;
    const sections = loadStolenPropertyRules().sections;
    // Any section of the FIR's current version in the table's ranges (fir_section_index: "303(2)" is kept with its base "303").
    const stolenOffence = (eb: ExpressionBuilder<Database, 'firs'>) =>
      eb.exists(
        eb
          .selectFrom('fir_section_index as fsi')
          .select('fsi.fir_id')
          .whereRef('fsi.fir_id', '=', 'firs.id')
          .where((w) => w.or([...sections].map(([act, bases]) => w.and([w('fsi.act', '=', act), w('fsi.section_base', 'in', bases)])))),
      );
    const COL = { registration: 'vi.registration', engine: 'vi.engine_no', chassis: 'vi.chassis_no' } as const;
    let vq = db
      .selectFrom('vehicle_index as vi')
      .innerJoin('firs', 'firs.id', 'vi.fir_id')
      .select(['vi.fir_id', 'vi.item', 'vi.details', 'firs.station_code', 'firs.year', 'firs.fir_no', 'firs.registered_at', 'firs.crime_head'])
      .where(stolenOffence)
      // A zero FIR sent on is registered again where it belongs: the article is on that station's register.
      .where('firs.status', '!=', 'transferred');
    let pq = db
      .selectFrom('imei_index as ii')
      .innerJoin('firs', 'firs.id', 'ii.fir_id')
      .select(['ii.fir_id', 'ii.item', 'ii.details', 'firs.station_code', 'firs.year', 'firs.fir_no', 'firs.registered_at', 'firs.crime_head'])
      .where(stolenOffence)
      .where('firs.status', '!=', 'transferred');
    if ('station' in match) {
      vq = vq.where('firs.station_code', '=', match.station);
      pq = pq.where('firs.station_code', '=', match.station);
    } else if ('within' in match) {
      vq = vq.where('firs.station_code', 'in', codesWithin(db, match.within));
      pq = pq.where('firs.station_code', 'in', codesWithin(db, match.within));
    } else if ('vehicle' in match) {
      vq = vq.where(COL[match.vehicle.by], '=', match.vehicle.number);
    } else {
      pq = pq.where('ii.imei', '=', match.imei);
    }
    const vehicles = 'imei' in match ? [] : await vq.execute();
    // A dual-SIM handset has a row per IMEI: one article.
    const phones = 'vehicle' in match ? [] : [...new Map((await pq.execute()).map((r) => [`${r.fir_id}:${r.item}`, r])).values()];
    const rows = [...vehicles.map((r) => ({ ...r, kind: 'vehicle' as const })), ...phones.map((r) => ({ ...r, kind: 'mobile_phone' as const }))];
    const recoveries = await this.recoveries(rows.map((r) => r.fir_id));
    return rows
      .map((r): Article => {
        const vehicle = r.kind === 'vehicle' ? (JSON.parse(r.details) as Vehicle) : null;
        const mobilePhone = r.kind === 'mobile_phone' ? (JSON.parse(r.details) as MobilePhone) : null;
        const imeis = new Set([mobilePhone?.imei, mobilePhone?.imei2].filter((x) => x !== undefined));
        const recovery = (recoveries.get(r.fir_id) ?? []).find((s) => s.recoversProperty === r.item || (s.imei !== null && imeis.has(s.imei))) ?? null;
        return {
          firId: r.fir_id,
          item: r.item,
          kind: r.kind,
          stationCode: r.station_code,
          firNumber: firNumberLabel(r.station_code, r.year, r.fir_no),
          reportedAt: r.registered_at,
          crimeHead: r.crime_head,
          vehicle,
          mobilePhone,
          state: stolenState(recovery?.seizedAt ?? null),
          recoveredAt: recovery?.seizedAt ?? null,
          recoveredItemId: recovery?.itemId ?? null,
        };
      })
      .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt) || a.firId.localeCompare(b.firId) || a.item - b.item);
  }

  /** The items seized in these cases that recover their property, earliest seizure first. */
  private async recoveries(firIds: string[]) {
    const out = new Map<string, { itemId: string; recoversProperty: number | null; imei: string | null; seizedAt: string }[]>();
    const unique = [...new Set(firIds)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.deps.storage.db
        .selectFrom('property_items as pi')
        .innerJoin('seizures as s', 's.id', 'pi.seizure_id')
        .select(['pi.id', 'pi.fir_id', 'pi.recovers_property', 'pi.device', 's.seized_at'])
        .where('pi.fir_id', 'in', unique.slice(i, i + 500))
        .where((eb) => eb.or([eb('pi.recovers_property', 'is not', null), eb('pi.device', 'is not', null)]))
        .orderBy('s.seized_at')
        .orderBy('pi.id')
        .execute();
      for (const r of rows) {
        const imei = r.device ? (JSON.parse(r.device) as { imei: string | null }).imei : null;
        const list = out.get(r.fir_id) ?? [];
        list.push({ itemId: r.id, recoversProperty: r.recovers_property, imei: imei ? imeiDigits(imei) : null, seizedAt: r.seized_at });
        out.set(r.fir_id, list);
      }
    }
    return out;
  }
}

/** The one number asked about, in the writing the registers keep. */
export function checkedNumber(q: StolenCheckQuery): { by: CheckedBy; number: string } {
  if (q.imei !== undefined) return { by: 'imei', number: q.imei };
  if (q.registration !== undefined) return { by: 'registration', number: normaliseRegistration(q.registration)!.canonical };
  if (q.engine !== undefined) return { by: 'engine', number: compactIdentifier(q.engine) };
  return { by: 'chassis', number: compactIdentifier(q.chassis!) };
}
