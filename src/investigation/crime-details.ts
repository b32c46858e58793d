import type { z } from 'zod';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { crimeDetailsProblems } from '../domain/final-report-steps.js';
import { OTHER_HEADS, SPECIAL_LOCAL_HEAD } from '../domain/law-catalogue-rules.js';
import { moSimilarity, type MoCase } from '../domain/mo-similarity.js';
import type { CrimeDetailsInput } from '../domain/schemas/final-report.js';
import { fieldProblem } from '../errors.js';
import type { caseCrimeDetailsRecorded } from '../events/case/crime-details-recorded.js';
import type { Fir } from '../records/fir-queries.js';
import { loadInvestigationCodes } from '../records/investigation-reference.js';
import type { RecordAccess } from '../records/record-access.js';
import type { Redactor, RecordViews } from '../records/views.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { CaseFiles } from './case-files.js';

type Details = z.infer<(typeof caseCrimeDetailsRecorded)['schema']>;

/** How many earlier cases sharing a code or the crime head are scored, newest first: bounds the work of one question. */
const SIMILAR_CANDIDATES = 2000;

export interface CrimeDetailsView {
  version: number;
  crimeHead: string;
  crimeSubHead: string | null;
  placeType: string;
  motive: string | null;
  moCodes: string[];
  properties: { description: string; category: string | null; quantity: string | null; value: number | null }[];
  totalValue: number;
  remarks: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

/**
 * Crime details (IIF-2) of a case, recorded by its IO and replaced by a later record, and "cases
 * like this one": earlier cases sharing its modus operandi codes or crime head, scored by the rule
 * of src/domain/mo-similarity.ts, within the reader's jurisdiction and masked as FIR lists are.
 */
export class CrimeDetails {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      cases: CaseFiles;
      access: RecordAccess;
      views: Pick<RecordViews, 'firListRows'>;
      firs: { getMany(ids: string[]): Promise<Fir[]> };
      userName(id: string): Promise<string>;
      firRedactor(actor: RequestActor, fir: Fir): Promise<Redactor>;
    },
  ) {}

  async record(actor: RequestActor, firId: string, input: CrimeDetailsInput, client: ClientInfo): Promise<void> {
    const c = await this.deps.cases.forStep(actor, firId, client);
    const crimeHead = input.crimeHead ?? c.fir.crimeHead ?? '';
    const errors = crimeDetailsProblems({ ...input, crimeHead }, loadInvestigationCodes(), await this.crimeHeads());
    if (!input.crimeHead && !c.fir.crimeHead) errors.unshift({ path: 'crimeHead', message: "is required: the FIR's sections give no crime head" });
    if (errors.length) throw fieldProblem(errors);
    const previous = await this.row(firId);
    const payload: Details = {
      version: (previous?.version ?? 0) + 1,
      crimeHead,
      crimeSubHead: input.crimeSubHead ?? null,
      placeType: input.placeType,
      motive: input.motive ?? null,
      moCodes: input.moCodes,
      properties: input.properties.map((p) => ({ description: p.description, category: p.category ?? null, quantity: p.quantity ?? null, value: p.value ?? null })),
      remarks: input.remarks ?? null,
    };
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'case.crime_details_recorded', entityId: firId, payload, actor: actor.user.id });
      await this.deps.audit
        .forRequest(actor, client)
        .success(tx, 'case.crime_details', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { version: payload.version, moCodes: input.moCodes.length } });
    });
  }

  /** The case's latest crime details, free text redacted for the reader. */
  async view(fir: Fir, redact: Redactor): Promise<CrimeDetailsView | null> {
    const r = await this.row(fir.id);
    if (!r) return null;
    const d = JSON.parse(r.details) as Details;
    const say = (t: string | null) => (t === null ? null : redact(t).text);
    return {
      version: r.version,
      crimeHead: d.crimeHead,
      crimeSubHead: say(d.crimeSubHead),
      placeType: d.placeType,
      motive: d.motive,
      moCodes: d.moCodes,
      properties: d.properties.map((p) => ({ description: redact(p.description).text, category: say(p.category), quantity: say(p.quantity), value: p.value })),
      totalValue: d.properties.reduce((sum, p) => sum + (p.value ?? 0), 0),
      remarks: say(d.remarks),
      recordedBy: { id: r.recorded_by, name: await this.deps.userName(r.recorded_by) },
      recordedAt: r.recorded_at,
    };
  }

  /** Cases like this one, best first (audited with the ids answered). */
  async similar(actor: RequestActor, firId: string, limit: number, client: ClientInfo) {
    const c = await this.deps.cases.forReading(actor, firId, client);
    const db = this.deps.storage.db;
    const codes = loadInvestigationCodes();
    const mine = await this.row(firId);
    const subject = mine ? (JSON.parse(mine.details) as Details) : null;
    const stations = await this.deps.access.jurisdictionCodes(actor);
    const moCodes = subject?.moCodes ?? [];
    const crimeHead = subject?.crimeHead ?? c.fir.crimeHead;
    let rows: { fir_id: string; mo_code: string; crime_head: string }[] = [];
    if (stations.length && (moCodes.length || crimeHead)) {
      const candidates = db
        .selectFrom('case_mo_codes')
        .select('fir_id')
        .where('station_code', 'in', stations)
        .where('fir_id', '!=', firId)
        .where((eb) => eb.or([...(moCodes.length ? [eb('mo_code', 'in', moCodes)] : []), ...(crimeHead ? [eb('crime_head', '=', crimeHead)] : [])]))
        .groupBy('fir_id')
        .orderBy((eb) => eb.fn.max('occurred_at'), 'desc')
        .limit(SIMILAR_CANDIDATES);
      rows = await db.selectFrom('case_mo_codes').select(['fir_id', 'mo_code', 'crime_head']).where('fir_id', 'in', candidates).execute();
    }
    const byFir = new Map<string, { moCodes: string[]; crimeHead: string }>();
    for (const r of rows) {
      const e = byFir.get(r.fir_id) ?? { moCodes: [], crimeHead: r.crime_head };
      e.moCodes.push(r.mo_code);
      byFir.set(r.fir_id, e);
    }
    const asCase = (fir: Fir, mo: readonly string[], head: string | null): MoCase => ({
      moCodes: mo,
      crimeHead: head,
      place: fir.content.place.latitude !== undefined && fir.content.place.longitude !== undefined ? { lat: fir.content.place.latitude, lon: fir.content.place.longitude } : null,
      occurredAt: new Date(fir.content.occurredFrom),
    });
    const me = asCase(c.fir, moCodes, crimeHead);
    const firs = await this.deps.firs.getMany([...byFir.keys()]);
    const scored = firs
      .map((f) => ({ fir: f, moCodes: byFir.get(f.id)!.moCodes.sort(), similarity: moSimilarity(me, asCase(f, byFir.get(f.id)!.moCodes, byFir.get(f.id)!.crimeHead), codes) }))
      .sort((a, b) => b.similarity.score - a.similarity.score || b.fir.registeredAt.localeCompare(a.fir.registeredAt))
      .slice(0, limit);
    const listed = await this.deps.views.firListRows(
      actor,
      scored.map((s) => s.fir),
    );
    await this.deps.audit.forRequest(actor, client).success(db, 'case.similar', {
      targetType: 'fir',
      targetId: firId,
      targetUnit: c.unitCode,
      detail: { count: scored.length, ids: scored.map((s) => s.fir.id) },
    });
    return {
      firId,
      moCodes,
      crimeHead,
      cases: scored.map((s, i) => ({
        fir: listed[i]!,
        moCodes: s.moCodes,
        score: s.similarity.score,
        parts: s.similarity.parts,
        distanceKm: s.similarity.distanceKm,
      })),
    };
  }

  private row(firId: string) {
    return this.deps.storage.db.selectFrom('case_crime_details').selectAll().where('fir_id', '=', firId).executeTakeFirst();
  }

  /** The crime heads of the law data: those the catalogue's sections count under, and the heads of sections no rule covers. */
  private async crimeHeads(): Promise<Set<string>> {
    const rows = await this.deps.storage.db.selectFrom('law_sections').select('crime_head').distinct().where('crime_head', 'is not', null).execute();
    return new Set([...rows.map((r) => r.crime_head!), ...Object.values(OTHER_HEADS), SPECIAL_LOCAL_HEAD]);
  }
}
