import { canonicalJson } from '../util/canonical-json.js';
import { v7 as uuidv7 } from 'uuid';
import { ageOn, isJuvenile, nameKey } from '../domain/person-names.js';
import { fieldProblem } from '../errors.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { PersonsTable } from '../storage/schema.js';
import type { PersonInput } from './schemas/person.js';

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
  ) {
    events.register('person.created', async (tx, e, p: PersonInput & { id: string; ownerUnit: string }) => {
      const age = p.age ?? (p.birthDate ? ageOn(p.birthDate, new Date(e.at)) : null);
      await tx
        .insertInto('persons')
        .values({
          id: p.id,
          owner_unit: p.ownerUnit,
          name: p.name,
          name_key: nameKey(p.name),
          aliases: canonicalJson(p.aliases ?? []),
          relative_name: p.relativeName ?? null,
          relative_kind: p.relativeKind ?? null,
          gender: p.gender ?? 'unknown',
          age,
          birth_date: p.birthDate ?? null,
          juvenile: isJuvenile(age) ? 1 : 0,
          addresses: canonicalJson(p.addresses ?? []),
          phones: canonicalJson(p.phones ?? []),
          id_documents: canonicalJson(p.idDocuments ?? []),
          description: canonicalJson({ ...(p.description ?? {}), occupation: p.occupation, nationality: p.nationality }),
          photo_sha256: p.photoSha256 ?? null,
          created_at: e.at,
          created_by: e.actor,
          updated_at: e.at,
        })
        .execute();
    });
    events.registerProjectionTable('persons');
  }

  async create(tx: Tx, input: PersonInput, ownerUnit: string, actor: string, path = 'person'): Promise<string> {
    if (input.photoSha256) {
      const photo = await tx.selectFrom('attachments').select('sha256').where('sha256', '=', input.photoSha256).executeTakeFirst();
      if (!photo) throw fieldProblem([{ path: `${path}.photoSha256`, message: 'upload the photo first' }]);
    }
    const id = uuidv7();
    await this.events.append(tx, { type: 'person.created', entityId: id, payload: { ...input, id, ownerUnit }, actor });
    return id;
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

  /**
   * Persons already on record who may be the one being entered: same name key, or same name
   * key of an alias; ranked up by matching relative's name and close age. Within the units given.
   */
  async likelyMatches(input: { name: string; relativeName?: string; age?: number }, unitCodes: string[], limit = 10): Promise<{ person: Person; reasons: string[] }[]> {
    const key = nameKey(input.name);
    if (!key || unitCodes.length === 0) return [];
    const tokens = key.split(' ');
    let q = this.storage.db.selectFrom('persons').selectAll().where('owner_unit', 'in', unitCodes);
    q = q.where((eb) =>
      eb.or([
        eb('name_key', '=', key),
        // The same first and last name with something else between (a middle name, initials).
        ...(tokens.length >= 2 ? [eb('name_key', 'like', `${tokens[0]} %${tokens[tokens.length - 1]}`)] : []),
        eb('aliases', 'like', `%${input.name.replace(/[%_"\\]/g, '')}%`),
      ]),
    );
    const rows = await q.limit(200).execute();
    const relKey = input.relativeName ? nameKey(input.relativeName) : null;
    return rows
      .map((r) => {
        const person = toPerson(r);
        const reasons: string[] = [];
        let score = 0;
        if (r.name_key === key) {
          reasons.push('same name');
          score += 3;
        } else if (person.aliases.some((a) => nameKey(a) === key)) {
          reasons.push('same as a known alias');
          score += 3;
        } else {
          reasons.push('same first and last name');
          score += 2;
        }
        if (relKey && r.relative_name && nameKey(r.relative_name) === relKey) {
          reasons.push("same father's/husband's name");
          score += 2;
        }
        if (input.age !== undefined && r.age !== null && Math.abs(r.age - input.age) <= 2) {
          reasons.push('similar age');
          score += 1;
        }
        return { person, reasons, score };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ person, reasons }) => ({ person, reasons }));
  }

  /** Persons on a record with their roles, in the order they were added. */
  async onRecord(recordType: 'fir' | 'complaint', recordId: string, exec: Executor = this.storage.db) {
    return exec
      .selectFrom('record_persons')
      .select(['person_id', 'role'])
      .where('record_type', '=', recordType)
      .where('record_id', '=', recordId)
      .execute();
  }
}
