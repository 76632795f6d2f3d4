// The one progress line: sent / accepted / duplicates / errors, redrawn in place on a terminal.

export class Progress {
  sent = 0;
  accepted = 0;
  duplicates = 0;
  errors = 0;
  private last = '';

  constructor(private readonly out: NodeJS.WriteStream = process.stdout) {}

  record(outcome: {
    accepted?: number;
    duplicates?: number;
    errors?: number;
    sent: number;
    last?: string;
  }): void {
    this.sent += outcome.sent;
    this.accepted += outcome.accepted ?? 0;
    this.duplicates += outcome.duplicates ?? 0;
    this.errors += outcome.errors ?? 0;
    if (outcome.last !== undefined) this.last = outcome.last;
    this.draw();
  }

  /** A message on its own line, above the progress line. */
  note(message: string): void {
    this.clear();
    this.out.write(`${message}\n`);
    if (this.out.isTTY) this.draw();
  }

  finish(): void {
    this.clear();
    this.out.write(`${this.line()}\n`);
  }

  line(): string {
    const counts = `sent ${this.sent} · accepted ${this.accepted} · duplicates ${this.duplicates} · errors ${this.errors}`;
    return this.last === '' ? counts : `${counts} · last: ${this.last}`;
  }

  private draw(): void {
    if (this.out.isTTY) this.out.write(`\r\x1b[2K${this.line().slice(0, (this.out.columns || 120) - 1)}`);
    else if (this.sent > 0) this.out.write(`${this.line()}\n`);
  }

  private clear(): void {
    if (this.out.isTTY) this.out.write('\r\x1b[2K');
  }
}
