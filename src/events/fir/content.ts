import { z } from 'zod';
import { noteProtectedPersons } from '../../access/protection.js';
import type { Tx } from '../../storage/db.js';
import { PERSON_ROLES, sectionRef, utc } from '../shapes.js';

const place = z.strictObject({
  address: z.string(),
  beat: z.string().optional(),
  directionDistance: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});

const vehicle = z.strictObject({
  registration: z.string().optional(),
  engineNo: z.string().optional(),
  chassisNo: z.string().optional(),
  make: z.string().optional(),
  model: z.string().optional(),
  colour: z.string().optional(),
});

const property = z.strictObject({
  description: z.string(),
  category: z.string().optional(),
  value: z.number().optional(),
  /** FIRs registered before vehicles were recorded separately have none. */
  vehicle: vehicle.optional(),
  /** A handset, by its IMEI (15 digits); FIRs before handsets were recorded separately have none. */
  mobilePhone: z
    .strictObject({
      imei: z.string().regex(/^\d{15}$/),
      imei2: z
        .string()
        .regex(/^\d{15}$/)
        .optional(),
      make: z.string().optional(),
      model: z.string().optional(),
      colour: z.string().optional(),
    })
    .optional(),
});

/** The versioned IIF-1 content of an FIR, as registration and every amendment store it (a full copy). */
export const firContent = z.strictObject({
  origin: z.enum(['regular', 'zero', 'efir', 'transfer']),
  infoType: z.enum(['written', 'oral', 'electronic']),
  occurredFrom: utc,
  occurredTo: utc.nullable(),
  infoReceivedAt: utc,
  place,
  sections: z.array(sectionRef).min(1),
  persons: z.array(z.strictObject({ personId: z.string().min(1), role: z.enum(PERSON_ROLES) })),
  unknownAccused: z.array(z.strictObject({ description: z.string() })),
  properties: z.array(property),
  delayReasons: z.string().nullable(),
  briefFacts: z.string(),
  ioUserId: z.string().nullable(),
  officerInCharge: z.string(),
  jurisdictionStationCode: z.string().nullable(),
});
export type FirContentPayload = z.output<typeof firContent>;

/** What registration and amendments derive from the sections; stored for lists and clocks. */
export const firDerived = {
  lawCode: z.string().min(1),
  principal: sectionRef,
  crimeHead: z.string().nullable(),
  maxYears: z.number().nullable(),
  sensitive: z.boolean(),
};

/** The persons named in an FIR's content, as links (kept across versions: amendments only add). */
export async function linkPersons(tx: Tx, firId: string, persons: FirContentPayload['persons']): Promise<void> {
  for (const p of persons) {
    await tx
      .insertInto('record_persons')
      .values({ record_type: 'fir', record_id: firId, person_id: p.personId, role: p.role })
      .onConflict((oc) => oc.columns(['record_type', 'record_id', 'person_id', 'role']).doNothing())
      .execute();
  }
  // Registration and amendment are what link persons and make a case sensitive.
  await noteProtectedPersons(
    tx,
    persons.map((p) => p.personId),
  );
}
