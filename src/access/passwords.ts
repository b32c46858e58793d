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

/**
 * The hash verified against when the username does not exist, so that an unknown name costs the
 * same argon2 work as a wrong password. Fixed, with ARGON2_OPTIONS' cost (a test holds them
 * equal), rather than made on first use: making it would add a hash to the first unknown name.
 * The password behind it was random and is not kept.
 */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Cs5sMkwmJaHjPYDZg7am3w$O75OqDdr9kRljGNXql5G2f+4KXVmtuXqK8cZ5+/bSUI';
export const PASSWORD_HASH_COST = ARGON2_OPTIONS;

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
