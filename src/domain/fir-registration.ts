import { penalCodeFor, type LawSection, type SectionRef } from './law.js';
import { principalOffence } from './law-catalogue-rules.js';
import { occurrenceTimeProblems } from './occurrence-times.js';
import { istYear } from './ist.js';
import type { FirContent, FirInput } from './schemas/fir.js';
import type { PersonOnRecord, PersonRole } from './schemas/person.js';

/** A field the rule refuses and why, as the 400 answer names it. */
export interface FieldError {
  path: string;
  message: string;
}

/** What registration and amendments derive from the sections; stored for lists and clocks. */
export interface FirDerived {
  lawCode: string;
  principal: SectionRef;
  crimeHead: string | null;
  maxYears: number | null;
  sensitive: boolean;
}

/** The sections checked against the catalogue and the occurrence date: the problems, or what they yield. */
export type SectionsResolved = { problems: FieldError[]; derived: null } | { problems: []; derived: FirDerived };

/**
 * Sections of an FIR, as found in the law catalogue (`found[i]` for `refs[i]`, null if absent):
 * each listed once, each in the catalogue, and of the penal code in force when the offence
 * occurred (BNS from 1 July 2024, IPC before).
 */
export function resolveSections(refs: readonly SectionRef[], found: readonly (LawSection | null)[], occurredFrom: Date, path = 'sections'): SectionsResolved {
  const code = penalCodeFor(occurredFrom);
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    const s = found[i] ?? null;
    const key = `${ref.act} ${ref.section}`;
    if (seen.has(key)) problems.push({ path: `${path}.${i}`, message: `${key} is listed twice` });
    seen.add(key);
    if (!s) {
      problems.push({ path: `${path}.${i}`, message: `${key} is not in the law catalogue` });
      return;
    }
    if ((s.act === 'BNS' || s.act === 'IPC') && s.act !== code) {
      const alt = s.equivalents.filter((x) => x.act === code).map((x) => `${x.act} ${x.section}`);
      const when = code === 'BNS' ? 'on or after 1 July 2024' : 'before 1 July 2024';
      problems.push({
        path: `${path}.${i}`,
        message: `${key} does not apply: the offence occurred ${when}, so the ${code} applies${alt.length ? ` (use ${alt.join(' or ')})` : ''}`,
      });
    }
  });
  if (problems.length) return { problems, derived: null };
  const sections = found as readonly LawSection[];
  const principal = principalOffence(sections);
  return {
    problems: [],
    derived: {
      lawCode: code,
      principal: { act: principal.act, section: principal.section },
      crimeHead: principal.crimeHead,
      maxYears: principal.maxYears,
      sensitive: sections.some((s) => s.sensitive),
    },
  };
}

/** The message when the registering officer may not name the IO. */
export const IO_ASSIGNED_BY_SHO = 'is named by the SHO: leave it empty, and the SHO assigns the investigating officer on the case file';

/** The message for an IO the policy does not let investigate at the station. */
export const IO_NOT_ELIGIBLE = 'must be an active investigating officer or SHO of this station';

/**
 * What a registration learns from the modules around it before it writes, each asked once. The
 * rule decides from these alone.
 */
export interface FirRegistrationFacts {
  /** The registering station, already authorised. */
  stationCode: string;
  /** What record access found wrong with the persons and photos the body links. */
  linkProblems: FieldError[];
  /** The catalogue's entry for each of input.sections, in order (null: not in the catalogue). */
  sections: readonly (LawSection | null)[];
  /** The policy's answer whether the IO named may investigate at the station (null: none named). */
  ioMayInvestigate: boolean | null;
  /** Whether the registering officer may name the IO (the SHO: the policy's case.assign). */
  mayAssignIo: boolean;
  /** The unit named as a zero FIR's jurisdiction (null: none named, or no such unit). */
  jurisdiction: { kind: string } | null;
  /** The GD entry named as recording the information (null: none named, or no such entry). */
  gdEntry: { stationCode: string; entryAt: string; entryNo: number; gdDate: string } | null;
}

export type FirRegistrationRuling = { problems: FieldError[]; derived: null } | { problems: []; derived: FirDerived; registeredAt: Date };

/**
 * Whether an FIR may be registered as entered, and what it derives. The problems come in the
 * order registration has always reported them: the form's own consistency first (times, origin),
 * then the sections, the IO, the links, the zero FIR's station and the GD entry — the first group
 * with a problem is the answer.
 */
export function firRegistration(input: FirInput, facts: FirRegistrationFacts, now: Date): FirRegistrationRuling {
  const registeredAt = input.registeredAt ? new Date(input.registeredAt) : now;
  const form: FieldError[] = [];
  if (input.registeredAt && !input.gdEntryId) form.push({ path: 'gdEntryId', message: 'a registration time in the past needs the GD entry that recorded the information' });
  form.push(...occurrenceTimeProblems(input, { at: registeredAt, path: input.registeredAt ? 'registeredAt' : undefined, what: 'the registration time' }, now));
  if (input.origin === 'efir' && input.infoType !== 'electronic') form.push({ path: 'infoType', message: 'an e-FIR is information received electronically' });
  if (input.origin !== 'zero' && input.jurisdictionStationCode) form.push({ path: 'jurisdictionStationCode', message: 'only a zero FIR names another station' });
  if (form.length) return { problems: form, derived: null };

  const sections = resolveSections(input.sections, facts.sections, new Date(input.occurredFrom));
  if (!sections.derived) return sections;
  if (input.ioUserId && !facts.mayAssignIo) return { problems: [{ path: 'ioUserId', message: IO_ASSIGNED_BY_SHO }], derived: null };
  if (input.ioUserId && !facts.ioMayInvestigate) return { problems: [{ path: 'ioUserId', message: IO_NOT_ELIGIBLE }], derived: null };
  if (facts.linkProblems.length) return { problems: facts.linkProblems, derived: null };
  if (input.jurisdictionStationCode && facts.jurisdiction?.kind !== 'police_station') {
    return { problems: [{ path: 'jurisdictionStationCode', message: `${input.jurisdictionStationCode} is not a police station` }], derived: null };
  }
  const gd = facts.gdEntry;
  if (input.gdEntryId && (!gd || gd.stationCode !== facts.stationCode)) return { problems: [{ path: 'gdEntryId', message: 'is not a GD entry of this station' }], derived: null };
  if (gd && Date.parse(gd.entryAt) > registeredAt.getTime()) {
    return { problems: [{ path: 'registeredAt', message: `the FIR cannot be registered before its GD entry (No. ${gd.entryNo} of ${gd.gdDate})` }], derived: null };
  }
  return { problems: [], derived: sections.derived, registeredAt };
}

/** The persons of an IIF-1 body with their roles and where each is in the body. */
export function personEntries(input: Pick<FirInput, 'complainant' | 'accused' | 'victims' | 'witnesses'>): { p: PersonOnRecord; role: PersonRole; path: string }[] {
  return [
    { p: input.complainant, role: 'complainant', path: 'complainant' },
    ...input.accused.map((p, i) => ({ p, role: 'accused' as const, path: `accused.${i}` })),
    ...input.victims.map((p, i) => ({ p, role: 'victim' as const, path: `victims.${i}` })),
    ...input.witnesses.map((p, i) => ({ p, role: 'witness' as const, path: `witnesses.${i}` })),
  ];
}

/** What a body links by id, and the photos its new persons name: what record access checks. */
export function linksOf(entries: readonly { p: PersonOnRecord; path: string }[]): RecordLinks {
  return {
    persons: entries.flatMap(({ p, path }) => ('personId' in p ? [{ id: p.personId, path: `${path}.personId` }] : [])),
    photos: entries.flatMap(({ p, path }) => ('person' in p && p.person.photoSha256 ? [{ sha256: p.person.photoSha256, path: `${path}.person.photoSha256` }] : [])),
  };
}

export interface RecordLinks {
  persons: { id: string; path: string }[];
  photos?: { sha256: string; path: string }[];
}

/** The persons of the FIR's content: each person once per role, new ones by the ids they were given. */
export function firPersons(entries: readonly { p: PersonOnRecord; role: PersonRole }[], createdIds: readonly string[]): FirContent['persons'] {
  let next = 0;
  const out: FirContent['persons'] = [];
  for (const e of entries) {
    const personId = 'personId' in e.p ? e.p.personId : createdIds[next++]!;
    if (!out.some((x) => x.personId === personId && x.role === e.role)) out.push({ personId, role: e.role });
  }
  return out;
}

/** The district in a unit path /IN/MH/MH-PUN/…: the third segment. */
export function districtOf(path: string): string {
  return path.split('/').filter(Boolean)[2] ?? '';
}

/** The payload of `fir.registered`: the event every node projects an FIR from. */
export interface FirRegisteredPayload extends FirDerived {
  id: string;
  stationCode: string;
  districtCode: string;
  year: number;
  firNo: number;
  registeredAt: string;
  gdEntryId: string;
  status: 'registered' | 'awaiting_signature';
  complaintId: string | null;
  zeroOfStation: string | null;
  transferredFromFir: string | null;
  content: FirContent;
}

/** The GD entry registration writes when no earlier entry recorded the information. */
export function firRegisteredGdText(number: string, sections: readonly SectionRef[]): string {
  return `FIR No. ${number} registered under ${sections.map((s) => `${s.act} ${s.section}`).join(', ')}.`;
}

/** The FIR a registration writes, from the form, the ruling and what the write allocated. */
export function firRegisteredPayload(
  input: FirInput,
  r: {
    id: string;
    station: { code: string; path: string };
    registeredAt: Date;
    firNo: number;
    gdEntryId: string;
    persons: FirContent['persons'];
    officerInCharge: string;
    complaintId: string | null;
    derived: FirDerived;
  },
): FirRegisteredPayload {
  return {
    id: r.id,
    stationCode: r.station.code,
    districtCode: districtOf(r.station.path),
    year: istYear(r.registeredAt),
    firNo: r.firNo,
    registeredAt: r.registeredAt.toISOString(),
    gdEntryId: r.gdEntryId,
    status: input.origin === 'efir' ? 'awaiting_signature' : 'registered',
    complaintId: r.complaintId,
    zeroOfStation: input.origin === 'zero' ? (input.jurisdictionStationCode ?? null) : null,
    transferredFromFir: null,
    content: {
      origin: input.origin,
      infoType: input.infoType,
      occurredFrom: new Date(input.occurredFrom).toISOString(),
      occurredTo: input.occurredTo ? new Date(input.occurredTo).toISOString() : null,
      infoReceivedAt: new Date(input.infoReceivedAt).toISOString(),
      place: input.place,
      sections: input.sections,
      persons: r.persons,
      unknownAccused: input.unknownAccused,
      properties: input.properties,
      delayReasons: input.delayReasons ?? null,
      briefFacts: input.briefFacts,
      ioUserId: input.ioUserId ?? null,
      officerInCharge: r.officerInCharge,
      jurisdictionStationCode: input.jurisdictionStationCode ?? null,
    },
    ...r.derived,
  };
}
