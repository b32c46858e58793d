import type crypto from 'node:crypto';
import type { SecretBox } from '../access/secret-box.js';
import type { Storage } from '../storage/db.js';
import { newNodeKeys, privateKeyObject, publicKeyObject, sign } from './crypto.js';

/**
 * This node's Ed25519 key: it signs what the node sends upward and what it answers to the nodes
 * below. Made on first use; the private half is sealed under the node key.
 */
export class NodeIdentity {
  private constructor(
    readonly publicKey: string,
    private readonly privateKey: crypto.KeyObject,
  ) {}

  static async load(storage: Storage, secrets: SecretBox): Promise<NodeIdentity> {
    const rows = await storage.db.selectFrom('settings').select(['key', 'value']).where('key', 'in', ['sync.identity_public', 'sync.identity_private']).execute();
    const got = new Map(rows.map((r) => [r.key, r.value]));
    let pub = got.get('sync.identity_public');
    let priv = got.get('sync.identity_private');
    if (!pub || !priv) {
      const keys = newNodeKeys();
      pub = keys.publicKey;
      priv = secrets.sealLocal(keys.privateKey);
      await storage.db.transaction().execute(async (tx) => {
        for (const [key, value] of [
          ['sync.identity_public', pub!],
          ['sync.identity_private', priv!],
        ] as const) {
          await tx
            .insertInto('settings')
            .values({ key, value })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
            .execute();
        }
      });
    }
    return new NodeIdentity(pub, privateKeyObject(secrets.open(priv)));
  }

  sign(text: Buffer): string {
    return sign(this.privateKey, text);
  }

  publicKeyObject(): crypto.KeyObject {
    return publicKeyObject(this.publicKey);
  }
}
