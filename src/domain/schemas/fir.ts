import { z } from 'zod';
import { compactIdentifier } from '../vehicle-numbers.js';
import { mobilePhone } from './stolen-property.js';
import { instant, MULTILINE, reason, requiredText, safeText, text, uuid } from './common.js';
import type { SectionRef } from '../law.js';
import { personInput, personOnRecord, type PersonRole } from './person.js';

export const sectionRef = z.strictObject({
  act: safeText().toUpperCase().min(2, 'is required').max(20),
  section: safeText().min(1, 'is required').max(30),
});

export const place = z.strictObject({
  address: requiredText(500),
  beat: text(50).optional(),
  directionDistance: text(200).optional(),
  latitude: z.number().min(6).max(38, 'is outside India').optional(),
  longitude: z.number().min(68).max(98, 'is outside India').optional(),
});

/** A registration, engine or chassis number: written any way, but with some letters or digits in it. */
const vehicleNumber = (max: number) => requiredText(max).refine((v) => compactIdentifier(v).length >= 4, 'must have at least 4 letters or digits');

/**
 * A vehicle among the property (stolen, recovered, seized, involved), so that it can be searched
 * by its numbers (src/search). Searchable only through one of its three numbers.
 */
export const vehicle = z
  .strictObject({
    registration: vehicleNumber(20).optional(),
    engineNo: vehicleNumber(40).optional(),
    chassisNo: vehicleNumber(40).optional(),
    make: text(60).optional(),
    model: text(60).optional(),
    colour: text(40).optional(),
  })
  .refine((v) => v.registration || v.engineNo || v.chassisNo, { message: 'give the registration, engine or chassis number', path: ['registration'] });
export type Vehicle = z.output<typeof vehicle>;

export const property = z.strictObject({
  description: requiredText(500),
  category: text(60).optional(),
  value: z.number().nonnegative('cannot be negative').max(1e12).optional(),
  /** Optional: FIRs registered before vehicles were recorded separately have none. */
  vehicle: vehicle.optional(),
  /** A handset among the property: its IMEI makes it checkable as stolen or recovered. */
  mobilePhone: mobilePhone.optional(),
});

export const unknownAccused = z.strictObject({ description: requiredText(1000, MULTILINE) });

/** IIF-1 as entered. Everything the form needs, validated field by field. */
export const firInput = z.strictObject({
  stationCode: requiredText(40),
  origin: z.enum(['regular', 'zero', 'efir']).default('regular'),
  infoType: z.enum(['written', 'oral', 'electronic']),
  occurredFrom: instant,
  occurredTo: instant.optional(),
  infoReceivedAt: instant,
  /** An earlier GD entry recording the information; otherwise registration writes one. */
  gdEntryId: uuid.optional(),
  /** Registration time when entered after the fact; needs gdEntryId. Defaults to now. */
  registeredAt: instant.optional(),
  place,
  sections: z.array(sectionRef).min(1, 'at least one section is required').max(30),
  complainant: personOnRecord,
  accused: z.array(personOnRecord).max(50).default([]),
  unknownAccused: z.array(unknownAccused).max(20).default([]),
  victims: z.array(personOnRecord).max(50).default([]),
  witnesses: z.array(personOnRecord).max(50).default([]),
  properties: z.array(property).max(100).default([]),
  delayReasons: text(2000, MULTILINE).optional(),
  briefFacts: requiredText(20000, MULTILINE),
  ioUserId: uuid.optional(),
  /** For a zero FIR: the station where the offence occurred, if known. */
  jurisdictionStationCode: text(40).optional(),
});
export type FirInput = z.output<typeof firInput>;

/**
 * An FIR registered from a complaint: the complainant is the complaint's own unless another is
 * given — so an officer from whom the complainant is withheld (a sexual-offence complaint) can
 * still convert it without ever holding the complainant's id.
 */
export const complaintConversion = firInput.extend({ complainant: personOnRecord.optional() });
export type ComplaintConversion = z.output<typeof complaintConversion>;

const personRole = z.enum(['accused', 'victim', 'witness']);

export const firAmendment = z.strictObject({
  reason,
  sections: z.array(sectionRef).min(1).max(30).optional(),
  place: place.optional(),
  occurredFrom: instant.optional(),
  occurredTo: instant.optional(),
  properties: z.array(property).max(100).optional(),
  delayReasons: text(2000, MULTILINE).optional(),
  briefFacts: requiredText(20000, MULTILINE).optional(),
  addPersons: z
    .array(z.union([z.strictObject({ role: personRole, personId: uuid }), z.strictObject({ role: personRole, person: personInput })]))
    .max(50)
    .optional(),
  addUnknownAccused: z.array(unknownAccused).max(20).optional(),
});
export type FirAmendment = z.output<typeof firAmendment>;

export const firTransfer = z.strictObject({ toStationCode: requiredText(40), reason });

export const firListQuery = z.strictObject({
  station: text(40).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  status: text(40).optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** The versioned IIF-1 content of an FIR. Every amendment stores a full new copy. */
export interface FirContent {
  origin: 'regular' | 'zero' | 'efir' | 'transfer';
  infoType: 'written' | 'oral' | 'electronic';
  occurredFrom: string;
  occurredTo: string | null;
  infoReceivedAt: string;
  place: FirInput['place'];
  sections: SectionRef[];
  persons: { personId: string; role: PersonRole }[];
  unknownAccused: { description: string }[];
  properties: FirInput['properties'];
  delayReasons: string | null;
  briefFacts: string;
  ioUserId: string | null;
  officerInCharge: string;
  jurisdictionStationCode: string | null;
}
