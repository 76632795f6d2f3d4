// Command-line flags of `npm run demo`, read once and checked, with a help text.

export interface DemoOptions {
  url: string;
  apiKey: string;
  /** Items per second on average; by default one every 1–3 s. */
  rate: number;
  /** Stop after this many items; null runs until Ctrl-C. */
  count: number | null;
  /** Chance per tick of a burst of 10–30 items (a survey import, a post going viral). */
  burst: number;
  /** Send a seeded batch spread over the last 12 hours, then exit. */
  once: boolean;
  seed: number;
  help: boolean;
}

export const USAGE = `Usage: npm run demo -- [options]

Sends a realistic stream of patient and family messages to the Auscult ingest API.

  --url <url>        API base URL (default: $AUSCULT_URL or http://localhost:3000)
  --key <key>        ingest key (default: $AUSCULT_INGEST_KEY or demo-ingest-key)
  --rate <n>         items per second on average (default: 0.5, i.e. one every 1-3 s)
  --count <n>        stop after n items
  --burst <p>        chance per tick of a burst of 10-30 items (default: 0.03)
  --once             send ~60 items spread over the last 12 hours, then exit
  --seed <n>         replay the same stream (default: random)
  --help             show this text`;

export class OptionsError extends Error {}

export function parseOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DemoOptions {
  const options: DemoOptions = {
    url: env.AUSCULT_URL ?? 'http://localhost:3000',
    apiKey: env.AUSCULT_INGEST_KEY ?? 'demo-ingest-key',
    rate: 0.5,
    count: null,
    burst: 0.03,
    once: false,
    seed: Math.floor(Math.random() * 2 ** 31),
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined) throw new OptionsError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--url':
        options.url = checkUrl(value());
        break;
      case '--key':
        options.apiKey = value();
        break;
      case '--rate':
        options.rate = number(
          flag,
          value(),
          (n) => n > 0 && n <= 1000,
          'a number of items per second, above 0 and at most 1000',
        );
        break;
      case '--count':
        options.count = number(flag, value(), (n) => Number.isInteger(n) && n > 0, 'a whole number above 0');
        break;
      case '--burst':
        options.burst = number(flag, value(), (n) => n >= 0 && n <= 1, 'a probability between 0 and 1');
        break;
      case '--seed':
        options.seed = number(flag, value(), Number.isInteger, 'a whole number');
        break;
      case '--once':
        options.once = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new OptionsError(`unknown option ${flag}`);
    }
  }
  options.url = checkUrl(options.url).replace(/\/+$/, '');
  return options;
}

function number(flag: string, text: string, isValid: (n: number) => boolean, expected: string): number {
  const parsed = Number(text);
  if (text.trim() === '' || !Number.isFinite(parsed) || !isValid(parsed))
    throw new OptionsError(`${flag} must be ${expected} (got '${text}')`);
  return parsed;
}

function checkUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // reported below
  }
  throw new OptionsError(`'${text}' is not an http(s) URL`);
}
