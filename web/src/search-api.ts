// Search: persons by name (any script and spelling), vehicles, phone numbers and FIRs. Shapes follow
// src/api/routes/person-search.ts, src/api/routes/search.ts and src/api/schemas/search.ts.
import { request } from './api.ts';
import type { FirListItem, NamedUnit } from './records-api.ts';

/** Matches held outside the searcher's jurisdiction: which unit holds how many, and its telephone. */
export interface Elsewhere {
  unitCode: string;
  unitName: string;
  unitNameHi: string;
  contact: string | null;
  count: number;
}

export interface PersonHit {
  id: string;
  name: string;
  /** 0–1, higher is a closer match. */
  score: number;
  band: 'strong' | 'possible';
  /** Why it matched, part by part (written by the server, in English). */
  explanation: string;
  aliases: string[];
  fatherName: string | null;
  gender: string;
  age: number | null;
  district: string | null;
  unit: { code: string; name: string; nameHi: string };
}

export interface Vehicle {
  registration?: string;
  engineNo?: string;
  chassisNo?: string;
  make?: string;
  model?: string;
  colour?: string;
}

export interface VehicleHit {
  fir: { id: string; number: string; shortNumber: string; station: NamedUnit; registeredAt: string; status: string };
  vehicle: Vehicle;
  matchedOn: 'registration' | 'engineNo' | 'chassisNo';
}

export interface PhoneHit {
  person: {
    id: string;
    name: string;
    aliases: string[];
    relativeName: string | null;
    relativeKind: string | null;
    gender: string;
    age: number | null;
    phones: string[];
  };
  records: Array<{ recordType: 'fir' | 'complaint' | string; recordId: string; role: string; number: string; stationCode: string }>;
}

export interface FirHit extends FirListItem {
  /** An extract of the brief facts around the words searched for (none in a sensitive case one may not unmask). */
  snippet: string | null;
}

export interface SearchAnswer<T> {
  results: T[];
  /** How many match inside the jurisdiction (the person search has no total: its results are ranked and cut). */
  total?: number;
  elsewhere: Elsewhere[];
}

export interface PersonFilters {
  q: string;
  father?: string;
  age?: string;
  district?: string;
  gender?: string;
}

export interface FirFilters {
  number?: string;
  station?: string;
  year?: string;
  act?: string;
  section?: string;
  /** 'YYYY-MM-DD' (a whole IST day) or an instant. */
  from?: string;
  to?: string;
  place?: string;
  status?: string;
  text?: string;
}

function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const search = {
  persons: (f: PersonFilters, signal?: AbortSignal) =>
    request<SearchAnswer<PersonHit>>('GET', `/api/v1/search/persons${qs({ ...f, limit: 50 })}`, undefined, { signal }),
  vehicles: (q: string, signal?: AbortSignal) => request<SearchAnswer<VehicleHit>>('GET', `/api/v1/search/vehicles${qs({ q })}`, undefined, { signal }),
  phones: (q: string, signal?: AbortSignal) => request<SearchAnswer<PhoneHit>>('GET', `/api/v1/search/phones${qs({ q })}`, undefined, { signal }),
  firs: (f: FirFilters, signal?: AbortSignal) =>
    request<SearchAnswer<FirHit>>('GET', `/api/v1/search/firs${qs({ ...f, limit: 100 })}`, undefined, { signal }),
};
