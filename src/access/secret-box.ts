import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets that must be stored recoverably (TOTP seeds) with AES-256-GCM under a node
 * key kept outside the database: a stolen database or backup alone does not yield the seeds.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The node key must be 32 bytes');
  }

  seal(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** A keyed MAC under a key derived from the node key for one purpose (e.g. document verification). */
  mac(purpose: string, data: string): Buffer {
    const subKey = crypto.createHmac('sha256', this.key).update(`cctns:${purpose}`).digest();
    return crypto.createHmac('sha256', subKey).update(data).digest();
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unrecognised sealed secret');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** CCTNS_NODE_KEY (64 hex chars) if set, else DATA/node.key, created with mode 0600 on first use. */
export function loadNodeKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.CCTNS_NODE_KEY;
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error('CCTNS_NODE_KEY must be 64 hexadecimal characters');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.join(dataDir, 'node.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error(`${file} is not a valid node key`);
  return Buffer.from(hex, 'hex');
}
