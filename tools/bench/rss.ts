import { readFileSync } from 'node:fs';

/** Samples the resident memory of some processes (Linux /proc) and keeps the maximum of each, in MB. */
export function sampleRss(pids: Record<string, number | undefined>, everyMs = 250) {
  const max: Record<string, number> = {};
  const read = () => {
    for (const [name, pid] of Object.entries(pids)) {
      if (!pid) continue;
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        max[name] = Math.max(max[name] ?? 0, Math.round(kb / 1024));
      } catch {
        // the process has gone
      }
    }
  };
  const timer = setInterval(read, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return max;
    },
  };
}
