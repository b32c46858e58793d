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
  'complaint.register',
  'complaint.assign',
  'complaint.close',
  'complaint.read',
  'complaint.list',
  'fir.register',
  'fir.amend',
  'fir.transfer',
  'fir.efir_sign',
  'fir.read',
  'fir.read_unmasked',
  'fir.list',
  'fir.copy',
  'gd.write',
  'gd.read',
  'person.read',
  'person.match',
  'attachment.upload',
  'attachment.read',
  'law.correct',
  'search.persons',
  'search.vehicles',
  'search.phones',
  'search.firs',
  'person.same_marked',
  'person.same_unmarked',
  'person.import',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number] | Action;
