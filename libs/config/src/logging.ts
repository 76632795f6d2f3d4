import type { AuscultConfig } from './config.js';

/**
 * Structured JSON logs with request/job ids. Item text, tokens, keys and passwords never reach a log:
 * they are redacted by path, and request URLs are logged without their query (search terms are PHI).
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  '*.password',
  '*.text',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.redactedText',
];

export function pinoOptions(config: Pick<AuscultConfig, 'logLevel'>, name: string) {
  return {
    name,
    level: config.logLevel,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url?.split('?')[0],
      }),
    },
  };
}
