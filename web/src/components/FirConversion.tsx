import { type FieldErrors, missing } from '../forms.ts';
import { fromIstInput } from '../format.ts';
import type { TFunction } from '../i18n/index.tsx';
import { hrefFor, navigate } from '../router.ts';
import { PathArea, PathDateTime } from './StepDialog.tsx';

/**
 * What converting a register's entry (an NC report, a lost article report) to an FIR asks of the
 * FIR itself, beyond what the entry already says: when the information reached the station (now,
 * if left empty) and the brief facts, prefilled from the entry for the officer to complete.
 */
export interface FirFacts {
  infoReceivedAt: string;
  briefFacts: string;
}

/** The two fields, in a StepDialog: their messages land on them by path (`fir.infoReceivedAt`, `fir.briefFacts`). */
export function FirFactsFields({
  t,
  value,
  onChange,
  receivedLabel,
  receivedHint,
  factsHint,
}: {
  t: TFunction;
  value: FirFacts;
  onChange: (patch: Partial<FirFacts>) => void;
  receivedLabel: string;
  receivedHint: string;
  factsHint: string;
}) {
  return (
    <>
      <PathDateTime path="fir.infoReceivedAt" label={receivedLabel} hint={receivedHint} value={value.infoReceivedAt} onChange={(infoReceivedAt) => onChange({ infoReceivedAt })} />
      <PathArea path="fir.briefFacts" label={t('fir.briefFacts')} hint={factsHint} rows={5} dir="auto" required value={value.briefFacts} onChange={(briefFacts) => onChange({ briefFacts })} />
    </>
  );
}

/** The fields to fix before sending: the brief facts are needed, a time must be one. */
export function checkFirFacts(t: TFunction, v: FirFacts): FieldErrors {
  const found = missing(t, { 'fir.briefFacts': v.briefFacts });
  if (v.infoReceivedAt && !fromIstInput(v.infoReceivedAt)) found['fir.infoReceivedAt'] = t('form.dateTimeInvalid');
  return found;
}

/** The two as the server takes them. */
export function firFactsPayload(v: FirFacts) {
  return { infoReceivedAt: fromIstInput(v.infoReceivedAt) ?? new Date().toISOString(), briefFacts: v.briefFacts.trim() };
}

/** The FIR just registered, opened with its "registered" notice. */
export function openRegisteredFir(id: string): void {
  navigate(hrefFor('fir', id, { registered: '1' }));
}
