// Counts from the runners' own JSON reports, summed into the one closing line CI recognises.
import { existsSync, readFileSync } from 'node:fs';

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export const emptyTally = (): Tally => ({ passed: 0, failed: 0, skipped: 0 });

export function add(a: Tally, b: Tally): Tally {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** `N passed, N failed`, with `, N skipped` only when some were. */
export function summaryLine(t: Tally): string {
  return `${t.passed} passed, ${t.failed} failed${t.skipped > 0 ? `, ${t.skipped} skipped` : ''}`;
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Jest's --json report; a suite that could not run at all counts as one failure. */
export function readJestReport(file: string): Tally | null {
  const report = readJson(file) as Record<string, unknown> | null;
  if (!report || typeof report.numTotalTests !== 'number') return null;
  return {
    passed: num(report.numPassedTests),
    failed: num(report.numFailedTests) + num(report.numRuntimeErrorTestSuites),
    skipped: num(report.numPendingTests) + num(report.numTodoTests),
  };
}

/** Playwright's JSON reporter: `expected` passed, `flaky` passed on retry, `unexpected` failed. */
export function readPlaywrightReport(file: string): Tally | null {
  const report = readJson(file) as { stats?: Record<string, unknown>; errors?: unknown[] } | null;
  if (!report?.stats) return null;
  const s = report.stats;
  // Errors outside any test (a config that fails to load, a global setup crash) fail the run.
  const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: num(s.expected) + num(s.flaky),
    failed: num(s.unexpected) + globalErrors,
    skipped: num(s.skipped),
  };
}
