import type { SecuritySettings } from '../config.js';
import { forbidden, ProblemError, unauthorized, badRequest } from '../errors.js';
import type { UnitService, Unit } from '../directory/units.js';
import type { User, UserRepository, Language } from '../directory/users.js';
import type { EventLog } from '../storage/event-log.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import type { AuditActor, AuditLog } from './audit-log.js';
import type { AuditAction } from '../domain/audit-actions.js';
import { normaliseUsername, unknownUsernameKey, type LoginGuard } from './login-guard.js';
import { DUMMY_PASSWORD_HASH, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import type { Principal } from './policy.js';
import type { RateLimiter } from './rate-limiter.js';
import type { SecretBox } from './secret-box.js';
import type { Session, SessionStore, Stage } from './sessions.js';
import type { TokenStore } from './tokens.js';
import { checkTotp, enrolmentMaterial, newTotpSecret } from './totp.js';

/** The signed-in user behind a request, with the facts the policy needs. */
export interface RequestActor {
  user: User;
  unit: Unit;
  principal: Principal;
  via: 'session' | 'token';
  session?: Session;
  tokenId?: string;
}

export interface ClientInfo {
  ip: string;
  userAgent: string;
}

export function auditActor(user: User): AuditActor {
  return { id: user.id, username: user.username, unitCode: user.unitCode };
}

export function principalOf(user: User, unit: Unit): Principal {
  return { userId: user.id, username: user.username, role: user.role, unitCode: unit.code, unitPath: unit.path, unitKind: unit.kind };
}

export interface StepDone {
  stage: Stage;
  /** The session's new token: the old one ended with the step. */
  token: string;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';

/**
 * Sign-in in stages: password, then the second factor (or enrolment in it), then a forced
 * password change where an administrator set the password. Every step is audited.
 */
export class AuthService {
  constructor(
    private readonly deps: {
      storage: Storage;
      clock: Clock;
      settings: SecuritySettings;
      events: EventLog;
      audit: AuditLog;
      users: UserRepository;
      units: UnitService;
      sessions: SessionStore;
      guard: LoginGuard;
      tokens: TokenStore;
      secrets: SecretBox;
      addressLimiter: RateLimiter;
      accountLimiter: RateLimiter;
    },
  ) {}

  /**
   * A name with no account goes through the same steps as a wrong password: the same rate
   * limits, a failure counted and locked under the same threshold and window (keyed by the
   * name), and one argon2 verification (against a fixed hash), so neither the answers nor the
   * work done tell which usernames exist.
   */
  async login(username: string, password: string, client: ClientInfo): Promise<{ token: string; stage: Stage }> {
    const { users, guard, audit, storage, sessions } = this.deps;
    const name = normaliseUsername(username);
    const waitAddress = this.deps.addressLimiter.hit(client.ip);
    const waitAccount = this.deps.accountLimiter.hit(name);
    const wait = Math.max(waitAddress, waitAccount);
    if (wait > 0) {
      await audit.record(storage.db, {
        actor: null,
        action: 'auth.login',
        outcome: 'denied',
        ip: client.ip,
        detail: { username, reason: 'rate-limited' },
      });
      throw new ProblemError(429, 'rate-limited', `Too many sign-in attempts. Try again in ${wait} seconds.`, {
        retryAfterSeconds: wait,
      });
    }
    const user = await users.byUsername(name);
    const actor = user ? auditActor(user) : null;
    const unknown = user ? undefined : { username, reason: 'unknown-user' };
    const lockedUntil = await guard.lockedUntil(user?.id ?? unknownUsernameKey(name));
    if (lockedUntil) {
      await audit.record(storage.db, { actor, action: 'auth.login', outcome: 'denied', ip: client.ip, detail: { ...unknown, reason: 'locked' } });
      throw lockedError(lockedUntil);
    }
    const passwordRight = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
    if (!user || !passwordRight) {
      if (user) await this.failure(user, client, 'wrong-password');
      else await this.unknownNameFailure(name, client, unknown!);
      throw unauthorized('invalid-credentials', WRONG_CREDENTIALS);
    }
    if (user.status !== 'active') {
      await audit.record(storage.db, { actor, action: 'auth.login', outcome: 'denied', ip: client.ip, detail: { reason: 'disabled' } });
      throw forbidden('account-disabled', 'This account is disabled. Ask your administrator.');
    }
    const stage: Stage = user.totpSecret ? 'mfa' : 'enrol';
    const { token } = await sessions.create(user.id, stage, client.ip, client.userAgent);
    await audit.record(storage.db, { actor, action: 'auth.login', outcome: 'success', ip: client.ip, detail: { next: stage } });
    return { token, stage };
  }

  /** A failure under a name with no account: counted like an account's, audited without an actor. */
  private async unknownNameFailure(name: string, client: ClientInfo, detail: Record<string, unknown>): Promise<void> {
    const { guard, audit, storage } = this.deps;
    const locked = await guard.recordFailure(unknownUsernameKey(name));
    await audit.record(storage.db, { actor: null, action: 'auth.login', outcome: 'failure', ip: client.ip, detail });
    if (locked) {
      await audit.record(storage.db, {
        actor: null,
        action: 'auth.lockout',
        outcome: 'success',
        ip: client.ip,
        detail: { ...detail, failures: this.deps.settings.lockoutThreshold, windowSeconds: this.deps.settings.lockoutWindowSeconds },
      });
    }
  }

  /** A wrong password or second factor: counted towards the lockout, audited. */
  private async failure(user: User, client: ClientInfo, reason: string, step: AuditAction = 'auth.login'): Promise<void> {
    const { guard, audit, storage, sessions } = this.deps;
    const locked = await guard.recordFailure(user.id);
    const actor = auditActor(user);
    await audit.record(storage.db, { actor, action: step, outcome: 'failure', ip: client.ip, detail: { reason } });
    if (locked) {
      await sessions.endAllFor(user.id);
      await audit.record(storage.db, {
        actor,
        action: 'auth.lockout',
        outcome: 'success',
        ip: client.ip,
        targetType: 'user',
        targetId: user.id,
        targetUnit: user.unitCode,
        detail: { failures: this.deps.settings.lockoutThreshold, windowSeconds: this.deps.settings.lockoutWindowSeconds },
      });
    }
  }

  /** Each completed step answers with a new session token (see SessionStore.advance) for the cookie. */
  async verifySecondFactor(session: Session, code: string, client: ClientInfo): Promise<StepDone> {
    const { guard, audit, storage, sessions, secrets, clock } = this.deps;
    if (session.stage !== 'mfa') throw badRequest('wrong-stage', 'No second-factor check is pending for this sign-in.');
    const user = await this.activeUser(session.userId);
    const lockedUntil = await guard.lockedUntil(user.id);
    if (lockedUntil) {
      await sessions.end(session.idHash);
      throw lockedError(lockedUntil);
    }
    const step = user.totpSecret ? checkTotp(secrets.open(user.totpSecret), user.username, code, clock.now()) : null;
    if (step === null || !(await guard.claimTotpStep(user.id, step))) {
      await this.failure(user, client, step === null ? 'wrong-totp' : 'totp-reused', 'auth.mfa');
      throw unauthorized('invalid-code', 'The code is wrong or has already been used. Enter the current 6-digit code from your authenticator app.');
    }
    const next: Stage = user.mustChangePassword ? 'password' : 'full';
    const { token } = await sessions.advance(session.idHash, next);
    if (next === 'full') await guard.recordSuccess(user.id);
    await audit.record(storage.db, { actor: auditActor(user), action: 'auth.mfa', outcome: 'success', ip: client.ip, detail: { next } });
    return { stage: next, token };
  }

  async enrolmentMaterial(session: Session) {
    if (session.stage !== 'enrol') throw badRequest('wrong-stage', 'Authenticator enrolment is not pending for this sign-in.');
    const user = await this.activeUser(session.userId);
    // One secret per sign-in attempt, kept sealed in the session until a code proves the app has it.
    const secret = session.totpSecretPending ? this.deps.secrets.open(session.totpSecretPending) : newTotpSecret();
    if (!session.totpSecretPending) await this.deps.sessions.setPendingSecret(session.idHash, this.deps.secrets.seal(secret));
    return enrolmentMaterial(secret, user.username);
  }

  async completeEnrolment(session: Session, code: string, client: ClientInfo): Promise<StepDone> {
    const { users, guard, audit, sessions, secrets, clock, events } = this.deps;
    if (session.stage !== 'enrol' || !session.totpSecretPending) {
      throw badRequest('wrong-stage', 'Open the enrolment page first to get your authenticator secret.');
    }
    const user = await this.activeUser(session.userId);
    const secret = secrets.open(session.totpSecretPending);
    const step = checkTotp(secret, user.username, code, clock.now());
    if (step === null || !(await guard.claimTotpStep(user.id, step))) {
      await this.failure(user, client, 'wrong-enrolment-code', 'auth.enrol');
      throw unauthorized('invalid-code', 'The code does not match. Check the time on your phone and enter the current 6-digit code.');
    }
    const next: Stage = user.mustChangePassword ? 'password' : 'full';
    await events.transaction(async (tx) => {
      await users.enrolTotp(tx, user.id, secrets.seal(secret), user.id);
      await audit.record(tx, {
        actor: auditActor(user),
        action: 'auth.enrol',
        outcome: 'success',
        ip: client.ip,
        targetType: 'user',
        targetId: user.id,
        targetUnit: user.unitCode,
      });
    });
    const { token } = await sessions.advance(session.idHash, next);
    if (next === 'full') await guard.recordSuccess(user.id);
    return { stage: next, token };
  }

  /** The forced change after an administrator set a temporary password. */
  async completePasswordChange(session: Session, newPassword: string, client: ClientInfo): Promise<StepDone> {
    if (session.stage !== 'password') throw badRequest('wrong-stage', 'No password change is pending for this sign-in.');
    const user = await this.activeUser(session.userId);
    await this.setOwnPassword(user, newPassword, client, session.idHash);
    const { token } = await this.deps.sessions.advance(session.idHash, 'full');
    await this.deps.guard.recordSuccess(user.id);
    return { stage: 'full', token };
  }

  /** For a cookie session, answers the session's new token: the id changes with the password. */
  async changeOwnPassword(actor: RequestActor, currentPassword: string, newPassword: string, client: ClientInfo): Promise<string | undefined> {
    if (!(await verifyPassword(actor.user.passwordHash, currentPassword))) {
      await this.failure(actor.user, client, 'wrong-current-password', 'auth.password_change');
      throw badRequest('wrong-current-password', 'The current password is wrong.', [{ path: 'currentPassword', message: 'The current password is wrong.' }]);
    }
    await this.setOwnPassword(actor.user, newPassword, client, actor.session?.idHash);
    return actor.session ? (await this.deps.sessions.advance(actor.session.idHash, 'full')).token : undefined;
  }

  private async setOwnPassword(user: User, newPassword: string, client: ClientInfo, keepSession?: string): Promise<void> {
    const problem = passwordProblem(newPassword, user.username);
    if (problem) throw badRequest('weak-password', problem, [{ path: 'newPassword', message: problem }]);
    if (await verifyPassword(user.passwordHash, newPassword)) {
      const msg = 'The new password must differ from the current one.';
      throw badRequest('weak-password', msg, [{ path: 'newPassword', message: msg }]);
    }
    const hash = await hashPassword(newPassword);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.users.setPassword(tx, user.id, hash, false, user.id);
      await this.deps.audit.record(tx, {
        actor: auditActor(user),
        action: 'auth.password_change',
        outcome: 'success',
        ip: client.ip,
        targetType: 'user',
        targetId: user.id,
        targetUnit: user.unitCode,
      });
    });
    // Other sessions may belong to whoever knew the old password.
    await this.deps.sessions.endAllFor(user.id, keepSession);
  }

  async setLanguage(actor: RequestActor, language: Language, client: ClientInfo): Promise<User> {
    await this.deps.events.transaction(async (tx) => {
      await this.deps.users.setLanguage(tx, actor.user.id, language, actor.user.id);
      await this.deps.audit.record(tx, {
        actor: auditActor(actor.user),
        action: 'user.language',
        outcome: 'success',
        ip: client.ip,
        targetType: 'user',
        targetId: actor.user.id,
        targetUnit: actor.user.unitCode,
        detail: { language },
      });
    });
    return (await this.deps.users.byId(actor.user.id))!;
  }

  async logout(session: Session, client: ClientInfo): Promise<void> {
    await this.deps.sessions.end(session.idHash);
    const user = await this.deps.users.byId(session.userId);
    await this.deps.audit.record(this.deps.storage.db, {
      actor: user ? auditActor(user) : null,
      action: 'auth.logout',
      outcome: 'success',
      ip: client.ip,
    });
  }

  /** Resolves a fully signed-in actor from a session; null if the user is gone or disabled. */
  async actorFromSession(session: Session): Promise<RequestActor | null> {
    const user = await this.deps.users.byId(session.userId);
    if (!user || user.status !== 'active') return null;
    const unit = await this.deps.units.get(user.unitCode);
    if (!unit) return null;
    return { user, unit, principal: principalOf(user, unit), via: 'session', session };
  }

  async actorFromToken(token: string): Promise<RequestActor | null> {
    const found = await this.deps.tokens.check(token);
    if (!found) return null;
    const user = await this.deps.users.byId(found.userId);
    if (!user || user.status !== 'active') return null;
    const unit = await this.deps.units.get(user.unitCode);
    if (!unit) return null;
    return { user, unit, principal: principalOf(user, unit), via: 'token', tokenId: found.id };
  }

  private async activeUser(userId: string): Promise<User> {
    const user = await this.deps.users.byId(userId);
    if (!user || user.status !== 'active') throw unauthorized('session-ended', 'This account can no longer sign in.');
    return user;
  }
}

function lockedError(until: string): ProblemError {
  const byAdmin = until.startsWith('9999');
  const when = new Date(until).toLocaleString('en-IN', { timeZone: 'Asia/Kolkata', dateStyle: 'medium', timeStyle: 'short' });
  return new ProblemError(
    423,
    'account-locked',
    byAdmin
      ? 'This account is locked after too many failed attempts. Ask your administrator to unlock it.'
      : `This account is locked after too many failed attempts, until ${when} IST, or until an administrator unlocks it.`,
  );
}
