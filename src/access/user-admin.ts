import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { type ClientInfo, type RequestActor } from './auth-service.js';
import type { AuditLog } from './audit-log.js';
import type { LoginGuard } from './login-guard.js';
import { hashPassword } from './passwords.js';
import { assignableRoles, decide, type Resource } from './policy.js';
import { isRole, roleFitsUnit, ROLE_DEFINITIONS, type Action, type Role } from '../domain/roles.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { UnitService } from '../directory/units.js';
import type { Language, User, UserRepository } from '../directory/users.js';

/** A user as administrators see them: no credentials, and whether they are locked out or enrolled. */
export interface UserView extends Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'unitCode' | 'language' | 'status'> {
  locked: boolean;
  mfaEnrolled: boolean;
  createdAt: string;
}

/** 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I), in groups for dictation. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from(crypto.randomBytes(16), (b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/**
 * User administration: every action is decided by the policy module against the target's unit
 * and role, and audited whether allowed or denied.
 */
export class UserAdminService {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      users: UserRepository;
      units: UnitService;
      guard: LoginGuard;
      /**
       * False on a station node: usernames are unique across the state, and two offline stations
       * could each give out the same one, so accounts are created at the state node.
       */
      createsAccounts: boolean;
    },
  ) {}

  async view(user: User): Promise<UserView> {
    const locked = (await this.deps.guard.lockedUntil(user.id)) !== null;
    return toView(user, locked);
  }

  async list(actor: RequestActor, filter: { q?: string; unit?: string }, client: ClientInfo): Promise<UserView[]> {
    await this.authorise(actor, 'user.read', { unitPath: actor.unit.path }, client);
    const users = await this.deps.users.listInSubtree(actor.unit.path, { q: filter.q, unitCode: filter.unit });
    const locked = await this.deps.guard.lockedUserIds(users.map((u) => u.id));
    await this.deps.audit.forRequest(actor, client).success(this.deps.storage.db, 'user.list', {
      targetType: 'user',
      targetUnit: actor.unit.code,
      detail: { q: filter.q ?? null, unit: filter.unit ?? null, count: users.length },
    });
    return users.map((u) => toView(u, locked.has(u.id)));
  }

  async get(actor: RequestActor, id: string, client: ClientInfo): Promise<UserView> {
    const target = await this.target(id);
    await this.authorise(actor, 'user.read', await this.resourceOf(target), client, target);
    await this.deps.audit.forRequest(actor, client).success(this.deps.storage.db, 'user.read', {
      targetType: 'user',
      targetId: target.id,
      targetUnit: target.unitCode,
    });
    return this.view(target);
  }

  async create(
    actor: RequestActor,
    input: { username: string; displayName: string; role: string; unitCode: string; language?: Language },
    client: ClientInfo,
  ): Promise<{ user: UserView; temporaryPassword: string }> {
    const unit = await this.deps.units.get(input.unitCode);
    if (!unit) throw badRequest('unknown-unit', `There is no unit with code ${input.unitCode}.`, [{ path: 'unitCode', message: 'Unknown unit.' }]);
    if (!isRole(input.role)) throw badRequest('unknown-role', `There is no role "${input.role}".`, [{ path: 'role', message: 'Unknown role.' }]);
    await this.authorise(actor, 'user.create', { unitPath: unit.path, role: input.role }, client, undefined, { username: input.username, role: input.role, unitCode: unit.code });
    if (!this.deps.createsAccounts) {
      throw conflict(
        'create-at-state',
        'New accounts are created at the state node, where usernames are kept unique across the state. Ask the state administrator, or use the state node when the link is up; the account reaches this station at its next sync.',
      );
    }
    if (!roleFitsUnit(input.role, unit.kind)) {
      const kinds = ROLE_DEFINITIONS[input.role].unitKinds.join(', ');
      throw badRequest('role-unit-mismatch', `A ${input.role} belongs to a ${kinds}, not a ${unit.kind}.`, [{ path: 'role', message: `This role belongs to a ${kinds}.` }]);
    }
    if (await this.deps.users.byUsername(input.username)) {
      throw conflict('username-taken', `The username ${input.username} is already in use.`);
    }
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const id = uuidv7();
    await this.deps.events.transaction(async (tx) => {
      // Checked again inside the transaction: two administrators may pick the same name at once.
      if (await this.deps.users.byUsername(input.username, tx)) {
        throw conflict('username-taken', `The username ${input.username} is already in use.`);
      }
      await this.deps.users.create(
        tx,
        {
          id,
          username: input.username,
          displayName: input.displayName,
          role: input.role as Role,
          unitCode: unit.code,
          language: input.language ?? actor.user.language,
          passwordHash,
          mustChangePassword: true,
          totpSecret: null,
        },
        actor.user.id,
      );
      await this.deps.audit.forRequest(actor, client).success(tx, 'user.create', {
        targetType: 'user',
        targetId: id,
        targetUnit: unit.code,
        detail: { username: input.username, role: input.role },
      });
    });
    return { user: await this.view((await this.deps.users.byId(id))!), temporaryPassword: password };
  }

  async setStatus(actor: RequestActor, id: string, status: 'active' | 'disabled', reason: string, client: ClientInfo): Promise<UserView> {
    const action: Action = status === 'disabled' ? 'user.disable' : 'user.enable';
    const target = await this.target(id);
    await this.authorise(actor, action, await this.resourceOf(target), client, target);
    if (target.status === status) throw conflict('no-change', `The account is already ${status === 'active' ? 'active' : 'disabled'}.`);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.users.setStatus(tx, target.id, status, actor.user.id, reason);
      await this.auditChange(tx, actor, action, target, client, { reason });
    });
    return this.view((await this.deps.users.byId(id))!);
  }

  /** New temporary password and a fresh authenticator enrolment at next sign-in. */
  async reset(actor: RequestActor, id: string, reason: string, client: ClientInfo): Promise<{ user: UserView; temporaryPassword: string }> {
    const target = await this.target(id);
    await this.authorise(actor, 'user.reset', await this.resourceOf(target), client, target);
    const password = temporaryPassword();
    const hash = await hashPassword(password);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.users.setPassword(tx, target.id, hash, true, actor.user.id);
      if (target.totpSecret) await this.deps.users.clearTotp(tx, target.id, actor.user.id, reason);
      await this.auditChange(tx, actor, 'user.reset', target, client, { reason });
    });
    return { user: await this.view((await this.deps.users.byId(id))!), temporaryPassword: password };
  }

  async unlock(actor: RequestActor, id: string, reason: string, client: ClientInfo): Promise<UserView> {
    const target = await this.target(id);
    await this.authorise(actor, 'user.unlock', await this.resourceOf(target), client, target);
    await this.deps.guard.unlock(target.id);
    await this.auditChange(this.deps.storage.db, actor, 'user.unlock', target, client, { reason });
    return this.view(target);
  }

  async assignableRoles(actor: RequestActor): Promise<{ code: Role; unitKinds: string[] }[]> {
    return assignableRoles(actor.principal).map((code) => ({ code, unitKinds: [...ROLE_DEFINITIONS[code].unitKinds] }));
  }

  private async target(id: string): Promise<User> {
    const u = await this.deps.users.byId(id);
    if (!u) throw notFound('There is no user with this id.');
    return u;
  }

  private async resourceOf(user: User): Promise<Resource> {
    const unit = await this.deps.units.get(user.unitCode);
    return { unitPath: unit?.path ?? '', role: user.role, userId: user.id };
  }

  /** Asks the policy; a denial is audited and answered with 403, naming the reason. */
  private async authorise(actor: RequestActor, action: Action, resource: Resource, client: ClientInfo, target?: User, detail?: Record<string, unknown>): Promise<void> {
    const decision = decide(actor.principal, action, resource);
    if (decision.allowed) return;
    await this.deps.audit.forRequest(actor, client).denied(action, decision.reason, {
      targetType: 'user',
      targetId: target?.id,
      targetUnit: target?.unitCode,
      detail,
    });
    throw forbidden('not-permitted', decision.reason);
  }

  private auditChange(exec: Parameters<AuditLog['record']>[0], actor: RequestActor, action: Action, target: User, client: ClientInfo, detail: Record<string, unknown>) {
    return this.deps.audit.forRequest(actor, client).success(exec, action, {
      targetType: 'user',
      targetId: target.id,
      targetUnit: target.unitCode,
      detail: { username: target.username, ...detail },
    });
  }
}

function toView(u: User, locked: boolean): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitCode: u.unitCode,
    language: u.language,
    status: u.status,
    locked,
    mfaEnrolled: u.totpSecret !== null,
    createdAt: u.createdAt,
  };
}
