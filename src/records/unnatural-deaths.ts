import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import { computeClocks, type ClockState } from '../domain/clocks.js';
import type { UD_STATUSES } from '../domain/code-lists.js';
import { linksOf } from '../domain/fir-registration.js';
import { isJuvenile } from '../domain/person-names.js';
import { statusDateProblems } from '../domain/missing-persons.js';
import type { PersonDescription } from '../domain/schemas/description.js';
import type { IdentifyInput, InquestInput, PostMortemInput, UdListQuery, UnnaturalDeathInput } from '../domain/schemas/unnatural-death.js';
import { identificationProblems, identityProblems, inquestProblems, postMortemProblems, registrationProblems, udClockFacts, type UnnaturalDeathRules } from '../domain/unnatural-deaths.js';
import { conflict, fieldProblem } from '../errors.js';
import type { UnnaturalDeathsTable } from '../storage/schema.js';
import { codesWithin, type Unit } from '../directory/units.js';
import { PHOTO_REFUSED } from './photo-refs.js';
import { loadClockRules } from './clock-rules.js';
import type { MissingPerson, MissingPersonService } from './missing-persons.js';
import { clocksDue, descriptionView, diaryStep, entryMasking, entryOf, looks, numberedEntry, type RegisterDeps, registerNumber, RegisterService } from './register.js';
import { loadUnnaturalDeathRules } from './unnatural-death-reference.js';

type UdStatus = (typeof UD_STATUSES)[number];

export interface Inquest {
  heldBy: string;
  heldAt: string;
  witnesses: string[];
  findings: string;
  apparentCause: string | null;
  forwardedTo: { designation: 'district_magistrate' | 'sub_divisional_magistrate'; name: string | null };
  forwardedAt: string;
}

export interface PostMortem {
  hospital: string;
  number: string;
  conductedAt: string;
  reportReceivedAt: string | null;
  causeOfDeath: string | null;
}

export interface UnnaturalDeath {
  id: string;
  stationCode: string;
  number: string;
  year: number;
  seq: number;
  registeredAt: string;
  informedAt: string;
  foundAt: string;
  informantId: string;
  description: PersonDescription;
  photos: string[];
  belongings: string | null;
  apparentCause: string | null;
  circumstances: string | null;
  status: UdStatus;
  inquest: Inquest | null;
  inquestForwardedAt: string | null;
  postMortem: PostMortem | null;
  identifiedAt: string | null;
  identifiedPersonId: string | null;
  missingPersonId: string | null;
  identificationNote: string | null;
  gdEntryId: string;
}

function toUnnaturalDeath(r: UnnaturalDeathsTable): UnnaturalDeath {
  return {
    ...entryOf(r),
    registeredAt: r.registered_at,
    informedAt: r.informed_at,
    foundAt: r.found_at,
    informantId: r.informant_id,
    description: JSON.parse(r.description),
    photos: JSON.parse(r.photos),
    belongings: r.belongings,
    apparentCause: r.apparent_cause,
    circumstances: r.circumstances,
    status: r.status as UdStatus,
    inquest: r.inquest ? JSON.parse(r.inquest) : null,
    inquestForwardedAt: r.inquest_forwarded_at,
    postMortem: r.post_mortem ? JSON.parse(r.post_mortem) : null,
    identifiedAt: r.identified_at,
    identifiedPersonId: r.identified_person_id,
    missingPersonId: r.missing_person_id,
    identificationNote: r.identification_note,
    gdEntryId: r.gd_entry_id,
  };
}

/** A body that may be a child's: no age estimated, or a range reaching below 18. */
const possiblyChild = (d: PersonDescription) => !d.ageRange || isJuvenile(d.ageRange.from);

type UnnaturalDeathDeps = RegisterDeps & {
  missingPersons: MissingPersonService;
  rules?: UnnaturalDeathRules;
};

/**
 * The register of unnatural deaths and unidentified dead bodies (A5, BNSS 194): an entry numbered
 * gap-free per station and year (the "UD case" number) with its GD entry first; the inquest,
 * whose report forwarded to the Magistrate within 24 hours stops the statutory clock; the
 * post-mortem's reference; and the identification, as the person of a missing-person report
 * (which becomes found dead in the same transaction) or as a named person. The body's
 * description is the one missing persons use, kept in the same columns, for matching.
 */
export class UnnaturalDeathService extends RegisterService<'unnatural_deaths', UnnaturalDeath, UnnaturalDeathDeps> {
  constructor(deps: UnnaturalDeathDeps) {
    super(deps, { table: 'unnatural_deaths', eventPrefix: 'unnatural_death', what: 'unnatural-death register entry', toEntry: toUnnaturalDeath, registeredAt: (u) => u.registeredAt });
  }

  private get rules(): UnnaturalDeathRules {
    return this.deps.rules ?? loadUnnaturalDeathRules();
  }

  async register(actor: RequestActor, input: UnnaturalDeathInput, client: ClientInfo): Promise<UnnaturalDeath> {
    const d = this.deps;
    const links = linksOf([{ p: input.informant, path: 'informant' }]);
    const face = input.description.photoSha256;
    const photos = [...(face ? [{ sha256: face, path: 'description.photoSha256' }] : []), ...input.photos.map((sha256, i) => ({ sha256, path: `photos.${i}` }))];
    const { station, linkProblems } = await d.access.registering(actor, input.stationCode, { ...links, photos: [...(links.photos ?? []), ...photos] }, client);
    const now = d.clock.now();
    // The body's photos may be published (an unidentified body is circulated): a protected person's photo is not reused for it.
    const protectedShas = await d.access.identities.protectedFiles(photos.map((p) => p.sha256));
    const refused = new Set(linkProblems.map((p) => p.path));
    const protectedPhotos = photos.filter((p) => protectedShas.has(p.sha256) && !refused.has(p.path)).map((p) => ({ path: p.path, message: PHOTO_REFUSED }));
    const problems = [...registrationProblems(input, now), ...linkProblems, ...protectedPhotos];
    if (problems.length) throw fieldProblem(problems);
    const informedAt = input.informedAt ? new Date(input.informedAt) : now;
    const foundAt = new Date(input.foundAt);
    const id = uuidv7();
    await d.events.transaction(async (tx) => {
      const { year, seq, number, gd } = await numberedEntry(d, tx, actor, {
        stationCode: station.code,
        refType: 'unnatural_death',
        refId: id,
        series: 'ud',
        at: now,
        numberOf: (year, seq) => registerNumber(station.code, year, 'UD', seq),
        diary: (number) => ({
          kind: 'unnatural_death_registered',
          text: [
            `Unnatural death / unidentified body ${number} (BNSS 194): a body, ${looks(input.description)}, found at ${input.description.place.address} on ${foundAt.toISOString()}; information received at ${informedAt.toISOString()}.`,
            input.apparentCause ? `Apparent cause: ${input.apparentCause}.` : '',
            'Intimation to the Executive Magistrate; inquest report due to the Magistrate within 24 hours.',
          ]
            .filter(Boolean)
            .join(' '),
        }),
      });
      const informantId = 'personId' in input.informant ? input.informant.personId : await d.persons.create(tx, input.informant.person, station.code, actor.user.id, 'informant.person');
      await d.events.append(tx, {
        type: 'unnatural_death.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          number,
          seq,
          year,
          registeredAt: now.toISOString(),
          informedAt: informedAt.toISOString(),
          foundAt: foundAt.toISOString(),
          informantId,
          description: { ...input.description },
          photos: input.photos,
          belongings: input.belongings ?? null,
          apparentCause: input.apparentCause ?? null,
          circumstances: input.circumstances ?? null,
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'unnatural_death.register', { targetType: 'unnatural_death', targetId: id, targetUnit: station.code, detail: { number } });
    });
    return (await this.get(id))!;
  }

  /** An entry the caller may amend at its station (404 if none, 403 outside). */
  private async amendable(actor: RequestActor, id: string, client: ClientInfo): Promise<UnnaturalDeath> {
    const ud = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'record.amend', ud.stationCode, client, { type: 'unnatural_death', id });
    return ud;
  }

  async recordInquest(actor: RequestActor, id: string, input: InquestInput, client: ClientInfo): Promise<UnnaturalDeath> {
    const d = this.deps;
    const ud = await this.amendable(actor, id, client);
    if (ud.inquest) throw conflict('inquest-recorded', `The inquest of ${ud.number} is already recorded (forwarded ${ud.inquest.forwardedAt}).`);
    const problems = inquestProblems(this.rules, input, ud, d.clock.now());
    if (problems.length) throw fieldProblem(problems);
    const inquest: Inquest = {
      heldBy: input.heldBy,
      heldAt: new Date(input.heldAt).toISOString(),
      witnesses: input.witnesses,
      findings: input.findings,
      apparentCause: input.apparentCause ?? null,
      forwardedTo: { designation: input.forwardedTo.designation as Inquest['forwardedTo']['designation'], name: input.forwardedTo.name ?? null },
      forwardedAt: new Date(input.forwardedAt).toISOString(),
    };
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: ud.stationCode, refType: 'unnatural_death', refId: id },
        'inquest_recorded',
        `Inquest on ${ud.number} held by ${inquest.heldBy} at ${inquest.heldAt} before ${inquest.witnesses.length} witnesses; report forwarded to the ${inquest.forwardedTo.designation.replace(/_/g, ' ')} at ${inquest.forwardedAt} (BNSS 194(2)).`,
      );
      await d.events.append(tx, { type: 'unnatural_death.inquest_recorded', entityId: id, payload: { stationCode: ud.stationCode, ...inquest }, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'unnatural_death.inquest', { targetType: 'unnatural_death', targetId: id, targetUnit: ud.stationCode });
    });
    return (await this.get(id))!;
  }

  async recordPostMortem(actor: RequestActor, id: string, input: PostMortemInput, client: ClientInfo): Promise<UnnaturalDeath> {
    const d = this.deps;
    const ud = await this.amendable(actor, id, client);
    const problems = postMortemProblems(input, ud, d.clock.now());
    if (problems.length) throw fieldProblem(problems);
    const pm: PostMortem = {
      hospital: input.hospital,
      number: input.number,
      conductedAt: new Date(input.conductedAt).toISOString(),
      reportReceivedAt: input.reportReceivedAt ? new Date(input.reportReceivedAt).toISOString() : null,
      causeOfDeath: input.causeOfDeath ?? null,
    };
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: ud.stationCode, refType: 'unnatural_death', refId: id },
        'post_mortem_recorded',
        `Post-mortem of ${ud.number}: ${pm.hospital}, No. ${pm.number}, on ${pm.conductedAt}.${pm.causeOfDeath ? ` Cause of death: ${pm.causeOfDeath}.` : ''}`,
      );
      await d.events.append(tx, { type: 'unnatural_death.post_mortem_recorded', entityId: id, payload: { stationCode: ud.stationCode, ...pm }, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'unnatural_death.post_mortem', { targetType: 'unnatural_death', targetId: id, targetUnit: ud.stationCode });
    });
    return (await this.get(id))!;
  }

  /**
   * The body identified, once: as the person of a missing-person report still open (the report
   * becomes found dead in the same transaction, its alert withdrawn), or as a named person. A
   * report already traced, returned or found dead elsewhere is refused, as is a second
   * identification: nothing is written.
   */
  async identify(actor: RequestActor, id: string, input: IdentifyInput, client: ClientInfo): Promise<UnnaturalDeath> {
    const d = this.deps;
    const ud = await this.amendable(actor, id, client);
    const now = d.clock.now();
    const problems = [...identificationProblems(input.at, ud, now)];
    if (ud.status === 'identified') problems.push({ path: 'at', message: `this body is already identified (on ${ud.identifiedAt})` });
    if (!!input.missingPersonId === !!input.person) problems.push({ path: 'missingPersonId', message: 'give the missing-person report or the person, one of the two' });
    const mp = input.missingPersonId ? await d.missingPersons.get(input.missingPersonId) : null;
    if (input.missingPersonId && !mp) problems.push({ path: 'missingPersonId', message: 'is not a missing-person report' });
    if (mp && mp.status !== 'missing') problems.push({ path: 'missingPersonId', message: `the report ${mp.number} is already closed as ${mp.status.replace('_', ' ')}` });
    else if (mp) problems.push(...statusDateProblems(new Date(input.at), mp, now).map((p) => ({ ...p, message: `${p.message} (missing-person report ${mp.number})` })));
    if (input.person) await d.access.checkLinks(actor, linksOf([{ p: input.person, path: 'person' }]));
    problems.push(...(await this.identityOf(ud, mp, input.person)));
    if (problems.length) throw fieldProblem(problems);
    const at = new Date(input.at).toISOString();
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: ud.stationCode, refType: 'unnatural_death', refId: id, at: now },
        'unnatural_death_identified',
        `Body of ${ud.number} identified on ${at}${mp ? ` as the person of missing-person report ${mp.number}` : ''}.`,
      );
      let personId: string;
      // Whether the dead was a child is decided at death (no later than found), the body's estimated age counting where theirs is unknown.
      const foundAt = new Date(ud.foundAt);
      if (mp) {
        personId = mp.personId;
        await d.missingPersons.changeStatusIn(tx, actor, mp, { status: 'found_dead', at, note: `Identified as the body of ${ud.number}. ${input.note}` }, client);
      } else if (input.person && 'personId' in input.person) personId = input.person.personId;
      else personId = await d.persons.create(tx, input.person!.person, ud.stationCode, actor.user.id, 'person.person', foundAt);
      await d.persons.protectChildrenOn(tx, [personId], foundAt, ud.stationCode, actor.user.id, ud.description.ageRange);
      await d.events.append(tx, {
        type: 'unnatural_death.identified',
        entityId: id,
        payload: { stationCode: ud.stationCode, at, personId, missingPersonId: mp?.id ?? null, note: input.note },
        actor: actor.user.id,
      });
      await d.audit
        .forRequest(actor, client)
        .success(tx, 'unnatural_death.identify', { targetType: 'unnatural_death', targetId: id, targetUnit: ud.stationCode, detail: { missingPersonId: mp?.id ?? null } });
    });
    return (await this.get(id))!;
  }

  /** What the one identified would contradict (identityProblems): their birth, their last sighting, another body, another report. */
  private async identityOf(ud: UnnaturalDeath, mp: MissingPerson | null, person: IdentifyInput['person']) {
    const db = this.deps.storage.db;
    const personId = mp?.personId ?? (person && 'personId' in person ? person.personId : null);
    const path = mp ? 'missingPersonId' : person && 'personId' in person ? 'person.personId' : 'person.person.birthDate';
    const known = personId ? await this.deps.persons.get(personId) : null;
    const otherBody = personId ? await db.selectFrom('unnatural_deaths').select('number').where('identified_person_id', '=', personId).where('id', '!=', ud.id).executeTakeFirst() : undefined;
    const report =
      personId && !mp ? await db.selectFrom('missing_persons').select(['number', 'status']).where('person_id', '=', personId).orderBy('reported_at', 'desc').executeTakeFirst() : undefined;
    return identityProblems(ud, {
      path,
      birthDate: known ? (known.birthDate ?? null) : person && 'person' in person ? (person.person.birthDate ?? null) : null,
      lastSeenAt: mp?.lastSeenAt ?? null,
      otherBody: otherBody?.number ?? null,
      report: report ?? null,
    });
  }

  /** The inquest clock (BNSS 194(2)) of an entry, as of now. */
  clocks(ud: UnnaturalDeath): ClockState[] {
    return computeClocks(udClockFacts(ud), this.deps.clock.now(), loadClockRules());
  }

  /** Entries of a station, newest found first: by status and the dates the body was found. */
  async list(stationCode: string, q: UdListQuery): Promise<UnnaturalDeath[]> {
    let query = this.deps.storage.db.selectFrom('unnatural_deaths').selectAll().where('station_code', '=', stationCode);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.from) query = query.where('found_at', '>=', new Date(q.from).toISOString());
    if (q.to) query = query.where('found_at', '<', new Date(q.to).toISOString());
    return (await query.orderBy('found_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute()).map(toUnnaturalDeath);
  }

  /**
   * An entry as this reader may see it. Once the body is identified as a protected person (a
   * child) withheld from the reader, it carries no identity: the person masked, no photos, no
   * marks; its free text is redacted of every protected person of the station they may not see.
   */
  async view(actor: RequestActor, ud: UnnaturalDeath) {
    const d = this.deps;
    const m = await entryMasking(d, actor, [ud.informantId, ...(ud.identifiedPersonId ? [ud.identifiedPersonId] : [])], ud.stationCode);
    const r = m.text;
    // Photos and marks identify: withheld once the body is known to be a protected person the reader
    // may not see, and while unidentified if it may be a child's (its estimated age, the doubt to
    // the child) from all but those who may unmask the station's juveniles.
    const hidden = ud.identifiedPersonId ? m.withheld.has(ud.identifiedPersonId) : possiblyChild(ud.description) && !(await d.access.mayUnmask(actor, { unitCode: ud.stationCode, ioUserId: null }));
    const mp = ud.missingPersonId ? await d.missingPersons.get(ud.missingPersonId) : null;
    return {
      id: ud.id,
      stationCode: ud.stationCode,
      number: ud.number,
      registeredAt: ud.registeredAt,
      informedAt: ud.informedAt,
      foundAt: ud.foundAt,
      status: ud.status,
      informant: m.person(ud.informantId),
      description: descriptionView(ud.description, hidden, r),
      photos: hidden ? [] : ud.photos,
      belongings: r(ud.belongings),
      apparentCause: r(ud.apparentCause),
      circumstances: r(ud.circumstances),
      inquest: ud.inquest
        ? { ...ud.inquest, heldBy: r(ud.inquest.heldBy)!, witnesses: ud.inquest.witnesses.map((w) => r(w)!), findings: r(ud.inquest.findings)!, apparentCause: r(ud.inquest.apparentCause) }
        : null,
      postMortem: ud.postMortem ? { ...ud.postMortem, causeOfDeath: r(ud.postMortem.causeOfDeath) } : null,
      identification:
        ud.status === 'identified'
          ? {
              at: ud.identifiedAt!,
              person: m.person(ud.identifiedPersonId),
              missingPerson: mp ? { id: mp.id, number: mp.number, stationCode: mp.stationCode, status: mp.status } : null,
              note: r(ud.identificationNote) ?? '',
            }
          : null,
      clocks: this.clocks(ud),
      textWithheld: m.textWithheld,
      unmasked: !!ud.identifiedPersonId && !hidden && (await d.access.identities.protectedIds([ud.identifiedPersonId])).size > 0,
    };
  }

  /** One entry, audited (and an unmasked protected person separately, as for FIRs). */
  async read(actor: RequestActor, ud: UnnaturalDeath, client: ClientInfo) {
    const v = await this.view(actor, ud);
    return this.auditedRead(actor, client, ud, { action: 'unnatural_death.read', type: 'unnatural_death', masked: v.identification?.person?.masked ?? false }, v);
  }

  /** The station's bodies still unidentified, and the inquests whose clock is not yet met, soonest due first (the dashboard). */
  async dashboard(stationCode: string): Promise<{ unidentified: number; inquestsDue: { recordId: string; number: string; clock: ClockState }[] }> {
    const db = this.deps.storage.db;
    const unidentified = await db
      .selectFrom('unnatural_deaths')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('station_code', '=', stationCode)
      .where('status', '=', 'unidentified')
      .executeTakeFirst();
    const pending = (await db.selectFrom('unnatural_deaths').selectAll().where('station_code', '=', stationCode).where('inquest_forwarded_at', 'is', null).execute()).map(toUnnaturalDeath);
    return { unidentified: Number(unidentified?.n ?? 0), inquestsDue: clocksDue(pending, (ud) => this.clocks(ud)) };
  }

  /**
   * The figures of every station within a unit (a supervisor's counts): bodies not yet identified
   * (one grouped query), and the inquests not yet forwarded whose clock (BNSS 194) runs or is
   * overdue, reckoned by the clock rules as on the station's dashboard. By station code.
   */
  async countsWithin(unit: Pick<Unit, 'path'>): Promise<Map<string, { open: number; inquestsDue: number; inquestsOverdue: number }>> {
    const db = this.deps.storage.db;
    const [unidentified, pending] = await Promise.all([
      db
        .selectFrom('unnatural_deaths')
        .select((eb) => ['station_code', eb.fn.countAll<number>().as('n')])
        .where('station_code', 'in', codesWithin(db, unit.path))
        .where('status', '=', 'unidentified')
        .groupBy('station_code')
        .execute(),
      db.selectFrom('unnatural_deaths').selectAll().where('station_code', 'in', codesWithin(db, unit.path)).where('inquest_forwarded_at', 'is', null).execute(),
    ]);
    const out = new Map<string, { open: number; inquestsDue: number; inquestsOverdue: number }>();
    const of = (code: string) => out.get(code) ?? out.set(code, { open: 0, inquestsDue: 0, inquestsOverdue: 0 }).get(code)!;
    for (const r of unidentified) of(r.station_code).open = Number(r.n);
    for (const ud of pending.map(toUnnaturalDeath)) {
      for (const clock of this.clocks(ud)) {
        if (clock.status === 'overdue') of(ud.stationCode).inquestsOverdue++;
        else if (clock.status === 'running' || clock.status === 'due_soon') of(ud.stationCode).inquestsDue++;
      }
    }
    return out;
  }
}

export type UnnaturalDeathView = Awaited<ReturnType<UnnaturalDeathService['view']>>;
