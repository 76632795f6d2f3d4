import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminUserView, AuthUser, Role } from '@auscult/contracts';
import { AuditEventEntity, hashPassword, UnitEntity, UserEntity } from '@auscult/persistence';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { SessionService } from '../../auth/session.service.js';
import { DomainError } from '../../errors/domain-error.js';
import { invalid } from '../../errors/validation.js';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';

const UNIT_ROLES: readonly Role[] = ['nurse', 'charge_nurse'];

const toView = (u: UserEntity): AdminUserView => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  units: u.units,
  isActive: u.isActive,
  signIn: u.passwordHash ? 'password' : 'oidc',
  createdAt: u.createdAt.toISOString(),
});

export interface Actor {
  user: AuthUser;
  remoteAddress: string | null;
}

/** People and their access: create, change role and units, deactivate. Every change is audited. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async list(): Promise<AdminUserView[]> {
    const rows = await this.ds.getRepository(UserEntity).find({ order: { email: 'ASC' } });
    return rows.map(toView);
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<AdminUserView> {
    const units = await this.checkUnits(dto.role, dto.units ?? []);
    const email = dto.email.toLowerCase();
    const created = await this.ds.transaction(async (m) => {
      if (await m.getRepository(UserEntity).existsBy({ email }))
        throw new DomainError('conflict', 'A user with this email exists already.');
      const user = await m.getRepository(UserEntity).save({
        email,
        name: dto.name,
        role: dto.role,
        units,
        passwordHash: dto.password ? await hashPassword(dto.password) : null,
        isActive: true,
      });
      await this.audit(m, actor, 'user.created', user, null, { role: user.role, units: user.units });
      return user;
    });
    return toView(created);
  }

  /** A change of role or units ends the person's sessions: their tokens carry the old access. */
  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<AdminUserView> {
    const { user, accessChanged } = await this.ds.transaction(async (m) => {
      const before = await this.find(m, id);
      const role = dto.role ?? before.role;
      const units = await this.checkUnits(role, dto.units ?? (UNIT_ROLES.includes(role) ? before.units : []));
      const accessChanged = role !== before.role || units.join() !== before.units.join();
      if (accessChanged && before.id === actor.user.id && role !== 'admin')
        throw new DomainError('conflict', 'You cannot remove your own admin role; ask another admin.');
      await m.getRepository(UserEntity).update({ id }, { role, units, name: dto.name ?? before.name });
      const after = await this.find(m, id);
      if (accessChanged)
        await this.audit(
          m,
          actor,
          'user.role_changed',
          after,
          { role: before.role, units: before.units },
          { role, units },
        );
      return { user: after, accessChanged };
    });
    if (accessChanged) await this.sessions.endAllForUser(user.id, 'role_changed');
    return toView(user);
  }

  /** Deactivation ends every session of the person at once: tokens, refresh tokens and sockets. */
  async setActive(actor: Actor, id: string, isActive: boolean): Promise<AdminUserView> {
    if (!isActive && id === actor.user.id)
      throw new DomainError('conflict', 'You cannot deactivate your own account.');
    const user = await this.ds.transaction(async (m) => {
      const before = await this.find(m, id);
      if (before.isActive === isActive) return before;
      await m.getRepository(UserEntity).update({ id }, { isActive });
      const after = await this.find(m, id);
      await this.audit(
        m,
        actor,
        isActive ? 'user.activated' : 'user.deactivated',
        after,
        { isActive: before.isActive },
        { isActive },
      );
      return after;
    });
    if (!isActive) await this.sessions.endAllForUser(id, 'deactivated');
    return toView(user);
  }

  private async find(m: EntityManager, id: string): Promise<UserEntity> {
    const user = await m.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new DomainError('not_found', 'No such user.');
    return user;
  }

  /** Nurses and charge nurses need at least one unit, each one known; other roles carry none. */
  private async checkUnits(role: Role, units: string[]): Promise<string[]> {
    if (!UNIT_ROLES.includes(role)) {
      if (units.length > 0) throw invalid([{ field: 'units', reason: `a ${role} has no units` }]);
      return [];
    }
    if (units.length === 0) throw invalid([{ field: 'units', reason: `a ${role} needs at least one unit` }]);
    const known = await this.ds.getRepository(UnitEntity).findBy({ code: In(units) });
    const unknown = units.filter((u) => !known.some((k) => k.code === u));
    if (unknown.length > 0) throw invalid([{ field: 'units', reason: `unknown unit ${unknown.join(', ')}` }]);
    return [...new Set(units)];
  }

  private async audit(
    m: EntityManager,
    actor: Actor,
    action: string,
    subject: UserEntity,
    fromState: object | null,
    toState: object | null,
  ): Promise<void> {
    await m.getRepository(AuditEventEntity).insert({
      actorId: actor.user.id,
      actorLabel: `user:${actor.user.email}`,
      action,
      fromState,
      toState,
      note: `user ${subject.email}`,
      remoteAddress: actor.remoteAddress,
    });
  }
}
