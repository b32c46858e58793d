// Codes the station-record forms offer, as the server accepts them. The server's own lists are
// zod schemas (src/domain/schemas/*.ts) that would pull zod into the page, so the choices are
// listed here and test/unit/i18n.test.ts checks that each list equals the server's, and that
// every code has a translation.

/** Person: src/domain/schemas/person.ts GENDERS. */
export const GENDERS = ['male', 'female', 'transgender', 'unknown'] as const;
/** Person: relativeKind. */
export const RELATIVE_KINDS = ['father', 'husband', 'mother', 'guardian'] as const;
/** Person: idDocuments[].kind. */
export const ID_KINDS = ['aadhaar', 'voter_id', 'pan', 'passport', 'driving_licence', 'other'] as const;
/** Complaint: mode. */
export const COMPLAINT_MODES = ['walk_in', 'online', 'control_room', 'post'] as const;
/** Complaint: status (list filter). */
export const COMPLAINT_STATUSES = ['registered', 'under_enquiry', 'closed'] as const;
/** Complaint: closure an officer may choose (POST /complaints/:id/close). */
export const CLOSURE_CHOICES = ['disposed', 'non_cognizable'] as const;
/** Complaint: every closure a complaint may show (src/records/complaints.ts Closure). */
export const CLOSURES = ['disposed', 'non_cognizable', 'converted_to_fir'] as const;
/** FIR: origin chosen at registration (firInput.origin). */
export const FIR_ORIGINS = ['regular', 'zero', 'efir'] as const;
/** FIR: every origin an FIR may show (src/records/firs.ts FirContent.origin). */
export const FIR_ORIGINS_ALL = ['regular', 'zero', 'efir', 'transfer'] as const;
/** FIR: type of information (firInput.infoType). */
export const INFO_TYPES = ['written', 'oral', 'electronic'] as const;
/** FIR: statuses (src/records/firs.ts: registration, e-FIR signature, transfer). */
export const FIR_STATUSES = ['registered', 'awaiting_signature', 'transferred', 'charge_sheeted', 'closed'] as const;
/** General Diary: kinds an officer writes by hand (gdEntryInput.kind). */
export const GD_MANUAL_KINDS = ['departure', 'arrival', 'arrest', 'seizure', 'information', 'general'] as const;
/** Roles of persons on a record (src/domain/schemas/person.ts PERSON_ROLES). */
export const PERSON_ROLES = ['complainant', 'accused', 'victim', 'witness'] as const;
/** Law catalogue: cognizable / bailable (src/domain/law.ts TriState). */
export const TRI_STATES = ['yes', 'no', 'depends', 'unknown'] as const;
/** Alerts: kind (src/domain/schemas/alert.ts ALERT_KINDS). */
export const ALERT_KINDS = ['missing_person', 'wanted_person', 'stolen_vehicle', 'unidentified_body', 'general'] as const;
/** Alerts: status (src/records/alerts.ts Alert.status; no list exported). */
export const ALERT_STATUSES = ['active', 'withdrawn', 'expired'] as const;
/** Sync: this node's link to the one above (src/sync/downstream.ts LinkState; no list exported). */
export const LINK_STATES = ['not-enrolled', 'never-synced', 'online', 'offline', 'refused'] as const;
/** Sync: a node below this one (src/sync/node-registry.ts NodeHealth.status; no list exported). */
export const NODE_STATUSES = ['pending', 'active', 'revoked'] as const;
/** Property categories offered in the FIR form (free text on the server). */
export const PROPERTY_CATEGORIES = ['vehicle', 'mobile_phone', 'cash', 'jewellery', 'documents', 'livestock', 'electronics', 'other'] as const;
/** Seizure memo: item categories (reference/law/seizure-codes.json itemCategories). */
export const SEIZURE_CATEGORIES = ['cash', 'jewellery', 'vehicle', 'mobile_phone', 'electronic_device', 'document', 'weapon', 'narcotics', 'liquor', 'clothing', 'biological', 'other'] as const;
/** Seizure memo: the categories whose items are electronic devices (make, model, IMEI, extracted data). */
export const ELECTRONIC_CATEGORIES = ['mobile_phone', 'electronic_device'] as const;
/** Property room: where an item may be (reference/law/investigation-codes.json custodyPlaces). */
export const CUSTODY_PLACES = ['malkhana', 'fsl', 'court', 'owner', 'disposed'] as const;
/** Property room: the movements an officer records (custodyMoves, less the deposit the seizure makes). */
export const CUSTODY_MOVES = ['sent_to_fsl', 'sent_to_court', 'returned_to_malkhana', 'transferred_to_unit', 'returned_to_owner', 'disposed_by_court_order'] as const;
/** Property room: the movements that name where the item goes (custodyMoves needsDestination). */
export const CUSTODY_MOVES_WITH_DESTINATION = ['sent_to_fsl', 'sent_to_court', 'returned_to_owner'] as const;
/** Property room: the movements made under a court order (custodyMoves needsOrder). */
export const CUSTODY_MOVES_WITH_ORDER = ['returned_to_owner', 'disposed_by_court_order'] as const;
/** Property room: the court's steps on produced property (src/domain/seizure-rules.ts COURT_STEPS). */
export const COURT_STEPS = ['statement_prepared', 'disposal_ordered'] as const;
/** Arrests: where an accused stands (src/domain/accused-custody.ts ACCUSED_STATUSES). */
export const ACCUSED_STATUSES = ['not_arrested', 'arrested', 'police_custody', 'judicial_custody', 'on_bail', 'absconding'] as const;
/** Arrest memo: the outcomes of an arrest (reference/law/investigation-codes.json arrestOutcomes, arrest). */
export const ARREST_OUTCOMES = ['arrested_sent_up', 'arrested_bailed'] as const;
/** Arrest memo: the outcomes of a surrender in court (arrestOutcomes, not arrest). */
export const SURRENDER_OUTCOMES = ['surrendered_bailed', 'surrendered_judicial_custody', 'surrendered_police_custody'] as const;
/** Arrest memo: the outcomes that give police custody for a term (arrestOutcomes custody police). */
export const SURRENDER_TO_POLICE_CUSTODY = ['surrendered_police_custody'] as const;
/** Custody ledger: police custody, judicial custody, bail (custodyKinds). */
export const CUSTODY_KINDS = ['police', 'judicial', 'bail'] as const;
/** Arrest memo: the categories for which handcuffs may be used (BNSS 43(3), handcuffCategories). */
export const HANDCUFF_CATEGORIES = [
  'habitual_or_repeat_offender',
  'escaped_from_custody',
  'organised_crime',
  'terrorist_act',
  'drug_related',
  'illegal_arms',
  'murder',
  'rape',
  'acid_attack',
  'counterfeiting',
  'human_trafficking',
  'sexual_offence_against_children',
  'offence_against_state',
] as const;
/** Arrest memo: who was told of the arrest (BNSS 36, 48, informedRelationships). */
export const INFORMED_RELATIONSHIPS = ['spouse', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'guardian', 'other_relative', 'friend', 'advocate', 'employer', 'other_nominee'] as const;
/** Arrest memo: the rank of the officer permitting an arrest under BNSS 35(7) (policeRanks). */
export const POLICE_RANKS = ['constable', 'head_constable', 'asi', 'si', 'inspector', 'dsp', 'addl_sp', 'sp', 'dig', 'ig', 'adgp', 'dgp'] as const;

/** Description of a missing person or a body (src/domain/code-lists.ts BUILDS). */
export const BUILDS = ['thin', 'medium', 'stout', 'fat', 'athletic'] as const;
/** Description: complexion (src/domain/code-lists.ts COMPLEXIONS). */
export const COMPLEXIONS = ['very_fair', 'fair', 'wheatish', 'dark', 'very_dark'] as const;
/** Missing persons: status (src/domain/code-lists.ts MISSING_STATUSES). */
export const MISSING_STATUSES = ['missing', 'traced', 'returned', 'found_dead'] as const;
/** Unnatural deaths: status (src/domain/code-lists.ts UD_STATUSES). */
export const UD_STATUSES = ['unidentified', 'identified'] as const;
/** Unnatural deaths: the Magistrate the inquest report goes to (src/domain/code-lists.ts INQUEST_MAGISTRATES). */
export const INQUEST_MAGISTRATES = ['district_magistrate', 'sub_divisional_magistrate'] as const;

export type Gender = (typeof GENDERS)[number];
export type RelativeKind = (typeof RELATIVE_KINDS)[number];
export type IdKind = (typeof ID_KINDS)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type LinkState = (typeof LINK_STATES)[number];
export type NodeStatus = (typeof NODE_STATUSES)[number];

/** The code if it is one of the list (a form's <select> holds a string). */
export function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The kinds of lost or found article (reference/law/lost-property.json's articleKinds; test/unit/i18n.test.ts keeps them equal). */
export const ARTICLE_KINDS = ['mobile_phone', 'document', 'vehicle_papers', 'vehicle', 'jewellery', 'cash', 'bag', 'other'] as const;
