// Builds corpus/train.jsonl and corpus/test.jsonl from the hand-written items and the template
// families, deterministically. Run: npx tsx libs/classifier/scripts/corpus/build-corpus.ts
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHANNELS, TOPICS, isOneOf, type ItemKind, type Topic } from '@auscult/contracts';
import { TEST_FILE, TRAIN_FILE, writeCorpus, type CorpusItem } from '../corpus-io.js';
import { expand, type Split } from './expand.js';
import type { Family } from './family.js';
import { CARE_FAMILIES } from './families-care.js';
import { CRITICAL_FAMILIES } from './families-critical.js';
import { EXTRA_FAMILIES } from './families-extra.js';
import { SERVICE_FAMILIES } from './families-service.js';
import { POOLS } from './pools.js';
import { Rng } from './rng.js';
import { styleText } from './style.js';

const SEED = 20261123;
const MAX_TEST_PER_GROUP = 8;
const PER_TEMPLATE: Record<ItemKind, number> = {
  care_need: 12,
  service_complaint: 26,
  praise: 24,
  other: 18,
};
const HAND_DIR = fileURLToPath(new URL('./hand/', import.meta.url));
const KIND_CODES: Record<string, ItemKind> = {
  C: 'care_need',
  S: 'service_complaint',
  P: 'praise',
  O: 'other',
};
const URGENCY_CODES = { c: 'critical', h: 'high', n: 'normal', l: 'low' } as const;

function main(): void {
  const rng = new Rng(SEED);
  const items = [...readHandWritten(), ...generateFamilies(rng)];
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = item.text.toLowerCase().replace(/\W+/g, ' ').trim();
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const train = unique.filter((i) => splitOfGroup(i.group) === 'train');
  // A test group counts as a handful of items, not dozens: one unseen sentence shape should not
  // swing the figures by itself (the rest of the group is dropped, never moved to training).
  const perGroup = new Map<string, number>();
  const test = unique.filter((i) => {
    if (splitOfGroup(i.group) !== 'test') return false;
    const n = (perGroup.get(i.group) ?? 0) + 1;
    perGroup.set(i.group, n);
    return n <= MAX_TEST_PER_GROUP;
  });
  writeCorpus(TRAIN_FILE, train);
  writeCorpus(TEST_FILE, test);
  console.log(`corpus: ${unique.length} items (${train.length} train, ${test.length} test)`);
}

// Generated groups carry their split in the name; hand-written groups are hashed, 1 in 5 to test.
function splitOfGroup(group: string): Split {
  if (group.endsWith('@test')) return 'test';
  if (group.endsWith('@train')) return 'train';
  return hash(group) % 5 === 0 ? 'test' : 'train';
}

function readHandWritten(): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of readdirSync(HAND_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    readFileSync(HAND_DIR + file, 'utf8')
      .split('\n')
      .forEach((line, n) => {
        if (!line.trim() || line.startsWith('#')) return;
        const bar = line.indexOf(' | ');
        const [k, u, topics, channel] = line.slice(0, bar).trim().split(/\s+/);
        const kind = KIND_CODES[k];
        const urgency = URGENCY_CODES[u as keyof typeof URGENCY_CODES];
        const topicList = topics === '-' ? [] : topics.split(',');
        if (!kind || !urgency || !isOneOf(CHANNELS, channel) || !topicList.every((t) => isOneOf(TOPICS, t))) {
          throw new Error(`hand/${file}:${n + 1}: bad header "${line.slice(0, bar)}"`);
        }
        const id = `hand-${file.replace('.txt', '')}-${n + 1}`;
        items.push({
          id,
          text: line.slice(bar + 3).trim(),
          channel,
          kind,
          urgency,
          topics: topicList as Topic[],
          group: id,
        });
      });
  }
  return items;
}

function generateFamilies(rng: Rng): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const family of [...CARE_FAMILIES, ...CRITICAL_FAMILIES, ...SERVICE_FAMILIES, ...EXTRA_FAMILIES]) {
    family.templates.forEach((template, t) => {
      const split = templateSplit(family, t);
      for (let n = 0; n < PER_TEMPLATE[family.kind]; n++) {
        const channel = rng.pick(family.channels);
        const { text, topics } = expand(template, POOLS, rng, split);
        const allTopics = [...new Set([...family.topics, ...topics])].filter(
          (x) => family.kind !== 'other' && isOneOf(TOPICS, x),
        );
        items.push({
          id: `${family.id}-${t}-${n}`,
          text: styleText(text, channel, rng),
          channel,
          kind: family.kind,
          urgency: family.urgency,
          topics: allTopics,
          group: `${family.id}#${t}@${split}`,
        });
      }
    });
  }
  return items;
}

// About a quarter of each family's sentence shapes are held out; a family of 2-3 shapes gives its last.
function templateSplit(family: Family, index: number): Split {
  const n = family.templates.length;
  if (n < 2) return 'train';
  if (n < 4) return index === n - 1 ? 'test' : 'train';
  return index % 4 === 3 ? 'test' : 'train';
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

main();
