// A cheap gate in front of regular expressions: a pattern only runs when one of its trigger words
// (matched on the first four letters of a token, or on the key word a typo stands for) is in the text.
import type { Token } from './tokenize.js';
import { WordSlot, lexemeOf, type Lexeme } from './lexeme.js';

const NONE: readonly number[] = [];

export const triggerKey = (word: string): string => (word.length > 4 ? word.slice(0, 4) : word);

export class TriggerIndex<T extends { triggers: string }> {
  private readonly index = new Map<string, number[]>();
  // Kept on each word's lexeme: the hot loop takes no substrings and probes no maps.
  private readonly byWord = new WordSlot((word) => this.lookup(word));

  constructor(private readonly items: readonly T[]) {
    items.forEach((item, i) => {
      for (const t of item.triggers.split(',')) {
        const k = triggerKey(t.trim());
        this.index.set(k, [...(this.index.get(k) ?? []), i]);
      }
    });
  }

  /** Items whose triggers occur, in declaration order. */
  triggered(tokens: readonly Token[]): T[] {
    const hit = new Uint8Array(this.items.length);
    let any = false;
    for (const t of tokens) {
      if (t.type === 'punct') continue;
      any = this.mark(t.lex, hit) || any;
      if (t.meant) any = this.mark(lexemeOf(t.meant), hit) || any;
    }
    return any ? this.items.filter((_, i) => hit[i] === 1) : [];
  }

  private mark(word: Lexeme, hit: Uint8Array): boolean {
    const ids = this.byWord.of(word);
    for (let k = 0; k < ids.length; k++) hit[ids[k]] = 1;
    return ids.length > 0;
  }

  private lookup(word: string): readonly number[] {
    const ids = this.index.get(triggerKey(word)) ?? NONE;
    // Short triggers ("hit", "fee") also match a four-letter plural or tense ("hits").
    const short = word.length === 4 ? this.index.get(word.slice(0, 3)) : undefined;
    return short ? [...ids, ...short] : ids;
  }
}
