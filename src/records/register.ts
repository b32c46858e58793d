/**
 * What the station's registers other than FIRs (missing persons, unnatural deaths, and those to
 * come) share: reading an entry by id or by its number in the station's series, the 404 sentence,
 * the version a printed report carries, and how an entry's persons and free text are shown to a
 * reader. One place, so that a new register gets the same answers and the same masking.
 */
import type { AuditLog } from '../access/audit-log.js';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditAction } from '../domain/audit-actions.js';
import type { ProtectionReason } from '../access/protection.js';
import type { PersonDescription } from '../domain/schemas/description.js';
import type { PersonRole } from '../domain/schemas/person.js';
import { notFound } from '../errors.js';
import type { ClockState } from '../domain/clocks.js';
import { istYear } from '../domain/ist.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { Database } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import type { GdEntry, GdKind, GeneralDiary } from './general-diary.js';
import type { Person, PersonRegistry } from './persons.js';
import type { RecordAccess } from './record-access.js';
import type { PersonView, RecordViews } from './views.js';

/** What every register's service writes and reads through: its events, audit, clock, persons, diary, access and views. */
export interface RegisterDeps {
  storage: Storage;
  events: EventLog;
  audit: AuditLog;
  clock: Clock;
  persons: PersonRegistry;
  gd: GeneralDiary;
  access: RecordAccess;
  views: RecordViews;
}

/** The tables of registers numbered per station and year in a `seq` column. */
type RegisterTable = 'missing_persons' | 'unnatural_deaths' | 'lost_reports' | 'found_property' | 'found_persons';

export interface RegisterEntry {
  id: string;
  stationCode: string;
  number: string;
  year: number;
  seq: number;
}

/** The columns every register's row has: its id, station and number in the station's series. */
export const entryOf = (r: { id: string; station_code: string; number: string; year: number; seq: number }): RegisterEntry => ({
  id: r.id,
  stationCode: r.station_code,
  number: r.number,
  year: r.year,
  seq: r.seq,
});

/** Reads one register's entries: by id, by number, and the version its printed report carries. */
export class RegisterReader<N extends RegisterTable, T extends RegisterEntry> {
  constructor(
    private readonly spec: {
      storage: Storage;
      table: N;
      /** The register's events share this prefix (`missing_person`): each one makes a new version of the report. */
      eventPrefix: string;
      /** What the 404 says there is none of ("missing-person report"). */
      what: string;
      toEntry: (row: Database[N]) => T;
      /** When the entry was registered (the date its printed report and verification give). */
      registeredAt: (entry: T) => string;
    },
  ) {}

  /** The entry of this number in the station's series, when registered and its current version (the verification of a printed report). */
  async numbered(stationCode: string, year: number, seq: number): Promise<{ entry: T; registeredAt: string; version: number } | null> {
    const entry = await this.byNumber(stationCode, year, seq);
    return entry ? { entry, registeredAt: this.spec.registeredAt(entry), version: await this.version(entry.id) } : null;
  }

  // The tables differ in their other columns; these reads touch only id, station_code, year and seq.
  private from(exec: Executor) {
    return exec.selectFrom(this.spec.table as RegisterTable).selectAll();
  }

  private entry(row: Database[RegisterTable] | undefined): T | null {
    return row ? this.spec.toEntry(row as Database[N]) : null;
  }

  async get(id: string, exec: Executor = this.spec.storage.db): Promise<T | null> {
    return this.entry(await this.from(exec).where('id', '=', id).executeTakeFirst());
  }

  async mustGet(id: string): Promise<T> {
    const e = await this.get(id);
    if (!e) throw notFound(`There is no ${this.spec.what} with this id.`);
    return e;
  }

  async byNumber(stationCode: string, year: number, seq: number): Promise<T | null> {
    return this.entry(await this.from(this.spec.storage.db).where('station_code', '=', stationCode).where('year', '=', year).where('seq', '=', seq).executeTakeFirst());
  }

  /** The version a printed report carries: 1 at registration, one more for each later event of the entry. */
  async version(id: string): Promise<number> {
    const row = await this.spec.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_id', '=', id)
      .where('type', 'like', `${this.spec.eventPrefix}.%`)
      .executeTakeFirst();
    return Math.max(1, Number(row?.n ?? 0));
  }
}

/**
 * A register's service: its dependencies and its entries (get, mustGet, by number, version).
 * Each register adds what it alone does (report, inquest, identify…).
 */
export abstract class RegisterService<N extends RegisterTable, T extends RegisterEntry, D extends RegisterDeps> {
  /** The register's entries: by id, by number, their printed version. */
  readonly entries: RegisterReader<N, T>;

  constructor(
    protected readonly deps: D,
    spec: Omit<ConstructorParameters<typeof RegisterReader<N, T>>[0], 'storage'>,
  ) {
    this.entries = new RegisterReader({ ...spec, storage: deps.storage });
  }

  get(id: string, exec?: Executor): Promise<T | null> {
    return this.entries.get(id, exec);
  }

  mustGet(id: string): Promise<T> {
    return this.entries.mustGet(id);
  }

  /**
   * An entry's reading audited: the read (whether its protected person was masked), and a
   * protected person shown in full on an entry of its own (`fir.read_unmasked`, as for FIRs).
   */
  protected async auditedRead<V extends { unmasked: boolean }>(actor: RequestActor, client: ClientInfo, entry: T, read: { action: AuditAction; type: string; masked: boolean }, view: V): Promise<V> {
    const audit = this.deps.audit.forRequest(actor, client);
    const target = { targetType: read.type, targetId: entry.id, targetUnit: entry.stationCode };
    await audit.success(this.deps.storage.db, read.action, { ...target, detail: { masked: read.masked } });
    if (view.unmasked) await audit.success(this.deps.storage.db, 'fir.read_unmasked', target);
    return view;
  }
}

const SEX_WORDS: Record<PersonDescription['sex'], string> = { male: 'male', female: 'female', transgender: 'transgender', unknown: 'of unknown sex' };

/**
 * What a diary entry or an alert says of how a person or a body looks, without any name: the sex,
 * the age (known, or estimated as a range), height, build and complexion.
 */
export function looks(d: PersonDescription, age?: { years: number; child: boolean }): string {
  const parts = [age ? `${age.child ? 'a child, ' : ''}${SEX_WORDS[d.sex]}, ${age.years} years` : SEX_WORDS[d.sex]];
  if (!age && d.ageRange) parts.push(`aged about ${d.ageRange.from}–${d.ageRange.to} years`);
  if (d.heightCm) parts.push(`height about ${d.heightCm} cm`);
  if (d.build) parts.push(`${d.build} build`);
  if (d.complexion) parts.push(`${d.complexion.replace('_', ' ')} complexion`);
  return parts.join(', ');
}

/** The clocks of these entries not yet met, soonest due first: what a station's dashboard lists as due. */
export function clocksDue<T extends RegisterEntry>(entries: readonly T[], clocksOf: (entry: T) => ClockState[]): { recordId: string; number: string; clock: ClockState }[] {
  return entries
    .flatMap((e) => clocksOf(e).map((clock) => ({ recordId: e.id, number: e.number, clock })))
    .filter((x) => x.clock.status !== 'met' && x.clock.status !== 'met_late')
    .sort((a, b) => a.clock.dueAt.getTime() - b.clock.dueAt.getTime());
}

/** What an entry's diary lines refer to: the entry, at its station. */
export interface DiaryRef {
  stationCode: string;
  refType: string;
  refId: string;
}

/**
 * A new entry's number in its station's series for the year, and its General Diary entry, written
 * first in the entry's transaction (BNSS 173's rule for FIRs, kept for every register): the diary
 * is the station's record of all it does, and the entry carries the diary's reference.
 */
export async function numberedEntry(
  deps: Pick<RegisterDeps, 'storage' | 'gd'>,
  tx: Tx,
  actor: RequestActor,
  o: DiaryRef & { series: string; at: Date; numberOf: (year: number, seq: number) => string; diary: (number: string) => { kind: GdKind; text: string } },
): Promise<{ year: number; seq: number; number: string; gd: GdEntry }> {
  const year = istYear(o.at);
  const seq = await peekNextNumber(tx, deps.storage.engine, `${o.series}:${o.stationCode}:${year}`);
  const number = o.numberOf(year, seq);
  const gd = await deps.gd.add(tx, { stationCode: o.stationCode, at: o.at, ...o.diary(number), officer: actor.user.displayName, refType: o.refType, refId: o.refId }, actor.user.id);
  return { year, seq, number, gd };
}

/** A later step of an entry, written in its station's diary (now, unless the step's instant is given) by the officer who took it. */
export function diaryStep(deps: Pick<RegisterDeps, 'gd' | 'clock'>, tx: Tx, actor: RequestActor, ref: DiaryRef & { at?: Date }, kind: GdKind, text: string): Promise<GdEntry> {
  return deps.gd.add(tx, { stationCode: ref.stationCode, at: ref.at ?? deps.clock.now(), kind, text, officer: actor.user.displayName, refType: ref.refType, refId: ref.refId }, actor.user.id);
}

/** A register's number in the station's series: `PS/2026/M00012`. */
export const registerNumber = (stationCode: string, year: number, letter: string, seq: number) => `${stationCode}/${year}/${letter}${String(seq).padStart(5, '0')}`;

/**
 * How an entry is shown to this reader: its persons, in full or withheld (the one protection
 * decision), and its free text redacted of them and of every protected person of its station the
 * reader may not see. `textWithheld` says whether any text was.
 */
export async function entryMasking(deps: { persons: PersonRegistry; access: RecordAccess; views: RecordViews }, actor: RequestActor, personIds: readonly string[], stationCode: string) {
  const ids = [...new Set(personIds)];
  const [persons, withheld, redact] = await Promise.all([deps.persons.getMany(ids), deps.access.identities.withheld(actor, ids), deps.views.redactorFor(actor, ids, [stationCode])]);
  let textWithheld = false;
  return {
    withheld: withheld as ReadonlyMap<string, ProtectionReason>,
    /** The person as this reader may see them (in the role the register gives them), or null if the id is none. */
    person(id: string | null, role: PersonRole | null = null): PersonView | null {
      const p: Person | undefined = id ? persons.get(id) : undefined;
      return p ? deps.views.personView(p, role, withheld.get(p.id)) : null;
    },
    text(text: string | null | undefined): string | null {
      if (text == null) return null;
      const out = redact(text);
      textWithheld ||= out.withheld;
      return out.text;
    },
    get textWithheld() {
      return textWithheld;
    },
    /** Whether a protected person among them is shown to this reader: the unmasking is audited on its own. */
    async unmasked(): Promise<boolean> {
      return [...(await deps.access.identities.protectedIds(ids))].some((id) => !withheld.has(id));
    },
  };
}

/** A description as this reader may see it: marks and photo identify, so a withheld person's are not shown. */
export function descriptionView(desc: PersonDescription, hidden: boolean, text: (t: string | null | undefined) => string | null) {
  return {
    sex: desc.sex,
    ageRange: desc.ageRange ?? null,
    heightCm: desc.heightCm ?? null,
    build: desc.build ?? null,
    complexion: desc.complexion ?? null,
    marks: hidden ? null : text(desc.marks),
    clothes: text(desc.clothes),
    photoSha256: hidden ? null : (desc.photoSha256 ?? null),
    place: { address: text(desc.place.address)!, latitude: desc.place.latitude ?? null, longitude: desc.place.longitude ?? null },
  };
}
