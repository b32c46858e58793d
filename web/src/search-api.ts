// Search: persons by name (any script and spelling), vehicles, phone numbers and FIRs. Shapes are
// the server's schemas (contract.ts, from src/api/schemas/search.ts).
import { request } from './api.ts';
import type { AccusedFilters, AccusedSearch, Elsewhere, FirFilters, FirHit, PersonFilters, PersonHit, PhoneHit, PropertyFilters, PropertySearch, VehicleHit } from './contract.ts';
export type { AccusedFilters, AccusedHit, AccusedSearch, PropertyFilters, PropertySearch } from './contract.ts';
export type { Elsewhere, FirFilters, FirHit, PersonFilters, PersonHit, PhoneHit, Vehicle, VehicleHit } from './contract.ts';

/** Every search answers alike; the person search has no total (its results are ranked and cut). */
export interface SearchAnswer<T> {
  results: T[];
  total?: number;
  elsewhere: Elsewhere[];
}

function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const search = {
  persons: (f: PersonFilters, signal?: AbortSignal) => request<SearchAnswer<PersonHit>>('GET', `/api/v1/search/persons${qs({ ...f, limit: 50 })}`, undefined, { signal }),
  vehicles: (q: string, signal?: AbortSignal) => request<SearchAnswer<VehicleHit>>('GET', `/api/v1/search/vehicles${qs({ q })}`, undefined, { signal }),
  phones: (q: string, signal?: AbortSignal) => request<SearchAnswer<PhoneHit>>('GET', `/api/v1/search/phones${qs({ q })}`, undefined, { signal }),
  firs: (f: FirFilters, signal?: AbortSignal) => request<SearchAnswer<FirHit>>('GET', `/api/v1/search/firs${qs({ ...f, limit: 100 })}`, undefined, { signal }),
  /** Accused of a unit by where they stand (the reader's own unit when none is chosen). */
  accused: (f: AccusedFilters) => request<AccusedSearch>('GET', `/api/v1/search/accused${qs({ ...f, limit: 200 })}`),
  /** Items of the property rooms of a unit. */
  property: (f: PropertyFilters) => request<PropertySearch>('GET', `/api/v1/search/property${qs({ ...f, limit: 200 })}`),
};
