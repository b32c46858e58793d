import { z } from 'zod';
import { GENDERS, PERSON_ROLES } from '../../domain/schemas/person.js';
import { ncDashboardSchema } from './nc-dashboard.js';

/**
 * What the station-record routes answer, field by field, as JSON (dates as ISO strings). Strict:
 * a field a handler adds without declaring it here fails the response check (validateResponses),
 * so nothing reaches a client that the contract does not name — a protected identity included.
 */
const personRole = z.enum(PERSON_ROLES);
const officerRef = z.strictObject({ id: z.string(), name: z.string(), role: z.string() });
const namedUnit = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });
export const sectionRefSchema = z.strictObject({ act: z.string(), section: z.string() });

export const clockStateSchema = z
  .strictObject({
    code: z.string(),
    titleEn: z.string(),
    titleHi: z.string(),
    legalRef: z.string(),
    startedAt: z.string(),
    dueAt: z.string().meta({ description: 'The last instant at which the duty is still met' }),
    status: z.enum(['running', 'due_soon', 'overdue', 'met', 'met_late']),
    metAt: z.string().nullable(),
    dueDateIst: z.string(),
    remainingMs: z.number().meta({ description: 'dueAt − now, negative once past' }),
  })
  .meta({ id: 'ClockState', description: 'A statutory clock of a record (BNSS time limits).' });

const addressSchema = z.strictObject({
  kind: z.enum(['present', 'permanent', 'other']),
  line: z.string(),
  district: z.string().optional(),
  state: z.string().optional(),
  pin: z.string().optional(),
});

/** A person in full, as the reader may see them. */
const personFields = {
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  relativeName: z.string().optional(),
  relativeKind: z.enum(['father', 'husband', 'mother', 'guardian']).optional(),
  gender: z.enum(GENDERS),
  age: z.number().int().optional(),
  birthDate: z.string().optional(),
  addresses: z.array(addressSchema),
  phones: z.array(z.string()),
  idDocuments: z.array(z.strictObject({ kind: z.enum(['aadhaar', 'voter_id', 'pan', 'passport', 'driving_licence', 'other']), number: z.string() })),
  description: z.strictObject({ height: z.string().optional(), build: z.string().optional(), complexion: z.string().optional(), marks: z.string().optional(), other: z.string().optional() }),
  photoSha256: z.string().optional(),
  occupation: z.string().optional(),
  nationality: z.string().optional(),
  juvenile: z.boolean(),
  createdAt: z.string(),
};
const personFull = z.strictObject({ masked: z.literal(false), role: personRole.nullable(), ...personFields });
const personMasked = z
  .strictObject({ masked: z.literal(true), role: personRole.nullable(), reason: z.enum(['sensitive-case', 'juvenile']) })
  .meta({ id: 'PersonMasked', description: 'A protected person (victim or complainant of a sexual offence, a juvenile) withheld from the reader: only their role on the record and why.' });

export const personViewSchema = z
  .discriminatedUnion('masked', [personFull, personMasked])
  .meta({ id: 'PersonView', description: 'A person on a record; masked:true withholds the identity (sensitive case or juvenile).' });

const personRecordLink = z.strictObject({ recordType: z.string(), recordId: z.string(), role: z.string() });
/** A person's own page: the view and, unless withheld, the records they are on. */
export const personPageSchema = z
  .discriminatedUnion('masked', [personFull.extend({ records: z.array(personRecordLink) }), personMasked.extend({ records: z.array(personRecordLink).max(0) })])
  .meta({ id: 'PersonPage' });

export const gdEntrySchema = z
  .strictObject({
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
    createdBy: z.string(),
    textWithheld: z.boolean().optional().meta({
      description: 'Names, phones or addresses of persons withheld from the caller were replaced in the text; absent on the answer to the writer of a new entry, who reads back their own text.',
    }),
  })
  .meta({ id: 'GdEntry' });

export const gdDaySchema = z.strictObject({ stationCode: z.string(), date: z.string(), entries: z.array(gdEntrySchema) }).meta({ id: 'GdDay' });

const placeSchema = z.strictObject({
  address: z.string(),
  beat: z.string().optional(),
  directionDistance: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});
export const vehicleSchema = z
  .strictObject({
    registration: z.string().optional(),
    engineNo: z.string().optional(),
    chassisNo: z.string().optional(),
    make: z.string().optional(),
    model: z.string().optional(),
    colour: z.string().optional(),
  })
  .meta({ id: 'Vehicle' });
export const mobilePhoneSchema = z
  .strictObject({ imei: z.string(), imei2: z.string().optional(), make: z.string().optional(), model: z.string().optional(), colour: z.string().optional() })
  .meta({ id: 'MobilePhone' });
const propertySchema = z.strictObject({
  description: z.string(),
  category: z.string().optional(),
  value: z.number().optional(),
  vehicle: vehicleSchema.optional(),
  mobilePhone: mobilePhoneSchema.optional(),
});
const unknownAccusedSchema = z.strictObject({ description: z.string() });
const origin = z.enum(['regular', 'zero', 'efir', 'transfer']);
const infoType = z.enum(['written', 'oral', 'electronic']);

export const firViewSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    year: z.number().int(),
    firNo: z.number().int(),
    station: namedUnit,
    district: namedUnit,
    registeredAt: z.string(),
    status: z.string(),
    origin,
    infoType,
    lawCode: z.string(),
    sensitive: z.boolean(),
    crimeHead: z.string().nullable(),
    maxYears: z.number().nullable(),
    principal: sectionRefSchema,
    sections: z.array(sectionRefSchema.extend({ title: z.string(), titleHi: z.string().nullable(), maxPunishment: z.string() })),
    gdEntry: z.strictObject({ id: z.string(), entryNo: z.number().int(), gdDate: z.string(), entryAt: z.string() }).nullable(),
    occurredFrom: z.string(),
    occurredTo: z.string().nullable(),
    infoReceivedAt: z.string(),
    place: placeSchema,
    complainant: personViewSchema.nullable(),
    accused: z.array(personViewSchema),
    unknownAccused: z.array(unknownAccusedSchema),
    victims: z.array(personViewSchema),
    witnesses: z.array(personViewSchema),
    properties: z.array(propertySchema),
    totalValue: z.number(),
    delayReasons: z.string().nullable(),
    briefFacts: z.string(),
    officerInCharge: officerRef.nullable(),
    io: officerRef.nullable(),
    version: z.number().int(),
    complaintId: z.string().nullable(),
    ncReport: z.strictObject({ id: z.string(), number: z.string() }).nullable().meta({ description: 'The non-cognizable report the FIR was registered from on the Magistrate’s order (BNSS 174(2))' }),
    zeroOfStation: z.string().nullable(),
    jurisdictionStationCode: z.string().nullable(),
    transferredToFir: z.string().nullable(),
    transferredToStation: z.string().nullable(),
    transferredFromFir: z.string().nullable(),
    efirSignedAt: z.string().nullable(),
    identitiesWithheld: z.boolean(),
    textWithheld: z.boolean().meta({ description: 'Names, phones or addresses of withheld persons were replaced in the brief facts and other free text.' }),
    clocks: z.array(clockStateSchema),
  })
  .meta({ id: 'Fir' });

export const firListItemSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    stationCode: z.string(),
    registeredAt: z.string(),
    occurredFrom: z.string(),
    status: z.string(),
    lawCode: z.string(),
    sections: z.array(sectionRefSchema),
    principal: sectionRefSchema,
    crimeHead: z.string().nullable(),
    sensitive: z.boolean(),
    complainantName: z.string().nullable().meta({ description: 'null when the complainant is withheld from the reader' }),
    place: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'FirListItem' });

/** A complaint as listed and as answered to a change: no complainant view, no audit entry. */
export const complaintTextSchema = z
  .strictObject({
    id: z.string(),
    ackNo: z.string(),
    stationCode: z.string(),
    receivedAt: z.string(),
    mode: z.string(),
    complainantId: z.string().nullable().meta({ description: 'null when the complainant is withheld from the reader' }),
    description: z.string(),
    place: z.string(),
    occurredFrom: z.string().nullable(),
    occurredTo: z.string().nullable(),
    sectionsAlleged: z.array(sectionRefSchema),
    maxYears: z.number().nullable(),
    sensitive: z.boolean().meta({ description: 'A section alleged is a sexual offence: the complainant is withheld from those who may not see them (BNS 72).' }),
    assignedTo: z.string().nullable(),
    assignedAt: z.string().nullable(),
    status: z.enum(['registered', 'under_enquiry', 'closed']),
    closure: z.enum(['disposed', 'non_cognizable', 'converted_to_fir']).nullable(),
    closureNote: z.string().nullable(),
    closedAt: z.string().nullable(),
    firId: z.string().nullable(),
    gdEntryId: z.string(),
    textWithheld: z.boolean().meta({ description: 'Names, phones or addresses of withheld persons were replaced in the description, place and closure note.' }),
  })
  .meta({ id: 'ComplaintSummary' });

/** One complaint read on its own: with the complainant (masked if withheld), the officer and the clocks. */
export const complaintSchema = complaintTextSchema
  .extend({ complainant: personViewSchema.nullable(), assignedOfficer: officerRef.nullable(), clocks: z.array(clockStateSchema) })
  .meta({ id: 'Complaint' });

/** A person on a version of an FIR: their id and role, or only the role when withheld from the reader. */
const versionPerson = z.union([z.strictObject({ personId: z.string(), role: personRole }), z.strictObject({ withheld: z.literal(true), role: personRole })]);

export const firVersionSchema = z
  .strictObject({
    version: z.number().int(),
    at: z.string(),
    author: z.string(),
    authorName: z.string().nullable(),
    reason: z.string(),
    content: z.strictObject({
      origin,
      infoType,
      occurredFrom: z.string(),
      occurredTo: z.string().nullable(),
      infoReceivedAt: z.string(),
      place: placeSchema,
      sections: z.array(sectionRefSchema),
      persons: z.array(versionPerson),
      unknownAccused: z.array(unknownAccusedSchema),
      properties: z.array(propertySchema),
      delayReasons: z.string().nullable(),
      briefFacts: z.string(),
      ioUserId: z.string().nullable(),
      officerInCharge: z.string(),
      jurisdictionStationCode: z.string().nullable(),
    }),
    textWithheld: z.boolean(),
  })
  .meta({ id: 'FirVersion' });

export const complaintListSchema = z.strictObject({ complaints: z.array(complaintTextSchema) });
export const complaintConvertedSchema = z.strictObject({ complaint: complaintTextSchema, fir: firViewSchema });
export const firListSchema = z.strictObject({ firs: z.array(firListItemSchema) });
export const firVersionsSchema = z.strictObject({ versions: z.array(firVersionSchema) });
export const firTransferredSchema = z.strictObject({ from: firViewSchema, to: firViewSchema.nullable() });
export const personMatchesSchema = z.strictObject({ matches: z.array(z.strictObject({ person: personPageSchema, reasons: z.array(z.string()) })) });

const dueClock = z.strictObject({ recordType: z.enum(['fir', 'complaint', 'unnatural_death', 'found_person']), recordId: z.string(), number: z.string(), clock: clockStateSchema });

/** An accused as the reader may see them: a protected person withheld from the reader has no identity. */
export const accusedPersonSchema = z.union([z.strictObject({ id: z.string(), name: z.string(), masked: z.literal(false) }), z.strictObject({ masked: z.literal(true) })]);

/** An accused on a dashboard list, with the clock that puts them there. */
const dueAccusedSchema = z.strictObject({ firId: z.string(), number: z.string(), accusedCode: z.string(), person: accusedPersonSchema, clock: clockStateSchema });

const stolenCounts = z.strictObject({ stolen: z.number().int(), recovered: z.number().int() });
export const dashboardSchema = z
  .strictObject({
    station: namedUnit,
    date: z.string(),
    gd: z.array(gdEntrySchema),
    complaints: z.strictObject({ new: z.number().int(), open: z.array(complaintTextSchema) }),
    firs: z.strictObject({ thisMonth: z.number().int(), recent: z.array(firListItemSchema) }),
    clocks: z.strictObject({ dueSoon: z.array(dueClock), overdue: z.array(dueClock) }),
    /** Seized items produced in court whose statement or disposal order (BNSS 497) is still awaited, soonest due first. */
    propertyStatementsDue: z.array(z.strictObject({ itemId: z.string(), number: z.string(), firId: z.string(), firNumber: z.string(), clock: clockStateSchema })),
    victimsToInform: z.array(dueClock).meta({ description: 'Cases whose informant or victim is to be told of the progress of the investigation (BNSS 193(3)(ii)), due soon or overdue' }),
    arrests: z.strictObject({
      toProduce: z.array(dueAccusedSchema).meta({ description: 'Arrested persons not yet produced before a Magistrate (BNSS 58), soonest due first' }),
      defaultBail: z.array(dueAccusedSchema).meta({ description: "Accused whose default bail (BNSS 187(3)) is within the clock's warning margin or passed" }),
    }),
    ncReports: ncDashboardSchema,
    missingPersons: z
      .strictObject({ open: z.number().int(), children: z.number().int() })
      .meta({ description: 'Missing-person reports of the station still open (missing), and how many of them are of children' }),
    stolenProperty: z
      .strictObject({ vehicles: stolenCounts, mobilePhones: stolenCounts })
      .meta({ description: 'Vehicles and mobile phones on the station’s stolen property register, still stolen or recovered' }),
    unnaturalDeaths: z
      .strictObject({
        unidentified: z.number().int(),
        inquestsDue: z.array(z.strictObject({ recordId: z.string(), number: z.string(), clock: clockStateSchema })),
      })
      .meta({ description: 'Bodies of the station not yet identified, and inquest reports not yet forwarded to the Magistrate (BNSS 194(2), 24 hours), soonest due first' }),
    foundProperty: z
      .strictObject({
        unclaimed: z.number().int(),
        claimPeriods: z.array(z.strictObject({ recordId: z.string(), number: z.string(), clock: clockStateSchema })),
      })
      .meta({
        description: 'Found property still in the station’s keeping, and the six-month claim periods running or ended since the Magistrate’s proclamation (BNSS 503(2), 504), soonest ending first',
      }),
    foundPersons: z
      .strictObject({
        open: z.number().int(),
        cwcDue: z.array(z.strictObject({ recordId: z.string(), number: z.string(), clock: clockStateSchema })),
      })
      .meta({
        description:
          'Found persons of the station not yet restored to their family, and found children not yet produced before the Child Welfare Committee (JJ Act s. 31, 24 hours), soonest due first',
      }),
  })
  .meta({ id: 'Dashboard' });

export const fileStoredSchema = z.strictObject({ sha256: z.string(), mime: z.string(), size: z.number().int() }).meta({ id: 'FileStored' });

export const verificationSchema = z
  .strictObject({
    valid: z.literal(true),
    /** Which document the code was printed on: fir-copy, iif5-final-report, iif4-seizure, … */
    document: z.string(),
    number: z.string(),
    station: z.string(),
    registeredAt: z.string(),
    version: z.number().int(),
    currentVersion: z.number().int(),
  })
  .meta({ id: 'Verification' });

export const idParam = z.strictObject({ id: z.uuid({ error: 'is not a valid id' }) });
