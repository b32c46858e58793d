import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import { computeClocks, type ClockState } from '../domain/clocks.js';
import type { FOUND_PLACEMENTS } from '../domain/code-lists.js';
import { foundAge, foundChild, foundClockFacts, laterDateProblems, mayConclude, placementKindProblems, registrationProblems, reportProblems, type FoundStatus } from '../domain/found-persons.js';
import type { PersonDescription } from '../domain/schemas/description.js';
import type { FoundListQuery, FoundOutcomeInput, FoundPersonInput, FoundPlacementInput } from '../domain/schemas/found-person.js';
import type { PersonInput } from '../domain/schemas/person.js';
import { conflict, fieldProblem } from '../errors.js';
import type { FoundPersonsTable } from '../storage/schema.js';
import { loadClockRules } from './clock-rules.js';
import { PHOTO_REFUSED } from './photo-refs.js';
import { codesWithin, type Unit } from '../directory/units.js';
import type { MissingPerson, MissingPersonService } from './missing-persons.js';
import { clocksDue, descriptionView, diaryStep, entryMasking, entryOf, looks, numberedEntry, registerNumber, RegisterService, type RegisterDeps } from './register.js';

export interface FoundPlacement {
  kind: (typeof FOUND_PLACEMENTS)[number];
  name: string;
  at: string;
  note: string | null;
}

export interface FoundPerson {
  id: string;
  stationCode: string;
  number: string;
  year: number;
  seq: number;
  registeredAt: string;
  foundAt: string;
  receivedAt: string;
  /** The person as named (when found, or at the outcome); null while nobody knows who they are. */
  personId: string | null;
  age: number | null;
  child: boolean;
  description: PersonDescription;
  foundBy: string;
  condition: string | null;
  circumstances: string | null;
  placement: FoundPlacement | null;
  cwcProducedAt: string | null;
  status: FoundStatus;
  outcomeAt: string | null;
  restoredTo: string | null;
  outcomeNote: string | null;
  missingPersonId: string | null;
  gdEntryId: string;
}

function toFoundPerson(r: FoundPersonsTable): FoundPerson {
  return {
    ...entryOf(r),
    registeredAt: r.registered_at,
    foundAt: r.found_at,
    receivedAt: r.received_at,
    personId: r.person_id,
    age: r.age,
    child: r.child === 1,
    description: JSON.parse(r.description),
    foundBy: r.found_by,
    condition: r.condition,
    circumstances: r.circumstances,
    placement: r.placement ? JSON.parse(r.placement) : null,
    cwcProducedAt: r.cwc_produced_at,
    status: r.status as FoundStatus,
    outcomeAt: r.outcome_at,
    restoredTo: r.restored_to,
    outcomeNote: r.outcome_note,
    missingPersonId: r.missing_person_id,
    gdEntryId: r.gd_entry_id,
  };
}

type FoundPersonDeps = RegisterDeps & { missingPersons: MissingPersonService };

/**
 * The found-persons register (A5): persons found alive who cannot say who they are or whose
 * family is unknown, numbered gap-free per station and year (FP) with the GD entry first; where
 * they were placed; and the outcome — identified, or restored to the family — through the
 * missing-person report when there is one (which becomes traced or returned in the same
 * transaction). A child (on the date found, the doubt to the child) is a protected person: never
 * named in the diary, and shown without name, photo, marks or family to those who may not unmask;
 * the Child Welfare Committee clock (JJ Act s. 31) runs until the child is produced before it.
 */
export class FoundPersonService extends RegisterService<'found_persons', FoundPerson, FoundPersonDeps> {
  constructor(deps: FoundPersonDeps) {
    super(deps, { table: 'found_persons', eventPrefix: 'found_person', what: 'found-person register entry', toEntry: toFoundPerson, registeredAt: (f) => f.registeredAt });
  }

  async register(actor: RequestActor, input: FoundPersonInput, client: ClientInfo): Promise<FoundPerson> {
    const d = this.deps;
    const photo = input.description.photoSha256;
    const { station, linkProblems } = await d.access.registering(actor, input.stationCode, { persons: [], photos: photo ? [{ sha256: photo, path: 'description.photoSha256' }] : [] }, client);
    const now = d.clock.now();
    // A protected person's photo is not reused for an entry: an adult's entry shows its photo to every reader of the station.
    const protectedPhoto = !!photo && (await d.access.identities.protectedFiles([photo])).size > 0 && !linkProblems.some((p) => p.path === 'description.photoSha256');
    const problems = [
      ...(protectedPhoto ? [{ path: 'description.photoSha256', message: PHOTO_REFUSED }] : []),
      ...registrationProblems(input, now),
      ...(input.placement ? laterDateProblems(input.placement.at, input, now, 'placement.at') : []),
      ...(input.placement ? placementKindProblems(input.placement.kind, foundChild(input), 'placement.kind') : []),
      ...linkProblems,
    ];
    if (problems.length) throw fieldProblem(problems);
    const foundAt = new Date(input.foundAt);
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    const child = foundChild(input);
    const age = foundAge(input);
    const named = input.person?.name ? { ...input.person, name: input.person.name } : null;
    const id = uuidv7();
    await d.events.transaction(async (tx) => {
      const { year, seq, number, gd } = await numberedEntry(d, tx, actor, {
        stationCode: station.code,
        refType: 'found_person',
        refId: id,
        series: 'found-person',
        at: now,
        // FPR, not FP: the found-property register's entries are FP.
        numberOf: (year, seq) => registerNumber(station.code, year, 'FPR', seq),
        diary: (number) => ({
          kind: 'found_person_registered',
          // A child is never named in the diary: the entry carries the identity, masked.
          text: [
            `Found person ${number}: ${child || !named ? '' : `${named.name}, `}${looks(input.description, age.age !== null ? { years: age.age, child } : undefined)}${child && age.age === null ? ' (a child)' : ''}, found at ${input.description.place.address} on ${foundAt.toISOString()}; in police charge since ${receivedAt.toISOString()}.`,
            child ? 'A child: to be produced before the Child Welfare Committee within 24 hours (JJ Act s. 31).' : '',
          ]
            .filter(Boolean)
            .join(' '),
        }),
      });
      let personId: string | null = null;
      if (named) {
        const person: PersonInput = {
          ...named,
          aliases: named.aliases ?? [],
          addresses: named.addresses ?? [],
          phones: named.phones ?? [],
          idDocuments: named.idDocuments ?? [],
          gender: input.description.sex,
          description: {
            height: input.description.heightCm ? `${input.description.heightCm} cm` : undefined,
            build: input.description.build,
            complexion: input.description.complexion?.replace('_', ' '),
          },
          photoSha256: photo,
        } as PersonInput;
        personId = await d.persons.create(tx, person, station.code, actor.user.id, 'person', foundAt);
        if (child) await d.persons.markChild(tx, personId, foundAt, station.code, actor.user.id);
      }
      await d.events.append(tx, {
        type: 'found_person.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          number,
          seq,
          year,
          registeredAt: now.toISOString(),
          foundAt: foundAt.toISOString(),
          receivedAt: receivedAt.toISOString(),
          personId,
          age: age.age,
          ageFrom: age.from,
          ageTo: age.to,
          child,
          description: { ...input.description },
          foundBy: input.foundBy,
          condition: input.condition ?? null,
          circumstances: input.circumstances ?? null,
          placement: input.placement ? { ...input.placement, at: new Date(input.placement.at).toISOString(), note: input.placement.note ?? null } : null,
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'found_person.register', { targetType: 'found_person', targetId: id, targetUnit: station.code, detail: { number, child } });
    });
    return (await this.get(id))!;
  }

  /** An entry the caller may amend at its station (404 if none, 403 outside). */
  private async amendable(actor: RequestActor, id: string, client: ClientInfo): Promise<FoundPerson> {
    const fp = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'record.amend', fp.stationCode, client, { type: 'found_person', id });
    return fp;
  }

  /** The person placed (family, shelter or home, hospital, the Child Welfare Committee); the latest stands, the diary records each. */
  async place(actor: RequestActor, id: string, input: FoundPlacementInput, client: ClientInfo): Promise<FoundPerson> {
    const d = this.deps;
    const fp = await this.amendable(actor, id, client);
    if (fp.status === 'restored') throw conflict('found-closed', `${fp.number} is already restored to the family (${fp.outcomeAt}).`);
    const problems = [...laterDateProblems(input.at, fp, d.clock.now()), ...placementKindProblems(input.kind, fp.child, 'kind')];
    if (problems.length) throw fieldProblem(problems);
    const at = new Date(input.at).toISOString();
    await d.events.transaction(async (tx) => {
      // Where a child is placed with the family names the family: the diary says the kind only.
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: fp.stationCode, refType: 'found_person', refId: id },
        'found_person_placed',
        `Found person ${fp.number}: placed ${PLACED[input.kind]}${fp.child && input.kind === 'family' ? '' : ` (${input.name})`} on ${at}.`,
      );
      await d.events.append(tx, {
        type: 'found_person.placed',
        entityId: id,
        payload: { stationCode: fp.stationCode, kind: input.kind, name: input.name, at, note: input.note ?? null },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'found_person.place', { targetType: 'found_person', targetId: id, targetUnit: fp.stationCode, detail: { kind: input.kind } });
    });
    return (await this.get(id))!;
  }

  /**
   * The outcome: identified, or restored to the family, once each and in that order. Through a
   * missing-person report (of any station of the State) it links the two: the report becomes
   * traced (identified) or returned (restored) in the same transaction. Refused with the field
   * named, nothing written: a date in the future or before the person was found, a report whose
   * person was last seen after this one was found, born after, or already traced, returned or
   * found dead elsewhere.
   */
  async conclude(actor: RequestActor, id: string, input: FoundOutcomeInput, client: ClientInfo): Promise<FoundPerson> {
    const d = this.deps;
    const fp = await this.amendable(actor, id, client);
    if (!mayConclude(fp.status, input.outcome)) throw conflict('found-closed', `${fp.number} is already ${fp.status}: it cannot become ${input.outcome}.`);
    const now = d.clock.now();
    const missingId = input.missingPersonId ?? fp.missingPersonId;
    const mp = missingId ? await d.missingPersons.get(missingId) : null;
    const problems = [...laterDateProblems(input.at, fp, now)];
    if (input.missingPersonId && !mp) problems.push({ path: 'missingPersonId', message: 'is not a missing-person report' });
    if (input.missingPersonId && fp.missingPersonId && input.missingPersonId !== fp.missingPersonId)
      problems.push({ path: 'missingPersonId', message: `is not the report this person was identified through` });
    if (mp && input.person) problems.push({ path: 'person', message: 'is the person of the missing-person report: give one or the other' });
    if (mp) problems.push(...(await this.reportFits(fp, mp)));
    if (!mp && !input.person && !fp.personId && input.outcome === 'identified') problems.push({ path: 'person', message: 'is required to identify a person without a missing-person report' });
    if (problems.length) throw fieldProblem(problems);
    const at = new Date(input.at).toISOString();
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: fp.stationCode, refType: 'found_person', refId: id, at: now },
        'found_person_outcome',
        `Found person ${fp.number}: ${input.outcome === 'restored' ? 'restored to the family' : 'identified'} on ${at}${mp ? `, the person of missing-person report ${mp.number}` : ''}.`,
      );
      let personId = fp.personId;
      if (mp) personId = mp.personId;
      else if (input.person) personId = await d.persons.create(tx, input.person, fp.stationCode, actor.user.id, 'person', new Date(fp.foundAt));
      // A child on the day found stays one: the person named now is protected as the child was.
      if (personId && fp.child) await d.persons.markChild(tx, personId, new Date(fp.foundAt), fp.stationCode, actor.user.id);
      const next = input.outcome === 'restored' ? 'returned' : 'traced';
      if (mp && mp.status !== next)
        await d.missingPersons.changeStatusIn(
          tx,
          actor,
          mp,
          { status: next, at, note: `Found person ${fp.number} ${input.outcome === 'restored' ? 'restored to the family' : 'identified'}. ${input.note}` },
          client,
        );
      await d.events.append(tx, {
        type: 'found_person.concluded',
        entityId: id,
        payload: {
          stationCode: fp.stationCode,
          outcome: input.outcome,
          at,
          personId,
          missingPersonId: mp?.id ?? null,
          restoredTo: input.restoredTo ?? fp.restoredTo,
          note: input.note,
          child: fp.child,
        },
        actor: actor.user.id,
      });
      await d.audit
        .forRequest(actor, client)
        .success(tx, 'found_person.outcome', { targetType: 'found_person', targetId: id, targetUnit: fp.stationCode, detail: { outcome: input.outcome, missingPersonId: mp?.id ?? null } });
    });
    return (await this.get(id))!;
  }

  /** What would make this report not this found person's (reportProblems): the dates, and another record that already closed or claimed it. */
  async reportFits(fp: FoundPerson, mp: MissingPerson, path = 'missingPersonId') {
    const db = this.deps.storage.db;
    const [other, person] = await Promise.all([
      db.selectFrom('found_persons').select('number').where('missing_person_id', '=', mp.id).where('id', '!=', fp.id).executeTakeFirst(),
      this.deps.persons.get(mp.personId),
    ]);
    return reportProblems(
      fp,
      {
        number: mp.number,
        status: mp.status,
        lastSeenAt: mp.lastSeenAt,
        birthDate: person?.birthDate ?? null,
        linkedTo: fp.missingPersonId === mp.id ? fp.id : null,
        otherFound: other?.number ?? null,
      },
      path,
    );
  }

  /** The CWC clock (JJ Act s. 31) of an entry, as of now: a child's only. */
  clocks(fp: FoundPerson): ClockState[] {
    return computeClocks(foundClockFacts(fp), this.deps.clock.now(), loadClockRules());
  }

  /** Entries of a station, newest found first: by status, child or not, and the dates found. */
  async list(stationCode: string, q: FoundListQuery): Promise<FoundPerson[]> {
    let query = this.deps.storage.db.selectFrom('found_persons').selectAll().where('station_code', '=', stationCode);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.child) query = query.where('child', '=', q.child === 'true' ? 1 : 0);
    if (q.from) query = query.where('found_at', '>=', new Date(q.from).toISOString());
    if (q.to) query = query.where('found_at', '<', new Date(q.to).toISOString());
    return (await query.orderBy('found_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute()).map(toFoundPerson);
  }

  /**
   * An entry as this reader may see it. A child (on the date found) is withheld from all but those
   * who may unmask the station's juveniles — named or not: no name, no photo, no marks, no family
   * it was placed or restored with; its free text is redacted of every protected person of the
   * station the reader may not see.
   */
  async view(actor: RequestActor, fp: FoundPerson) {
    const d = this.deps;
    const m = await entryMasking(d, actor, fp.personId ? [fp.personId] : [], fp.stationCode);
    const hidden = (fp.personId !== null && m.withheld.has(fp.personId)) || (fp.child && !(await d.access.mayUnmask(actor, { unitCode: fp.stationCode, ioUserId: null })));
    const r = m.text;
    const mp = fp.missingPersonId ? await d.missingPersons.get(fp.missingPersonId) : null;
    const person = m.person(fp.personId);
    const familyName = (name: string | null) => (hidden ? null : r(name));
    return {
      id: fp.id,
      stationCode: fp.stationCode,
      number: fp.number,
      registeredAt: fp.registeredAt,
      foundAt: fp.foundAt,
      receivedAt: fp.receivedAt,
      status: fp.status,
      child: fp.child,
      age: hidden ? null : fp.age,
      person: person && hidden && !person.masked ? { masked: true as const, role: null, reason: 'juvenile' as const } : person,
      description: descriptionView(fp.description, hidden, r),
      foundBy: r(fp.foundBy)!,
      condition: r(fp.condition),
      circumstances: r(fp.circumstances),
      placement: fp.placement
        ? { kind: fp.placement.kind, name: fp.placement.kind === 'family' ? familyName(fp.placement.name) : r(fp.placement.name), at: fp.placement.at, note: r(fp.placement.note) }
        : null,
      cwcProducedAt: fp.cwcProducedAt,
      outcome:
        fp.status !== 'found'
          ? {
              at: fp.outcomeAt!,
              restoredTo: familyName(fp.restoredTo),
              missingPerson: mp ? { id: mp.id, number: mp.number, stationCode: mp.stationCode, status: mp.status } : null,
              note: r(fp.outcomeNote) ?? '',
            }
          : null,
      clocks: this.clocks(fp),
      textWithheld: m.textWithheld,
      unmasked: fp.child && !hidden,
    };
  }

  /** One entry, audited (and a child shown in full separately, as for FIRs). */
  async read(actor: RequestActor, fp: FoundPerson, client: ClientInfo) {
    const v = await this.view(actor, fp);
    return this.auditedRead(actor, client, fp, { action: 'found_person.read', type: 'found_person', masked: fp.child && !v.unmasked }, v);
  }

  /** The station's found persons not yet restored, and the children whose CWC clock is not yet met, soonest due first (the dashboard). */
  async dashboard(stationCode: string): Promise<{ open: number; cwcDue: { recordId: string; number: string; clock: ClockState }[] }> {
    const db = this.deps.storage.db;
    const open = await db
      .selectFrom('found_persons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('station_code', '=', stationCode)
      .where('status', '!=', 'restored')
      .executeTakeFirst();
    const pending = (await db.selectFrom('found_persons').selectAll().where('station_code', '=', stationCode).where('child', '=', 1).where('cwc_produced_at', 'is', null).execute()).map(toFoundPerson);
    return { open: Number(open?.n ?? 0), cwcDue: clocksDue(pending, (fp) => this.clocks(fp)) };
  }

  /**
   * A supervisor's counts, per station within the unit: found persons not yet restored, the
   * children among them, and the children whose 24 hours to the Child Welfare Committee have run
   * out. One query over the open entries of all the unit's stations (a register that stays small:
   * entries close when the person is restored), the clock computed as the dashboard computes it.
   */
  async countsWithin(unit: Pick<Unit, 'path'>): Promise<Map<string, { open: number; children: number; cwcOverdue: number }>> {
    const db = this.deps.storage.db;
    const rows = (await db.selectFrom('found_persons').selectAll().where('station_code', 'in', codesWithin(db, unit.path)).where('status', '!=', 'restored').execute()).map(toFoundPerson);
    const out = new Map<string, { open: number; children: number; cwcOverdue: number }>();
    for (const fp of rows) {
      const c = out.get(fp.stationCode) ?? { open: 0, children: 0, cwcOverdue: 0 };
      c.open++;
      if (fp.child) c.children++;
      if (this.clocks(fp).some((k) => k.status === 'overdue')) c.cwcOverdue++;
      out.set(fp.stationCode, c);
    }
    return out;
  }
}

const PLACED: Record<FoundPlacement['kind'], string> = {
  family: 'with the family',
  shelter: 'in a shelter or home',
  hospital: 'in hospital',
  cwc: 'before the Child Welfare Committee',
};

export type FoundPersonView = Awaited<ReturnType<FoundPersonService['view']>>;
