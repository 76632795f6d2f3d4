// Child processes we start and must stop: spawned directly (never through npx, whose wrapper
// would leave the real process running when killed), output prefixed by name, stopped by pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { colour } from './log.js';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has gone. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Prefix each output line with `[name]` (default) or hand lines to a callback instead. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

function pipeLines(child: ChildProcess, name: string, onLine: StartOptions['onLine']): void {
  const tag = colour.dim(`[${name}]`);
  for (const stream of ['stdout', 'stderr'] as const) {
    const source = child[stream];
    if (!source) continue;
    createInterface({ input: source }).on('line', (line) => {
      if (onLine) onLine(line, stream);
      else (stream === 'stdout' ? process.stdout : process.stderr).write(`${tag} ${line}\n`);
    });
  }
}

export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: StartOptions = {},
): ManagedProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeLines(child, name, options.onLine);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    // A command that cannot be spawned at all (ENOENT) never emits 'exit'.
    child.once('error', (error) => resolve(`failed to start: ${error.message}`));
  });
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, exited, stop };
}

/** Clean-up steps (named as actions: `stop the api`) run once, newest first, so services outlive the apps that use them. */
export class Cleanup {
  private readonly steps: { what: string; run: () => Promise<void> }[] = [];
  private running: Promise<void> | null = null;

  add(what: string, run: () => Promise<void>): void {
    this.steps.push({ what, run });
  }

  runAll(log: (message: string) => void = () => undefined): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.run();
          log(`${step.what}: done`);
        } catch (error) {
          log(`${step.what}: FAILED, ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })();
    return this.running;
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat reads `pid (name) state ppid …`; the name may contain spaces, so split after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * npm runs a script as `sh -c "tsx …"`, and that shell does not pass on a SIGTERM sent to npm, so a
 * supervisor stopping `npm start` would leave us running. Calls `onGone` when the process that started
 * our parent (tsx) disappears. Linux only (/proc); elsewhere Ctrl+C reaches the whole process group anyway.
 */
export function onLauncherGone(onGone: () => void): void {
  const launcher = parentOf(process.ppid);
  if (launcher === null || launcher <= 1) return;
  const timer = setInterval(() => {
    if (parentOf(process.ppid) !== launcher) {
      clearInterval(timer);
      onGone();
    }
  }, 1_000);
  timer.unref();
}
