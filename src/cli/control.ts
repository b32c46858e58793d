import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A running node listens on DATA/control.sock for commands from `cctns` on the same machine
 * (`cctns sync now`), so that the one process that syncs does the round and nothing else does
 * one alongside it. Only the owner of the data directory can reach the socket (mode 0600).
 */

export type ControlHandler = (command: string, send: (line: string) => void) => Promise<number>;

export function controlPath(dataDir: string): string {
  return path.join(dataDir, 'control.sock');
}

export async function startControl(dataDir: string, handler: ControlHandler): Promise<() => Promise<void>> {
  const file = controlPath(dataDir);
  // A socket left by a node that was killed: nobody answers on it.
  if (fs.existsSync(file) && !(await answers(file))) fs.rmSync(file, { force: true });
  const server = net.createServer((socket) => {
    let buf = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl < 0) {
        if (buf.length > 1000) socket.destroy();
        return;
      }
      const command = buf.slice(0, nl).trim();
      buf = '';
      const send = (line: string) => {
        if (!socket.destroyed) socket.write(line.replace(/\n/g, ' ') + '\n');
      };
      handler(command, send).then(
        (code) => socket.end(`exit ${code}\n`),
        (err: unknown) => socket.end(`error ${err instanceof Error ? err.message : String(err)}\nexit 1\n`),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(file, { force: true });
    });
}

function answers(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(file);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/**
 * Sends a command to the running node and passes on each line it answers; the exit code is the
 * node's. Null if no node is running on this data directory.
 */
export async function callControl(dataDir: string, command: string, onLine: (line: string) => void): Promise<number | null> {
  const file = controlPath(dataDir);
  if (!fs.existsSync(file)) return null;
  return new Promise((resolve) => {
    const s = net.connect(file);
    let buf = '';
    let code: number | null = null;
    s.setEncoding('utf8');
    s.once('error', () => resolve(null));
    s.on('connect', () => s.write(command + '\n'));
    s.on('data', (chunk) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /^exit (\d+)$/.exec(line);
        if (m) code = Number(m[1]);
        else onLine(line);
      }
    });
    s.on('close', () => resolve(code ?? 1));
  });
}
