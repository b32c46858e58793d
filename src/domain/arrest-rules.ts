/**
 * The checks of an arrest or court-surrender memo (IIF-3) that the BNSS makes, as field problems.
 * Pure: the code lists and limits (reference/law/investigation-codes.json) and the facts of the case
 * are passed in. Legal readings: docs/investigation-rules.md.
 */
import type { FieldProblem, InvestigationCodes, LatLon } from './investigation-codes.js';
import { isBetweenSunsetAndSunrise } from './sun-times.js';

export interface ArrestMemo {
  /** A code of arrestOutcomes (arrested & sent up, surrendered → judicial custody, …). */
  outcome: string;
  /** When the person was arrested, or surrendered in court. */
  at: Date;
  /** The grounds of arrest communicated to the person (BNSS 47(1)). */
  grounds: string | null;
  /** The court, for a surrender. */
  court: string | null;
  person: { gender: string; ageYears: number | null; infirm: boolean };
  /** Who was told of the arrest (BNSS 36(c), 48(1)). */
  personInformed: { name: string; relationship: string } | null;
  /** The witness attesting the memo (BNSS 36(b)(i)). */
  attestingWitness: string | null;
  handcuff: { category: string; reason: string } | null;
  /** The Judicial Magistrate's prior permission to arrest a woman at night (BNSS 43(5)). */
  magistratePermission: { reference: string; grantedAt: Date } | null;
  /** The permission of an officer of at least the listed rank (BNSS 35(7)). */
  seniorPermission: { officer: string; rank: string; grantedAt: Date } | null;
}

export interface ArrestFacts {
  now: Date;
  /** When the information of the offence reached the police station (the FIR's information time). */
  informationAt: Date;
  /** The station's coordinates when it has them; otherwise its State's capital is used, with a margin. */
  station: { stateCode: string; place: LatLon | null };
  /** Highest maximum punishment of the case's sections, in years (life 100, death 200), null unknown. */
  maxYears: number | null;
}

const blank = (s: string | null | undefined): boolean => !s || s.trim() === '';

/** Whether the arrest falls between sunset and sunrise at the station; null when its place is unknown. */
function atNight(at: Date, facts: ArrestFacts, codes: InvestigationCodes): boolean | null {
  const rule = codes.arrestRules.womanAtNight;
  if (facts.station.place) return isBetweenSunsetAndSunrise(at, facts.station.place, rule.sunZenithDegrees);
  const capital = codes.stateCapitals.get(facts.station.stateCode);
  if (!capital) return null;
  return isBetweenSunsetAndSunrise(at, capital, rule.sunZenithDegrees, rule.fallbackMarginMinutes);
}

export function arrestProblems(memo: ArrestMemo, facts: ArrestFacts, codes: InvestigationCodes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const outcome = codes.arrestOutcomes.find((o) => o.code === memo.outcome);
  if (!outcome) {
    return [{ path: 'outcome', message: `must be one of ${codes.arrestOutcomes.map((o) => o.code).join(', ')}` }];
  }
  const isArrest = outcome.arrest;

  if (memo.at.getTime() > facts.now.getTime()) problems.push({ path: 'at', message: 'cannot be in the future' });
  if (memo.at.getTime() < facts.informationAt.getTime()) problems.push({ path: 'at', message: 'cannot be before the information of the offence reached the police station' });

  if (isArrest) {
    if (blank(memo.grounds)) problems.push({ path: 'grounds', message: 'the grounds of arrest communicated to the person must be recorded (BNSS 47(1))' });
    if (!memo.personInformed || blank(memo.personInformed.name)) {
      problems.push({ path: 'personInformed.name', message: 'name the relative, friend or other person told of the arrest (BNSS 36(c), 48(1))' });
    }
    if (memo.personInformed && !codes.informedRelationships.some((r) => r.code === memo.personInformed!.relationship)) {
      problems.push({ path: 'personInformed.relationship', message: `must be one of ${codes.informedRelationships.map((r) => r.code).join(', ')}` });
    }
    if (blank(memo.attestingWitness)) problems.push({ path: 'attestingWitness', message: 'the arrest memo must be attested by at least one witness (BNSS 36(b)(i))' });
  } else if (blank(memo.court)) {
    problems.push({ path: 'court', message: 'name the court the person surrendered in' });
  }

  if (memo.handcuff) {
    if (!codes.handcuffCategories.some((c) => c.code === memo.handcuff!.category)) {
      problems.push({ path: 'handcuff.category', message: `handcuffs only for the categories of BNSS 43(3): ${codes.handcuffCategories.map((c) => c.code).join(', ')}` });
    }
    if (blank(memo.handcuff.reason)) problems.push({ path: 'handcuff.reason', message: 'give the reason for handcuffing, in view of the nature and gravity of the offence (BNSS 43(3))' });
  }

  if (isArrest && codes.arrestRules.womanAtNight.genders.includes(memo.person.gender)) {
    const night = atNight(memo.at, facts, codes);
    if (night !== false) {
      const p = memo.magistratePermission;
      const why =
        night === null
          ? "the station's place is not known, so whether the arrest was between sunset and sunrise cannot be told; record the Magistrate's permission"
          : "a woman arrested between sunset and sunrise needs the Judicial Magistrate's prior permission (BNSS 43(5))";
      if (!p || blank(p.reference)) problems.push({ path: 'magistratePermission', message: why });
      else if (p.grantedAt.getTime() > memo.at.getTime())
        problems.push({ path: 'magistratePermission.grantedAt', message: "the Magistrate's permission must be given before the arrest (BNSS 43(5))" });
    }
  }

  const senior = codes.arrestRules.seniorPermission;
  const old = memo.person.ageYears !== null && memo.person.ageYears > senior.ageAbove;
  const minor = facts.maxYears === null ? senior.unknownMaxYears === 'requires' : facts.maxYears < senior.maxYearsBelow;
  if (isArrest && (old || memo.person.infirm) && minor) {
    const p = memo.seniorPermission;
    const min = codes.policeRanks.find((r) => r.code === senior.minRank)!;
    const rank = p ? codes.policeRanks.find((r) => r.code === p.rank) : undefined;
    if (!p || blank(p.officer)) {
      problems.push({
        path: 'seniorPermission',
        message: `arresting a person who is infirm or above ${senior.ageAbove} for an offence punishable with less than ${senior.maxYearsBelow} years needs the permission of an officer not below ${min.en} (BNSS 35(7))`,
      });
    } else if (!rank || rank.level < min.level) {
      problems.push({ path: 'seniorPermission.rank', message: `the permitting officer must not be below ${min.en} (BNSS 35(7))` });
    } else if (p.grantedAt.getTime() > memo.at.getTime()) {
      problems.push({ path: 'seniorPermission.grantedAt', message: 'the permission must be given before the arrest (BNSS 35(7))' });
    }
  }
  return problems;
}
