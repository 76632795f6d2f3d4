// Progress and status lines for the run and test commands: colour on a terminal, plain text in CI.

const useColour = process.stdout.isTTY === true && process.env.CI !== 'true' && !process.env.NO_COLOR;

function paint(code: number, text: string): string {
  return useColour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const colour = {
  bold: (t: string) => paint(1, t),
  dim: (t: string) => paint(2, t),
  red: (t: string) => paint(31, t),
  green: (t: string) => paint(32, t),
  yellow: (t: string) => paint(33, t),
  cyan: (t: string) => paint(36, t),
};

export type Logger = (message: string) => void;

/** A line tagged with the command's name, e.g. `[auscult] PostgreSQL: …`. */
export function makeLogger(tag: string): Logger {
  return (message) => console.log(`${colour.cyan(`[${tag}]`)} ${message}`);
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
