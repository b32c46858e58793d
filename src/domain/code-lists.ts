/**
 * Closed code lists that records, their events and the API share. They sit in domain/, the lowest
 * layer, so that the request schemas (domain/schemas), the event catalogue (events/) and the web app
 * take them from one place. A change here is a change of the event contract: a value may be added,
 * never removed or renamed (logs written with it must still validate).
 */

/** How a person figures on a record. */
export const PERSON_ROLES = ['complainant', 'accused', 'victim', 'witness'] as const;
export const GENDERS = ['male', 'female', 'transgender', 'unknown'] as const;

/** Kinds of alert or lookout notice. */
export const ALERT_KINDS = ['missing_person', 'wanted_person', 'stolen_vehicle', 'unidentified_body', 'general'] as const;

/** Kinds of General Diary entry. */
export const GD_KINDS = [
  'complaint_registered',
  'fir_registered',
  'fir_received_on_transfer',
  'fir_transferred',
  'departure',
  'arrival',
  'arrest',
  'seizure',
  'information',
  'general',
  'correction',
  'nc_registered',
  'nc_diary_forwarded',
  'missing_person_reported',
  'missing_person_status',
  'unnatural_death_registered',
  'inquest_recorded',
  'post_mortem_recorded',
  'unnatural_death_identified',
  'lost_article_reported',
  'lost_report_converted',
  'found_property_registered',
  'found_property_reported',
  'found_property_returned',
  'found_property_disposed',
  'found_person_registered',
  'found_person_placed',
  'found_person_outcome',
] as const;

/** A person's build and complexion, as the NCRB's missing-person and unidentified-body forms record them. */
export const BUILDS = ['thin', 'medium', 'stout', 'fat', 'athletic'] as const;
export const COMPLEXIONS = ['very_fair', 'fair', 'wheatish', 'dark', 'very_dark'] as const;

/** Where a missing person's report stands: traced (found alive), returned (to the family), found dead. */
export const MISSING_STATUSES = ['missing', 'traced', 'returned', 'found_dead'] as const;

/** Where an unnatural-death / unidentified-body register entry stands: the body not yet identified, or identified. */
export const UD_STATUSES = ['unidentified', 'identified'] as const;

/** Where a found person's entry stands: found (identity or family unknown), identified, restored to the family. */
export const FOUND_STATUSES = ['found', 'identified', 'restored'] as const;

/** Where a found person is placed: with the family, in a shelter or home, in hospital, before the Child Welfare Committee (a child, JJ Act s. 31). */
export const FOUND_PLACEMENTS = ['family', 'shelter', 'hospital', 'cwc'] as const;

/** The Magistrates an inquest report is forwarded to (BNSS 194(2)). */
export const INQUEST_MAGISTRATES = ['district_magistrate', 'sub_divisional_magistrate'] as const;
