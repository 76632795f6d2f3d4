// People type fast on phones: dropped apostrophes, swapped letters, no capitals, doubled "!!".
// The classifier must cope with that, so the demo writes that way too.
import { chance, pick, type Random } from './random.js';

type Roughening = (text: string, random: Random) => string;

const dropApostrophes: Roughening = (text) => text.replace(/(\w)'(\w)/g, '$1$2');
const lowercase: Roughening = (text) => text.toLowerCase();
const shout: Roughening = (text) => text.replace(/[.!?]?$/, '!!');

const swapLetters: Roughening = (text, random) => {
  const words = text.split(' ');
  const candidates = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => /^[a-z]{5,}$/.test(word));
  if (candidates.length === 0) return text;
  const { word, index } = pick(random, candidates);
  const at = 1 + Math.floor(random.next() * (word.length - 3));
  words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
};

const ROUGHENINGS: readonly Roughening[] = [dropApostrophes, lowercase, swapLetters, shout];

/** Applies one or two roughenings. */
export function roughen(text: string, random: Random): string {
  let result = pick(random, ROUGHENINGS)(text, random);
  if (chance(random, 0.4)) result = pick(random, ROUGHENINGS)(result, random);
  return result;
}

export { dropApostrophes };
