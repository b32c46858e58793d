import { v7 as uuidv7 } from 'uuid';
import { birthDateProblems, childOn } from '../domain/person-names.js';
import { fieldProblem } from '../errors.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { PersonsTable } from '../storage/schema.js';
import type { PersonInput } from '../domain/schemas/person.js';
import type { Clock } from '../util/clock.js';
import { unuploadedPhotos } from './photo-refs.js';

export interface Person extends PersonInput {
  id: string;
  ownerUnit: string;
  juvenile: boolean;
  createdAt: string;
}

function toPerson(r: PersonsTable): Person {
  const extra = JSON.parse(r.description) as PersonInput['description'] & { occupation?: string; nationality?: string };
  const { occupation, nationality, ...description } = extra;
  return {
    id: r.id,
    ownerUnit: r.owner_unit,
    name: r.name,
    aliases: JSON.parse(r.aliases),
    relativeName: r.relative_name ?? undefined,
    relativeKind: (r.relative_kind ?? undefined) as PersonInput['relativeKind'],
    gender: r.gender as PersonInput['gender'],
    age: r.age ?? undefined,
    birthDate: r.birth_date ?? undefined,
    addresses: JSON.parse(r.addresses),
    phones: JSON.parse(r.phones),
    idDocuments: JSON.parse(r.id_documents),
    description,
    photoSha256: r.photo_sha256 ?? undefined,
    occupation,
    nationality,
    juvenile: r.juvenile === 1,
    createdAt: r.created_at,
  };
}

/** The one person index: every complainant, accused, victim and witness, entered once. */
export class PersonRegistry {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
    private readonly clock: Clock,
  ) {}

  /**
   * A new person. `ageOn`: the date the record looks at their age (last seen, the occurrence, the
   * body found) — a child on that date is a juvenile, whatever their age on the day entered.
   */
  async create(tx: Tx, input: PersonInput, ownerUnit: string, actor: string, path = 'person', ageOn?: Date): Promise<string> {
    return (await this.createMany(tx, [input], ownerUnit, actor, () => path, ageOn))[0]!;
  }

  /** Many new persons in one go (the persons of an FIR, a bulk import): one 'person.created' event each, appended together. */
  async createMany(tx: Tx, inputs: readonly PersonInput[], ownerUnit: string, actor: string, pathOf: (i: number) => string = (i) => `persons.${i}`, ageOn?: Date): Promise<string[]> {
    if (inputs.length === 0) return [];
    this.requireSaneAge(inputs, pathOf);
    await this.requirePhotos(tx, inputs, (i) => `${pathOf(i)}.photoSha256`);
    const ids = inputs.map(() => uuidv7());
    await this.events.appendMany(
      tx,
      inputs.map((input, i) => ({ type: 'person.created', entityId: ids[i]!, payload: { ...input, id: ids[i]!, ownerUnit, ...(ageOn ? { ageOn: ageOn.toISOString() } : {}) }, actor })),
    );
    return ids;
  }

  /**
   * The persons of a record dated `on` (an FIR by the day of the offence), entered in its write:
   * the new ones created with their age looked at on that date, and those linked by id who were
   * children that day marked juveniles (protectChildrenOn). Returns the new persons' ids in order.
   */
  async enterOnRecord(tx: Tx, o: { fresh: readonly PersonInput[]; pathOf: (i: number) => string; linked: readonly string[]; on: Date; stationCode: string; actor: string }): Promise<string[]> {
    const ids = await this.createMany(tx, o.fresh, o.stationCode, o.actor, o.pathOf, o.on);
    await this.protectChildrenOn(tx, o.linked, o.on, o.stationCode, o.actor);
    return ids;
  }

  /**
   * Persons already on the index, now named on a record whose date makes them a child (a body
   * found before their eighteenth birthday, an offence against them at 17): each not yet a
   * juvenile who was a child on that date (childOn, the doubt to protection) becomes one, for
   * good, noted at the record's station. `estimate`: the record's own estimate of the age (a
   * body's range), used for a person whose age the index does not know.
   */
  async protectChildrenOn(tx: Tx, personIds: readonly string[], on: Date, stationCode: string, actor: string, estimate?: { from: number } | null): Promise<void> {
    const ids = [...new Set(personIds)];
    if (!ids.length) return;
    const rows = await tx.selectFrom('persons').select(['id', 'owner_unit', 'age', 'birth_date', 'created_at']).where('id', 'in', ids).where('juvenile', '=', 0).execute();
    const children = rows.filter((r) =>
      childOn({ birthDate: r.birth_date, known: r.age === null ? null : { age: r.age, at: new Date(r.created_at) }, ageRange: r.age === null && !r.birth_date ? estimate : null }, on),
    );
    if (!children.length) return;
    await this.events.appendMany(
      tx,
      children.map((r) => ({ type: 'person.marked_child', entityId: r.id, payload: { ownerUnit: r.owner_unit, stationCode, on: on.toISOString() }, actor })),
    );
  }

  /** A person a register has found a child on that date (a missing child): a juvenile on the index too, if not already. */
  async markChild(tx: Tx, personId: string, on: Date, stationCode: string, actor: string): Promise<void> {
    const r = await tx.selectFrom('persons').select(['owner_unit', 'juvenile']).where('id', '=', personId).executeTakeFirst();
    if (r && r.juvenile === 0) await this.events.append(tx, { type: 'person.marked_child', entityId: personId, payload: { ownerUnit: r.owner_unit, stationCode, on: on.toISOString() }, actor });
  }

  /** Birth date and age as the one rule (birthDateProblems) allows, on today's date. */
  private requireSaneAge(inputs: readonly PersonInput[], pathOf: (i: number) => string): void {
    const today = this.clock.now();
    const errors = inputs.flatMap((p, i) => birthDateProblems(p, today).map((e) => ({ path: `${pathOf(i)}.${e.field}`, message: e.message })));
    if (errors.length) throw fieldProblem(errors);
  }

  /** A person's photo must have been uploaded before the person refers to it (registrations check it first, with their links; an import relies on this). */
  private async requirePhotos(tx: Tx, inputs: readonly PersonInput[], pathOf: (i: number) => string): Promise<void> {
    const problems = await unuploadedPhotos(
      tx,
      inputs.flatMap((p, i) => (p.photoSha256 ? [{ sha256: p.photoSha256, path: pathOf(i) }] : [])),
    );
    if (problems.length) throw fieldProblem(problems);
  }

  async get(id: string, exec: Executor = this.storage.db): Promise<Person | null> {
    const r = await exec.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toPerson(r) : null;
  }

  async getMany(ids: string[], exec: Executor = this.storage.db): Promise<Map<string, Person>> {
    if (ids.length === 0) return new Map();
    const rows = await exec.selectFrom('persons').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, toPerson(r)]));
  }

  /** Persons on a record with their roles, in the order they were added. */
  async onRecord(recordType: 'fir' | 'complaint', recordId: string, exec: Executor = this.storage.db) {
    return exec.selectFrom('record_persons').select(['person_id', 'role']).where('record_type', '=', recordType).where('record_id', '=', recordId).execute();
  }
}
