/**
 * Every command's usage, in one table: `cctns help`, `cctns <command> --help`,
 * `cctns <command> <sub> --help` and the message of a mistaken call all print from here, so
 * what the help says and what a usage error says cannot drift apart.
 */
interface CommandUsage {
  /** One line for the overview. */
  summary: string;
  /** Usage of the command without a subcommand (commands that have none). */
  usage?: string;
  /** Subcommands with their own usage. */
  subs?: Record<string, string>;
}

const COMMANDS: Record<string, CommandUsage> = {
  serve: {
    summary: 'start the node',
    usage: `Usage: cctns serve [--demo] [--tier standalone|station|state|national --unit CODE --upstream URL]

Starts the node (PORT, HOST, CCTNS_DATA, DATABASE_URL; see docs/configuration.md). A standalone
node unless a tier is given; the tier and unit are fixed in the database at first start
(docs/sync.md).
  --demo             create the demo jurisdiction, users and sample cases (standalone or state)
  --tier TIER        standalone, station, state or national
  --unit CODE        the unit this node keeps (e.g. MH-PUN-PS01)
  --upstream URL     the node above this one`,
  },
  node: {
    summary: 'register, list, revoke nodes below this one; enrol this node with its upstream',
    subs: {
      add: `Usage: cctns node add --unit CODE [--label TEXT]

At a state (or national) node: register a node below it and print its one-time enrolment code.`,
      list: `Usage: cctns node list

The nodes below this one and their sync health.`,
      revoke: `Usage: cctns node revoke ID --reason TEXT

Stop a node below this one at once; its requests are refused from now on.`,
      enrol: `Usage: cctns node enrol --upstream URL --code CODE [--unit CODE] [--tier station|state] [--label TEXT]

At a station (or state) node: enrol with the upstream using the one-time code, then sync once.`,
    },
  },
  sync: {
    summary: 'this node’s link to its upstream; sync at once',
    subs: {
      status: `Usage: cctns sync status

This node's link to its upstream and the nodes below it.`,
      now: `Usage: cctns sync now

Sync with the upstream at once, through the running node.`,
    },
  },
  migrate: { summary: 'apply database migrations', usage: 'Usage: cctns migrate\n\nApply the database migrations that have not been applied yet.' },
  rebuild: { summary: 'rebuild the read tables from the event log', usage: 'Usage: cctns rebuild\n\nEmpty the read tables and replay every event (person name keys are re-computed too).' },
  audit: {
    summary: 'check the audit log and the event chains',
    subs: { verify: 'Usage: cctns audit verify\n\nRe-compute the audit chain and the event chains; exit 1 if any is broken.' },
  },
  token: {
    summary: 'API tokens for scripts',
    subs: {
      create: 'Usage: cctns token create --user NAME [--expires 30d|2027-01-31] [--label TEXT]\n\nIssue a bearer token for a user; shown once.',
      list: 'Usage: cctns token list [--user NAME]\n\nTokens, with their state (active, expired, revoked).',
      revoke: 'Usage: cctns token revoke ID\n\nRevoke a token at once.',
    },
  },
  user: {
    summary: 'create a user from the console',
    subs: {
      create: `Usage: cctns user create --username NAME --role ROLE --unit CODE --name "Full Name"

Create a user (e.g. the first administrator); prints a temporary password to change at first
sign-in, when they also enrol an authenticator app.`,
    },
  },
  import: {
    summary: 'import legacy records',
    subs: {
      persons: `Usage: cctns import persons FILE.csv [--unit CODE] [--rejects FILE] [--batch-size N] [--offline]

Import persons (columns name,father_name,gender,age,district in any order); rejected rows go to
a rejects CSV with line and reason; a re-run resumes. See docs/import.md.`,
    },
  },
  backup: { summary: 'write a consistent backup of the database', usage: 'Usage: cctns backup FILE\n\nWrite a consistent backup of the database to FILE.' },
  restore: { summary: 'load a backup into an empty database', usage: 'Usage: cctns restore FILE\n\nLoad a backup into an empty database and rebuild the read tables from it.' },
  help: { summary: 'this overview; cctns <command> --help for one command', usage: 'Usage: cctns help [COMMAND [SUB]]' },
};

/** The overview: every command and its subcommands, one line each. */
export function overview(): string {
  const lines = ['cctns — Crime and Criminal Tracking Network & Systems node', '', 'Usage: cctns <command> [options]   (cctns <command> --help for one command)', ''];
  for (const [name, c] of Object.entries(COMMANDS)) {
    const label = c.subs ? `${name} ${Object.keys(c.subs).join('|')}` : name;
    lines.push(`  ${label.padEnd(34)} ${c.summary}`);
  }
  lines.push('', 'Environment: see docs/configuration.md.');
  return lines.join('\n');
}

/**
 * The usage of a command, or of one of its subcommands; for an unknown command, null. A command
 * with subcommands asked without one (or with an unknown one) lists them all.
 */
export function usageOf(command: string, sub?: string): string | null {
  const c = COMMANDS[command];
  if (!c) return null;
  if (c.usage) return c.usage;
  if (sub && c.subs?.[sub]) return c.subs[sub];
  return [`Usage: cctns ${command} ${Object.keys(c.subs ?? {}).join('|')} …`, '', ...Object.values(c.subs ?? {}).map((u) => u.split('\n')[0]!.replace(/^Usage: /, '  '))].join('\n');
}

/** Is this a known command? */
export function isCommand(command: string): boolean {
  return command in COMMANDS;
}

/** A call that asks for help: `--help` or `-h` anywhere, or `help` as the command. */
export function helpRequest(argv: string[]): { command?: string; sub?: string } | null {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const [command, sub] = rest.filter((a) => !a.startsWith('-'));
    return { command, sub };
  }
  if (!argv.includes('--help') && !argv.includes('-h')) return null;
  const sub = rest[0] && !rest[0].startsWith('-') ? rest[0] : undefined;
  return { command: first, sub };
}

/** Every command and subcommand, for tests and shell completion. */
export function commandList(): { command: string; sub?: string }[] {
  return Object.entries(COMMANDS).flatMap(([command, c]) => [{ command }, ...Object.keys(c.subs ?? {}).map((sub) => ({ command, sub }))]);
}
