/**
 * "Cases like this one": how alike two cases are, from their modus operandi codes (weighted by MO
 * group), crime head, the distance between the places of occurrence and how far apart in time
 * they happened. Every weight and scale is data (moGroups[].weight and moSimilarity of
 * reference/law/investigation-codes.json); a component whose facts are unknown counts 0, so a case
 * is never made to look closer by what is missing.
 */
import { moGroupOf, type InvestigationCodes, type LatLon } from './investigation-codes.js';

export interface MoCase {
  moCodes: readonly string[];
  crimeHead: string | null;
  place: LatLon | null;
  occurredAt: Date | null;
}

export interface MoSimilarity {
  /** In [0, 1]. */
  score: number;
  parts: { mo: number; crimeHead: number; place: number; recency: number };
  distanceKm: number | null;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance (haversine, mean Earth radius). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Group-weighted Jaccard overlap: each group present in either case adds its weight × |A∩B| / |A∪B|. */
function moOverlap(a: readonly string[], b: readonly string[], codes: Pick<InvestigationCodes, 'moGroups'>): number {
  const groupOf = moGroupOf(codes);
  let num = 0;
  let den = 0;
  for (const g of codes.moGroups) {
    const inA = new Set(a.filter((c) => groupOf.get(c) === g.code));
    const inB = new Set(b.filter((c) => groupOf.get(c) === g.code));
    const union = new Set([...inA, ...inB]);
    if (union.size === 0) continue;
    const shared = [...inA].filter((c) => inB.has(c)).length;
    num += (g.weight * shared) / union.size;
    den += g.weight;
  }
  return den === 0 ? 0 : num / den;
}

export function moSimilarity(a: MoCase, b: MoCase, codes: Pick<InvestigationCodes, 'moGroups' | 'moSimilarity'>): MoSimilarity {
  const w = codes.moSimilarity;
  const distanceKm = a.place && b.place ? haversineKm(a.place, b.place) : null;
  const parts = {
    mo: moOverlap(a.moCodes, b.moCodes, codes),
    crimeHead: a.crimeHead !== null && a.crimeHead === b.crimeHead ? 1 : 0,
    place: distanceKm === null ? 0 : Math.exp(-distanceKm / w.placeScaleKm),
    recency: a.occurredAt && b.occurredAt ? Math.exp(-Math.abs(a.occurredAt.getTime() - b.occurredAt.getTime()) / 86_400_000 / w.recencyScaleDays) : 0,
  };
  const c = w.components;
  const score = c.mo * parts.mo + c.crimeHead * parts.crimeHead + c.place * parts.place + c.recency * parts.recency;
  return { score: Math.min(1, Math.max(0, score)), parts, distanceKm };
}
