import type { ClockFacts } from '../domain/clocks.js';
import type { Complaint } from './complaints.js';
import type { Fir } from './fir-queries.js';

/**
 * The facts of a record that the statutory clocks run on. Offence categories come from the
 * catalogue's crime head of the principal offence (rape) and from the acts invoked (POCSO).
 * `investigation` holds the case's events of the investigation (its first arrest and that
 * arrest's production, its first remand: src/records/case-clock-events.ts).
 */
export function firClockFacts(fir: Fir, investigation: ClockFacts['events'] = {}): ClockFacts {
  const categories: string[] = [];
  if (fir.crimeHead && /rape/i.test(fir.crimeHead)) categories.push('rape');
  if (fir.content.sections.some((s) => s.act === 'POCSO')) categories.push('pocso');
  const events: ClockFacts['events'] = { ...investigation };
  if (fir.efirSignedAt) events.efirSigned = new Date(fir.efirSignedAt);
  return {
    recordKind: 'fir',
    recordedAt: new Date(fir.registeredAt),
    occurredAt: new Date(fir.content.occurredFrom),
    maxYears: fir.maxYears,
    sensitive: fir.sensitive,
    categories,
    infoType: fir.content.origin === 'efir' ? 'efir' : fir.content.origin === 'zero' ? 'zero' : fir.content.infoType === 'electronic' ? 'written' : fir.content.infoType,
    events,
  };
}

export function complaintClockFacts(c: Complaint): ClockFacts {
  const events: ClockFacts['events'] = {};
  if (c.assignedAt) events.enquiryStarted = new Date(c.assignedAt);
  if (c.closedAt) events.enquiryClosed = new Date(c.closedAt);
  return {
    recordKind: 'complaint',
    recordedAt: new Date(c.receivedAt),
    occurredAt: c.occurredFrom ? new Date(c.occurredFrom) : null,
    maxYears: c.maxYears,
    sensitive: false,
    categories: [],
    events,
  };
}
