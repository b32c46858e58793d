/** How values are printed on every form: dates as DD/MM/YYYY, times in IST, rupees in Indian grouping. */
import { fill, type CommonLabels } from './labels.js';
import type { DateTimeIST, OfficerView, RelativeName, SectionView, Sex } from './types.js';

export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

export function formatTime(time: string | undefined, L: CommonLabels): string {
  return time ? fill(L.hours, { time }) : '';
}

export function formatDateTime(dt: DateTimeIST | undefined, L: CommonLabels): string {
  if (!dt) return '';
  return dt.time ? `${formatDate(dt.date)}, ${formatTime(dt.time, L)}` : formatDate(dt.date);
}

export function weekday(date: string, L: CommonLabels): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return L.weekdays[d.getUTCDay()] ?? '';
}

/** An ISO instant as date and time in IST. */
export function formatInstant(iso: string, L: CommonLabels): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 330 * 60_000).toISOString();
  return formatDateTime({ date: d.slice(0, 10), time: d.slice(11, 16) }, L);
}

const RUPEES = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

export function money(n: number | undefined): string {
  return n === undefined ? '' : RUPEES.format(n);
}

/** The given total, or the sum of the values when any is known. */
export function totalOf(values: Array<number | undefined>, given?: number): number | undefined {
  if (given !== undefined) return given;
  return values.some((v) => v !== undefined) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : undefined;
}

export function relative(r: RelativeName | undefined, L: CommonLabels): string {
  return r ? `${L.relation[r.relation]}: ${r.name}` : '';
}

export function ageSex(age: number | undefined, sex: Sex | undefined, L: CommonLabels): string {
  const parts: string[] = [];
  if (age !== undefined) parts.push(fill(L.years, { age }));
  if (sex) parts.push(L.sex[sex]);
  return parts.join(' / ');
}

export function actName(act: string, given: string | undefined, L: CommonLabels): string {
  return given ?? L.actNames[act.toUpperCase()] ?? act;
}

/** Sections as one line: 'BNS 303(2), 317(2)' grouped by act, in the order given. */
export function sectionsLine(sections: SectionView[]): string {
  const byAct = new Map<string, string[]>();
  for (const s of sections) byAct.set(s.act, [...(byAct.get(s.act) ?? []), s.section]);
  return [...byAct].map(([act, list]) => `${act} ${list.join(', ')}`).join('; ');
}

/** '(a)' / '(क)': the letter of sub-item i. */
export function sub(L: CommonLabels, i: number): string {
  return `(${L.letters[i] ?? String(i + 1)})`;
}

export function yesNo(b: boolean | undefined, L: CommonLabels): string {
  return b === undefined ? '' : b ? L.yes : L.no;
}

/** An officer as printed under a signature: name, then rank and number. */
export function officerLines(o: OfficerView, L: CommonLabels): string[] {
  return [o.name, `${o.rank}${o.number ? ` · ${L.number} ${o.number}` : ''}`];
}
