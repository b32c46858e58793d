import type { UnitKind } from './units.js';

/**
 * The tiers one program runs at. A standalone node holds everything itself and links to no
 * other node (the laptop demo, a small state on one server); the others form the network
 * station → state → national.
 */
export const TIERS = ['standalone', 'station', 'state', 'national'] as const;
export type Tier = (typeof TIERS)[number];

interface TierRule {
  /** The kind of unit a node of this tier serves. */
  unitKind: UnitKind;
  /** Whether it syncs with a node above it: required, optional or never. */
  upstream: 'required' | 'optional' | 'never';
  /** The kind of unit of the nodes it enrols below it (none: it enrols nobody). */
  enrols: UnitKind | null;
}

const RULES: Record<Tier, TierRule> = {
  standalone: { unitKind: 'nation', upstream: 'never', enrols: null },
  station: { unitKind: 'police_station', upstream: 'required', enrols: null },
  state: { unitKind: 'state', upstream: 'optional', enrols: 'police_station' },
  national: { unitKind: 'nation', upstream: 'never', enrols: 'state' },
};

export function isTier(value: string): value is Tier {
  return (TIERS as readonly string[]).includes(value);
}

export function tierRule(tier: Tier): TierRule {
  return RULES[tier];
}

/** Nodes that others may sync into keep the feed of what is addressed to each of them. */
export function keepsFeed(tier: Tier): boolean {
  return RULES[tier].enrols !== null;
}
