// The server's answers and request bodies as its zod schemas define them (src/api/schemas/*,
// src/domain/schemas/*): the one contract, checked against every answer in the tests
// (validateResponses). Type-only imports: nothing of the server reaches the bundle. Answers are
// z.output (what arrives as JSON); request bodies z.input (what may be sent: defaults optional).
import type { z } from 'zod';
import type { alertListSchema, alertSchema } from '../../src/api/schemas/alert.ts';
import type { accusedSchema, arrestedListSchema } from '../../src/api/schemas/arrests.ts';
import type { auditEntrySchema } from '../../src/api/schemas/audit.ts';
import type { propertyItemChainSchema, propertyRegisterSchema, seizureSchema } from '../../src/api/schemas/property.ts';
import type { foundPropertyListSchema, foundPropertySchema, lostConvertedSchema, lostReportListSchema, lostReportSchema } from '../../src/api/schemas/lost-property.ts';
import type { foundClaimInput, foundDisposalInput, foundPropertyInput, foundReportInput, lostReportConversion, lostReportInput } from '../../src/domain/schemas/lost-property.ts';
import type { caseDiarySchema, caseFileSchema, caseTransferredSchema, diaryEntrySchema, finalReportSchema, similarCasesSchema } from '../../src/api/schemas/cases.ts';
import type { investigationCodesSchema } from '../../src/api/schemas/investigation.ts';
import type { lawCorrectionBody, lawSearchHitSchema, lawSectionSchema, lawVersionSchema } from '../../src/api/schemas/law.ts';
import type {
  clockStateSchema,
  complaintSchema,
  complaintTextSchema,
  dashboardSchema,
  fileStoredSchema,
  firListItemSchema,
  firVersionSchema,
  firViewSchema,
  gdEntrySchema,
  personMatchesSchema,
  personPageSchema,
  personViewSchema,
  sectionRefSchema,
  vehicleSchema,
} from '../../src/api/schemas/records.ts';
import type {
  accusedSearchAnswer,
  elsewhereSchema,
  firHitSchema,
  personHitSchema,
  phoneHitSchema,
  propertySearchAnswer,
  samePersonMarkSchema,
  vehicleHitSchema,
} from '../../src/api/schemas/search.ts';
import type { enrolmentSchema, meSchema, sessionSchema, stageAnswer, stageSchema } from '../../src/api/schemas/session.ts';
import type { nodeAdded, nodeHealthSchema, nodeListSchema, roundSchema, syncStatusSchema, thisNodeSchema } from '../../src/api/schemas/sync.ts';
import type { unitRegisterCountsSchema, unitSchema } from '../../src/api/schemas/unit.ts';
import type { ncConvertedSchema, ncDiarySchema, ncReportListSchema, ncReportSchema } from '../../src/api/schemas/nc-reports.ts';
import type { missingPersonListSchema, missingPersonSchema } from '../../src/api/schemas/missing-persons.ts';
import type { unnaturalDeathListSchema, unnaturalDeathSchema } from '../../src/api/schemas/unnatural-deaths.ts';
import type { foundPersonListSchema, foundPersonSchema } from '../../src/api/schemas/found-persons.ts';
import type { foundOutcomeInput, foundPersonInput, foundPlacementInput } from '../../src/domain/schemas/found-person.ts';
import type { stolenCheckSchema, stolenRegisterSchema } from '../../src/api/schemas/stolen-property.ts';
import type { ncConversion, ncDiaryForward, ncReportInput } from '../../src/domain/schemas/nc-report.ts';
import type { missingPersonInput, missingStatusChange } from '../../src/domain/schemas/missing-person.ts';
import type { identifyInput, inquestInput, postMortemInput, unnaturalDeathInput } from '../../src/domain/schemas/unnatural-death.ts';
import type { personDescription } from '../../src/domain/schemas/description.ts';
import type { createUserBody, oneUserSchema, roleListSchema, userSchema, userWithPassword } from '../../src/api/schemas/user.ts';
import type { problemSchema } from '../../src/api/problem.ts';
import type { alertInput } from '../../src/domain/schemas/alert.ts';
import type { abscondingInput, arrestInput, custodyOrderInput, productionInput } from '../../src/domain/schemas/arrest.ts';
import type { diaryEntryInput } from '../../src/domain/schemas/case.ts';
import type { custodyPartyInput, propertyCourtStepInput, propertyMoveInput, seizureInput } from '../../src/domain/schemas/property.ts';
import type {
  appealInput,
  courtCaseInput,
  crimeDetailsInput,
  disposalInput,
  finalReportInput,
  finalReportReviewInput,
  forensicVisitInput,
  hearingInput,
  victimProgressInput,
} from '../../src/domain/schemas/final-report.ts';
import type { complaintInput } from '../../src/domain/schemas/complaint.ts';
import type { complaintConversion, firAmendment, firInput } from '../../src/domain/schemas/fir.ts';
import type { gdEntryInput } from '../../src/domain/schemas/gd.ts';
import type { personInput, personOnRecord } from '../../src/domain/schemas/person.ts';
import type { personSearchQuery } from '../../src/search/person-query.ts';
import type { accusedSearchQuery, firSearchQuery, propertySearchQuery } from '../../src/search/schemas.ts';

type Out<S extends z.ZodType> = z.output<S>;
type In<S extends z.ZodType> = z.input<S>;

// Errors (problem+json).
export type FieldError = NonNullable<Out<typeof problemSchema>['errors']>[number];

// Sign-in and the session.
export type Stage = Out<typeof stageSchema>;
export type SessionInfo = Out<typeof sessionSchema>;
export type SessionUser = Out<typeof meSchema>;
export type Language = SessionUser['language'];
export type Unit = SessionUser['unit'];
export type SessionNode = SessionInfo['node'];
export type Enrolment = Out<typeof enrolmentSchema>;
export type StageAnswer = Out<typeof stageAnswer>;

// Units, users, audit.
export type UnitNode = Out<typeof unitSchema>;
export type UnitRegisterCounts = Out<typeof unitRegisterCountsSchema>;
export type RegisterCounts = UnitRegisterCounts['totals'];
export type UserRow = Out<typeof userSchema>;
export type Role = Out<typeof roleListSchema>['roles'][number];
export type NewUser = In<typeof createUserBody>;
export type OneUser = Out<typeof oneUserSchema>;
export type UserWithPassword = Out<typeof userWithPassword>;
export type AuditEntry = Out<typeof auditEntrySchema>;

// The law catalogue.
export type LawSection = Out<typeof lawSectionSchema>;
export type LawSearchResult = Out<typeof lawSearchHitSchema>;
export type LawSectionVersion = Out<typeof lawVersionSchema>;
export type LawCorrection = In<typeof lawCorrectionBody>;
export type LawSectionChanges = LawCorrection['changes'];
export type TriState = LawSection['cognizable'];

// Persons.
export type PersonInput = In<typeof personInput>;
export type PersonOnRecord = In<typeof personOnRecord>;
export type Address = NonNullable<PersonInput['addresses']>[number];
export type IdDocument = NonNullable<PersonInput['idDocuments']>[number];
export type PersonView = Out<typeof personViewSchema>;
export type PersonFull = Extract<PersonView, { masked: false }>;
export type PersonMasked = Extract<PersonView, { masked: true }>;
export type PersonPage = Out<typeof personPageSchema>;
export type PersonRecordLink = PersonPage['records'][number];
export type PersonMatch = Out<typeof personMatchesSchema>['matches'][number];
export type SamePersonMark = Out<typeof samePersonMarkSchema>;

// Records.
export type SectionRef = Out<typeof sectionRefSchema>;
export type ClockState = Out<typeof clockStateSchema>;
export type ClockStatus = ClockState['status'];
export type Complaint = Out<typeof complaintSchema>;
export type ComplaintSummary = Out<typeof complaintTextSchema>;
export type ComplaintInput = In<typeof complaintInput>;
export type FirInput = In<typeof firInput>;
export type ComplaintConversion = In<typeof complaintConversion>;
export type FirAmendment = In<typeof firAmendment>;
export type Fir = Out<typeof firViewSchema>;
export type NamedUnit = Fir['station'];
export type OfficerRef = NonNullable<Fir['io']>;
export type FirSection = Fir['sections'][number];
export type Place = Fir['place'];
export type Property = Fir['properties'][number];
export type Vehicle = Out<typeof vehicleSchema>;
export type FirListItem = Out<typeof firListItemSchema>;
export type FirVersion = Out<typeof firVersionSchema>;
export type GdEntry = Out<typeof gdEntrySchema>;
export type GdEntryInput = In<typeof gdEntryInput>;
export type Dashboard = Out<typeof dashboardSchema>;
export type ClockItem = Dashboard['clocks']['dueSoon'][number];
export type FileStored = Out<typeof fileStoredSchema>;

// The case file.
export type CaseFile = Out<typeof caseFileSchema>;
export type TimelineItem = CaseFile['timeline'][number];
export type CaseTransferred = Out<typeof caseTransferredSchema>;
export type CaseDiary = Out<typeof caseDiarySchema>;
export type DiaryEntry = Out<typeof diaryEntrySchema>;
export type DiaryEntryInput = In<typeof diaryEntryInput>;

// Seizures and the property room.
export type Seizure = Out<typeof seizureSchema>;
export type SeizureInput = In<typeof seizureInput>;
export type SeizedItemInput = SeizureInput['items'][number];
export type SeizureWitnessInput = SeizureInput['witnesses'][number];
export type CustodyPartyInput = In<typeof custodyPartyInput>;
export type PropertyItem = CaseFile['property'][number];
export type PropertyItemChain = Out<typeof propertyItemChainSchema>;
export type CustodyMove = PropertyItemChain['chain'][number];
export type CustodyParty = CustodyMove['handedBy'];
export type PropertyMoveInput = In<typeof propertyMoveInput>;
export type PropertyCourtStepInput = In<typeof propertyCourtStepInput>;
export type PropertyRegister = Out<typeof propertyRegisterSchema>;
export type PropertyStatementDue = Dashboard['propertyStatementsDue'][number];

// Arrests and custody.
export type Accused = Out<typeof accusedSchema>;
export type ArrestedPersons = Out<typeof arrestedListSchema>;
export type ArrestedPersonRow = ArrestedPersons['persons'][number];
export type AccusedArrest = Accused['arrests'][number];
export type ArrestInput = In<typeof arrestInput>;
export type ProductionInput = In<typeof productionInput>;
export type CustodyOrderInput = In<typeof custodyOrderInput>;
export type AbscondingInput = In<typeof abscondingInput>;
export type AccusedDue = Dashboard['arrests']['toProduce'][number];

// Search.
export type Elsewhere = Out<typeof elsewhereSchema>;
export type PersonHit = Out<typeof personHitSchema>;
export type VehicleHit = Out<typeof vehicleHitSchema>;
export type PhoneHit = Out<typeof phoneHitSchema>;
export type FirHit = Out<typeof firHitSchema>;
/** A search's query as the form holds it: the query schema's fields, as text. */
type AsText<Q> = { [K in keyof Q]?: string };
export type PersonFilters = AsText<In<typeof personSearchQuery>> & { q: string };
export type FirFilters = AsText<In<typeof firSearchQuery>>;
export type AccusedSearch = Out<typeof accusedSearchAnswer>;
export type AccusedHit = AccusedSearch['results'][number];
export type AccusedFilters = AsText<In<typeof accusedSearchQuery>>;
export type PropertySearch = Out<typeof propertySearchAnswer>;
export type PropertyFilters = AsText<In<typeof propertySearchQuery>>;

// Sync and alerts.
export type SyncStatus = Out<typeof syncStatusSchema>;
export type ThisNode = Out<typeof thisNodeSchema>;
export type RoundAnswer = Out<typeof roundSchema>;
export type RoundReport = NonNullable<RoundAnswer['report']>;
export type NodeHealth = Out<typeof nodeHealthSchema>;
export type NodeList = Out<typeof nodeListSchema>;
export type NodeAdded = Out<typeof nodeAdded>;
export type Alert = Out<typeof alertSchema>;
export type AlertList = Out<typeof alertListSchema>;
export type AlertInput = In<typeof alertInput>;

// The end of the investigation and the court (IIF-2, IIF-5 … IIF-7).
export type InvestigationCodes = Out<typeof investigationCodesSchema>;
export type CodeLabel = InvestigationCodes['placeTypes'][number];
export type CourtOption = InvestigationCodes['courts'][number];
export type SimilarCases = Out<typeof similarCasesSchema>;
export type FinalReport = Out<typeof finalReportSchema>;
export type CasePerson = FinalReport['witnesses'][number];
export type CrimeDetailsInput = In<typeof crimeDetailsInput>;
export type FinalReportInput = In<typeof finalReportInput>;
export type FinalReportReviewInput = In<typeof finalReportReviewInput>;
export type VictimProgressInput = In<typeof victimProgressInput>;
export type ForensicVisitInput = In<typeof forensicVisitInput>;
export type CourtCaseInput = In<typeof courtCaseInput>;
export type HearingInput = In<typeof hearingInput>;
export type DisposalInput = In<typeof disposalInput>;
export type AppealInput = In<typeof appealInput>;

// The station's other registers (issue 14): NC reports, missing persons, unnatural deaths, stolen property.
export type NcReport = Out<typeof ncReportSchema>;
export type NcReportList = Out<typeof ncReportListSchema>;
export type NcReportRow = NcReportList['reports'][number];
export type NcReportInput = In<typeof ncReportInput>;
export type NcConversion = In<typeof ncConversion>;
export type NcConverted = Out<typeof ncConvertedSchema>;
export type NcDiary = Out<typeof ncDiarySchema>;
export type NcDiaryForward = In<typeof ncDiaryForward>;
export type PersonDescriptionInput = In<typeof personDescription>;
export type MissingPerson = Out<typeof missingPersonSchema>;
export type MissingPersonList = Out<typeof missingPersonListSchema>;
export type MissingPersonInput = In<typeof missingPersonInput>;
export type MissingIdentityInput = MissingPersonInput['person'];
export type MissingStatusChange = In<typeof missingStatusChange>;
export type Description = MissingPerson['description'];
export type UnnaturalDeath = Out<typeof unnaturalDeathSchema>;
export type UnnaturalDeathList = Out<typeof unnaturalDeathListSchema>;
export type UnnaturalDeathInput = In<typeof unnaturalDeathInput>;
export type InquestInput = In<typeof inquestInput>;
export type PostMortemInput = In<typeof postMortemInput>;
export type IdentifyInput = In<typeof identifyInput>;
export type FoundPerson = Out<typeof foundPersonSchema>;
export type FoundPersonList = Out<typeof foundPersonListSchema>;
export type FoundPersonInput = In<typeof foundPersonInput>;
export type FoundPlacementInput = In<typeof foundPlacementInput>;
export type FoundOutcomeInput = In<typeof foundOutcomeInput>;
export type StolenCheck = Out<typeof stolenCheckSchema>;
export type StolenRegister = Out<typeof stolenRegisterSchema>;
export type StolenArticle = StolenRegister['items'][number];
// Lost article reports and found / unclaimed property.
export type LostReport = Out<typeof lostReportSchema>;
export type LostReportList = Out<typeof lostReportListSchema>;
export type LostReportInput = In<typeof lostReportInput>;
export type LostReportConversion = In<typeof lostReportConversion>;
export type LostConverted = Out<typeof lostConvertedSchema>;
export type FoundProperty = Out<typeof foundPropertySchema>;
export type FoundPropertyList = Out<typeof foundPropertyListSchema>;
export type FoundPropertyInput = In<typeof foundPropertyInput>;
export type FoundReportInput = In<typeof foundReportInput>;
export type FoundClaimInput = In<typeof foundClaimInput>;
export type FoundDisposalInput = In<typeof foundDisposalInput>;
