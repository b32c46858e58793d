import crypto from 'node:crypto';
import { canonicalJson } from '../util/canonical-json.js';
import { sha256Hex } from '../util/hash.js';

/**
 * The cryptography of node-to-node sync, all from node:crypto: Ed25519 signatures on every
 * request and answer, and HKDF/HMAC/AES-GCM for the one-time enrolment code.
 */

export const SIGNATURE_HEADERS = {
  node: 'x-cctns-node',
  time: 'x-cctns-time',
  nonce: 'x-cctns-nonce',
  signature: 'x-cctns-signature',
} as const;

export interface NodeKeys {
  publicKey: string;
  privateKey: string;
}

/** A fresh Ed25519 key pair as base64url DER (SPKI public, PKCS#8 private). */
export function newNodeKeys(): NodeKeys {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64url'),
  };
}

export function publicKeyObject(encoded: string): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.from(encoded, 'base64url'), format: 'der', type: 'spki' });
}

export function privateKeyObject(encoded: string): crypto.KeyObject {
  return crypto.createPrivateKey({ key: Buffer.from(encoded, 'base64url'), format: 'der', type: 'pkcs8' });
}

/** Whether a string is a usable Ed25519 public key. */
export function isEd25519PublicKey(encoded: string): boolean {
  try {
    return publicKeyObject(encoded).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

export interface SignedRequestParts {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  nodeId: string;
  time: number;
  nonce: string;
  /** The Content-Encoding header as sent ('' without one): the body is read by it. */
  encoding: string;
  body: Buffer;
}

/** What a request signature covers: every part a replay or a forgery would change. */
export function requestSigningText(r: SignedRequestParts): Buffer {
  return Buffer.from(['CCTNS-SYNC-2', r.method.toUpperCase(), r.path, r.nodeId, String(r.time), r.nonce, r.encoding, sha256Hex(r.body)].join('\n'));
}

/**
 * An answer is bound to the request it answers — its nonce, method, path and node — so an old
 * answer, or the answer to another request, cannot be passed off as this one's.
 */
export function responseSigningText(r: { nonce: string; method: string; path: string; nodeId: string; status: number; encoding: string; body: Buffer }): Buffer {
  return Buffer.from(['CCTNS-SYNC-2-RESPONSE', r.nonce, r.method.toUpperCase(), r.path, r.nodeId, String(r.status), r.encoding, sha256Hex(r.body)].join('\n'));
}

export function sign(privateKey: crypto.KeyObject, text: Buffer): string {
  return crypto.sign(null, text, privateKey).toString('base64url');
}

export function verify(publicKey: crypto.KeyObject, text: Buffer, signature: string): boolean {
  try {
    return crypto.verify(null, text, publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64url');
}

// The enrolment code: 20 characters from an alphabet without look-alikes (100 bits), shown as
// four groups of five. It is never stored in the clear and never sent: both ends derive keys from it.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';

export function newEnrolmentCode(): string {
  const bytes = crypto.randomBytes(20);
  const chars = Array.from(bytes, (b) => CODE_ALPHABET[b % 32]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** The code as typed: case, spaces and hyphens do not matter. Null if it cannot be one. */
export function normaliseEnrolmentCode(raw: string): string | null {
  const c = raw.toUpperCase().replace(/[\s-]/g, '');
  if (c.length !== 20 || [...c].some((ch) => !CODE_ALPHABET.includes(ch))) return null;
  return c;
}

export interface EnrolmentKeys {
  /** Public: finds the pending node by its code without the code. */
  lookup: string;
  proof: Buffer;
  seal: Buffer;
  response: Buffer;
}

export function enrolmentKeys(normalisedCode: string): EnrolmentKeys {
  const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', normalisedCode, 'cctns-enrol-v1', info, 32));
  return { lookup: sha256Hex(derive('lookup')), proof: derive('proof'), seal: derive('seal'), response: derive('response') };
}

export function hmac(key: Buffer, value: unknown): string {
  return crypto.createHmac('sha256', key).update(canonicalJson(value)).digest('base64url');
}

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** AES-256-GCM under a key derived from the code: carries the realm key to the enrolling node. */
export function encryptFor(key: Buffer, plain: Buffer): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return [iv, c.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function decryptWith(key: Buffer, sealed: string): Buffer {
  const [iv, tag, body] = sealed.split('.');
  if (!iv || !tag || body === undefined) throw new Error('malformed sealed value');
  const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(body, 'base64url')), d.final()]);
}
