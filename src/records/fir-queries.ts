import { firNumberLabel } from '../domain/fir-numbers.js';
import type { SectionRef } from '../domain/law.js';
import type { FirContent } from '../domain/schemas/fir.js';
import { notFound } from '../errors.js';
import type { Executor, Storage } from '../storage/db.js';
import type { FirsTable } from '../storage/schema.js';

export interface Fir {
  id: string;
  stationCode: string;
  districtCode: string;
  year: number;
  firNo: number;
  number: string;
  registeredAt: string;
  gdEntryId: string;
  status: string;
  lawCode: string;
  principal: SectionRef;
  crimeHead: string | null;
  maxYears: number | null;
  sensitive: boolean;
  complaintId: string | null;
  zeroOfStation: string | null;
  transferredToFir: string | null;
  /** Where a transferred FIR went (its new number may not be known here yet). */
  transferredToStation: string | null;
  transferredFromFir: string | null;
  efirSignedAt: string | null;
  version: number;
  content: FirContent;
}

export function toFir(r: FirsTable): Fir {
  return {
    id: r.id,
    stationCode: r.station_code,
    districtCode: r.district_code,
    year: r.year,
    firNo: r.fir_no,
    number: firNumberLabel(r.station_code, r.year, r.fir_no),
    registeredAt: r.registered_at,
    gdEntryId: r.gd_entry_id,
    status: r.status,
    lawCode: r.law_code,
    principal: JSON.parse(r.principal),
    crimeHead: r.crime_head,
    maxYears: r.max_years,
    sensitive: r.sensitive === 1,
    complaintId: r.complaint_id,
    zeroOfStation: r.zero_of_station,
    transferredToFir: r.transferred_to_fir,
    transferredToStation: r.transferred_to_station,
    transferredFromFir: r.transferred_from_fir,
    efirSignedAt: r.efir_signed_at,
    version: r.version,
    content: JSON.parse(r.content),
  };
}

/** The read model of FIRs: the `firs` and `fir_versions` tables the fir.* projectors keep. */
export class FirQueries {
  constructor(private readonly storage: Storage) {}

  async get(id: string, exec: Executor = this.storage.db): Promise<Fir | null> {
    const r = await exec.selectFrom('firs').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toFir(r) : null;
  }

  /** FIRs by id, in the order of the ids given (ids with no FIR are left out). */
  async getMany(ids: string[]): Promise<Fir[]> {
    if (ids.length === 0) return [];
    const rows = new Map((await this.storage.db.selectFrom('firs').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]));
    return ids.flatMap((id) => (rows.has(id) ? [toFir(rows.get(id)!)] : []));
  }

  async byNumber(stationCode: string, year: number, firNo: number): Promise<Fir | null> {
    const r = await this.storage.db.selectFrom('firs').selectAll().where('station_code', '=', stationCode).where('year', '=', year).where('fir_no', '=', firNo).executeTakeFirst();
    return r ? toFir(r) : null;
  }

  /** When each FIR's first arrest was entered in the General Diary (starts the charge-sheet clock). */
  async firstArrests(firIds: string[]): Promise<Map<string, Date>> {
    if (firIds.length === 0) return new Map();
    const rows = await this.storage.db
      .selectFrom('gd_entries')
      .select(['ref_id', 'entry_at'])
      .where('ref_type', '=', 'fir')
      .where('kind', '=', 'arrest')
      .where('ref_id', 'in', firIds)
      .orderBy('entry_at')
      .execute();
    const out = new Map<string, Date>();
    for (const r of rows) if (r.ref_id && !out.has(r.ref_id)) out.set(r.ref_id, new Date(r.entry_at));
    return out;
  }

  async mustGet(id: string): Promise<Fir> {
    const f = await this.get(id);
    if (!f) throw notFound('There is no FIR with this id.');
    return f;
  }

  async list(stationCodes: string[], filter: { station?: string; year?: number; status?: string; from?: string; to?: string; limit: number }): Promise<Fir[]> {
    if (stationCodes.length === 0) return [];
    let q = this.storage.db.selectFrom('firs').selectAll().where('station_code', 'in', stationCodes);
    if (filter.station) q = q.where('station_code', '=', filter.station);
    if (filter.year) q = q.where('year', '=', filter.year);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.from) q = q.where('registered_at', '>=', new Date(filter.from).toISOString());
    if (filter.to) q = q.where('registered_at', '<', new Date(filter.to).toISOString());
    return (await q.orderBy('registered_at', 'desc').limit(filter.limit).execute()).map(toFir);
  }

  async versions(id: string) {
    return this.storage.db.selectFrom('fir_versions').selectAll().where('fir_id', '=', id).orderBy('version').execute();
  }

  /** Transferred FIRs sent to another station that no FIR here has yet been registered from. */
  async awaitingRegistrationOnArrival(): Promise<Fir[]> {
    const rows = await this.storage.db
      .selectFrom('firs as z')
      .leftJoin('firs as r', 'r.transferred_from_fir', 'z.id')
      .selectAll('z')
      .where('z.transferred_to_station', 'is not', null)
      .where('z.transferred_to_fir', 'is', null)
      .where('r.id', 'is', null)
      .execute();
    return rows.map(toFir);
  }
}
