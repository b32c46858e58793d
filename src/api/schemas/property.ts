import { z } from 'zod';
import { clockStateSchema } from './records.js';

const named = z.strictObject({ id: z.string(), name: z.string() });

const partySchema = z
  .strictObject({ user: named.nullable(), name: z.string(), designation: z.string().nullable() })
  .meta({ id: 'CustodyParty', description: 'Who handed an item over or received it: a user, or a person outside the system, named.' });

export const propertyItemSchema = z
  .strictObject({
    id: z.string(),
    number: z.string().meta({ description: "The item's number in its station's property-room register, e.g. 7/2026" }),
    itemNo: z.number().int(),
    year: z.number().int(),
    seizureId: z.string(),
    firId: z.string(),
    firNumber: z.string(),
    stationCode: z.string(),
    description: z.string(),
    category: z.string(),
    quantity: z.string(),
    sealNo: z.string().nullable(),
    placeFound: z.string().nullable(),
    value: z.number().int().nullable(),
    device: z.strictObject({ make: z.string().nullable(), model: z.string().nullable(), serialNo: z.string().nullable(), imei: z.string().nullable(), sha256: z.string().nullable() }).nullable(),
    place: z.string().meta({ description: 'Where the item is now: malkhana, fsl, court, owner, disposed' }),
    destination: z.string().nullable(),
    since: z.string(),
    keptAt: z.string().meta({
      description:
        "The station whose property room answers for the item: the seizing station, or the unit the case was transferred to once the item was handed over (transferred_to_unit). In another station's register: transferred out to it.",
    }),
    final: z.boolean(),
    statementAt: z.string().nullable(),
    disposalOrderAt: z.string().nullable(),
    clocks: z.array(clockStateSchema),
    textWithheld: z.boolean(),
  })
  .meta({ id: 'PropertyItem', description: 'A seized item of the property room (malkhana), where it is now, and its court clocks (BNSS 497).' });

export const custodyMoveSchema = z
  .strictObject({
    seq: z.number().int(),
    kind: z.string(),
    kindEn: z.string(),
    kindHi: z.string(),
    place: z.string(),
    at: z.string(),
    handedBy: partySchema,
    receivedBy: partySchema,
    destination: z.string().nullable(),
    reference: z.string().nullable(),
    orderRef: z.string().nullable(),
    note: z.string().nullable(),
    keptAt: z.string().meta({ description: 'The station whose property room answers for the item after this movement' }),
    recordedBy: named,
    recordedAt: z.string(),
  })
  .meta({ id: 'CustodyMove', description: 'A link of the chain of custody.' });

export const propertyItemChainSchema = propertyItemSchema.extend({ chain: z.array(custodyMoveSchema) }).meta({ id: 'PropertyItemChain', description: 'A seized item and its whole chain of custody.' });

const witness = z.union([z.strictObject({ personId: z.string().nullable(), name: z.string(), address: z.string().nullable(), masked: z.literal(false) }), z.strictObject({ masked: z.literal(true) })]);

export const seizureSchema = z
  .strictObject({
    id: z.string(),
    firId: z.string(),
    firNumber: z.string(),
    seizedAt: z.string(),
    place: z.string(),
    searchOf: z.string().nullable(),
    seizedFrom: z.string().nullable(),
    witnesses: z.array(witness),
    video: z
      .strictObject({
        sha256: z.string(),
        size: z.number().int(),
        description: z.string().nullable(),
        forwardedToMagistrateAt: z.string().nullable(),
        magistrate: z.string().nullable(),
        received: z.boolean().meta({ description: 'The bytes were sent and matched the hash and size' }),
      })
      .nullable(),
    remarks: z.string().nullable(),
    items: z.array(propertyItemSchema),
    recordedBy: named,
    recordedAt: z.string(),
    textWithheld: z.boolean(),
  })
  .meta({ id: 'Seizure', description: 'A Property Search and Seizure memo (IIF-4) and its items as deposited.' });

export const propertyRegisterSchema = z
  .strictObject({ station: z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() }), items: z.array(propertyItemSchema) })
  .meta({ id: 'PropertyRegister', description: "A station's property-room register." });
