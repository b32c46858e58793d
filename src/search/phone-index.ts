import { normalisePhone } from '../domain/phone-numbers.js';
import { insertChunks } from '../storage/bulk.js';
import type { Engine, Executor } from '../storage/db.js';

/** The read table of persons' canonical phone numbers (migration 005). */
export const PHONE_INDEX_TABLE = 'phone_index';

export interface PersonPhones {
  id: string;
  ownerUnit: string;
  phones: readonly string[];
}

/**
 * The phones of persons just created, who have none in the index yet: multi-row inserts and no
 * deletes, for projectors of many persons at once (bulk import, rebuild).
 */
export async function indexNewPersonsPhones(exec: Executor, engine: Engine, persons: readonly PersonPhones[]): Promise<void> {
  for (const chunk of insertChunks(persons.flatMap(phoneRows), 3, engine)) await exec.insertInto('phone_index').values(chunk).execute();
}

/** A person's rows: each distinct canonical number once; what is not a phone number is left out. */
function phoneRows(p: PersonPhones) {
  const numbers = new Set(p.phones.map(normalisePhone).filter((n): n is string => n !== null));
  return [...numbers].map((phone) => ({ phone, person_id: p.id, owner_unit: p.ownerUnit }));
}
