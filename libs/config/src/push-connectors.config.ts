// The environment of push sources (webhooks), comment cards and connector intake, validated with the
// rest of the config. Secrets come only from here; a source without its secret answers 503, never
// accepts unsigned input.
import { z } from 'zod';

// "name=value,name=value": one list variable instead of one variable per source.
const namedList = <T extends z.ZodType>(value: T, what: string) =>
  z.string().transform((text, ctx) => {
    const pairs: [string, z.infer<T>][] = [];
    for (const part of text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const at = part.indexOf('=');
      const name = part.slice(0, at);
      const parsed = value.safeParse(part.slice(at + 1));
      if (at < 1 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !parsed.success) {
        ctx.addIssue({
          code: 'custom',
          message: `each entry must be <source>=<${what}> (got "${name || part.slice(0, 12)}=…")`,
        });
        return z.NEVER;
      }
      pairs.push([name, parsed.data]);
    }
    return Object.fromEntries(pairs) as Record<string, z.infer<T>>;
  });

const secret = z.string().min(16, 'must be at least 16 characters');

export const PUSH_CONNECTOR_ENV = {
  CONNECTORS_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  META_APP_SECRET: secret.optional(),
  META_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  TWILIO_AUTH_TOKEN: secret.optional(),
  EMAIL_INBOUND_SECRET: secret.optional(),
  WEBHOOK_SECRETS: namedList(secret, 'secret of at least 16 characters').optional(),
  CONNECTOR_RHYTHMS: namedList(
    z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 86_400),
    'seconds, 60 or more',
  ).optional(),
  RAW_PAYLOAD_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  AUTHOR_REF_KEY: secret.optional(),
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
  FEEDBACK_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
};

type PushEnv = z.infer<z.ZodObject<typeof PUSH_CONNECTOR_ENV>>;

export interface WebhookSecretConfig {
  secret: string;
  verifyToken?: string;
}

export interface PushConnectorsConfig {
  /** The public base URL providers call (Twilio signs the full URL); null: taken from the request. */
  publicUrl: string | null;
  /** Secrets by source name (`facebook`, `instagram`, `twilio`, `email`, and generic sources). */
  webhookSecrets: Record<string, WebhookSecretConfig>;
  /** Expected rhythm per source in seconds: silent or failing for longer than twice this alerts admins. */
  rhythms: Record<string, number>;
  rawPayloadRetentionDays: number;
  /** Key of the keyed hash that turns phone numbers and e-mail addresses into sender references. */
  authorRefKey: string;
  feedbackRateLimit: { limit: number; windowSeconds: number };
}

export function pushConnectorsConfig(e: PushEnv, jwtSecret: string): PushConnectorsConfig {
  const webhookSecrets: Record<string, WebhookSecretConfig> = { ...mapValues(e.WEBHOOK_SECRETS ?? {}) };
  if (e.META_APP_SECRET) {
    const meta = {
      secret: e.META_APP_SECRET,
      ...(e.META_VERIFY_TOKEN ? { verifyToken: e.META_VERIFY_TOKEN } : {}),
    };
    webhookSecrets.facebook = meta;
    webhookSecrets.instagram = meta;
  }
  if (e.TWILIO_AUTH_TOKEN) webhookSecrets.twilio = { secret: e.TWILIO_AUTH_TOKEN };
  if (e.EMAIL_INBOUND_SECRET) webhookSecrets.email = { secret: e.EMAIL_INBOUND_SECRET };
  return {
    publicUrl: e.CONNECTORS_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    webhookSecrets,
    rhythms: e.CONNECTOR_RHYTHMS ?? {},
    rawPayloadRetentionDays: e.RAW_PAYLOAD_RETENTION_DAYS,
    authorRefKey: e.AUTHOR_REF_KEY ?? jwtSecret,
    feedbackRateLimit: { limit: e.FEEDBACK_RATE_LIMIT, windowSeconds: e.FEEDBACK_RATE_WINDOW_SECONDS },
  };
}

function mapValues(secrets: Record<string, string>): Record<string, WebhookSecretConfig> {
  return Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, { secret: value }]));
}
