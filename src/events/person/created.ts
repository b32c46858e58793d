import { z } from 'zod';
import { ageOn, childOn, isJuvenile } from '../../domain/person-names.js';
import { handOff, inOrder, insertMany } from '../../storage/bulk.js';
import type { PersonsTable } from '../../storage/schema.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { GENDERS, id, sha256, unitCode, utc } from '../shapes.js';

const optionalText = z.string().optional();

/** A person as entered at a station (complainant, accused, victim, witness), with the unit that owns the record. */
export const personCreated = defineEvent({
  type: 'person.created',
  version: 1,
  schema: z.strictObject({
    id,
    ownerUnit: unitCode,
    name: z.string().min(1),
    aliases: z.array(z.string()),
    relativeName: optionalText,
    relativeKind: z.enum(['father', 'husband', 'mother', 'guardian']).optional(),
    gender: z.enum(GENDERS),
    age: z.number().int().min(0).optional(),
    birthDate: z.string().optional(),
    addresses: z.array(z.strictObject({ kind: z.enum(['present', 'permanent', 'other']), line: z.string(), district: optionalText, state: optionalText, pin: optionalText })),
    phones: z.array(z.string()),
    idDocuments: z.array(z.strictObject({ kind: z.enum(['aadhaar', 'voter_id', 'pan', 'passport', 'driving_licence', 'other']), number: z.string() })),
    description: z.strictObject({ height: optionalText, build: optionalText, complexion: optionalText, marks: optionalText, other: optionalText }),
    photoSha256: sha256.optional(),
    occupation: optionalText,
    nationality: optionalText,
    /**
     * The date the record that names them looks at their age (last seen, the occurrence, the body
     * found): a child on that date is a juvenile, whatever their age on the day they are entered.
     */
    ageOn: utc.optional(),
  }),
  // One projector for one person and for many (bulk import, rebuild): the same rows either way.
  async projectMany(tx, items, ctx) {
    const rows = items.map(({ event: e, payload: p }) => {
      const age = p.age ?? (p.birthDate ? ageOn(p.birthDate, new Date(e.at)) : null);
      return {
        id: p.id,
        owner_unit: p.ownerUnit,
        name: p.name,
        // The district the person is known in: where they live, as entered.
        district: p.addresses?.find((a) => a.district)?.district ?? null,
        aliases: canonicalJson(p.aliases ?? []),
        relative_name: p.relativeName ?? null,
        relative_kind: p.relativeKind ?? null,
        gender: p.gender ?? 'unknown',
        age,
        birth_date: p.birthDate ?? null,
        juvenile: isJuvenile(age) || childOn(p, new Date(p.ageOn ?? e.at)) ? 1 : 0,
        addresses: canonicalJson(p.addresses ?? []),
        phones: canonicalJson(p.phones ?? []),
        id_documents: canonicalJson(p.idDocuments ?? []),
        description: canonicalJson({ ...(p.description ?? {}), occupation: p.occupation, nationality: p.nationality }),
        photo_sha256: p.photoSha256 ?? null,
        created_at: e.at,
        created_by: e.actor,
        updated_at: e.at,
      } satisfies PersonsTable;
    });
    // The name keys are computed while the database writes the rows.
    const written = insertMany(tx, ctx.engine, 'persons', rows);
    await handOff(written);
    const indexed = ctx.writeNameKeys(
      tx,
      rows.map((r, i) => ({ id: r.id, name: r.name, aliases: items[i]!.payload.aliases ?? [] })),
    );
    await inOrder(written, indexed);
    // New persons: their phones are inserted, none to replace.
    await ctx.indexNewPhones(
      tx,
      rows.map((r, i) => ({ id: r.id, ownerUnit: r.owner_unit, phones: items[i]!.payload.phones ?? [] })),
    );
  },
  route: async (_e, p) => ownedBy(p.ownerUnit),
});
