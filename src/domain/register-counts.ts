/**
 * A supervisor's counts of the station registers (NC reports, missing and found persons, unidentified
 * bodies, stolen vehicles and phones, lost and found property): the figures of one station, their
 * sum over a unit, and the order that puts the stations needing attention first. Numbers only.
 */

export interface RegisterCounts {
  ncReports: { thisFortnight: number; thisYear: number; diariesOwed: number; diariesOverdue: number };
  missingPersons: { open: number; children: number; tracedThisMonth: number };
  foundPersons: { open: number; children: number; cwcOverdue: number };
  unidentifiedBodies: { open: number; inquestsDue: number; inquestsOverdue: number };
  stolenVehicles: { stolen: number; recovered: number };
  stolenPhones: { stolen: number; recovered: number };
  lostReports: { open: number };
  foundProperty: { unclaimed: number; claimPeriodsRunOut: number };
}

export function noCounts(): RegisterCounts {
  return {
    ncReports: { thisFortnight: 0, thisYear: 0, diariesOwed: 0, diariesOverdue: 0 },
    missingPersons: { open: 0, children: 0, tracedThisMonth: 0 },
    foundPersons: { open: 0, children: 0, cwcOverdue: 0 },
    unidentifiedBodies: { open: 0, inquestsDue: 0, inquestsOverdue: 0 },
    stolenVehicles: { stolen: 0, recovered: 0 },
    stolenPhones: { stolen: 0, recovered: 0 },
    lostReports: { open: 0 },
    foundProperty: { unclaimed: 0, claimPeriodsRunOut: 0 },
  };
}

/** The sum of the stations' counts: a unit's totals. */
export function totalCounts(all: readonly RegisterCounts[]): RegisterCounts {
  const total = noCounts();
  for (const c of all) {
    for (const register of Object.keys(total) as (keyof RegisterCounts)[]) {
      const sum = total[register] as Record<string, number>;
      const add = c[register] as Record<string, number>;
      for (const k of Object.keys(sum)) sum[k]! += add[k]!;
    }
  }
  return total;
}

/**
 * What needs a supervisor's attention first, most urgent first: inquests overdue (BNSS 194: a body
 * waits), found children not produced before the Child Welfare Committee in 24 hours (JJ Act s. 31), missing children (presumed kidnapped), NC diaries overdue to the Magistrate, claim periods
 * run out, then inquests due and missing persons open.
 */
const ATTENTION: ((c: RegisterCounts) => number)[] = [
  (c) => c.unidentifiedBodies.inquestsOverdue,
  (c) => c.foundPersons.cwcOverdue,
  (c) => c.missingPersons.children,
  (c) => c.ncReports.diariesOverdue,
  (c) => c.foundProperty.claimPeriodsRunOut,
  (c) => c.unidentifiedBodies.inquestsDue,
  (c) => c.missingPersons.open,
];

/** Orders stations by attention (see ATTENTION), then by code: a stable order for equal needs. */
export function byAttention<S extends { code: string; counts: RegisterCounts }>(a: S, b: S): number {
  for (const f of ATTENTION) {
    const d = f(b.counts) - f(a.counts);
    if (d) return d;
  }
  return a.code.localeCompare(b.code);
}
