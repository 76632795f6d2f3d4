// Incremental line splitting: holds only the unfinished last line between chunks.

export interface Line {
  /** 0-based line number in the input. */
  index: number;
  text: string;
}

export class LineSplitter {
  private pending = '';
  private nextIndex = 0;

  /** Returns the lines completed by this chunk; `\r\n` and `\n` both end a line. */
  push(chunk: string): Line[] {
    const parts = (this.pending + chunk).split('\n');
    this.pending = parts.pop() ?? '';
    return parts.map((text) => this.line(text));
  }

  /** The last line, when the input does not end with a newline. */
  end(): Line[] {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? [] : [this.line(rest)];
  }

  /** Characters held for a line that has not ended yet. */
  get pendingLength(): number {
    return this.pending.length;
  }

  /** The index the unfinished line will have. */
  get pendingIndex(): number {
    return this.nextIndex;
  }

  /** Drops what is held of an overlong line; its remainder still arrives under the same index. */
  discardPending(): void {
    this.pending = '';
  }

  private line(text: string): Line {
    return { index: this.nextIndex++, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  }
}
