import type { Action } from './roles.js';

/**
 * Everything the audit log records besides policy actions (a refused policy action is recorded
 * under the action's own name). The web app translates each of these.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.mfa',
  'auth.enrol',
  'auth.logout',
  'auth.lockout',
  'auth.password_change',
  'user.create',
  'user.disable',
  'user.enable',
  'user.reset',
  'user.unlock',
  'user.language',
  'user.read',
  'user.list',
  'token.create',
  'token.revoke',
  'audit.read',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number] | Action;
