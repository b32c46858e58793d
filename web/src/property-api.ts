// Seizures (IIF-4), the chain of custody of seized items and the station's property room
// (src/api/routes/property.ts).
import { ApiError, request, uploadPhoto } from './api.ts';
import type { FileStored, PropertyCourtStepInput, PropertyItemChain, PropertyMoveInput, PropertyRegister, Seizure, SeizureInput } from './contract.ts';

export type {
  CustodyMove,
  CustodyParty,
  CustodyPartyInput,
  PropertyItem,
  PropertyItemChain,
  PropertyRegister,
  PropertyStatementDue,
  Seizure,
  SeizedItemInput,
  SeizureInput,
  SeizureWitnessInput,
} from './contract.ts';

const enc = encodeURIComponent;

/**
 * A printed form, fetched before it is saved: a refusal (no recording on the memo, not the
 * reader's case) is shown in the page in the server's words instead of being saved as the file.
 */
async function printed(url: string): Promise<{ blob: Blob; filename: string }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/pdf, application/problem+json' } });
  } catch {
    throw new ApiError(0, {});
  }
  if (!res.ok) throw new ApiError(res.status, ((await res.json().catch(() => null)) ?? {}) as object);
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'form.pdf';
  return { blob: await res.blob(), filename };
}
const caseUrl = (firId: string) => `/api/v1/cases/${enc(firId)}`;

export const property = {
  seize: (firId: string, input: SeizureInput) => request<Seizure>('POST', `${caseUrl(firId)}/seizures`, input),
  /** The recording's bytes (BNSS 105): kept only if they have the hash and size the memo recorded. */
  sendRecording: (firId: string, seizureId: string, file: Blob): Promise<FileStored> => uploadPhoto(file, `${caseUrl(firId)}/seizures/${enc(seizureId)}/recording`),
  move: (firId: string, itemId: string, input: PropertyMoveInput) => request<PropertyItemChain>('POST', `${caseUrl(firId)}/property/${enc(itemId)}/moves`, input),
  courtStep: (firId: string, itemId: string, input: PropertyCourtStepInput) => request<PropertyItemChain>('POST', `${caseUrl(firId)}/property/${enc(itemId)}/court-steps`, input),
  memoUrl: (firId: string, seizureId: string, lang: 'en' | 'hi') => `${caseUrl(firId)}/seizures/${enc(seizureId)}/memo.pdf?lang=${lang}`,
  /** The BSA 63 certificate of the seizure's recording (`video`) or of a seized device's data (its item id). */
  certificateUrl: (firId: string, seizureId: string, record: string, lang: 'en' | 'hi') => `${caseUrl(firId)}/seizures/${enc(seizureId)}/bsa63.pdf?record=${enc(record)}&lang=${lang}`,
  printed,
  register: (station: string, filter: { place?: string; year?: string }) => {
    const q = new URLSearchParams();
    if (filter.place) q.set('place', filter.place);
    if (filter.year) q.set('year', filter.year);
    const s = q.toString();
    return request<PropertyRegister>('GET', `/api/v1/stations/${enc(station)}/property-room${s ? `?${s}` : ''}`);
  },
  item: (station: string, itemId: string) => request<PropertyItemChain>('GET', `/api/v1/stations/${enc(station)}/property-room/${enc(itemId)}`),
};
