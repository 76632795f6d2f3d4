// What an import did: counts, and the rejections grouped by reason (a million rows with the same
// missing column is one line, with the first row where it happened).

export interface RejectionGroup {
  reason: string;
  count: number;
  /** Where it first happened, e.g. `row 5 (line 7)`. */
  first: string;
}

export interface ImportSummary {
  file: string;
  source: string;
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  rejections: RejectionGroup[];
  /** A problem with the whole input (missing column, empty file) that stopped the import. */
  stoppedBy: string | null;
  enqueueSeconds: number;
  /** With --wait: items of this run the worker has stored, and how long that took from the start. */
  stored: number | null;
  storedSeconds: number | null;
}

const MAX_GROUPS = 50;
const LOCATION = /^((?:row \d+ \(line \d+\))|(?:line \d+)): /;

export class RejectionTally {
  private readonly groups = new Map<string, RejectionGroup>();
  private overflow: RejectionGroup | null = null;

  add(reason: string): void {
    const location = LOCATION.exec(reason);
    const key = location ? reason.slice(location[0].length) : reason;
    const first = location ? location[1] : '';
    const group = this.groups.get(key);
    if (group) group.count += 1;
    else if (this.groups.size < MAX_GROUPS) this.groups.set(key, { reason: key, count: 1, first });
    else if (this.overflow) this.overflow.count += 1;
    else this.overflow = { reason: 'other reasons', count: 1, first };
  }

  list(): RejectionGroup[] {
    const groups = [...this.groups.values()].sort((a, b) => b.count - a.count);
    return this.overflow ? [...groups, this.overflow] : groups;
  }
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `import of ${s.file} as source "${s.source}"`,
    `  read        ${s.read}`,
    `  accepted    ${s.accepted}`,
    `  duplicates  ${s.duplicates}`,
    `  rejected    ${s.rejected}`,
    ...s.rejections.map((g) => `    ${g.count} × ${g.reason}${g.first ? ` (first at ${g.first})` : ''}`),
    `  enqueued in ${s.enqueueSeconds.toFixed(1)} s (${rate(s.read, s.enqueueSeconds)} rows/s)`,
  ];
  if (s.stored !== null && s.storedSeconds !== null)
    lines.push(
      `  stored      ${s.stored} of ${s.accepted} in ${s.storedSeconds.toFixed(1)} s (${rate(s.stored, s.storedSeconds)} items/s)`,
    );
  if (s.stoppedBy) lines.push(`  STOPPED: ${s.stoppedBy}`);
  return lines.join('\n');
}

export function rate(count: number, seconds: number): number {
  return seconds > 0 ? Math.round(count / seconds) : count;
}
