/**
 * Ours: the station node's own SyncClient pushing its backlog to the state node, both real nodes
 * of bench/sync/dataset.ts. The station is pointed at the link (its stored upstream address,
 * then new connections), then runs rounds — as `cctns sync now` would, one after another with no
 * backoff in between — until it has nothing waiting. A round that fails counts as an attempt, and
 * so does every retry inside a round that the RoundReport names.
 */
import type { RoundReport } from '../../src/sync/downstream.js';
import type { CctnsNode } from '../../src/node.js';
import type { Contender, Prepared, Transfer } from './contender.js';
import { STATION, toRealTime, type Backlog } from './dataset.js';

const MAX_ROUNDS = 200;

/** The events a node holds of the station's chain, as "seq:hash" in seq order. */
async function chain(node: CctnsNode): Promise<string[]> {
  const rows = await node.storage.db.selectFrom('events').select(['seq', 'hash']).where('origin_unit', '=', STATION).orderBy('seq').execute();
  return rows.map((r) => `${Number(r.seq)}:${r.hash}`);
}

export const ours: Contender = {
  name: 'ours: CCTNS sync',
  async prepare({ events, network }: Backlog): Promise<Prepared> {
    const { state, station } = network;
    const client = station.node.sync.client;
    return {
      target: { host: '127.0.0.1', port: state.port },
      async transfer(linkUrl: string): Promise<Transfer> {
        await station.node.storage.db.updateTable('sync_upstream').set({ url: linkUrl }).where('id', '=', 1).execute();
        client.reconnect();
        // The station's clock runs with real time from here: its requests are signed with it.
        toRealTime(station.clock);
        const ticker = setInterval(() => toRealTime(station.clock), 200);
        let rounds = 0;
        let failed = 0;
        let retries = 0;
        const reports: RoundReport[] = [];
        const failures = new Map<string, number>();
        let failedMs = 0;
        const before = await client.status();
        try {
          for (;;) {
            const status = await client.status();
            if (status.waitingEvents === 0 && status.waitingFiles === 0) break;
            if (++rounds > MAX_ROUNDS) throw new Error(`ours: still ${status.waitingEvents} events waiting after ${MAX_ROUNDS} rounds (last error: ${status.lastError})`);
            const t0 = performance.now();
            try {
              const report = await client.runNow();
              reports.push(report);
              retries += report.retries;
            } catch (err) {
              failed++;
              failedMs += performance.now() - t0;
              // The message without numbers, to count failures alike.
              const why = (err instanceof Error ? err.message : String(err)).replace(/\d+/g, 'N').slice(0, 120);
              failures.set(why, (failures.get(why) ?? 0) + 1);
            }
          }
        } finally {
          clearInterval(ticker);
        }
        const [atState, atStation] = [await chain(state.node), await chain(station.node)];
        const backlog = new Set(events.map((e) => `${e.seq}:${e.hash}`));
        const delivered = atState.filter((k) => backlog.has(k)).length;
        const exactlyOnce = delivered === events.length && new Set(atState).size === atState.length && atState.length === atStation.length && atState.every((k, i) => k === atStation[i]);
        const after = await client.status();
        return {
          attempts: failed + retries,
          eventsDelivered: delivered,
          exactlyOnce,
          detail: {
            rounds,
            failedRounds: failed,
            retriesInRounds: retries,
            secondsInFailedRounds: Math.round(failedMs / 100) / 10,
            // Over every round, failed ones too (the node's own counters).
            eventsPushed: after.eventsPushed - before.eventsPushed,
            bodyBytesUp: after.bytesUp - before.bytesUp,
            bodyBytesDown: after.bytesDown - before.bytesDown,
            pushBatchesInCompletedRounds: reports.reduce((n, r) => n + r.batches, 0),
            failures: [...failures].map(([why, n]) => `${n} × ${why}`).join(' | ') || 'none',
          },
        };
      },
      // The network is the backlog's: bench/sync.ts closes it after every contender has run.
      async close() {},
    };
  },
};
