import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import { linksOf } from '../domain/fir-registration.js';
import { istDate, istMidnight } from '../domain/ist.js';
import {
  ageWhenLastSeen,
  alertReach,
  isMissingChild,
  mayChangeStatus,
  presumedOffence,
  reportProblems,
  statusDateProblems,
  type MissingPersonRules,
  type MissingStatus,
} from '../domain/missing-persons.js';
import type { PersonDescription } from '../domain/schemas/description.js';
import type { FirInput } from '../domain/schemas/fir.js';
import type { MissingListQuery, MissingPersonInput, MissingStatusChange } from '../domain/schemas/missing-person.js';
import type { PersonInput } from '../domain/schemas/person.js';
import { conflict, fieldProblem, ProblemError } from '../errors.js';
import { nameRedactor } from '../search/names/redact.js';
import type { PersonSearch } from '../search/person-search.js';
import type { Tx } from '../storage/db.js';
import type { Database, MissingPersonsTable } from '../storage/schema.js';
import type { ExpressionBuilder } from 'kysely';
import { codesWithin, type Unit, type UnitService } from '../directory/units.js';
import type { AlertService } from './alerts.js';
import { PHOTO_REFUSED } from './photo-refs.js';
import type { FirCommands } from './fir-commands.js';
import type { FirQueries } from './fir-queries.js';
import { loadMissingPersonRules } from './missing-person-reference.js';
import { descriptionView, diaryStep, entryMasking, numberedEntry, entryOf, looks, type RegisterDeps, registerNumber, RegisterService } from './register.js';

export interface MissingPerson {
  id: string;
  stationCode: string;
  number: string;
  year: number;
  seq: number;
  reportedAt: string;
  personId: string;
  informantId: string;
  informantRelation: string | null;
  /** Age when last seen. */
  age: number;
  child: boolean;
  description: PersonDescription;
  lastSeenAt: string;
  contacts: { name: string; relation?: string; phone: string }[];
  circumstances: string | null;
  status: MissingStatus;
  statusAt: string | null;
  statusNote: string | null;
  firId: string | null;
  alertId: string | null;
  gdEntryId: string;
}

function toMissingPerson(r: MissingPersonsTable): MissingPerson {
  return {
    ...entryOf(r),
    reportedAt: r.reported_at,
    personId: r.person_id,
    informantId: r.informant_id,
    informantRelation: r.informant_relation,
    age: r.age,
    child: r.child === 1,
    description: JSON.parse(r.description),
    lastSeenAt: r.last_seen_at,
    contacts: JSON.parse(r.contacts),
    circumstances: r.circumstances,
    status: r.status as MissingStatus,
    statusAt: r.status_at,
    statusNote: r.status_note,
    firId: r.fir_id,
    alertId: r.alert_id,
    gdEntryId: r.gd_entry_id,
  };
}

/** Where a problem of the child's FIR is in the missing-person report the officer sent. */
const FIR_TO_REPORT: [RegExp, string][] = [
  [/^complainant\b/, 'informant'],
  [/^victims\.0\.person\.gender\b/, 'description.sex'],
  [/^victims\.0\.person\.photoSha256\b/, 'description.photoSha256'],
  [/^victims\.0\.person\b/, 'person'],
  [/^place\b/, 'description.place'],
  [/^occurredFrom\b/, 'lastSeenAt'],
];

function asReportProblem(e: unknown): unknown {
  if (!(e instanceof ProblemError) || !e.extra.errors) return e;
  const errors = e.extra.errors.map((x) => ({ ...x, path: FIR_TO_REPORT.reduce((p, [re, to]) => p.replace(re, to), x.path) }));
  return e.status === 400 && e.slug === 'validation' ? fieldProblem(errors) : new ProblemError(e.status, e.slug, e.detail, { ...e.extra, errors });
}

type MissingPersonDeps = RegisterDeps & {
  units: UnitService;
  firs: FirQueries;
  firCommands: FirCommands;
  alerts: AlertService;
  personSearch: PersonSearch;
  /** Whether this node keeps the records of the unit at this path (else a node below does). */
  homes: (unitPath: string) => Promise<boolean>;
  rules?: MissingPersonRules;
};

/**
 * The missing-persons register (A5): a report numbered gap-free per station and year with its GD
 * entry first, circulated as an alert to the district (a child's to every station of the State),
 * and a child's registered at once as an FIR of kidnapping in the same transaction (Bachpan
 * Bachao Andolan, 2013) — there is no way to make it a plain report. Status changes (traced,
 * returned, found dead) withdraw the alert; a child's FIR stays with its IO, who files the final
 * report.
 */
export class MissingPersonService extends RegisterService<'missing_persons', MissingPerson, MissingPersonDeps> {
  constructor(deps: MissingPersonDeps) {
    super(deps, { table: 'missing_persons', eventPrefix: 'missing_person', what: 'missing-person report', toEntry: toMissingPerson, registeredAt: (m) => m.reportedAt });
  }

  private get rules(): MissingPersonRules {
    return this.deps.rules ?? loadMissingPersonRules();
  }

  async report(actor: RequestActor, input: MissingPersonInput, client: ClientInfo): Promise<MissingPerson> {
    const d = this.deps;
    const links = linksOf([{ p: input.informant, path: 'informant' }]);
    const photo = input.description.photoSha256;
    const { station, linkProblems } = await d.access.registering(
      actor,
      input.stationCode,
      { ...links, photos: [...(links.photos ?? []), ...(photo ? [{ sha256: photo, path: 'description.photoSha256' }] : [])] },
      client,
    );
    const now = d.clock.now();
    // A photo that is already a protected person's is not reused: the report's photo may be published with its alert.
    const protectedPhoto = !!photo && (await d.access.identities.protectedFiles([photo])).size > 0 && !linkProblems.some((p) => p.path === 'description.photoSha256');
    const problems = [...reportProblems(input, now), ...linkProblems, ...(protectedPhoto ? [{ path: 'description.photoSha256', message: PHOTO_REFUSED }] : [])];
    if (problems.length) throw fieldProblem(problems);
    const lastSeenAt = new Date(input.lastSeenAt);
    const age = ageWhenLastSeen(input.person, lastSeenAt)!;
    const child = isMissingChild(this.rules, age, input.description.ageRange);
    const target = await this.alertTarget(station, child);
    const missing: PersonInput = {
      ...input.person,
      gender: input.description.sex,
      description: {
        height: input.description.heightCm ? `${input.description.heightCm} cm` : undefined,
        build: input.description.build,
        complexion: input.description.complexion?.replace('_', ' '),
      },
      photoSha256: photo,
    };
    // A child's report is an FIR, checked here with everything else before anything is written.
    const firWrite = child ? await this.prepareChildFir(actor, input, missing, station, lastSeenAt, now, client) : null;
    // The alert goes beyond those who may see the station's protected persons (to the district, a
    // child's to the State): its text is published without any of them, nor the child it is about,
    // even where the officer wrote a name into the place, the clothes or the marks.
    const stationRedact = await d.views.redactorFor(actor, 'personId' in input.informant ? [input.informant.personId] : [], [station.code], { all: true });
    const childRedact = child
      ? nameRedactor([
          { name: input.person.name, aliases: input.person.aliases, relativeName: input.person.relativeName, phones: input.person.phones, addresses: input.person.addresses.map((a) => a.line) },
        ])
      : (text: string) => ({ text, withheld: false });
    const publish = (text: string) => stationRedact(childRedact(text).text).text;
    const id = uuidv7();
    await d.events.transaction(async (tx) => {
      const seen = `last seen ${input.description.place.address} at ${lastSeenAt.toISOString()}`;
      const { year, seq, number, gd } = await numberedEntry(d, tx, actor, {
        stationCode: station.code,
        refType: 'missing_person',
        refId: id,
        series: 'missing',
        at: now,
        numberOf: (year, seq) => registerNumber(station.code, year, 'M', seq),
        diary: (number) => ({
          kind: 'missing_person_reported',
          // A child is never named in the diary: the FIR that follows carries the identity, masked.
          text: child
            ? `Missing person report ${number}: ${looks(input.description, { years: age, child: true })}, ${seen}. Registered as an FIR of kidnapping (presumed).`
            : `Missing person report ${number}: ${input.person.name}, ${looks(input.description, { years: age, child: false })}, ${seen}.`,
        }),
      });
      let personId: string;
      let informantId: string;
      let firId: string | null = null;
      if (firWrite) {
        firId = await firWrite(tx, {});
        const onFir = await d.persons.onRecord('fir', firId, tx);
        personId = onFir.find((p) => p.role === 'victim')!.person_id;
        informantId = onFir.find((p) => p.role === 'complainant')!.person_id;
        // The register found a child when last seen (perhaps only by the estimated range): so is the index.
        await d.persons.markChild(tx, personId, lastSeenAt, station.code, actor.user.id);
      } else {
        personId = await d.persons.create(tx, missing, station.code, actor.user.id, 'person', lastSeenAt);
        informantId = 'personId' in input.informant ? input.informant.personId : await d.persons.create(tx, input.informant.person, station.code, actor.user.id, 'informant.person');
      }
      const firNumber = firId ? (await d.firs.get(firId, tx))!.number : null;
      const alertId = await d.alerts.circulate(
        tx,
        actor,
        {
          kind: 'missing_person',
          title: publish(child ? `Missing child — FIR ${firNumber}` : `Missing person — ${input.person.name}`),
          details: publish(
            [
              `${child ? 'Missing child' : input.person.name}: ${looks(input.description, { years: age, child })}.`,
              `Last seen at ${input.description.place.address} on ${lastSeenAt.toISOString()}.`,
              input.description.clothes ? `Clothes: ${input.description.clothes}.` : '',
              // A child's marks and photo stay on the report, for those who may see the child.
              !child && input.description.marks ? `Identifying marks: ${input.description.marks}.` : '',
              `Report ${number}${firNumber ? `, FIR ${firNumber}` : ''}: inform ${station.nameEn}.`,
            ]
              .filter(Boolean)
              .join('\n'),
          ),
          photoSha256: child ? null : (photo ?? null),
          expiresAt: null,
          target,
        },
        client,
      );
      await d.events.append(tx, {
        type: 'missing_person.reported',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          number,
          seq,
          year,
          reportedAt: now.toISOString(),
          personId,
          informantId,
          informantRelation: input.informantRelation ?? null,
          age,
          child,
          description: { ...input.description },
          lastSeenAt: lastSeenAt.toISOString(),
          contacts: input.contacts,
          circumstances: input.circumstances ?? null,
          firId,
          alertId,
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'missing_person.report', { targetType: 'missing_person', targetId: id, targetUnit: station.code, detail: { number, child, firId } });
    });
    return (await this.get(id))!;
  }

  /** The unit the report's alert goes to: the station's district, or its State for a child. */
  private async alertTarget(station: Unit, child: boolean): Promise<Unit> {
    const parts = station.path.split('/').filter(Boolean);
    const code = alertReach(this.rules, child) === 'state' ? parts[1] : parts[2];
    return (code ? await this.deps.units.get(code) : null) ?? station;
  }

  /** The FIR of a missing child: kidnapping presumed, the child its victim, the informant its complainant. */
  private async prepareChildFir(actor: RequestActor, input: MissingPersonInput, child: PersonInput, station: Unit, lastSeenAt: Date, now: Date, client: ClientInfo) {
    const section = presumedOffence(this.rules, lastSeenAt);
    const d = input.description;
    const fir: FirInput = {
      stationCode: station.code,
      origin: 'regular',
      infoType: 'oral',
      occurredFrom: lastSeenAt.toISOString(),
      infoReceivedAt: now.toISOString(),
      place: d.place,
      sections: [section],
      complainant: input.informant,
      accused: [],
      unknownAccused: [{ description: 'Unknown person or persons who took the child away (kidnapping presumed until the investigation shows otherwise).' }],
      victims: [{ person: child }],
      witnesses: [],
      properties: [],
      briefFacts: [
        `The informant${input.informantRelation ? ` (${input.informantRelation})` : ''} reports that a child, ${looks(d, { years: ageWhenLastSeen(input.person, lastSeenAt)!, child: true })}, has been missing since ${lastSeenAt.toISOString()}, last seen at ${d.place.address}.`,
        d.clothes ? `Clothes when last seen: ${d.clothes}.` : '',
        d.marks ? `Identifying marks: ${d.marks}.` : '',
        input.circumstances ?? '',
        `Registered as an FIR under ${section.act} ${section.section} as the Supreme Court directed for every missing child (Bachpan Bachao Andolan v. Union of India, 2013): kidnapping is presumed until the investigation shows otherwise.`,
      ]
        .filter(Boolean)
        .join('\n'),
    };
    try {
      return await this.deps.firCommands.prepareRegistration(actor, fir, client);
    } catch (e) {
      throw asReportProblem(e);
    }
  }

  async changeStatus(actor: RequestActor, id: string, change: MissingStatusChange, client: ClientInfo): Promise<MissingPerson> {
    const d = this.deps;
    const mp = await this.mustGet(id);
    await d.access.authorise(actor, 'record.amend', mp.stationCode, client, { type: 'missing_person', id });
    if (!mayChangeStatus(mp.status, change.status)) throw conflict('status', `This report is ${mp.status.replace('_', ' ')}: it cannot become ${change.status.replace('_', ' ')}.`);
    const now = d.clock.now();
    const at = new Date(change.at);
    const problems = statusDateProblems(at, mp, now);
    if (problems.length) throw fieldProblem(problems);
    await d.events.transaction((tx) => this.changeStatusIn(tx, actor, mp, change, client));
    return (await this.get(id))!;
  }

  /**
   * A change of status inside a caller's transaction (checked by the caller): the report's GD
   * entry, the event, the alert withdrawn. An unidentified body identified as the missing person
   * makes the report found dead this way, in the body's transaction.
   */
  async changeStatusIn(tx: Tx, actor: RequestActor, mp: MissingPerson, change: MissingStatusChange, client: ClientInfo): Promise<void> {
    const d = this.deps;
    const id = mp.id;
    const now = d.clock.now();
    const at = new Date(change.at);
    const alert = mp.alertId ? await d.alerts.get(mp.alertId, tx) : null;
    // The report's diary is numbered by the node that keeps its station: a body identified at a
    // station another node keeps records it in its own diary, and the report's station reads the
    // change on its report when it arrives (a diary entry written here would double a number there).
    const station = await d.units.get(mp.stationCode);
    if (station && (await d.homes(station.path)))
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: mp.stationCode, refType: 'missing_person', refId: id, at: now },
        'missing_person_status',
        `Missing person report ${mp.number}: ${change.status.replace('_', ' ')} on ${at.toISOString()}. ${change.note}`,
      );
    await d.events.append(tx, {
      type: 'missing_person.status_changed',
      entityId: id,
      payload: { stationCode: mp.stationCode, status: change.status, at: at.toISOString(), note: change.note },
      actor: actor.user.id,
    });
    if (alert?.status === 'active') await d.alerts.withdrawIn(tx, actor, alert, `Missing person report ${mp.number}: ${change.status.replace('_', ' ')}.`, client);
    await d.audit.forRequest(actor, client).success(tx, 'missing_person.status', { targetType: 'missing_person', targetId: id, targetUnit: mp.stationCode, detail: { status: change.status } });
  }

  /** The report of a missing child registered with this FIR, if any (the case file shows it). */
  async ofFir(firId: string): Promise<MissingPerson | null> {
    const r = await this.deps.storage.db.selectFrom('missing_persons').selectAll().where('fir_id', '=', firId).executeTakeFirst();
    return r ? toMissingPerson(r) : null;
  }

  /**
   * Reports of a station the reader may read, newest first. A name is looked up through the
   * person name index (any script and spelling), and a person withheld from the reader (a child
   * they may not see) is never found by it: the answer is the same as for a name nobody has.
   */
  async list(actor: RequestActor, stationCode: string, q: MissingListQuery): Promise<MissingPerson[]> {
    let query = this.deps.storage.db.selectFrom('missing_persons').selectAll().where('station_code', '=', stationCode);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.child) query = query.where('child', '=', q.child === 'true' ? 1 : 0);
    if (q.from) query = query.where('reported_at', '>=', new Date(q.from).toISOString());
    if (q.to) query = query.where('reported_at', '<', new Date(q.to).toISOString());
    if (q.name) {
      const ids = await this.personsNamed(q.name);
      if (!ids.length) return [];
      query = query.where('person_id', 'in', ids);
    }
    const rows = (await query.orderBy('reported_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute()).map(toMissingPerson);
    if (!q.name) return rows;
    const withheld = await this.deps.access.identities.withheld(
      actor,
      rows.map((r) => r.personId),
    );
    return rows.filter((r) => !withheld.has(r.personId));
  }

  /** Persons the name search (src/search: any script and spelling, ranked) finds for this name. */
  private async personsNamed(name: string): Promise<string[]> {
    return (await this.deps.personSearch.find({ q: name, limit: 300 })).map((h) => h.id);
  }

  /**
   * A report as this reader may see it: a child withheld from them carries no identity — masked
   * person, no photo, no marks, no contacts — and its free text is redacted of every protected person of
   * the station they may not see.
   */
  async view(actor: RequestActor, mp: MissingPerson) {
    const d = this.deps;
    const m = await entryMasking(d, actor, [mp.personId, mp.informantId], mp.stationCode);
    const hidden = m.withheld.has(mp.personId);
    const fir = mp.firId ? await d.firs.get(mp.firId) : null;
    const alert = mp.alertId ? await d.alerts.get(mp.alertId) : null;
    return {
      id: mp.id,
      stationCode: mp.stationCode,
      number: mp.number,
      reportedAt: mp.reportedAt,
      status: mp.status,
      statusAt: mp.statusAt,
      statusNote: m.text(mp.statusNote),
      child: mp.child,
      age: mp.age,
      person: m.person(mp.personId),
      informant: m.person(mp.informantId),
      informantRelation: mp.informantRelation,
      // Marks and photo identify; a child's are shown only to those who may see the child (as on the alert).
      description: descriptionView(mp.description, hidden, m.text),
      lastSeenAt: mp.lastSeenAt,
      // A child's relatives would name the child: shown only to those who may see the child.
      contacts: hidden ? [] : mp.contacts.map((c) => ({ name: m.text(c.name)!, relation: m.text(c.relation), phone: m.text(c.phone)! })),
      contactsWithheld: hidden && mp.contacts.length > 0,
      circumstances: m.text(mp.circumstances),
      textWithheld: m.textWithheld,
      fir: fir ? { id: fir.id, number: fir.number, status: fir.status } : null,
      alert: alert ? { id: alert.id, status: alert.status, targetUnit: alert.targetUnit } : null,
      unmasked: mp.child && !hidden,
    };
  }

  /** One report, audited (and its unmasked view of a child separately, as for FIRs). */
  async read(actor: RequestActor, mp: MissingPerson, client: ClientInfo) {
    const v = await this.view(actor, mp);
    return this.auditedRead(actor, client, mp, { action: 'missing_person.read', type: 'missing_person', masked: !v.unmasked && mp.child }, v);
  }

  /** Open reports of a station: all, and those of children (the dashboard). */
  async openCounts(stationCode: string): Promise<{ open: number; children: number }> {
    const rows = await this.deps.storage.db
      .selectFrom('missing_persons')
      .select(['child', (eb) => eb.fn.countAll<number>().as('n')])
      .where('station_code', '=', stationCode)
      .where('status', '=', 'missing')
      .groupBy('child')
      .execute();
    const children = Number(rows.find((r) => Number(r.child) === 1)?.n ?? 0);
    return { open: rows.reduce((s, r) => s + Number(r.n), 0), children };
  }

  /**
   * The figures of every station within a unit (a supervisor's counts), in one grouped query: the
   * reports still open and the children among them, and those traced or returned alive this IST
   * month. By station code; stations without such reports absent.
   */
  async countsWithin(unit: Pick<Unit, 'path'>): Promise<Map<string, { open: number; children: number; tracedThisMonth: number }>> {
    const db = this.deps.storage.db;
    const today = istDate(this.deps.clock.now());
    const monthFrom = istMidnight(`${today.slice(0, 8)}01`).toISOString();
    const traced = (eb: ExpressionBuilder<Database, 'missing_persons'>) => eb.and([eb('status', 'in', ['traced', 'returned']), eb('status_at', '>=', monthFrom)]);
    const rows = await db
      .selectFrom('missing_persons')
      .select((eb) => [
        'station_code',
        eb.fn.sum<number>(eb.case().when('status', '=', 'missing').then(1).else(0).end()).as('open'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb('status', '=', 'missing'), eb('child', '=', 1)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('children'),
        eb.fn.sum<number>(eb.case().when(traced(eb)).then(1).else(0).end()).as('traced'),
      ])
      // By station alone: a filter on the status would lead the planner to the status index, across the State.
      .where('station_code', 'in', codesWithin(db, unit.path))
      .groupBy('station_code')
      .execute();
    return new Map(rows.map((r) => [r.station_code, { open: Number(r.open ?? 0), children: Number(r.children ?? 0), tracedThisMonth: Number(r.traced ?? 0) }]));
  }
}

export type MissingPersonView = Awaited<ReturnType<MissingPersonService['view']>>;
