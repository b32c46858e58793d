import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets that must be stored recoverably (TOTP seeds) with AES-256-GCM under a key
 * kept outside the database: a stolen database or backup alone does not yield the seeds.
 *
 * Two keys: the node key (this machine's own: "v1" seals, and this node's sync identity) and,
 * on a networked node, the realm key shared by a state node with the stations it enrols ("v2"
 * seals). User records travel between the nodes of a state with their seeds sealed under the
 * realm key, so an officer signs in at the station with the link down; FIR copies printed at a
 * station verify at the state.
 */
export class SecretBox {
  private realm: { key: Buffer; id: string } | null = null;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The node key must be 32 bytes');
  }

  /** From now on, seal and MAC under the realm key (v1 seals still open with the node key). */
  useRealmKey(key: Buffer): void {
    if (key.length !== 32) throw new Error('The realm key must be 32 bytes');
    this.realm = { key, id: keyId(key) };
  }

  /** Seals shared secrets: under the realm key where there is one. */
  seal(plain: string): string {
    return this.realm ? sealWith(this.realm.key, plain, ['v2', this.realm.id]) : this.sealLocal(plain);
  }

  /** Seals what never leaves this machine (its sync key, the realm key itself) under the node key. */
  sealLocal(plain: string): string {
    return sealWith(this.key, plain, ['v1']);
  }

  /** A keyed MAC for one purpose (e.g. document verification), under the realm key where there is one. */
  mac(purpose: string, data: string): Buffer {
    const subKey = crypto
      .createHmac('sha256', this.realm?.key ?? this.key)
      .update(`cctns:${purpose}`)
      .digest();
    return crypto.createHmac('sha256', subKey).update(data).digest();
  }

  open(sealed: string): string {
    const parts = sealed.split('.');
    let key: Buffer;
    if (parts[0] === 'v1' && parts.length === 4) {
      key = this.key;
      parts.splice(0, 1);
    } else if (parts[0] === 'v2' && parts.length === 5) {
      if (!this.realm || parts[1] !== this.realm.id) throw new Error('Sealed under a realm key this node does not hold');
      key = this.realm.key;
      parts.splice(0, 2);
    } else throw new Error('Unrecognised sealed secret');
    const [iv, tag, body] = parts as [string, string, string];
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

function sealWith(key: Buffer, plain: string, prefix: string[]): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [...prefix, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** Names a key without revealing it: which realm key a seal needs. */
function keyId(key: Buffer): string {
  return crypto.createHash('sha256').update('cctns:key-id:').update(key).digest('hex').slice(0, 12);
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
