import type { CctnsNode } from '../node.js';
import { fortnightOf } from '../domain/nc-reports.js';
import { istDate, istMidnight } from '../domain/ist.js';
import { ncReportInput } from '../domain/schemas/nc-report.js';
import { actorOf } from './investigation.js';

/**
 * Two invented non-cognizable reports at Baramati: one in the fortnight before this one (its diary
 * owed to the Magistrate, so the dashboard shows it) and one today.
 */
export async function seedDemoNcReports(node: CctnsNode): Promise<void> {
  const now = node.clock.now();
  const lastFortnightDay = new Date(istMidnight(fortnightOf(istDate(now)).start).getTime() - 12 * 3_600_000);
  const before = (at: Date, h: number) => new Date(at.getTime() - h * 3_600_000).toISOString();
  const reports = [
    {
      receivedAt: lastFortnightDay.toISOString(),
      occurredFrom: before(lastFortnightDay, 3),
      informant: { name: 'Shantaram Gholap', gender: 'male', age: 62, phones: ['+91 98225 40404'] },
      accused: [{ name: 'Balu Kadam', gender: 'male', age: 45 }],
      substance: 'The informant states that his neighbour abused him and threatened to break his water pipe during a quarrel over the common drain.',
      place: 'Gholap Wasti, Baramati',
      sections: [{ act: 'BNS', section: '352' }],
    },
    {
      receivedAt: now.toISOString(),
      occurredFrom: before(now, 5),
      informant: { name: 'Lata Shinde', gender: 'female', age: 39 },
      accused: [],
      substance: 'The informant states that a vegetable vendor slapped her when she refused to pay for spoilt tomatoes.',
      place: 'Weekly market, Baramati',
      sections: [{ act: 'BNS', section: '115(2)' }],
    },
  ];
  const writer = await actorOf(node, 'writer.pune1');
  for (const r of reports) {
    const input = ncReportInput.parse({
      stationCode: 'MH-PUN-PS01',
      receivedAt: r.receivedAt,
      occurredFrom: r.occurredFrom,
      informant: { person: r.informant },
      accused: r.accused.map((person) => ({ person })),
      substance: r.substance,
      place: r.place,
      sections: r.sections,
      courtCode: 'MH-PUN-JMFC-BRM',
    });
    await node.ncReports.register(writer, input, { ip: 'demo', userAgent: 'cctns serve --demo' });
  }
}
