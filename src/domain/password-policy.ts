/**
 * Password rules (NIST SP 800-63B §5.1.1.2): a length floor, no composition rules, and a check
 * against passwords known to be common or derived from the user's own details.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'banned' | 'contains_username' | 'repetitive';

export function checkPassword(password: string, context: { username?: string; banned: ReadonlySet<string> }): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (context.banned.has(lower) || context.banned.has(lower.replace(/[^a-z0-9]/g, ''))) return 'banned';
  if (context.username && context.username.length >= 3 && lower.includes(context.username.toLowerCase())) {
    return 'contains_username';
  }
  if (new Set(lower).size <= 3) return 'repetitive';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
  too_long: `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
  banned: 'This password is on the list of common or leaked passwords; choose another.',
  contains_username: 'The password must not contain the username.',
  repetitive: 'The password repeats too few different characters; choose a longer phrase.',
};
