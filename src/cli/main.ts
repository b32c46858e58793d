import os from 'node:os';
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { buildServer } from '../api/server.js';
import type { AuditActor } from '../access/audit-log.js';
import { hashPassword } from '../access/passwords.js';
import { loadConfig, type Config } from '../config.js';
import { seedDemoCases } from '../demo/cases.js';
import { seedDemoMissingPersons } from '../demo/missing-persons.js';
import { ensureDemoData, type DemoLogin } from '../demo/seed.js';
import { isRole, roleFitsUnit, ROLES } from '../domain/roles.js';
import { openNode, type CctnsNode } from '../node.js';
import { backup, restore } from '../operations/backup.js';
import { importPersons } from './import-persons.js';
import { UsageError } from './usage-error.js';
import { startControl } from './control.js';
import { describeStatus, nodeCommand, runRound, syncCommand } from './sync-commands.js';
import { isTier, tierRule } from '../domain/tiers.js';
import { temporaryPassword } from '../access/user-admin.js';
import { openStorage } from '../storage/db.js';
import { migrate } from '../storage/migrate.js';
import { parseExpiry } from './expiry.js';
import { helpRequest, overview, usageOf } from './usage.js';

/** Opens the node; name keys made by older rules are re-computed first, with progress. */
const openWithProgress = (config: Config) => openNode(config, { onReindexProgress: progress('Re-computing person name keys') });

async function withNode<T>(config: Config, fn: (node: CctnsNode) => Promise<T>): Promise<T> {
  const node = await openWithProgress(config);
  try {
    return await fn(node);
  } finally {
    await node.close();
  }
}

/** Operators acting at the console appear in the audit log under their OS account. */
function cliActor(node: CctnsNode): AuditActor {
  return { id: 'cli', username: `cli:${os.userInfo().username}`, unitCode: node.originUnit() };
}

function progress(label: string) {
  let last = 0;
  return (done: number, total?: number) => {
    const now = Date.now();
    if (now - last < 200 && done !== total) return;
    last = now;
    const pct = total ? ` ${Math.floor((done / total) * 100)}%` : '';
    process.stderr.write(`\r${label}: ${done}${total ? '/' + total : ''}${pct}   `);
    if (total !== undefined && done === total) process.stderr.write('\n');
  };
}

export async function main(argv: string[]): Promise<number> {
  const help = helpRequest(argv);
  if (help) {
    const text = help.command === undefined ? overview() : usageOf(help.command, help.sub);
    if (text === null) throw new UsageError(`Unknown command "${help.command}". Run "cctns help".`);
    console.log(text);
    return 0;
  }
  const [command, sub, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(
        config,
        [sub, ...rest].filter((a): a is string => a !== undefined),
      );
    case 'migrate': {
      const storage = openStorage(config);
      try {
        const applied = await migrate(storage);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await storage.close();
      }
      return 0;
    }
    case 'rebuild':
      return withNode(config, async (node) => {
        const n = await node.events.rebuild(progress('Replaying events'));
        // The replay computed every name key with the rules of this version.
        await node.personIndex.markCurrent(node.storage.db);
        console.log(`Rebuilt the read tables from ${n} events.`);
        return 0;
      });
    case 'audit':
      if (sub !== 'verify') throw new UsageError(usageOf('audit')!);
      return withNode(config, async (node) => {
        const audit = await node.audit.verify((n) => progress('Audit entries checked')(n));
        const events = await node.events.verify(undefined, await node.profile.completeOrigins());
        process.stderr.write('\n');
        let ok = true;
        if (audit.firstBroken) {
          ok = false;
          console.log(`AUDIT LOG BROKEN at entry ${audit.firstBroken.seq}: ${audit.firstBroken.reason}. ${audit.checked} entries before it verify.`);
        } else console.log(`Audit log: ${audit.checked} entries, chain intact.`);
        for (const p of events.problems) {
          ok = false;
          console.log(`EVENT LOG BROKEN for ${p.originUnit} at seq ${p.seq}: ${p.reason}.`);
        }
        if (events.problems.length === 0) console.log(`Event log: ${events.checked} events, chains intact.`);
        return ok ? 0 : 1;
      });
    case 'token':
      return token(config, sub, rest);
    case 'node':
      return nodeCommand(config, sub, rest, withNode);
    case 'sync':
      return syncCommand(config, sub, rest, withNode);
    case 'import':
      if (sub !== 'persons') throw new UsageError(usageOf('import')!);
      return withNode(config, (node) => importPersons(node, cliActor(node), rest));
    case 'user':
      if (sub !== 'create') throw new UsageError(usageOf('user')!);
      return createUser(config, rest);
    case 'backup':
    case 'restore': {
      if (!sub) throw new UsageError(usageOf(command)!);
      const storage = openStorage(config);
      let restored = false;
      try {
        await migrate(storage);
        if (command === 'backup') {
          const counts = await backup(storage, sub, (t, n) => process.stderr.write(`\r${t}: ${n} rows   `));
          process.stderr.write('\n');
          console.log(
            `Backup written to ${sub}: ${Object.entries(counts)
              .map(([t, n]) => `${t} ${n}`)
              .join(', ')}.`,
          );
          console.log('Keep the node key (CCTNS_NODE_KEY or DATA/node.key) safe separately: it unlocks the authenticator secrets.');
        } else {
          const counts = await restore(storage, sub, (n) => process.stderr.write(`\rRestored ${n} rows   `));
          process.stderr.write('\n');
          console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows. Rebuilding the read tables from the restored events…`);
          restored = true;
        }
      } finally {
        await storage.close();
      }
      // The backup holds the log, not every read table: the records are replayed from it.
      if (restored) {
        await withNode(config, async (node) => {
          const n = await node.events.rebuild(progress('Replaying events'));
          await node.personIndex.markCurrent(node.storage.db);
          console.log(`Rebuilt the read tables from ${n} events. Run "cctns audit verify" to check the chains.`);
        });
      }
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run "cctns help".`);
  }
}

async function serve(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { demo: { type: 'boolean', default: false }, tier: { type: 'string' }, unit: { type: 'string' }, upstream: { type: 'string' } },
    strict: true,
  });
  if (values.tier && !isTier(values.tier)) throw new UsageError(`Unknown tier "${values.tier}": standalone, station, state or national.`);
  const cfg: Config = {
    ...config,
    node: { tier: (values.tier as Config['node']['tier']) ?? config.node.tier, unit: values.unit ?? config.node.unit, upstream: values.upstream ?? config.node.upstream },
  };
  const node = await openWithProgress(cfg);
  const tier = node.profile.tier;
  if (values.demo && tier !== 'standalone' && tier !== 'state') {
    await node.close();
    throw new UsageError(`--demo makes a demo jurisdiction on a standalone or state node; a ${tier} node receives its data from its upstream.`);
  }
  const logins = values.demo ? await ensureDemoData(node) : [];
  // Sample cases to search, on a demo node that has none yet.
  if (values.demo) {
    await seedDemoCases(node);
    await seedDemoMissingPersons(node);
  }
  const app = await buildServer(node);
  const link = await node.sync.client.link();
  if (link && cfg.node.upstream && cfg.node.upstream.replace(/\/$/, '') !== link.url) {
    await node.storage.db
      .updateTable('sync_upstream')
      .set({ url: cfg.node.upstream.replace(/\/$/, '') })
      .where('id', '=', 1)
      .execute();
    node.sync.client.reconnect();
    app.log.info({ from: link.url, to: cfg.node.upstream }, 'upstream address changed');
  }
  if (tierRule(tier).upstream !== 'never') node.sync.client.start(app.log);
  const stopControl = await startControl(cfg.dataDir, async (command, send) => {
    if (command === 'sync-now') return runRound(node, send);
    if (command === 'status') {
      send(describeStatus(await node.sync.client.status(), node.sync.acceptsNodes ? await node.sync.registry.list() : [], node.clock.now()));
      return 0;
    }
    send(`Unknown command ${command}`);
    return 2;
  }).catch(() => async () => undefined);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Stop accepting, let requests in flight finish, then close the database.
    await stopControl();
    await app.close();
    await node.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: cfg.port, host: cfg.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : cfg.port;
  const url = `http://${cfg.host === '0.0.0.0' ? '127.0.0.1' : cfg.host}:${port}`;
  printBanner(url, node, logins, !!link);
  return -1;
}

function printBanner(url: string, node: CctnsNode, logins: DemoLogin[], enrolled: boolean): void {
  const { tier, unitCode } = node.profile;
  const lines = ['', `CCTNS node running at ${url}`, `Tier: ${tier}${tier === 'standalone' ? '' : ` node of ${unitCode}`}`, `Database: ${node.storage.engine} (${node.storage.location})`];
  if (tier === 'station' && !enrolled) {
    lines.push(
      '',
      `Not enrolled yet. Ask the state administrator for a code (cctns node add --unit ${unitCode}), then run:`,
      `  cctns node enrol --unit ${unitCode} --upstream <state URL> --code <code>`,
    );
  }
  if (node.sync.acceptsNodes) lines.push('', `Enrol a node below this one: cctns node add --unit <code>   (sync health: cctns sync status)`);
  if (logins.length) {
    lines.push(
      '',
      '=== DEMO SIGN-INS — for this demo only, never on a real node ===',
      `Password for every demo user: ${logins[0]!.password}`,
      'Add the TOTP secret to an authenticator app (or: oathtool --totp -b SECRET).',
      '',
      ...logins.map((l) => `  ${l.username.padEnd(14)} ${l.role.padEnd(24)} ${l.unitCode.padEnd(12)} TOTP ${l.totpSecret}`),
      '',
      'Try: sign in as sho.pune1, take a New complaint, convert it to an FIR (sections 303 and 115),',
      'download the Hindi FIR copy; switch to हिन्दी; create a constable under Users;',
      "search मोहम्मद मुस्तफ़ा or mh12ab1234 in the box at the top; open the stolen motorcycle's",
      'case file to follow its investigation (arrest, seizure, property room, diary).',
    );
  }
  console.log(lines.join('\n'));
}

async function token(config: Config, sub: string | undefined, args: string[]): Promise<number> {
  return withNode(config, async (node) => {
    const actor = cliActor(node);
    if (sub === 'create') {
      const { values } = parseArgs({ args, options: { user: { type: 'string' }, expires: { type: 'string' }, label: { type: 'string' } }, strict: true });
      if (!values.user) throw new UsageError(usageOf('token', 'create')!);
      const user = await node.users.byUsername(values.user);
      if (!user) throw new UsageError(`There is no user "${values.user}".`);
      if (user.status !== 'active') throw new UsageError(`The user "${values.user}" is disabled.`);
      const expires = values.expires ? parseExpiry(values.expires, node.clock.now()) : null;
      const label = values.label ?? 'integration';
      const { id, token } = await node.tokens.create(user.id, label, expires, actor.username);
      await node.audit.record(node.storage.db, {
        actor,
        action: 'token.create',
        outcome: 'success',
        targetType: 'token',
        targetId: id,
        targetUnit: user.unitCode,
        detail: { user: user.username, label, expiresAt: expires?.toISOString() ?? null },
      });
      console.log(`Token ${id} for ${user.username}${expires ? `, expires ${expires.toISOString()}` : ', no expiry'}:`);
      console.log(token);
      console.log('Shown once. Send it as "Authorization: Bearer <token>". Revoke with: cctns token revoke ' + id);
      return 0;
    }
    if (sub === 'list') {
      const { values } = parseArgs({ args, options: { user: { type: 'string' } }, strict: true });
      const user = values.user ? await node.users.byUsername(values.user) : null;
      if (values.user && !user) throw new UsageError(`There is no user "${values.user}".`);
      for (const t of await node.tokens.list(user?.id)) {
        const state = t.revoked_at ? `revoked ${t.revoked_at}` : t.expires_at && Date.parse(t.expires_at) < node.clock.now().getTime() ? 'expired' : 'active';
        console.log(`${t.id}  ${t.label}  user=${t.user_id}  created=${t.created_at}  expires=${t.expires_at ?? 'never'}  ${state}`);
      }
      return 0;
    }
    if (sub === 'revoke') {
      const id = args[0];
      if (!id) throw new UsageError(usageOf('token', 'revoke')!);
      const ok = await node.tokens.revoke(id);
      await node.audit.record(node.storage.db, { actor, action: 'token.revoke', outcome: ok ? 'success' : 'failure', targetType: 'token', targetId: id });
      console.log(ok ? `Token ${id} revoked.` : `No active token ${id}.`);
      return ok ? 0 : 1;
    }
    throw new UsageError(usageOf('token')!);
  });
}

async function createUser(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.username || !values.role || !values.unit || !values.name) {
    throw new UsageError(usageOf('user', 'create')!);
  }
  const { username, role, unit: unitCode, name } = values;
  if (!isRole(role)) throw new UsageError(`Unknown role "${role}". Roles: ${ROLES.join(', ')}`);
  return withNode(config, async (node) => {
    const unit = await node.units.get(unitCode);
    if (!unit) throw new UsageError(`There is no unit "${unitCode}".`);
    if (!roleFitsUnit(role, unit.kind)) throw new UsageError(`A ${role} cannot belong to a ${unit.kind}.`);
    if (await node.users.byUsername(username)) throw new UsageError(`The username "${username}" is taken.`);
    const password = temporaryPassword();
    const hash = await hashPassword(password);
    const id = uuidv7();
    const actor = cliActor(node);
    await node.events.transaction(async (tx) => {
      await node.users.create(tx, { id, username, displayName: name, role, unitCode, language: 'en', passwordHash: hash, mustChangePassword: true, totpSecret: null }, actor.username);
      await node.audit.record(tx, { actor, action: 'user.create', outcome: 'success', targetType: 'user', targetId: id, targetUnit: unitCode, detail: { username, role } });
    });
    console.log(`Created ${username} (${role}, ${unitCode}). Temporary password, shown once: ${password}`);
    console.log('At first sign-in they choose a new password and enrol an authenticator app.');
    return 0;
  });
}

export function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError) {
        console.error(err.message);
        process.exitCode = 2;
      } else if (isArgumentError(err)) {
        // node:util parseArgs: an unknown option or a missing value is a mistaken call too.
        const [command, sub] = process.argv.slice(2);
        console.error(`${err.message}. Run "cctns ${[command, sub && !sub.startsWith('-') ? sub : ''].filter(Boolean).join(' ')} --help".`);
        process.exitCode = 2;
      } else {
        console.error(err instanceof Error ? err.message : err);
        process.exitCode = 1;
      }
    },
  );
}

function isArgumentError(err: unknown): err is Error {
  const code = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
