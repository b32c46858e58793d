import { v7 as uuidv7 } from 'uuid';
import { GD_KINDS, gdEntryRow, gdScope } from '../events/gd/entry-added.js';
import { istDate } from '../domain/ist.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { GdEntriesTable } from '../storage/schema.js';

export { GD_KINDS };
export type GdKind = (typeof GD_KINDS)[number];

export interface GdEntry {
  id: string;
  stationCode: string;
  gdDate: string;
  entryNo: number;
  entryAt: string;
  kind: GdKind;
  text: string;
  officer: string | null;
  refType: string | null;
  refId: string | null;
  correctsId: string | null;
  createdBy: string;
}

interface GdAdded {
  id: string;
  stationCode: string;
  gdDate: string;
  entryNo: number;
  entryAt: string;
  kind: GdKind;
  text: string;
  officer: string | null;
  refType: string | null;
  refId: string | null;
  correctsId: string | null;
}

const scope = gdScope;

function toEntry(r: GdEntriesTable): GdEntry {
  return {
    id: r.id,
    stationCode: r.station_code,
    gdDate: r.gd_date,
    entryNo: r.entry_no,
    entryAt: r.entry_at,
    kind: r.kind as GdKind,
    text: r.text,
    officer: r.officer,
    refType: r.ref_type,
    refId: r.ref_id,
    correctsId: r.corrects_id,
    createdBy: r.created_by,
  };
}

/**
 * The station's General Diary: numbered per station per IST day, append-only. A correction is
 * a new entry that refers to the one it corrects.
 */
export class GeneralDiary {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
  ) {}

  async add(
    tx: Tx,
    entry: { stationCode: string; at: Date; kind: GdKind; text: string; officer?: string | null; refType?: string; refId?: string; correctsId?: string },
    actor: string,
  ): Promise<GdEntry> {
    const gdDate = istDate(entry.at);
    const entryNo = await peekNextNumber(tx, this.storage.engine, scope(entry.stationCode, gdDate));
    const payload: GdAdded = {
      id: uuidv7(),
      stationCode: entry.stationCode,
      gdDate,
      entryNo,
      entryAt: entry.at.toISOString(),
      kind: entry.kind,
      text: entry.text,
      officer: entry.officer ?? null,
      refType: entry.refType ?? null,
      refId: entry.refId ?? null,
      correctsId: entry.correctsId ?? null,
    };
    await this.events.append(tx, { type: 'gd.entry_added', entityId: payload.id, payload: { ...payload }, actor });
    return toEntry(gdEntryRow(payload, actor));
  }

  async get(id: string, exec: Executor = this.storage.db): Promise<GdEntry | null> {
    const r = await exec.selectFrom('gd_entries').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toEntry(r) : null;
  }

  async forDay(stationCode: string, gdDate: string): Promise<GdEntry[]> {
    const rows = await this.storage.db.selectFrom('gd_entries').selectAll().where('station_code', '=', stationCode).where('gd_date', '=', gdDate).orderBy('entry_no').execute();
    return rows.map(toEntry);
  }
}
