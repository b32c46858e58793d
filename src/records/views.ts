import { auditActor, type ClientInfo, type RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { computeClocks } from '../domain/clocks.js';
import { nameRedactor, type Redacted, type WithheldIdentity } from '../search/names/redact.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import { complaintClockFacts, firClockFacts } from './clock-facts.js';
import type { Complaint } from './complaints.js';
import type { Fir, FirContent, FirService } from './firs.js';
import type { GeneralDiary } from './general-diary.js';
import type { LawCatalogue } from './law-catalogue.js';
import type { Person, PersonRegistry } from './persons.js';
import type { RecordAccess } from './record-access.js';
import type { PersonRole } from './schemas/person.js';
import type { UnitService } from './units.js';
import type { UserRepository } from './users.js';

/** A person as shown on a record: in full, or withheld (sexual-offence victims, juveniles). */
export type PersonView =
  | ({ masked: false; role: PersonRole | null } & Omit<Person, 'ownerUnit'>)
  | { masked: true; role: PersonRole | null; reason: 'sensitive-case' | 'juvenile' };

/** Free text as shown to one reader: the withheld persons' names, phones and addresses replaced. */
export type Redactor = (text: string) => Redacted;

const SHOW_ALL: Redactor = (text) => ({ text, withheld: false });

/** What of a withheld person may be written in free text about them. */
function identityOf(p: Person): WithheldIdentity {
  return { name: p.name, aliases: p.aliases, relativeName: p.relativeName ?? null, phones: p.phones, addresses: p.addresses.map((a) => a.line) };
}

/** Every free-text field of an FIR's content, redacted; `withheld` if any was changed. */
export function redactFirContent<C extends Pick<FirContent, 'briefFacts' | 'delayReasons' | 'place' | 'properties' | 'unknownAccused'>>(content: C, redact: Redactor): { content: C; withheld: boolean } {
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
 * Builds what the API and the FIR copy show of a record, applying masking: in a sensitive case
 * the victims and the complainant, and any juvenile, are withheld unless the reader may unmask
 * (the IO of the case, roles granted record.unmask in their jurisdiction). Every read of a case
 * is audited; every unmasked read of a protected identity separately.
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
      firs: FirService;
      law: LawCatalogue;
      access: RecordAccess;
    },
  ) {}

  private personView(p: Person, role: PersonRole | null, sensitive: boolean, unmask: boolean): PersonView {
    // On its own page a person is protected if protected on any record (role null).
    const protectedRole = sensitive && (role === null || role === 'victim' || role === 'complainant');
    if (!unmask && (protectedRole || p.juvenile)) return { masked: true, role, reason: p.juvenile && !protectedRole ? 'juvenile' : 'sensitive-case' };
    const { ownerUnit, ...rest } = p;
    return { masked: false, role, ...rest };
  }

  /**
   * The redactor for free text about these persons: whoever the person views withhold from this
   * reader (the decision is personView's) is withheld from the narrative too.
   */
  private redactorFor(persons: { person: Person | undefined; role: PersonRole | null }[], sensitive: boolean, unmask: boolean): Redactor {
    const withheld = persons.flatMap(({ person, role }) => (person && this.personView(person, role, sensitive, unmask).masked ? [identityOf(person)] : []));
    return withheld.length ? nameRedactor(withheld) : SHOW_ALL;
  }

  /** Free text of this FIR (its versions, reasons, search extracts) as this reader may read it. */
  async firRedactor(actor: RequestActor, fir: Fir, persons?: Map<string, Person>): Promise<Redactor> {
    const found = persons ?? (await this.deps.persons.getMany(fir.content.persons.map((p) => p.personId)));
    const refs = fir.content.persons.map((p) => ({ person: found.get(p.personId), role: p.role }));
    if (!fir.sensitive && !refs.some((r) => r.person?.juvenile)) return SHOW_ALL;
    const unmask = await this.deps.access.mayUnmask(actor, { unitCode: fir.stationCode, ioUserId: fir.content.ioUserId });
    return this.redactorFor(refs, fir.sensitive, unmask);
  }

  /**
   * Free text of a station's diary as this reader may read it. An entry may name a protected
   * person without saying which case it is about, so every person withheld from this reader in
   * any record of the station is withheld from every entry.
   */
  async stationRedactor(actor: RequestActor, stationCode: string): Promise<Redactor> {
    const d = this.deps;
    if (await d.access.mayUnmask(actor, { unitCode: stationCode, ioUserId: null })) return SHOW_ALL;
    const db = d.storage.db;
    const juvenileLinks = db
      .selectFrom('record_persons')
      .innerJoin('persons', 'persons.id', 'record_persons.person_id')
      .select('record_persons.record_id')
      .where('persons.juvenile', '=', 1);
    const firIds = await db
      .selectFrom('firs')
      .select('id')
      .where('station_code', '=', stationCode)
      .where((eb) => eb.or([eb('sensitive', '=', 1), eb('id', 'in', juvenileLinks.where('record_persons.record_type', '=', 'fir'))]))
      .execute();
    const complaints = await db
      .selectFrom('complaints')
      .select(['id', 'complainant_id', 'assigned_to'])
      .where('station_code', '=', stationCode)
      .where('id', 'in', juvenileLinks.where('record_persons.record_type', '=', 'complaint'))
      .execute();
    const firs = await d.firs.getMany(firIds.map((f) => f.id));
    const persons = await d.persons.getMany([...new Set([...firs.flatMap((f) => f.content.persons.map((p) => p.personId)), ...complaints.map((c) => c.complainant_id)])]);
    const withheld = new Map<string, WithheldIdentity>();
    for (const f of firs) {
      const unmask = await d.access.mayUnmask(actor, { unitCode: f.stationCode, ioUserId: f.content.ioUserId });
      for (const ref of f.content.persons) {
        const p = persons.get(ref.personId);
        if (p && this.personView(p, ref.role, f.sensitive, unmask).masked) withheld.set(p.id, identityOf(p));
      }
    }
    for (const c of complaints) {
      const p = persons.get(c.complainant_id);
      if (p && this.personView(p, 'complainant', false, await d.access.mayUnmask(actor, { unitCode: stationCode, ioUserId: c.assigned_to })).masked) withheld.set(p.id, identityOf(p));
    }
    return withheld.size ? nameRedactor([...withheld.values()]) : SHOW_ALL;
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
   * A complaint's free text as this reader may read it: the complainant if withheld, and once it
   * became an FIR, whoever that FIR withholds. No audit entry: for lists and for answers to changes.
   */
  async complaintText(actor: RequestActor, c: Complaint, complainant?: Person | null) {
    const person = complainant === undefined ? await this.deps.persons.get(c.complainantId) : complainant;
    const unmask = await this.deps.access.mayUnmask(actor, { unitCode: c.stationCode, ioUserId: c.assignedTo });
    const own = this.redactorFor([{ person: person ?? undefined, role: 'complainant' }], false, unmask);
    const fir = c.firId ? await this.deps.firs.get(c.firId) : null;
    const ofFir = fir ? await this.firRedactor(actor, fir) : SHOW_ALL;
    let withheld = false;
    const r = (text: string) => {
      const a = own(text);
      const b = ofFir(a.text);
      withheld ||= a.withheld || b.withheld;
      return b.text;
    };
    const description = r(c.description);
    const place = r(c.place);
    const closureNote = c.closureNote === null ? null : r(c.closureNote);
    return { ...c, description, place, closureNote, textWithheld: withheld };
  }

  /**
   * The FIR as the reader may see it. `auditAction: null` is for the answer to a change the
   * reader just made, whose own audit entry already records it.
   */
  async fir(actor: RequestActor, fir: Fir, client: ClientInfo, opts: { unmaskAllowed?: boolean; auditAction?: 'fir.read' | 'fir.copy' | null } = {}) {
    const d = this.deps;
    const unmask = (opts.unmaskAllowed ?? true) && (await d.access.mayUnmask(actor, { unitCode: fir.stationCode, ioUserId: fir.content.ioUserId }));
    const persons = await d.persons.getMany(fir.content.persons.map((p) => p.personId));
    const views = fir.content.persons.map((p) => this.personView(persons.get(p.personId)!, p.role, fir.sensitive, unmask));
    const anyProtected = fir.content.persons.some((p) => (fir.sensitive && (p.role === 'victim' || p.role === 'complainant')) || persons.get(p.personId)?.juvenile);
    const text = redactFirContent(fir.content, this.redactorFor(fir.content.persons.map((p) => ({ person: persons.get(p.personId), role: p.role })), fir.sensitive, unmask));
    const [station, district, gd, sections, oic, io] = await Promise.all([
      d.units.get(fir.stationCode),
      d.units.get(fir.districtCode),
      d.gd.get(fir.gdEntryId),
      d.law.getMany(fir.content.sections),
      d.users.byId(fir.content.officerInCharge),
      fir.content.ioUserId ? d.users.byId(fir.content.ioUserId) : Promise.resolve(null),
    ]);
    if (opts.auditAction !== null) await d.audit.record(d.storage.db, {
      actor: auditActor(actor.user),
      action: opts.auditAction ?? 'fir.read',
      outcome: 'success',
      ip: client.ip,
      targetType: 'fir',
      targetId: fir.id,
      targetUnit: fir.stationCode,
      detail: { version: fir.version, unmasked: unmask && anyProtected },
    });
    if (opts.auditAction !== null && unmask && anyProtected) {
      await d.audit.record(d.storage.db, { actor: auditActor(actor.user), action: 'fir.read_unmasked', outcome: 'success', ip: client.ip, targetType: 'fir', targetId: fir.id, targetUnit: fir.stationCode });
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
      identitiesWithheld: !unmask && anyProtected,
      /** Names, phones or addresses of withheld persons were replaced in the free text. */
      textWithheld: text.withheld,
      clocks: computeClocks(firClockFacts(fir, (await d.firs.firstArrests([fir.id])).get(fir.id)), d.clock.now()),
    };
  }

  /** List rows: no identities at all in sensitive cases; reads audited with the ids shown. */
  async firList(actor: RequestActor, firs: Fir[], client: ClientInfo) {
    const rows = await this.firListRows(actor, firs);
    await this.deps.audit.record(this.deps.storage.db, {
      actor: auditActor(actor.user),
      action: 'fir.list',
      outcome: 'success',
      ip: client.ip,
      targetType: 'fir',
      targetUnit: actor.unit.code,
      detail: { count: rows.length, ids: rows.map((r) => r.id) },
    });
    return rows;
  }

  /** The list rows without the audit entry, for callers that audit the whole answer themselves (search). */
  async firListRows(actor: RequestActor, firs: Fir[]) {
    const persons = await this.deps.persons.getMany([...new Set(firs.flatMap((f) => f.content.persons.map((p) => p.personId)))]);
    const rows = [];
    for (const f of firs) {
      const redact = await this.firRedactor(actor, f, persons);
      const complainantRef = f.content.persons.find((p) => p.role === 'complainant');
      const complainant = complainantRef ? persons.get(complainantRef.personId) : undefined;
      const unmask = f.sensitive || complainant?.juvenile ? await this.deps.access.mayUnmask(actor, { unitCode: f.stationCode, ioUserId: f.content.ioUserId }) : true;
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
        complainantName: complainant && (unmask || (!f.sensitive && !complainant.juvenile)) ? complainant.name : null,
        place: redact(f.content.place.address).text,
        version: f.version,
      });
    }
    return rows;
  }

  async complaint(actor: RequestActor, c: Complaint, client: ClientInfo) {
    const person = await this.deps.persons.get(c.complainantId);
    // A complaint that became a sensitive FIR withholds its complainant as the FIR does.
    const fir = c.firId ? await this.deps.firs.get(c.firId) : null;
    const unmask =
      (await this.deps.access.mayUnmask(actor, { unitCode: c.stationCode, ioUserId: c.assignedTo })) &&
      (!fir?.sensitive || (await this.deps.access.mayUnmask(actor, { unitCode: fir.stationCode, ioUserId: fir.content.ioUserId })));
    const assigned = c.assignedTo ? await this.deps.users.byId(c.assignedTo) : null;
    await this.deps.audit.record(this.deps.storage.db, { actor: auditActor(actor.user), action: 'complaint.read', outcome: 'success', ip: client.ip, targetType: 'complaint', targetId: c.id, targetUnit: c.stationCode });
    return {
      ...(await this.complaintText(actor, c, person)),
      complainant: person ? this.personView(person, 'complainant', fir?.sensitive ?? false, unmask) : null,
      assignedOfficer: assigned ? { id: assigned.id, name: assigned.displayName, role: assigned.role } : null,
      clocks: computeClocks(complaintClockFacts(c), this.deps.clock.now()),
    };
  }

  async person(actor: RequestActor, p: Person, client: ClientInfo): Promise<PersonView & { records: { recordType: string; recordId: string; role: string }[] }> {
    const { view, links } = await this.personUnaudited(actor, p);
    await this.deps.audit.record(this.deps.storage.db, { actor: auditActor(actor.user), action: 'person.read', outcome: 'success', ip: client.ip, targetType: 'person', targetId: p.id, targetUnit: p.ownerUnit, detail: { masked: view.masked } });
    return { ...view, records: view.masked ? [] : links.map((l) => ({ recordType: l.record_type, recordId: l.record_id, role: l.role })) };
  }

  /**
   * The person as the reader may see them and the records they are on, decided as on the
   * person's own page, without an audit entry: for callers that audit the whole answer (search).
   */
  async personUnaudited(actor: RequestActor, p: Person) {
    const links = await this.deps.storage.db.selectFrom('record_persons').selectAll().where('person_id', '=', p.id).execute();
    const firIds = links.filter((l) => l.record_type === 'fir').map((l) => l.record_id);
    const sensitiveFirs = firIds.length
      ? await this.deps.storage.db.selectFrom('firs').select(['id', 'station_code', 'io_user_id']).where('id', 'in', firIds).where('sensitive', '=', 1).execute()
      : [];
    const protectedLinks = sensitiveFirs.filter((f) => links.some((l) => l.record_id === f.id && (l.role === 'victim' || l.role === 'complainant')));
    let unmask = true;
    for (const f of protectedLinks) unmask &&= await this.deps.access.mayUnmask(actor, { unitCode: f.station_code, ioUserId: f.io_user_id });
    if (p.juvenile) unmask &&= await this.deps.access.mayUnmask(actor, { unitCode: p.ownerUnit, ioUserId: null });
    return { view: this.personView(p, null, protectedLinks.length > 0, unmask), links };
  }
}
