import { tierRule } from '../domain/tiers.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import type { SecretBox } from '../access/secret-box.js';
import { decryptWith, enrolmentKeys, hmac, isEd25519PublicKey, newNonce, normaliseEnrolmentCode, sameMac } from './crypto.js';
import type { NodeIdentity } from './identity.js';
import type { NodeProfile } from './node-profile.js';
import type { EnrolAnswer } from './node-registry.js';

/** Enrolment could not be done; the message says what to do. */
export class EnrolmentError extends Error {}

/**
 * Enrols this node with its upstream using the one-time code from the upstream's administrator:
 * proves it holds the code, sends its public key, and keeps the upstream's key and the realm key
 * it is given — both checked under keys derived from the code, so nobody in between can swap them.
 */
export async function enrol(
  deps: { storage: Storage; clock: Clock; profile: NodeProfile; secrets: SecretBox; identity: NodeIdentity },
  input: { upstreamUrl: string; code: string; label?: string; timeoutMs?: number },
): Promise<{ nodeId: string; upstreamUnit: string }> {
  const { storage, clock, profile, secrets, identity } = deps;
  if (tierRule(profile.tier).upstream === 'never') throw new EnrolmentError(`A ${profile.tier} node does not sync upward; start it with --tier station or --tier state.`);
  const existing = await storage.db.selectFrom('sync_upstream').selectAll().executeTakeFirst();
  if (existing) throw new EnrolmentError(`This node is already enrolled with ${existing.url} (${existing.upstream_unit}) as node ${existing.node_id}.`);
  const code = normaliseEnrolmentCode(input.code);
  if (!code) throw new EnrolmentError('That is not an enrolment code: it has 20 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX.');
  let base: URL;
  try {
    base = new URL(input.upstreamUrl);
    if (!['http:', 'https:'].includes(base.protocol)) throw new Error();
  } catch {
    throw new EnrolmentError(`"${input.upstreamUrl}" is not an http(s) address of the upstream node.`);
  }
  const keys = enrolmentKeys(code);
  const nonce = newNonce();
  const signed = { lookup: keys.lookup, unitCode: profile.unitCode, publicKey: identity.publicKey, label: input.label ?? null, time: clock.now().getTime(), nonce };
  const body = { ...signed, label: input.label, proof: hmac(keys.proof, signed) };
  let res: Response;
  try {
    res = await fetch(new URL('/api/v1/sync/enrol', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(input.timeoutMs ?? 60_000),
    });
  } catch (err) {
    throw new EnrolmentError(`The upstream ${base.origin} cannot be reached (${(err as Error).message}). Check the address and the link, then try again.`);
  }
  const text = await res.text();
  let answer: EnrolAnswer & { detail?: string };
  try {
    answer = JSON.parse(text);
  } catch {
    throw new EnrolmentError(`The upstream answered HTTP ${res.status} with something that is not a CCTNS answer.`);
  }
  if (!res.ok) throw new EnrolmentError(`The upstream refused the enrolment: ${answer.detail ?? `HTTP ${res.status}`}`);
  const { mac, ...rest } = answer;
  if (typeof mac !== 'string' || !sameMac(mac, hmac(keys.response, { ...rest, nonce }))) {
    throw new EnrolmentError('The answer is not from the node that issued the code (its proof does not match). Nothing was stored.');
  }
  if (answer.unitCode !== profile.unitCode || !isEd25519PublicKey(answer.upstreamKey)) throw new EnrolmentError('The upstream answered for another unit or without a usable key.');
  const realm = decryptWith(keys.seal, answer.realmKey);
  await storage.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('sync_upstream')
      .values({
        id: 1,
        url: base.origin + base.pathname.replace(/\/$/, ''),
        node_id: answer.nodeId,
        upstream_unit: answer.upstreamUnit,
        upstream_key: answer.upstreamKey,
        enrolled_at: clock.now().toISOString(),
        clock_offset_ms: answer.time - clock.now().getTime(),
      })
      .execute();
    // A station seals its users' secrets as its state does; a state keeps its own realm.
    if (profile.tier === 'station') await profile.storeRealmKey(secrets, realm, tx);
  });
  return { nodeId: answer.nodeId, upstreamUnit: answer.upstreamUnit };
}
