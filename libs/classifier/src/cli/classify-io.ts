// Argument and line parsing for the classify command, kept apart so it can be tested without files.

export interface ClassifyArgs {
  ok: true;
  in: string;
  out: string;
  model?: string;
}

export type ArgsResult = ClassifyArgs | { ok: false; message: string };

export interface InputLine {
  id: string | number;
  text: string;
  channel?: string;
}

export type LineResult = { ok: true; item: InputLine } | { ok: false; message: string };

const USAGE =
  'usage: npm run classify -- --in items.jsonl --out predictions.jsonl [--model model.json]  (use - for stdin/stdout)';

export function parseArgs(argv: readonly string[]): ArgsResult {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const input = value('--in');
  const output = value('--out');
  if (!input || !output) return { ok: false, message: USAGE };
  return { ok: true, in: input, out: output, model: value('--model') };
}

export function parseLine(line: string): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, message: 'not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, message: 'expected a JSON object' };
  const { id, text, channel } = raw as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number')
    return { ok: false, message: 'missing "id" (string or number)' };
  if (typeof text !== 'string') return { ok: false, message: `item ${String(id)}: missing "text" (string)` };
  if (channel !== undefined && channel !== null && typeof channel !== 'string')
    return { ok: false, message: `item ${String(id)}: "channel" must be a string` };
  return { ok: true, item: { id, text, channel: typeof channel === 'string' ? channel : undefined } };
}
