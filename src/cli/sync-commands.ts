import os from 'node:os';
import { parseArgs } from 'node:util';
import type { AuditActor } from '../access/audit-log.js';
import type { Config } from '../config.js';
import { isTier } from '../domain/tiers.js';
import type { CctnsNode } from '../node.js';
import type { Progress, SyncStatus } from '../sync/downstream.js';
import type { NodeHealth } from '../sync/node-registry.js';
import { callControl } from './control.js';
import { UsageError } from './usage-error.js';
import { usageOf } from './usage.js';

type WithNode = <T>(config: Config, fn: (node: CctnsNode) => Promise<T>) => Promise<T>;

function consoleActor(node: CctnsNode): AuditActor {
  return { id: 'cli', username: `cli:${os.userInfo().username}`, unitCode: node.originUnit() };
}

export function ago(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (s < 90) return `${s} s ago`;
  if (s < 5400) return `${Math.round(s / 60)} min ago`;
  if (s < 172800) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}

/** What `cctns sync status` prints; the web app shows the same facts. */
export function describeStatus(s: SyncStatus, nodes: NodeHealth[], now: Date): string {
  return [describeLink(s, now), ...(nodes.length ? ['', describeNodes(nodes, now)] : [])].join('\n');
}

/** This node and its link to the upstream. */
export function describeLink(s: SyncStatus, now: Date): string {
  const lines = [`This node: ${s.tier} node of ${s.unit}`];
  if (s.tier === 'station' || s.upstream) {
    if (!s.upstream) lines.push('Upstream: not enrolled. Run: cctns node enrol --upstream URL --code CODE');
    else {
      lines.push(`Upstream: ${s.upstream.url} (${s.upstream.unit}), this node is ${s.upstream.nodeId}, enrolled ${s.upstream.enrolledAt}`);
      const link = { online: 'online', offline: 'OFFLINE', refused: 'REFUSED by the upstream', 'never-synced': 'not synced yet', 'not-enrolled': 'not enrolled' }[s.link];
      lines.push(`Link: ${link}; last successful sync ${ago(s.lastSuccessAt, now)}${s.lastSuccessAt ? ` (${s.lastSuccessAt})` : ''}`);
      if (s.lastError) lines.push(`Last error (${ago(s.lastErrorAt, now)}, ${s.consecutiveFailures} failed round${s.consecutiveFailures === 1 ? '' : 's'} in a row): ${s.lastError}`);
      lines.push(`Waiting to send: ${s.waitingEvents} events, ${s.waitingFiles} files. Files still to arrive: ${s.missingFiles}.`);
      lines.push(`Sent ${s.eventsPushed} events, received ${s.eventsPulled}; ${kb(s.bytesUp)} up, ${kb(s.bytesDown)} down.`);
      if (!s.firstSyncDone) lines.push('The first sync has not finished: records cannot be registered here until it has.');
      if (Math.abs(s.clockOffsetSeconds) > 120)
        lines.push(`This computer's clock is ${Math.abs(s.clockOffsetSeconds)} s ${s.clockOffsetSeconds > 0 ? 'behind' : 'ahead of'} the upstream's: set it right.`);
    }
  }
  return lines.join('\n');
}

/** The nodes below this one, most silent first. */
export function describeNodes(nodes: NodeHealth[], now: Date): string {
  const lines = [`Nodes below this one (${nodes.length}):`, `  ${'UNIT'.padEnd(14)} ${'STATUS'.padEnd(8)} ${'LAST HEARD'.padEnd(18)} ${'WAITING'.padStart(7)} ${'RECEIVED'.padStart(9)}  LAST ERROR`];
  for (const n of nodes) {
    const heard = `${n.dark ? 'DARK ' : ''}${ago(n.lastSeenAt, now)}`;
    lines.push(
      `  ${n.unitCode.padEnd(14)} ${n.status.padEnd(8)} ${heard.padEnd(18)} ${String(n.waitingReported ?? '?').padStart(7)} ${String(n.eventsReceived).padStart(9)}  ${n.lastError ? n.lastError.slice(0, 100) : ''}`,
    );
  }
  return lines.join('\n');
}

function kb(bytes: number): string {
  return bytes < 10_000 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`;
}

/** Progress of a round, on one line of the terminal. */
export function roundProgress(write: (s: string) => void): Progress {
  const names = { restore: 'Restored', push: 'Sent', 'files-up': 'Files sent', pull: 'Received', 'files-down': 'Files received' };
  return (step, done, total) => write(`${names[step]} ${done}${total ? `/${total}` : ''}${step === 'push' || step === 'pull' || step === 'restore' ? ' events' : ''}`);
}

export async function nodeCommand(config: Config, sub: string | undefined, args: string[], withNode: WithNode): Promise<number> {
  if (sub === 'enrol') {
    const { values } = parseArgs({
      args,
      options: { upstream: { type: 'string' }, code: { type: 'string' }, unit: { type: 'string' }, tier: { type: 'string' }, label: { type: 'string' } },
      strict: true,
    });
    if (!values.upstream || !values.code) throw new UsageError(usageOf('node', 'enrol')!);
    if (values.tier && !isTier(values.tier)) throw new UsageError(`Unknown tier "${values.tier}".`);
    const tier = (values.tier as Config['node']['tier']) ?? config.node.tier ?? (values.unit ? 'station' : undefined);
    const cfg: Config = { ...config, node: { ...config.node, tier, unit: values.unit ?? config.node.unit } };
    return withNode(cfg, async (node) => {
      const r = await node.sync.enrol({ upstreamUrl: values.upstream!, code: values.code!, label: values.label });
      console.log(`Enrolled ${node.profile.unitCode} with ${values.upstream} (${r.upstreamUnit}) as node ${r.nodeId}.`);
      console.log('First sync: units, users and records of this station come down now…');
      try {
        const report = await node.sync.client.runNow(roundProgress((s) => process.stderr.write(`\r${s}   `)));
        process.stderr.write('\n');
        console.log(`Done: ${report.pulled} events received. Start the node with: cctns serve --tier ${node.profile.tier} --unit ${node.profile.unitCode}`);
      } catch (err) {
        process.stderr.write('\n');
        console.log(`Enrolled, but the first sync did not finish (${(err as Error).message}). The node finishes it when it runs (cctns serve).`);
      }
      return 0;
    });
  }
  return withNode(config, async (node) => {
    if (sub === 'add') {
      const { values } = parseArgs({ args, options: { unit: { type: 'string' }, label: { type: 'string' } }, strict: true });
      if (!values.unit) throw new UsageError(usageOf('node', 'add')!);
      const { node: added, code } = await node.sync.registry.add(consoleActor(node), { unitCode: values.unit, label: values.label });
      console.log(`Registered a node for ${added.unitCode} (${added.unitName ?? ''}), id ${added.id}.`);
      console.log(`One-time enrolment code, valid until ${added.enrolExpiresAt}: ${code}`);
      console.log('At the station, run:');
      console.log(`  cctns node enrol --unit ${added.unitCode} --upstream <this node's address> --code ${code}`);
      return 0;
    }
    if (sub === 'list') {
      parseArgs({ args, options: {}, strict: true });
      const nodes = await node.sync.registry.list();
      console.log(nodes.length ? describeNodes(nodes, node.clock.now()) : 'No nodes are enrolled below this one. Add one with: cctns node add --unit CODE');
      return 0;
    }
    if (sub === 'revoke') {
      const { values, positionals } = parseArgs({ args, options: { reason: { type: 'string' } }, allowPositionals: true, strict: true });
      if (!positionals[0] || !values.reason) throw new UsageError(usageOf('node', 'revoke')!);
      const n = await node.sync.registry.revoke(consoleActor(node), positionals[0], values.reason);
      console.log(`Node ${n.id} (${n.unitCode}) revoked: its requests are refused from now on.`);
      return 0;
    }
    throw new UsageError(usageOf('node')!);
  });
}

export async function syncCommand(config: Config, sub: string | undefined, args: string[], withNode: WithNode): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  if (sub === 'status') {
    return withNode(config, async (node) => {
      console.log(describeStatus(await node.sync.client.status(), node.sync.acceptsNodes ? await node.sync.registry.list() : [], node.clock.now()));
      return 0;
    });
  }
  if (sub === 'now') {
    // The running node does the round, so that only one process syncs.
    const code = await callControl(config.dataDir, 'sync-now', (line) => console.log(line));
    if (code !== null) return code;
    return withNode(config, async (node) => runRound(node, (line) => console.log(line)));
  }
  throw new UsageError(usageOf('sync')!);
}

/** One round, reported line by line (for the CLI, and for the running node's control socket). */
export async function runRound(node: CctnsNode, send: (line: string) => void): Promise<number> {
  if (!(await node.sync.client.link())) {
    send('This node is not enrolled with an upstream: nothing to sync. (cctns node enrol …)');
    return 1;
  }
  let last = '';
  try {
    const r = await node.sync.client.runNow(
      roundProgress((s) => {
        if (s.split(' ')[0] !== last.split(' ')[0]) send(s);
        last = s;
      }),
    );
    send(
      `Synced: sent ${r.pushed} events and ${r.filesUp} files, received ${r.pulled} events and ${r.filesDown} files (${r.bytesUp} bytes up, ${r.bytesDown} down) in ${(r.milliseconds / 1000).toFixed(1)} s.`,
    );
    return 0;
  } catch (err) {
    send(`The round failed: ${(err as Error).message}. It is retried automatically.`);
    return 1;
  }
}
