import { v7 as uuidv7 } from 'uuid';
import { birthDateProblems } from '../domain/person-names.js';
import { fieldProblem } from '../errors.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { PersonsTable } from '../storage/schema.js';
import type { PersonInput } from '../domain/schemas/person.js';
import type { Clock } from '../util/clock.js';

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

  async create(tx: Tx, input: PersonInput, ownerUnit: string, actor: string, path = 'person'): Promise<string> {
    this.requireSaneAge([input], () => path);
    await this.requirePhotos(tx, [input], () => `${path}.photoSha256`);
    const id = uuidv7();
    await this.events.append(tx, { type: 'person.created', entityId: id, payload: { ...input, id, ownerUnit }, actor });
    return id;
  }

  /** Many new persons in one go (the persons of an FIR, a bulk import): one 'person.created' event each, appended together. */
  async createMany(tx: Tx, inputs: readonly PersonInput[], ownerUnit: string, actor: string, pathOf: (i: number) => string = (i) => `persons.${i}`): Promise<string[]> {
    if (inputs.length === 0) return [];
    this.requireSaneAge(inputs, pathOf);
    await this.requirePhotos(tx, inputs, (i) => `${pathOf(i)}.photoSha256`);
    const ids = inputs.map(() => uuidv7());
    await this.events.appendMany(
      tx,
      inputs.map((input, i) => ({ type: 'person.created', entityId: ids[i]!, payload: { ...input, id: ids[i]!, ownerUnit }, actor })),
    );
    return ids;
  }

  /** Birth date and age as the one rule (birthDateProblems) allows, on today's date. */
  private requireSaneAge(inputs: readonly PersonInput[], pathOf: (i: number) => string): void {
    const today = this.clock.now();
    const errors = inputs.flatMap((p, i) => birthDateProblems(p, today).map((e) => ({ path: `${pathOf(i)}.${e.field}`, message: e.message })));
    if (errors.length) throw fieldProblem(errors);
  }

  /** A person's photo must have been uploaded before the person refers to it. */
  private async requirePhotos(tx: Tx, inputs: readonly PersonInput[], pathOf: (i: number) => string): Promise<void> {
    const wanted = [...new Set(inputs.flatMap((p) => (p.photoSha256 ? [p.photoSha256] : [])))];
    if (wanted.length === 0) return;
    const found = new Set<string>();
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await tx
        .selectFrom('attachments')
        .select('sha256')
        .where('sha256', 'in', wanted.slice(i, i + 500))
        .execute();
      rows.forEach((r) => found.add(r.sha256));
    }
    const missing = inputs.flatMap((p, i) => (p.photoSha256 && !found.has(p.photoSha256) ? [i] : []));
    if (missing.length) throw fieldProblem(missing.map((i) => ({ path: pathOf(i), message: 'upload the photo first' })));
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
