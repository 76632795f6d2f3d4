import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse } from '@auscult/contracts';
import { AuditEventEntity, UserEntity, verifyPassword } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { TokenService } from './token.service.js';

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = '$2b$10$QpMpHq5626CS62Mo8I5wOOEmHsygeIubJYMPC.GttL5ahDDVdXMDe';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async login(email: string, password: string, remoteAddress: string | null): Promise<LoginResponse> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    await this.ds.getRepository(AuditEventEntity).insert({
      actorId: ok && user ? user.id : null,
      actorLabel: `user:${email.toLowerCase()}`,
      action: ok && user?.isActive ? 'auth.login' : 'auth.login_failed',
      remoteAddress,
    });
    if (!user || !ok || !user.isActive)
      throw new DomainError('unauthenticated', 'The email or the password is wrong.');
    const authUser = { id: user.id, email: user.email, name: user.name, role: user.role, units: user.units };
    return { accessToken: await this.tokens.issue(authUser), user: authUser };
  }
}
