import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { readJestReport, readPlaywrightReport, summaryLine } from './reports.js';

const dir = mkdtempSync(path.join(tmpdir(), 'auscult-reports-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const full = path.join(dir, name);
  writeFileSync(full, JSON.stringify(content));
  return full;
}

describe('summaryLine', () => {
  it('names skipped tests only when there are some', () => {
    expect(summaryLine({ passed: 3, failed: 0, skipped: 0 })).toBe('3 passed, 0 failed');
    expect(summaryLine({ passed: 3, failed: 1, skipped: 2 })).toBe('3 passed, 1 failed, 2 skipped');
  });
});

describe('readJestReport', () => {
  it('counts a suite that could not run as a failure', () => {
    const report = file('jest.json', {
      numTotalTests: 5,
      numPassedTests: 4,
      numFailedTests: 0,
      numPendingTests: 1,
      numTodoTests: 0,
      numRuntimeErrorTestSuites: 1,
    });
    expect(readJestReport(report)).toEqual({ passed: 4, failed: 1, skipped: 1 });
  });

  it('returns null when the report is missing', () => {
    expect(readJestReport(path.join(dir, 'absent.json'))).toBeNull();
  });
});

describe('readPlaywrightReport', () => {
  it('counts flaky tests as passed and errors outside tests as failures', () => {
    const report = file('pw.json', {
      stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 3 },
      errors: [{}],
    });
    expect(readPlaywrightReport(report)).toEqual({ passed: 3, failed: 2, skipped: 3 });
  });
});
