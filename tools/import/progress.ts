// One progress line on stderr (stdout stays free for --json): redrawn in place on a terminal,
// a plain line every few seconds otherwise (CI logs, files).

const PLAIN_EVERY_MS = 5000;
const TTY_EVERY_MS = 200;

export class ProgressLine {
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  update(line: () => string, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < (this.out.isTTY ? TTY_EVERY_MS : PLAIN_EVERY_MS)) return;
    this.lastDraw = now;
    const text = `[${((now - this.started) / 1000).toFixed(0)}s] ${line()}`;
    if (this.out.isTTY) this.out.write(`\r\x1b[2K${text.slice(0, (this.out.columns || 120) - 1)}`);
    else this.out.write(`${text}\n`);
  }

  done(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
