// What the final-report and court sections share: the step dialogs' props, code labels, persons.
import type { CaseFile } from '../../cases-api.ts';
import { useLoad } from '../../hooks.ts';
import type { Lang, TFunction } from '../../i18n/index.tsx';
import { records, type PersonView } from '../../records-api.ts';
import type { CasePerson, CodeLabel, InvestigationCodes } from '../../report-api.ts';

export interface StepProps {
  file: CaseFile;
  codes: InvestigationCodes;
  onClose: () => void;
  onDone: (next: CaseFile, message: string) => void;
}

/** The label of a code in the language shown, or the code itself when the list no longer has it. */
export function codeName(list: readonly CodeLabel[], code: string, lang: Lang): string {
  const e = list.find((c) => c.code === code);
  return e ? (lang === 'hi' ? e.hi : e.en) : code;
}

/** A code's label in the language shown (for a list of choices). */
export const labelIn = (lang: Lang) => (c: CodeLabel) => (lang === 'hi' ? c.hi : c.en);

/** A set with `id` in it or not, as a checkbox says. */
export function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** A person of the case as the reader may see them. */
export function casePersonName(t: TFunction, p: CasePerson | null): string {
  return !p ? '' : p.masked ? t('report.withheld') : p.name;
}

/** The persons on the FIR the reader may name (a protected person cannot be chosen by name). */
export function useFirPersons(firId: string): { id: string; name: string; role: string | null }[] {
  const fir = useLoad(() => records.fir(firId), [firId]);
  const d = fir.data;
  const all: PersonView[] = d ? [d.complainant, ...d.victims, ...d.witnesses, ...d.accused].filter((p): p is PersonView => !!p) : [];
  const seen = new Set<string>();
  return all.flatMap((p) => (p.masked || seen.has(p.id) ? [] : (seen.add(p.id), [{ id: p.id, name: p.name, role: p.role }])));
}
