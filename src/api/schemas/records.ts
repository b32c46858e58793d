import { z } from 'zod';

/** Response shapes of station records, for the OpenAPI document (the main fields; more may follow). */
export const personViewSchema = z
  .object({ masked: z.boolean(), role: z.string().nullable(), name: z.string().optional(), reason: z.string().optional() })
  .loose()
  .meta({ id: 'PersonView', description: 'A person on a record; masked:true withholds the identity (sensitive case or juvenile).' });

export const gdEntrySchema = z
  .object({
    id: z.string(),
    stationCode: z.string(),
    gdDate: z.string(),
    entryNo: z.number().int(),
    entryAt: z.string(),
    kind: z.string(),
    text: z.string(),
    officer: z.string().nullable(),
    refType: z.string().nullable(),
    refId: z.string().nullable(),
    correctsId: z.string().nullable(),
    textWithheld: z.boolean().optional().meta({ description: 'Names, phones or addresses of persons withheld from the caller were replaced in the text.' }),
  })
  .meta({ id: 'GdEntry' });

export const firViewSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    registeredAt: z.string(),
    status: z.string(),
    lawCode: z.string(),
    sensitive: z.boolean(),
    sections: z.array(z.object({ act: z.string(), section: z.string(), title: z.string() }).loose()),
    complainant: personViewSchema.nullable(),
    accused: z.array(personViewSchema),
    victims: z.array(personViewSchema),
    version: z.number().int(),
    identitiesWithheld: z.boolean(),
    textWithheld: z.boolean().meta({ description: 'Names, phones or addresses of withheld persons were replaced in the brief facts and other free text.' }),
  })
  .loose()
  .meta({ id: 'Fir' });

export const firListItemSchema = z
  .object({ id: z.string(), number: z.string(), stationCode: z.string(), registeredAt: z.string(), status: z.string(), sensitive: z.boolean(), complainantName: z.string().nullable() })
  .loose()
  .meta({ id: 'FirListItem' });

export const complaintSchema = z
  .object({
    id: z.string(),
    ackNo: z.string(),
    stationCode: z.string(),
    receivedAt: z.string(),
    status: z.string(),
    closure: z.string().nullable(),
    firId: z.string().nullable(),
    sensitive: z.boolean().meta({ description: 'A section alleged is a sexual offence: the complainant is withheld from those who may not see them (BNS 72).' }),
    textWithheld: z.boolean().meta({ description: 'Names, phones or addresses of withheld persons were replaced in the description, place and closure note.' }),
  })
  .loose()
  .meta({ id: 'Complaint' });

export const firVersionSchema = z.object({ version: z.number().int(), at: z.string(), author: z.string(), authorName: z.string().nullable(), reason: z.string(), content: z.record(z.string(), z.unknown()), textWithheld: z.boolean() });
export const idParam = z.strictObject({ id: z.uuid({ error: 'is not a valid id' }) });
