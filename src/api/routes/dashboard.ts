import { z } from 'zod';
import { text } from '../../domain/schemas/common.js';
import { computeClocks, type ClockState } from '../../domain/clocks.js';
import { istDate, istMidnight } from '../../domain/ist.js';
import { loadClockRules } from '../../records/clock-rules.js';
import { complaintClockFacts, firClockFacts } from '../../records/clock-facts.js';
import { route } from '../route.js';
import { complaintSchema, firListItemSchema, gdEntrySchema } from '../schemas/records.js';

const clockItem = z.object({ recordType: z.enum(['fir', 'complaint']), recordId: z.string(), number: z.string(), clock: z.record(z.string(), z.unknown()) });

export const dashboardRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/stations/:code/dashboard',
    summary: 'A station at a glance: today’s GD, new complaints, FIRs this month, statutory clocks due soon or overdue',
    tag: 'dashboard',
    access: 'user',
    action: 'record.read',
    params: z.strictObject({ code: text(40) }),
    response: {
      status: 200,
      schema: z.object({
        station: z.object({ code: z.string(), nameEn: z.string(), nameHi: z.string() }),
        date: z.string(),
        gd: z.array(gdEntrySchema),
        complaints: z.object({ new: z.number().int(), open: z.array(complaintSchema) }),
        firs: z.object({ thisMonth: z.number().int(), recent: z.array(firListItemSchema) }),
        clocks: z.object({ dueSoon: z.array(clockItem), overdue: z.array(clockItem) }),
      }),
      description: 'The dashboard',
    },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => {
      const station = await node.recordAccess.readableStation(actor, params.code, client);
      const now = node.clock.now();
      const date = istDate(now);
      const monthStart = istMidnight(`${date.slice(0, 8)}01`);
      const [gd, open, firsThisMonth, openFirs] = await Promise.all([
        node.gd.forDay(station.code, date),
        node.complaints.list([station.code], { limit: 200 }).then((l) => l.filter((c) => c.status !== 'closed')),
        node.firs.list([station.code], { from: monthStart.toISOString(), limit: 500 }),
        node.firs.list([station.code], { limit: 500 }).then((l) => l.filter((f) => f.status !== 'transferred')),
      ]);
      const dueSoon: z.output<typeof clockItem>[] = [];
      const overdue: z.output<typeof clockItem>[] = [];
      const collect = (recordType: 'fir' | 'complaint', recordId: string, number: string, clocks: ClockState[]) => {
        for (const clock of clocks) {
          if (clock.status === 'due_soon') dueSoon.push({ recordType, recordId, number, clock: clock as unknown as Record<string, unknown> });
          if (clock.status === 'overdue') overdue.push({ recordType, recordId, number, clock: clock as unknown as Record<string, unknown> });
        }
      };
      const arrests = await node.firs.firstArrests(openFirs.map((f) => f.id));
      const rules = loadClockRules();
      for (const f of openFirs) collect('fir', f.id, f.number, computeClocks(firClockFacts(f, arrests.get(f.id)), now, rules));
      for (const c of open) collect('complaint', c.id, c.ackNo, computeClocks(complaintClockFacts(c), now, rules));
      const byDue = (a: { clock: Record<string, unknown> }, b: { clock: Record<string, unknown> }) => String(a.clock.dueAt).localeCompare(String(b.clock.dueAt));
      return {
        station: { code: station.code, nameEn: station.nameEn, nameHi: station.nameHi },
        date,
        gd: await node.views.gdEntries(actor, station.code, gd),
        complaints: { new: open.filter((c) => c.status === 'registered').length, open: await Promise.all(open.map((c) => node.views.complaintText(actor, c))) },
        firs: { thisMonth: firsThisMonth.length, recent: await node.views.firList(actor, firsThisMonth.slice(0, 10), client) },
        clocks: { dueSoon: dueSoon.sort(byDue), overdue: overdue.sort(byDue) },
      };
    },
  }),
];
