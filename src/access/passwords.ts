import fs from 'node:fs';
import argon2 from 'argon2';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '../domain/password-policy.js';
import { referencePath } from '../util/paths.js';

/**
 * argon2id with OWASP's first recommended profile (m=19 MiB, t=2, p=1): affordable on a station
 * PC, costly for an attacker who has stolen the table.
 */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the username does not exist, so that
 *  timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy-password-for-timing-' + Math.random());
  return dummyHash;
}

let banned: Set<string> | undefined;
export function bannedPasswords(): ReadonlySet<string> {
  if (!banned) {
    const text = fs.readFileSync(referencePath('security', 'banned-passwords.txt'), 'utf8');
    banned = new Set(
      text
        .split('\n')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l && !l.startsWith('#')),
    );
  }
  return banned;
}

/** The reason a new password is refused, in words for the person choosing it; null if fine. */
export function passwordProblem(password: string, username?: string): string | null {
  const problem = checkPassword(password, { username, banned: bannedPasswords() });
  return problem ? PASSWORD_PROBLEM_MESSAGES[problem] : null;
}
