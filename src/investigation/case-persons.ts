import type { RequestActor } from '../access/auth-service.js';
import type { PersonRegistry } from '../records/persons.js';
import type { RecordAccess } from '../records/record-access.js';

/** A person of a case as this reader may see them: named, or masked with nothing that identifies them. */
export type CasePerson = { personId: string; name: string; masked: false } | { masked: true };

/**
 * Names the persons of a case's final report, disposal or appeal for this reader: a protected
 * person (a victim of a sexual offence, anyone under 18 — a juvenile accused too) the reader may
 * not unmask is given as masked, without id or name.
 */
export async function casePersons(deps: { persons: PersonRegistry; access: RecordAccess }, actor: RequestActor, ids: readonly string[]): Promise<(id: string) => CasePerson> {
  const unique = [...new Set(ids)];
  const [withheld, persons] = await Promise.all([deps.access.identities.withheld(actor, unique), deps.persons.getMany(unique)]);
  return (id) => (withheld.has(id) ? { masked: true } : { personId: id, name: persons.get(id)?.name ?? '', masked: false });
}
