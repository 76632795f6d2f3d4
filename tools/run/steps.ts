// Long steps (build, migrations, test runners) run to completion with a progress line while they
// work; their output is kept and shown only when they fail, so a good run stays readable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.js';
import { seconds } from './log.js';
import { startProcess, type ManagedProcess } from './processes.js';

export interface StepResult {
  ok: boolean;
  code: number | string;
  output: string[];
}

export interface StepOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Show the output as it comes instead of only on failure. */
  stream?: boolean;
  progressEveryMs?: number;
}

const running = new Set<ManagedProcess>();
let interrupted = false;

/** Stops the steps still running (a build, a test runner) and refuses to start more: the command is ending. */
export async function stopRunningSteps(): Promise<void> {
  interrupted = true;
  await Promise.all([...running].map((p) => p.stop()));
}

/** CI logs are read as text: ask every runner for output without ANSI colours. */
function plainInCi(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.CI === 'true' ? { ...env, FORCE_COLOR: '0', NO_COLOR: '1' } : env;
}

export async function runStep(
  log: Logger,
  title: string,
  command: string,
  args: string[],
  options: StepOptions = {},
): Promise<StepResult> {
  if (interrupted) return { ok: false, code: 'interrupted', output: [] };
  const started = Date.now();
  const output: string[] = [];
  log(`${title} …`);
  const proc = startProcess(title, command, args, {
    env: plainInCi(options.env ?? process.env),
    cwd: options.cwd,
    onLine: (line) => {
      output.push(line);
      if (options.stream) console.log(`  ${line}`);
    },
  });
  const ticker = setInterval(
    () => log(`${title}: still running (${seconds(started)})`),
    options.progressEveryMs ?? 15_000,
  );
  running.add(proc);
  const code = await proc.exited;
  running.delete(proc);
  clearInterval(ticker);
  const ok = code === 0;
  log(`${title}: ${ok ? 'done' : `FAILED (exit ${code})`} in ${seconds(started)}`);
  if (!ok && !options.stream) {
    const tail = output.slice(-80);
    if (output.length > tail.length) console.log(`  … ${output.length - tail.length} earlier lines omitted`);
    for (const line of tail) console.log(`  ${line}`);
  }
  return { ok, code, output };
}

/** The script behind an installed package's command, read from its package.json `bin`. */
export function binScript(root: string, pkg: string, command: string = pkg): string {
  const dir = path.join(root, 'node_modules', pkg);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin)
    throw new Error(`${pkg} declares no "${command}" command; run \`npm ci\` to restore node_modules.`);
  return path.join(dir, bin);
}

/** The nx CLI run by node directly, so stopping it stops nx itself rather than an npx wrapper. */
export function nxArgs(root: string, ...args: string[]): [string, string[]] {
  return [process.execPath, [binScript(root, 'nx'), ...args]];
}
