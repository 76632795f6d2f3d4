// A tiny template language for the generated part of the corpus.
//   {pool}      a filler from a named pool (fillers are split train/test, so the test set sees unseen phrases)
//   [a|b|]      one of the alternatives (an empty one makes the part optional)
// Fillers may carry topics with "text ~topic1 topic2".
import type { Topic } from '@auscult/contracts';
import type { Rng } from './rng.js';

export type Split = 'train' | 'test';
export type Pools = Record<string, readonly string[]>;

export interface Expansion {
  text: string;
  topics: Topic[];
}

export function expand(template: string, pools: Pools, rng: Rng, split: Split): Expansion {
  const topics: Topic[] = [];
  let text = template;
  // Inner alternatives first, then pools, repeatedly: pool fillers may themselves hold templates.
  for (let guard = 0; guard < 8 && /[[{]/.test(text); guard++) {
    text = text.replace(/\[([^[\]]*)\]/g, (_, body: string) => takeTags(rng.pick(body.split('|')), topics));
    text = text.replace(/\{(\w+)\}/g, (_, name: string) =>
      takeTags(pickFiller(pools, name, rng, split), topics),
    );
  }
  // Tags written on the template itself ("… {hearts} ~staff_attitude").
  text = text.replace(/\s*~([a-z_]+)/g, (_, tag: string) => (topics.push(tag as Topic), ''));
  return { text: tidy(text), topics };
}

function takeTags(filler: string, topics: Topic[]): string {
  const [phrase, tags] = filler.split('~');
  if (tags) topics.push(...(tags.trim().split(/\s+/) as Topic[]));
  return phrase.trimEnd();
}

function pickFiller(pools: Pools, name: string, rng: Rng, split: Split): string {
  const pool = pools[name];
  if (!pool) throw new Error(`unknown pool {${name}}`);
  // Every fourth filler is reserved for the test split; tiny pools are shared.
  const part = pool.length < 4 ? pool : pool.filter((_, i) => (i % 4 === 3) === (split === 'test'));
  return rng.pick(part);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .replace(/^\s+|\s+$/g, '')
    .replace(/^([a-z])/, (c) => c.toUpperCase());
}
