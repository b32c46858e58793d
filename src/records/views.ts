import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { computeClocks } from '../domain/clocks.js';
import { nameRedactor, type Redacted, type WithheldIdentity } from '../search/names/redact.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import { loadClockRules } from './clock-rules.js';
import { caseClockEvents } from './case-clock-events.js';
import { complaintClockFacts, firClockFacts } from './clock-facts.js';
import type { Complaint } from './complaints.js';
import type { FirContent } from '../domain/schemas/fir.js';
import type { Fir, FirQueries } from './fir-queries.js';
import type { GeneralDiary } from './general-diary.js';
import type { LawCatalogue } from './law-catalogue.js';
import type { Person, PersonRegistry } from './persons.js';
import type { RecordAccess } from './record-access.js';
import type { ProtectionReason } from '../access/protection.js';
import type { PersonRole } from '../domain/schemas/person.js';
import type { UnitService } from '../directory/units.js';
import type { UserRepository } from '../directory/users.js';

/** A person as shown on a record: in full, or withheld (sexual-offence victims, juveniles). */
export type PersonView = ({ masked: false; role: PersonRole | null } & Omit<Person, 'ownerUnit'>) | { masked: true; role: PersonRole | null; reason: ProtectionReason };

/** Free text as shown to one reader: the withheld persons' names, phones and addresses replaced. */
export type Redactor = (text: string) => Redacted;

const SHOW_ALL: Redactor = (text) => ({ text, withheld: false });

/** The redactor that withholds these persons (the ones withheld from the reader) from free text. */
function redactorOf(withheld: (Person | undefined)[]): Redactor {
  const identities = withheld.filter((p): p is Person => !!p).map(identityOf);
  return identities.length ? nameRedactor(identities) : SHOW_ALL;
}

/** What of a withheld person may be written in free text about them. */
function identityOf(p: Person): WithheldIdentity {
  return { name: p.name, aliases: p.aliases, relativeName: p.relativeName ?? null, phones: p.phones, addresses: p.addresses.map((a) => a.line) };
}

/** Every free-text field of an FIR's content, redacted; `withheld` if any was changed. */
export function redactFirContent<C extends Pick<FirContent, 'briefFacts' | 'delayReasons' | 'place' | 'properties' | 'unknownAccused'>>(
  content: C,
  redact: Redactor,
): { content: C; withheld: boolean } {
  let withheld = false;
  const r = (text: string) => {
    const out = redact(text);
    withheld ||= out.withheld;
    return out.text;
  };
  const opt = (text: string | null | undefined) => (text == null ? text : r(text));
  const redacted: C = {
    ...content,
    briefFacts: r(content.briefFacts),
    delayReasons: opt(content.delayReasons) ?? null,
    place: { ...content.place, address: r(content.place.address), directionDistance: opt(content.place.directionDistance) ?? undefined, beat: opt(content.place.beat) ?? undefined },
    properties: content.properties.map((p) => ({ ...p, description: r(p.description) })),
    unknownAccused: content.unknownAccused.map((u) => ({ ...u, description: r(u.description) })),
  };
  return { content: redacted, withheld };
}

/**
 * Builds what the API and the FIR copy show of a record, applying masking: a protected person
 * (victim or complainant of any sensitive case, any juvenile) is withheld on every record they
 * are on unless the reader may unmask them (decided once, in RecordAccess.identities). Every read
 * of a case is audited; every unmasked read of a protected identity separately.
 */
export class RecordViews {
  constructor(
    private readonly deps: {
      storage: Storage;
      audit: AuditLog;
      clock: Clock;
      units: UnitService;
      users: UserRepository;
      persons: PersonRegistry;
      gd: GeneralDiary;
      firs: FirQueries;
      law: LawCatalogue;
      access: RecordAccess;
    },
  ) {}

  /** Withheld, or in full: `withheld` is the reason from the one protection decision, or undefined. */
  personView(p: Person, role: PersonRole | null, withheld: ProtectionReason | undefined): PersonView {
    if (withheld) return { masked: true, role, reason: withheld };
    const { ownerUnit, ...rest } = p;
    return { masked: false, role, ...rest };
  }

  /**
   * The redactor of free text for this reader: it withholds these persons and every protected
   * person on any record of these stations whom the reader may not see. Free text of a station
   * (an FIR's facts, a diary entry, a complaint, a reason) may name a protected person of another
   * of its cases without saying so, so the whole station's protected persons are withheld from
   * it; over-redaction is the lesser harm. `all`: withhold every protected person, whoever reads
   * (the FIR copy for others).
   */
  async redactorFor(actor: RequestActor, personIds: readonly string[], stationCodes: readonly string[], opts: { all?: boolean } = {}): Promise<Redactor> {
    const { identities } = this.deps.access;
    const ids = [...personIds];
    ids.push(...(await identities.protectedAt([...new Set(stationCodes)])));
    const withheld = opts.all ? [...(await identities.protections(ids)).keys()] : [...(await identities.withheld(actor, ids)).keys()];
    if (!withheld.length) return SHOW_ALL;
    const persons = await this.deps.persons.getMany(withheld);
    return redactorOf(withheld.map((id) => persons.get(id)));
  }

  /** Free text of this FIR (its versions, reasons, search extracts) as this reader may read it. */
  firRedactor(actor: RequestActor, fir: Fir, opts: { all?: boolean } = {}): Promise<Redactor> {
    return this.redactorFor(
      actor,
      fir.content.persons.map((p) => p.personId),
      [fir.stationCode],
      opts,
    );
  }

  /** Free text of a station's diary (and other text of the station) as this reader may read it. */
  stationRedactor(actor: RequestActor, stationCode: string): Promise<Redactor> {
    return this.redactorFor(actor, [], [stationCode]);
  }

  /** A diary's entries as this reader may read them. */
  async gdEntries<E extends { text: string }>(actor: RequestActor, stationCode: string, entries: E[]): Promise<(E & { textWithheld: boolean })[]> {
    const redact = entries.length ? await this.stationRedactor(actor, stationCode) : SHOW_ALL;
    return entries.map((e) => {
      const r = redact(e.text);
      return { ...e, text: r.text, textWithheld: r.withheld };
    });
  }

  /**
   * A complaint as this reader may read it, without its audit entry (for lists and for answers to
   * changes): the free text without the names of the complainant if withheld and, once it became
   * an FIR, of whoever that FIR withholds; a withheld complainant's id is not handed out.
   */
  async complaintText(actor: RequestActor, c: Complaint) {
    const fir = c.firId ? await this.deps.firs.get(c.firId) : null;
    const hidden = (await this.deps.access.identities.withheld(actor, [c.complainantId])).has(c.complainantId);
    const redact = await this.redactorFor(actor, [c.complainantId, ...(fir?.content.persons.map((p) => p.personId) ?? [])], [c.stationCode, ...(fir ? [fir.stationCode] : [])]);
    let textWithheld = false;
    const r = (text: string) => {
      const out = redact(text);
      textWithheld ||= out.withheld;
      return out.text;
    };
    const description = r(c.description);
    const place = r(c.place);
    const closureNote = c.closureNote === null ? null : r(c.closureNote);
    return { ...c, complainantId: hidden ? null : c.complainantId, description, place, closureNote, textWithheld };
  }

  /**
   * The FIR as the reader may see it. `auditAction: null` is for the answer to a change the
   * reader just made, whose own audit entry already records it.
   */
  async fir(actor: RequestActor, fir: Fir, client: ClientInfo, opts: { unmaskAllowed?: boolean; auditAction?: 'fir.read' | 'fir.copy' | null } = {}) {
    const d = this.deps;
    const ids = fir.content.persons.map((p) => p.personId);
    const persons = await d.persons.getMany(ids);
    // A copy for others shows no protected identity, whoever prints it.
    const decided = await d.access.identities.decide(actor, ids);
    const withheld = (id: string) => {
      const p = decided.get(id);
      return p && (!p.unmask || opts.unmaskAllowed === false) ? p.reason : undefined;
    };
    const views = fir.content.persons.map((p) => this.personView(persons.get(p.personId)!, p.role, withheld(p.personId)));
    const anyWithheld = ids.some((id) => withheld(id));
    const unmasked = ids.some((id) => decided.has(id) && !withheld(id));
    const text = redactFirContent(fir.content, await this.firRedactor(actor, fir, { all: opts.unmaskAllowed === false }));
    const [station, district, gd, sections, oic, io] = await Promise.all([
      d.units.get(fir.stationCode),
      d.units.get(fir.districtCode),
      d.gd.get(fir.gdEntryId),
      d.law.getMany(fir.content.sections),
      d.users.byId(fir.content.officerInCharge),
      fir.content.ioUserId ? d.users.byId(fir.content.ioUserId) : Promise.resolve(null),
    ]);
    if (opts.auditAction !== null)
      await d.audit.forRequest(actor, client).success(d.storage.db, opts.auditAction ?? 'fir.read', {
        targetType: 'fir',
        targetId: fir.id,
        targetUnit: fir.stationCode,
        detail: { version: fir.version, unmasked },
      });
    if (opts.auditAction !== null && unmasked) {
      await d.audit.forRequest(actor, client).success(d.storage.db, 'fir.read_unmasked', { targetType: 'fir', targetId: fir.id, targetUnit: fir.stationCode });
    }
    const byRole = (role: PersonRole) => views.filter((v) => v.role === role);
    return {
      id: fir.id,
      number: fir.number,
      year: fir.year,
      firNo: fir.firNo,
      station: station ? { code: station.code, nameEn: station.nameEn, nameHi: station.nameHi } : { code: fir.stationCode, nameEn: fir.stationCode, nameHi: fir.stationCode },
      district: district ? { code: district.code, nameEn: district.nameEn, nameHi: district.nameHi } : { code: fir.districtCode, nameEn: fir.districtCode, nameHi: fir.districtCode },
      registeredAt: fir.registeredAt,
      status: fir.status,
      origin: fir.content.origin,
      infoType: fir.content.infoType,
      lawCode: fir.lawCode,
      sensitive: fir.sensitive,
      crimeHead: fir.crimeHead,
      maxYears: fir.maxYears,
      principal: fir.principal,
      sections: fir.content.sections.map((ref, i) => ({ ...ref, title: sections[i]?.title ?? '', titleHi: sections[i]?.titleHi ?? null, maxPunishment: sections[i]?.maxPunishment ?? '' })),
      gdEntry: gd ? { id: gd.id, entryNo: gd.entryNo, gdDate: gd.gdDate, entryAt: gd.entryAt } : null,
      occurredFrom: fir.content.occurredFrom,
      occurredTo: fir.content.occurredTo,
      infoReceivedAt: fir.content.infoReceivedAt,
      place: text.content.place,
      complainant: byRole('complainant')[0] ?? null,
      accused: byRole('accused'),
      unknownAccused: text.content.unknownAccused,
      victims: byRole('victim'),
      witnesses: byRole('witness'),
      properties: text.content.properties,
      totalValue: fir.content.properties.reduce((a, p) => a + (p.value ?? 0), 0),
      delayReasons: text.content.delayReasons,
      briefFacts: text.content.briefFacts,
      officerInCharge: oic ? { id: oic.id, name: oic.displayName, role: oic.role } : null,
      io: io ? { id: io.id, name: io.displayName, role: io.role } : null,
      version: fir.version,
      complaintId: fir.complaintId,
      zeroOfStation: fir.zeroOfStation,
      jurisdictionStationCode: fir.content.jurisdictionStationCode,
      transferredToFir: fir.transferredToFir,
      transferredToStation: fir.transferredToStation,
      transferredFromFir: fir.transferredFromFir,
      efirSignedAt: fir.efirSignedAt,
      identitiesWithheld: anyWithheld,
      /** Names, phones or addresses of withheld persons were replaced in the free text. */
      textWithheld: text.withheld,
      clocks: computeClocks(firClockFacts(fir, (await caseClockEvents(d.storage.db, d.firs, [fir.id])).get(fir.id)), d.clock.now(), loadClockRules()),
    };
  }

  /** List rows: no identities at all in sensitive cases; reads audited with the ids shown. */
  async firList(actor: RequestActor, firs: Fir[], client: ClientInfo) {
    const rows = await this.firListRows(actor, firs);
    await this.deps.audit.forRequest(actor, client).success(this.deps.storage.db, 'fir.list', {
      targetType: 'fir',
      targetUnit: actor.unit.code,
      detail: { count: rows.length, ids: rows.map((r) => r.id) },
    });
    return rows;
  }

  /** The list rows without the audit entry, for callers that audit the whole answer themselves (search). */
  async firListRows(actor: RequestActor, firs: Fir[]) {
    const { identities } = this.deps.access;
    // The place column is free text: redacted as each FIR's own text is (see redactorFor).
    const atStation = new Map<string, string[]>();
    for (const code of new Set(firs.map((f) => f.stationCode))) atStation.set(code, await identities.protectedAt(code));
    const ids = [...new Set([...firs.flatMap((f) => f.content.persons.map((p) => p.personId)), ...[...atStation.values()].flat()])];
    const withheld = await identities.withheld(actor, ids);
    const persons = await this.deps.persons.getMany(ids);
    const rows = [];
    for (const f of firs) {
      const hidden = new Set([...f.content.persons.map((p) => p.personId), ...atStation.get(f.stationCode)!].filter((id) => withheld.has(id)));
      const redact = redactorOf([...hidden].map((id) => persons.get(id)));
      const complainantRef = f.content.persons.find((p) => p.role === 'complainant');
      const complainant = complainantRef ? persons.get(complainantRef.personId) : undefined;
      rows.push({
        id: f.id,
        number: f.number,
        stationCode: f.stationCode,
        registeredAt: f.registeredAt,
        occurredFrom: f.content.occurredFrom,
        status: f.status,
        lawCode: f.lawCode,
        sections: f.content.sections,
        principal: f.principal,
        crimeHead: f.crimeHead,
        sensitive: f.sensitive,
        complainantName: complainant && !withheld.has(complainant.id) ? complainant.name : null,
        place: redact(f.content.place.address).text,
        version: f.version,
      });
    }
    return rows;
  }

  async complaint(actor: RequestActor, c: Complaint, client: ClientInfo) {
    const person = await this.deps.persons.get(c.complainantId);
    const withheld = (await this.deps.access.identities.withheld(actor, [c.complainantId])).get(c.complainantId);
    const assigned = c.assignedTo ? await this.deps.users.byId(c.assignedTo) : null;
    await this.deps.audit.forRequest(actor, client).success(this.deps.storage.db, 'complaint.read', { targetType: 'complaint', targetId: c.id, targetUnit: c.stationCode });
    return {
      ...(await this.complaintText(actor, c)),
      complainant: person ? this.personView(person, 'complainant', withheld) : null,
      assignedOfficer: assigned ? { id: assigned.id, name: assigned.displayName, role: assigned.role } : null,
      clocks: computeClocks(complaintClockFacts(c), this.deps.clock.now(), loadClockRules()),
    };
  }

  async person(actor: RequestActor, p: Person, client: ClientInfo): Promise<PersonView & { records: { recordType: string; recordId: string; role: string }[] }> {
    const { view, links } = await this.personUnaudited(actor, p);
    await this.deps.audit.forRequest(actor, client).success(this.deps.storage.db, 'person.read', { targetType: 'person', targetId: p.id, targetUnit: p.ownerUnit, detail: { masked: view.masked } });
    return { ...view, records: view.masked ? [] : links.map((l) => ({ recordType: l.record_type, recordId: l.record_id, role: l.role })) };
  }

  /**
   * The person as the reader may see them and the records they are on, decided as on the
   * person's own page, without an audit entry: for callers that audit the whole answer (search).
   */
  async personUnaudited(actor: RequestActor, p: Person) {
    const links = await this.deps.storage.db.selectFrom('record_persons').selectAll().where('person_id', '=', p.id).execute();
    const withheld = (await this.deps.access.identities.withheld(actor, [p.id])).get(p.id);
    return { view: this.personView(p, null, withheld), links };
  }
}
