// A cheap gate in front of regular expressions: a pattern only runs when one of its trigger words
// (matched on the first four letters of a token, or on the key word a typo stands for) is in the text.
import type { Token } from './tokenize.js';
import { WordSlot, lexemeOf } from './lexeme.js';

export const triggerKey = (word: string): string => (word.length > 4 ? word.slice(0, 4) : word);

// Which items a word triggers is a bit mask (item i ↔ bit i), kept on the word's lexeme: a text's
// triggered set is the OR over its tokens, with no allocation and no map probe per token.
const MAX_ITEMS = 30;

export class TriggerIndex<T extends { triggers: string }> {
  private readonly index = new Map<string, number>();
  private readonly byWord = new WordSlot((word) => this.lookup(word));

  constructor(private readonly items: readonly T[]) {
    if (items.length > MAX_ITEMS) throw new Error(`a trigger index holds at most ${MAX_ITEMS} items`);
    items.forEach((item, i) => {
      for (const t of item.triggers.split(',')) {
        const k = triggerKey(t.trim());
        this.index.set(k, (this.index.get(k) ?? 0) | (1 << i));
      }
    });
  }

  /** Items whose triggers occur, in declaration order. */
  triggered(tokens: readonly Token[]): T[] {
    let mask = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type === 'punct') continue;
      mask |= this.byWord.of(t.lex);
      if (t.meant) mask |= this.byWord.of(lexemeOf(t.meant));
    }
    if (mask === 0) return [];
    const hit: T[] = [];
    for (let i = 0; i < this.items.length; i++) if (mask & (1 << i)) hit.push(this.items[i]);
    return hit;
  }

  private lookup(word: string): number {
    const mask = this.index.get(triggerKey(word)) ?? 0;
    // Short triggers ("hit", "fee") also match a four-letter plural or tense ("hits").
    return word.length === 4 ? mask | (this.index.get(word.slice(0, 3)) ?? 0) : mask;
  }
}
