import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OidcConfig, AuscultConfig } from '@auscult/config';
import type { LoginResponse } from '@auscult/contracts';
import { AuditEventEntity, UnitEntity, UserEntity } from '@auscult/persistence';
import type { Redis } from 'ioredis';
import * as client from 'openid-client';
import type { DataSource, EntityManager } from 'typeorm';
import { AUSCULT_CONFIG } from '../../config/config.module.js';
import { DomainError } from '../../errors/domain-error.js';
import { REDIS } from '../../redis/redis.module.js';
import { AuthService } from '../auth.service.js';
import { SessionService } from '../session.service.js';
import {
  claimAt,
  claimValues,
  knownUnits,
  mapRole,
  UNIT_SCOPED_ROLES,
  unknownMappedRoles,
} from './oidc-claims.js';

/** A started sign-in lives this long at most (the person types their hospital password in between). */
export const FLOW_TTL_SECONDS = 600;
/** The one-time hand-off code from the callback to the dashboard lives this long. */
export const HANDOFF_TTL_SECONDS = 60;

interface Flow {
  verifier: string;
  nonce: string;
  /** SHA-256 of the browser-binding cookie set when the sign-in started. */
  binding: string;
}

interface Handoff {
  userId: string;
  binding: string;
}

export interface Started {
  authorizationUrl: string;
  /** Value of the HttpOnly cookie binding this sign-in to the browser that started it. */
  binding: string;
}

export interface Finished {
  /** One-time code the dashboard exchanges for its tokens (POST /auth/oidc/exchange). */
  handoffCode: string;
  dashboardUrl: string;
}

interface Context {
  binding: string | null;
  remoteAddress: string | null;
  userAgent: string | null;
}

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const random = () => randomBytes(32).toString('base64url');

function sameHash(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/**
 * Hospital single sign-on: OpenID Connect authorisation code with PKCE (S256), state and nonce kept in
 * Redis (one use, short TTL) and bound to the starting browser by an HttpOnly cookie. The ID token's
 * issuer, audience, signature and nonce are checked by openid-client; the role and units come from claims.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OidcService');
  private readonly oidc: OidcConfig | null;
  private discovered: Promise<client.Configuration> | null = null;

  constructor(
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {
    this.oidc = config.oidc;
    const wrong = this.oidc ? unknownMappedRoles(this.oidc.roleMap) : [];
    if (wrong.length > 0)
      throw new Error(`OIDC_ROLE_MAP names roles Auscult does not have: ${wrong.join(', ')}`);
  }

  get enabled(): boolean {
    return this.oidc !== null;
  }

  /** The redirect to the identity provider, and the browser binding to set as a cookie. */
  async start(): Promise<Started> {
    const oidc = this.required();
    const provider = await this.provider();
    const state = random();
    const nonce = random();
    const verifier = client.randomPKCECodeVerifier();
    const binding = random();
    const flow: Flow = { verifier, nonce, binding: sha256(binding) };
    await this.redis.set(this.flowKey(state), JSON.stringify(flow), 'EX', FLOW_TTL_SECONDS);
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: oidc.redirectUrl,
      scope: oidc.scopes,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: url.href, binding };
  }

  /** The provider's answer: code exchange, ID-token checks, claims → user, then a one-time hand-off code. */
  async finish(query: URLSearchParams, ctx: Context): Promise<Finished> {
    const oidc = this.required();
    const state = query.get('state');
    if (!state || state.length > 512)
      throw new DomainError('validation', 'The sign-in answer has no state; start the sign-in again.', {
        errors: [{ field: 'state', reason: 'missing' }],
      });
    // One use: taken out of Redis at once, so a replayed or tampered callback finds nothing.
    const raw = await this.redis.getdel(this.flowKey(state));
    if (!raw)
      throw new DomainError(
        'validation',
        'This sign-in is unknown, expired or already used; start it again.',
        {
          errors: [{ field: 'state', reason: 'unknown, expired or already used' }],
        },
      );
    const flow = JSON.parse(raw) as Flow;
    if (!ctx.binding || !sameHash(sha256(ctx.binding), flow.binding))
      throw new DomainError('validation', 'This sign-in was started in another browser; start it again.', {
        errors: [{ field: 'state', reason: 'not started by this browser' }],
      });

    const providerError = query.get('error');
    if (providerError) {
      await this.audit({
        action: 'auth.sso_failed',
        note: `provider answered ${providerError.slice(0, 64)}`,
        ...ctx,
      });
      throw new DomainError('unauthenticated', 'The hospital sign-in did not complete; try again.');
    }

    const provider = await this.provider();
    const currentUrl = new URL(oidc.redirectUrl);
    currentUrl.search = query.toString();
    let claims: client.IDToken;
    try {
      const tokens = await client.authorizationCodeGrant(provider, currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      claims = idClaims;
    } catch (e) {
      const reason =
        e instanceof client.ResponseBodyError ? e.error : e instanceof Error ? e.message : 'unknown';
      await this.audit({
        action: 'auth.sso_failed',
        note: `code exchange refused: ${reason.slice(0, 120)}`,
        ...ctx,
      });
      throw new DomainError('unauthenticated', 'The hospital sign-in could not be verified; start it again.');
    }

    const user = await this.provision(oidc, claims, ctx);
    const handoffCode = random();
    const handoff: Handoff = { userId: user.id, binding: flow.binding };
    await this.redis.set(this.handoffKey(handoffCode), JSON.stringify(handoff), 'EX', HANDOFF_TTL_SECONDS);
    return { handoffCode, dashboardUrl: oidc.dashboardUrl };
  }

  /** The dashboard's half of the hand-off: the one-time code (from the same browser) for an Auscult session. */
  async exchange(code: string, ctx: Context): Promise<LoginResponse> {
    this.required();
    const raw = await this.redis.getdel(this.handoffKey(code));
    const handoff = raw ? (JSON.parse(raw) as Handoff) : null;
    if (!handoff || !ctx.binding || !sameHash(sha256(ctx.binding), handoff.binding))
      throw new DomainError(
        'unauthenticated',
        'This sign-in code is unknown, expired or already used; sign in again.',
      );
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: handoff.userId });
    if (!user?.isActive) throw new DomainError('unauthenticated', 'This account has been deactivated.');
    return this.auth.startSession(user, 'oidc', ctx.remoteAddress);
  }

  private async provision(oidc: OidcConfig, claims: client.IDToken, ctx: Context): Promise<UserEntity> {
    const issuer = claims.iss;
    const subject = claims.sub;
    const label = `sso:${subject}@${new URL(issuer).host}`;
    const refuse = async (message: string, note: string): Promise<never> => {
      await this.audit({ action: 'auth.sso_refused', note, actorLabel: label, ...ctx });
      throw new DomainError('forbidden', message);
    };

    const roleValues = claimValues(claimAt(claims, oidc.roleClaim));
    const role = mapRole(roleValues, oidc.roleMap);
    if (!role)
      return refuse(
        'Your hospital account has no role that gives access to Auscult. Ask your administrator to grant one.',
        `no value of claim "${oidc.roleClaim}" maps to an Auscult role (got: ${roleValues.join(', ').slice(0, 200) || 'none'})`,
      );
    let units: string[] = [];
    if (UNIT_SCOPED_ROLES.includes(role)) {
      const codes = (await this.ds.getRepository(UnitEntity).find({ select: { code: true } })).map(
        (u) => u.code,
      );
      const { known, unknown } = knownUnits(claimValues(claimAt(claims, oidc.unitsClaim)), codes);
      if (known.length === 0)
        return refuse(
          `Your hospital account has the role ${role} but no unit Auscult knows. Ask your administrator to set your units.`,
          `role ${role} without a known unit in claim "${oidc.unitsClaim}" (unknown: ${unknown.join(', ').slice(0, 200) || 'none'})`,
        );
      units = known.sort();
    }
    const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : null;
    if (!email || claims.email_verified === false)
      return refuse(
        'Your hospital account has no verified email address; Auscult needs one.',
        'no verified email claim',
      );
    const name =
      typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;

    const { user, accessChanged } = await this.ds.transaction(async (m) => {
      const users = m.getRepository(UserEntity);
      let before = await users.findOneBy({ oidcIssuer: issuer, oidcSubject: subject });
      if (!before) {
        // An account an admin created for this person (same email, no SSO identity yet) is linked, once.
        const byEmail = await users.findOneBy({ email });
        if (byEmail && byEmail.oidcIssuer)
          return refuse(
            'Another single sign-on identity already uses this email address. Ask your administrator.',
            `email ${email} is linked to another SSO identity`,
          );
        if (byEmail) {
          await users.update({ id: byEmail.id }, { oidcIssuer: issuer, oidcSubject: subject });
          await this.auditIn(m, ctx, label, 'user.sso_linked', byEmail, null, { issuer });
          before = { ...byEmail, oidcIssuer: issuer, oidcSubject: subject } as UserEntity;
        } else {
          const created = await users.save({
            email,
            name,
            role,
            units,
            passwordHash: null,
            isActive: true,
            oidcIssuer: issuer,
            oidcSubject: subject,
          });
          await this.auditIn(m, ctx, label, 'user.created', created, null, {
            role,
            units,
            via: 'single sign-on',
          });
          return { user: created, accessChanged: false };
        }
      }
      if (!before.isActive)
        return refuse('This account has been deactivated.', `deactivated account ${before.email}`);
      const changed = role !== before.role || units.join() !== [...before.units].sort().join();
      const patch: Partial<UserEntity> = { role, units, name };
      if (email !== before.email && !(await users.existsBy({ email }))) patch.email = email;
      await users.update({ id: before.id }, patch);
      if (changed)
        await this.auditIn(
          m,
          ctx,
          label,
          'user.role_changed',
          before,
          { role: before.role, units: before.units },
          { role, units, via: 'single sign-on claims' },
        );
      return { user: (await users.findOneByOrFail({ id: before.id })) as UserEntity, accessChanged: changed };
    });
    // Tokens of older sessions carry the old role and units.
    if (accessChanged) await this.sessions.endAllForUser(user.id, 'role_changed');
    return user;
  }

  private required(): OidcConfig {
    if (!this.oidc)
      throw new DomainError(
        'not_found',
        'Single sign-on is not configured on this server (OIDC_ISSUER_URL is not set); sign in with a password.',
      );
    return this.oidc;
  }

  /** Discovery once, retried on the next sign-in if the provider could not be reached. */
  private provider(): Promise<client.Configuration> {
    const oidc = this.required();
    this.discovered ??= client
      .discovery(
        new URL(oidc.issuerUrl),
        oidc.clientId,
        oidc.clientSecret ?? undefined,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        // Plain http is refused in production by the config; allowed for a local provider.
        { execute: oidc.issuerUrl.startsWith('http:') ? [client.allowInsecureRequests] : [] },
      )
      .catch((e: unknown) => {
        this.discovered = null;
        this.logger.warn(`OIDC discovery failed: ${e instanceof Error ? e.message : String(e)}`);
        throw new DomainError(
          'unavailable',
          'The hospital sign-in service cannot be reached; try again later.',
        );
      });
    return this.discovered;
  }

  private flowKey(state: string): string {
    return `${this.config.redisPrefix}:oidc:flow:${sha256(state)}`;
  }

  private handoffKey(code: string): string {
    return `${this.config.redisPrefix}:oidc:handoff:${sha256(code)}`;
  }

  private async audit(e: Context & { action: string; note: string; actorLabel?: string }): Promise<void> {
    await this.ds.getRepository(AuditEventEntity).insert({
      actorLabel: e.actorLabel ?? 'sso:unknown',
      action: e.action,
      note: e.note,
      remoteAddress: e.remoteAddress,
      userAgent: e.userAgent,
    });
  }

  private async auditIn(
    m: EntityManager,
    ctx: Context,
    label: string,
    action: string,
    subject: UserEntity,
    fromState: object | null,
    toState: object | null,
  ): Promise<void> {
    await m.getRepository(AuditEventEntity).insert({
      actorId: subject.id,
      actorLabel: label,
      action,
      fromState,
      toState,
      note: `user ${subject.email}`,
      remoteAddress: ctx.remoteAddress,
      userAgent: ctx.userAgent,
    });
  }
}
